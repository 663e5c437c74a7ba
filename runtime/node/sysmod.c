/*
 * sysmod.c — dispatch of require() for the system modules (sysmod.h). Each
 * module's builder runs on the first require, so a program that never
 * requires a module pays nothing for it at run time.
 */
#include <string.h>
#include "node/sysmod.h"
#include "node/buffer.h"
#include "node/fs.h"
#include "node/os.h"

JSValue js_node_system_module(const char *name)
{
    if (strcmp(name, "buffer") == 0)
        return js_buffer_module();
    if (strcmp(name, "fs") == 0)
        return js_fs_module();
    if (strcmp(name, "fs/promises") == 0)
        return js_fs_promises_module();
    if (strcmp(name, "os") == 0)
        return js_os_module();
    return JS_UNDEFINED;
}
