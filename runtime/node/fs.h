/*
 * fs.h — require('fs') and require('fs/promises') (fs.c), and the pieces
 * other node modules reuse: node's uvException error objects and Stats.
 */
#ifndef KILN_NODE_FS_H
#define KILN_NODE_FS_H

#include <stdbool.h>
#include <uv.h>
#include "kiln/runtime.h"

JSValue js_fs_module(void);
JSValue js_fs_promises_module(void);
/* node's uvException: "CODE: message, syscall 'path' -> 'dest'" with errno,
 * code, syscall, path and dest properties (path/dest may be NULL). With
 * short_stack the stack is only the first line (errors of async calls). */
JSValue js_fs_uv_error(int err, const char *syscall, const char *path, const char *dest, bool short_stack);
/* An fs.Stats object. */
JSValue js_fs_make_stats(const uv_stat_t *st);

#endif /* KILN_NODE_FS_H */
