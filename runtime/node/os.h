/*
 * os.h — require('os') (os.c).
 */
#ifndef KILN_NODE_OS_H
#define KILN_NODE_OS_H

#include "kiln/runtime.h"

JSValue js_os_module(void);

#endif /* KILN_NODE_OS_H */
