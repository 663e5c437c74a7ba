/*
 * rt_main.c — program start: the `main` of every compiled program.
 *
 *   1. start the collector (GC_INIT must run in main's frame so it sees the
 *      whole stack) and record the command line for process.argv;
 *   2. js_runtime_init: intrinsics, builtins, then the node layer
 *      (js_node_init);
 *   3. the compiled program (kiln_program_entry, emitted by the compiler),
 *      the nextTick and microtask queues, then the libuv loop — see
 *      node/loop.c for the order;
 *   4. exit with process.exitCode after flushing stdout.
 *
 * An uncaught exception anywhere on that path is printed as node prints it
 * (node/fatal.c) and the exit code is 1.
 *
 * This file holds only main, so that unit tests can link the rest of the
 * runtime with their own main.
 */
#include <signal.h>
#include <stdio.h>
#include <gc.h>
#include "kiln/runtime.h"
#include "node/node.h"

JSValue kiln_program_entry(void);

int main(int argc, char **argv)
{
    GC_INIT();
    /* As node: a closed pipe is a failed write (EPIPE), not a fatal signal,
     * so `prog | head -1` ends quietly. */
    signal(SIGPIPE, SIG_IGN);
    js_node_set_args(argc, argv);
    if (js_runtime_init() < 0) {
        js_report_uncaught(rt_take_exception());
        js_node_exit(1);
    }
    int code = js_node_run_program(kiln_program_entry);
    fflush(stdout);
    fflush(stderr);
    return code;
}
