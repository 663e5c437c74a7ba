/*
 * sysmod.h — the node modules that touch the system, built in C on first
 * require: buffer (buffer.c), fs and fs/promises (fs.c), os (os.c).
 * modules.c asks js_node_system_module before its own list.
 */
#ifndef KILN_NODE_SYSMOD_H
#define KILN_NODE_SYSMOD_H

#include "kiln/runtime.h"

/* The module object for name (without "node:"), created once; JS_UNDEFINED
 * when name is not one of these modules. */
JSValue js_node_system_module(const char *name);

#endif /* KILN_NODE_SYSMOD_H */
