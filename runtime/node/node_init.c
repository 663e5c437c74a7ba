/*
 * node_init.c — installs the node globals on the global object: console,
 * process (with nextTick), queueMicrotask, the timer functions, and
 * globalThis.global as an alias of globalThis. Called once by the runtime's
 * initialisation (js_runtime_init), after the builtins.
 */
#include "node/node.h"
#include "node/buffer.h"

void js_node_init(JSValue global)
{
    js_node_loop();
    js_define_property_value_str(global, "global", global, JS_PROP_C_W);
    JSValue process = js_process_install(global);
    js_microtask_install(global, process);
    js_timers_install(global);
    js_console_install(global);
    js_buffer_install_global(global);
    js_node_install_lazy_globals(global);
}
