/*
 * microtask.c — the two job queues that run between macrotasks: the
 * process.nextTick queue and the microtask queue (queueMicrotask, and the
 * Promise jobs of a later issue through js_enqueue_microtask).
 *
 * Node drains them together (processTicksAndRejections): all nextTick
 * callbacks, including ones queued meanwhile, then all microtasks, and again
 * while ticks keep arriving — see js_run_ticks_and_microtasks in loop.c.
 *
 * Queued values live in collector memory reachable from the static queue
 * pointers, so the collector keeps callbacks and arguments alive.
 */
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"

typedef struct Job {
    JSValue fn;             /* function, or JS_UNDEFINED for a C job */
    JSMicrotaskJob cjob;
    int32_t argc;
    JSValue *argv;          /* GC memory */
} Job;

typedef struct JobQueue {
    Job *jobs;              /* GC memory (scanned) */
    uint32_t head, tail, cap;
} JobQueue;

static JobQueue microtasks, ticks;

static void queue_push(JobQueue *q, Job j)
{
    if (q->tail == q->cap) {
        uint32_t live = q->tail - q->head;
        uint32_t cap = q->cap;
        if (live * 2 > cap || cap == 0)
            cap = cap ? cap * 2 : 64;
        Job *n = rt_alloc_cell(cap * sizeof(Job));
        if (live)
            memcpy(n, q->jobs + q->head, live * sizeof(Job));
        q->jobs = n;
        q->cap = cap;
        q->head = 0;
        q->tail = live;
    }
    q->jobs[q->tail++] = j;
}

static bool queue_pop(JobQueue *q, Job *out)
{
    if (q->head == q->tail)
        return false;
    *out = q->jobs[q->head];
    memset(&q->jobs[q->head], 0, sizeof(Job));   /* let the collector drop it */
    q->head++;
    if (q->head == q->tail)
        q->head = q->tail = 0;
    return true;
}

static JSValue *copy_args(int argc, const JSValue *argv)
{
    if (argc <= 0)
        return NULL;
    JSValue *a = rt_alloc_cell((size_t)argc * sizeof(JSValue));
    memcpy(a, argv, (size_t)argc * sizeof(JSValue));
    return a;
}

void js_enqueue_microtask(JSValue fn, int argc, const JSValue *argv)
{
    queue_push(&microtasks, (Job){ fn, NULL, argc, copy_args(argc, argv) });
}

void js_enqueue_microtask_job(JSMicrotaskJob job, int ndata, const JSValue *data)
{
    queue_push(&microtasks, (Job){ JS_UNDEFINED, job, ndata, copy_args(ndata, data) });
}

void js_enqueue_next_tick(JSValue fn, int argc, const JSValue *argv)
{
    queue_push(&ticks, (Job){ fn, NULL, argc, copy_args(argc, argv) });
}

bool js_next_tick_pending(void) { return ticks.head != ticks.tail; }
bool js_microtask_pending(void) { return microtasks.head != microtasks.tail; }

static int run_job(const Job *j)
{
    JSValue r;
    if (j->cjob)
        r = j->cjob(j->argc, j->argv);
    else
        r = js_call(j->fn, JS_UNDEFINED, j->argc, j->argv);
    return r == JS_EXCEPTION ? -1 : 0;
}

int js_run_microtasks(void)
{
    Job j;
    while (queue_pop(&microtasks, &j))
        if (run_job(&j) < 0)
            return -1;
    return 0;
}

int js_run_next_ticks(void)
{
    Job j;
    while (queue_pop(&ticks, &j))
        if (run_job(&j) < 0)
            return -1;
    return 0;
}

/* queueMicrotask(callback) */
static JSValue js_queue_microtask(JSFunction *callee, JSValue this_val, int32_t argc,
                                  const JSValue *argv, JSValue new_target)
{
    JSValue cb = js_arg(argc, argv, 0);
    if (!js_is_callable(cb))
        return js_node_throw_invalid_arg_type("callback", "of type function", cb);
    js_enqueue_microtask(cb, 0, NULL);
    return JS_UNDEFINED;
}

/* process.nextTick(callback, ...args) */
static JSValue js_process_next_tick(JSFunction *callee, JSValue this_val, int32_t argc,
                                    const JSValue *argv, JSValue new_target)
{
    JSValue cb = js_arg(argc, argv, 0);
    if (!js_is_callable(cb))
        return js_node_throw_invalid_arg_type("callback", "of type function", cb);
    js_enqueue_next_tick(cb, argc - 1, argv + 1);
    return JS_UNDEFINED;
}

void js_microtask_install(JSValue global, JSValue process)
{
    js_define_property_value_str(global, "queueMicrotask",
                                 js_new_native_function("queueMicrotask", js_queue_microtask, 1),
                                 JS_PROP_C_W_E);
    js_define_property_value_str(process, "nextTick",
                                 js_new_native_function("nextTick", js_process_next_tick, 1),
                                 JS_PROP_C_W_E);
}
