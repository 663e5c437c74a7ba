/*
 * timers.c — setTimeout, setInterval, setImmediate and their clear
 * functions, with node's data structures and therefore node's ordering.
 *
 * Timers (node's lib/internal/timers.js):
 *   - A Timeout object is a host cell. Its delay is coerced with `after * 1`
 *     and anything outside [1, 2^31-1] becomes 1 ms.
 *   - Timeouts with the same delay share a TimerList, a doubly linked list in
 *     insertion order (so equal delays fire in creation order). The lists
 *     sit in a binary heap ordered by (expiry, list id).
 *   - One libuv timer handle is armed for the earliest expiry. When it fires,
 *     run_timers walks the heap: every list whose expiry has passed runs its
 *     due timers in order, draining nextTicks and microtasks between any two
 *     callbacks; a list whose head is not yet due gets a new expiry.
 *   - The handle is referenced while at least one Timeout is ref()ed.
 *
 * Immediates: a FIFO queue processed by a libuv check handle (after the poll
 * phase). Each run takes the queue as it is; immediates queued during the
 * run wait for the next iteration. An idle handle keeps the loop from
 * blocking in poll while ref()ed immediates are pending.
 *
 * Every Timeout, Immediate and list lives in collector memory reachable from
 * the static heap and queue pointers, so nothing JavaScript-visible hides in
 * libuv memory: the uv handles themselves are static and hold no values.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"

#define TIMEOUT_MAX 2147483647.0

typedef struct TimerList TimerList;

typedef struct Timeout {
    JSHostObject h;
    JSValue callback;        /* JS_UNDEFINED once cleared (_onTimeout = null) */
    JSValue args;            /* array of extra arguments or JS_UNDEFINED */
    double idle_timeout;     /* ms; -1 after clearTimeout */
    double repeat;           /* interval ms, 0 for a one-shot timeout */
    double idle_start;       /* loop time when (re)inserted */
    struct Timeout *prev, *next; /* in `list` */
    TimerList *list;
    int32_t id;              /* the number [Symbol.toPrimitive] returns */
    bool refed, destroyed, has_primitive;
} Timeout;

struct TimerList {
    double msecs;
    double expiry;
    uint64_t id;
    uint32_t heap_pos;
    Timeout *head, *tail;
};

typedef struct Immediate {
    JSHostObject h;
    JSValue callback;
    JSValue args;
    struct Immediate *next;
    bool refed, destroyed;
} Immediate;

/* ---- state (static, so the collector scans the pointers) --------------- */
static TimerList **heap;           /* GC memory */
static uint32_t heap_len, heap_cap;
static TimerList **lists_by_ms;    /* one list per distinct delay */
static uint32_t nlists, lists_cap;
static uint64_t next_list_id;
static int32_t next_timer_id = 1;
static int64_t timer_ref_count;
static double next_expiry = INFINITY;
static uv_timer_t timer_handle;
static bool timer_handle_init;

static Immediate *imm_head, *imm_tail;
static int64_t imm_ref_count;
static uv_check_t check_handle;
static uv_idle_t idle_handle;

static JSValue timeout_proto, immediate_proto;
static Timeout **known_by_id;      /* timers whose id was asked for */
static uint32_t nknown, known_cap;

/* getLibuvNow(): node refreshes the loop time before reading it. */
static double loop_now(void)
{
    uv_update_time(js_node_loop());
    return (double)uv_now(js_node_loop());
}

/* ---- the heap of lists --------------------------------------------------- */

static bool list_before(const TimerList *a, const TimerList *b)
{
    if (a->expiry != b->expiry)
        return a->expiry < b->expiry;
    return a->id < b->id;
}

static void heap_set(uint32_t i, TimerList *l)
{
    heap[i] = l;
    l->heap_pos = i;
}

static void heap_up(uint32_t i)
{
    TimerList *l = heap[i];
    while (i > 0) {
        uint32_t p = (i - 1) / 2;
        if (!list_before(l, heap[p]))
            break;
        heap_set(i, heap[p]);
        i = p;
    }
    heap_set(i, l);
}

static void heap_down(uint32_t i)
{
    TimerList *l = heap[i];
    for (;;) {
        uint32_t c = 2 * i + 1;
        if (c >= heap_len)
            break;
        if (c + 1 < heap_len && list_before(heap[c + 1], heap[c]))
            c++;
        if (!list_before(heap[c], l))
            break;
        heap_set(i, heap[c]);
        i = c;
    }
    heap_set(i, l);
}

static void heap_insert(TimerList *l)
{
    if (heap_len == heap_cap) {
        uint32_t cap = heap_cap ? heap_cap * 2 : 16;
        TimerList **n = rt_alloc_cell(cap * sizeof(TimerList *));
        if (heap_len)
            memcpy(n, heap, heap_len * sizeof(TimerList *));
        heap = n;
        heap_cap = cap;
    }
    heap_set(heap_len++, l);
    heap_up(heap_len - 1);
}

static void heap_remove_at(uint32_t i)
{
    heap_len--;
    if (i != heap_len) {
        TimerList *moved = heap[heap_len];
        heap_set(i, moved);
        heap_down(i);
        heap_up(moved->heap_pos);
    }
    heap[heap_len] = NULL;
}

static TimerList *list_for(double msecs)
{
    for (uint32_t i = 0; i < nlists; i++)
        if (lists_by_ms[i]->msecs == msecs)
            return lists_by_ms[i];
    return NULL;
}

static void list_forget(TimerList *l)
{
    for (uint32_t i = 0; i < nlists; i++)
        if (lists_by_ms[i] == l) {
            lists_by_ms[i] = lists_by_ms[--nlists];
            lists_by_ms[nlists] = NULL;
            return;
        }
}

/* ---- the libuv handle ---------------------------------------------------- */

static void run_timers(uv_timer_t *h);

static void ensure_timer_handle(void)
{
    if (!timer_handle_init) {
        uv_timer_init(js_node_loop(), &timer_handle);
        uv_unref((uv_handle_t *)&timer_handle);
        timer_handle_init = true;
    }
}

static void schedule_timer(double msecs)
{
    ensure_timer_handle();
    uv_timer_start(&timer_handle, run_timers, (uint64_t)(msecs < 0 ? 0 : msecs), 0);
}

static void toggle_timer_ref(bool ref)
{
    ensure_timer_handle();
    if (ref)
        uv_ref((uv_handle_t *)&timer_handle);
    else
        uv_unref((uv_handle_t *)&timer_handle);
}

static void ref_count_add(int d)
{
    int64_t before = timer_ref_count;
    timer_ref_count += d;
    if (before == 0 && timer_ref_count > 0)
        toggle_timer_ref(true);
    else if (before > 0 && timer_ref_count == 0)
        toggle_timer_ref(false);
}

/* ---- linked lists of timers ---------------------------------------------- */

static void link_remove(Timeout *t)
{
    TimerList *l = t->list;
    if (!l)
        return;
    if (t->prev) t->prev->next = t->next; else l->head = t->next;
    if (t->next) t->next->prev = t->prev; else l->tail = t->prev;
    t->prev = t->next = NULL;
    t->list = NULL;
}

static void link_append(TimerList *l, Timeout *t)
{
    link_remove(t);
    t->prev = l->tail;
    t->next = NULL;
    if (l->tail) l->tail->next = t; else l->head = t;
    l->tail = t;
    t->list = l;
}

/* insert(item, msecs, start) */
static void timer_insert(Timeout *t, double msecs, double start)
{
    t->idle_start = start;
    TimerList *l = list_for(msecs);
    if (!l) {
        double expiry = start + msecs;
        l = rt_alloc_cell(sizeof(TimerList));
        l->msecs = msecs;
        l->expiry = expiry;
        l->id = next_list_id++;
        if (nlists == lists_cap) {
            uint32_t cap = lists_cap ? lists_cap * 2 : 16;
            TimerList **n = rt_alloc_cell(cap * sizeof(TimerList *));
            if (nlists)
                memcpy(n, lists_by_ms, nlists * sizeof(TimerList *));
            lists_by_ms = n;
            lists_cap = cap;
        }
        lists_by_ms[nlists++] = l;
        heap_insert(l);
        if (next_expiry > expiry) {
            schedule_timer(msecs);
            next_expiry = expiry;
        }
    }
    link_append(l, t);
}

/* unenroll(item) */
static void timer_unenroll(Timeout *t)
{
    if (t->destroyed)
        return;
    t->destroyed = true;
    if (t->refed)
        ref_count_add(-1);
    TimerList *l = t->list;
    link_remove(t);
    if (l && l->head == NULL && list_for(l->msecs) == l) {
        heap_remove_at(l->heap_pos);
        list_forget(l);
    }
    t->idle_timeout = -1;
}

/* runs one list's due timers; false if an exception is pending */
static bool list_on_timeout(TimerList *l, double now)
{
    bool ran = false;
    Timeout *t;
    while ((t = l->head) != NULL) {
        if (now - t->idle_start < l->msecs) {
            l->expiry = fmax(t->idle_start + l->msecs, now + 1);
            l->id = next_list_id++;
            heap_down(l->heap_pos);
            return true;
        }
        if (ran)
            js_node_after_callback(JS_UNDEFINED);
        else
            ran = true;
        link_remove(t);
        if (t->callback == JS_UNDEFINED) {
            if (!t->destroyed) {
                t->destroyed = true;
                if (t->refed)
                    ref_count_add(-1);
            }
            continue;
        }
        double start = t->repeat ? loop_now() : 0;
        JSValue r;
        JSValue self = js_mk_cell(t);
        if (t->args == JS_UNDEFINED) {
            r = js_call(t->callback, self, 0, NULL);
        } else {
            JSArray *a = js_arr(t->args);
            r = js_call(t->callback, self, (int32_t)a->length, a->elements);
        }
        if (t->repeat && t->idle_timeout != -1) {
            t->idle_timeout = t->repeat;
            timer_insert(t, t->idle_timeout, start);
        } else if (t->list == NULL && !t->destroyed) {
            t->destroyed = true;
            if (t->refed)
                ref_count_add(-1);
        }
        if (r == JS_EXCEPTION)
            return false;
    }
    if (list_for(l->msecs) == l) {
        list_forget(l);
        heap_remove_at(l->heap_pos);
    }
    return true;
}

static void run_timers(uv_timer_t *h)
{
    (void)h;
    double now = loop_now();
    next_expiry = INFINITY;
    bool ran = false;
    while (heap_len > 0) {
        TimerList *l = heap[0];
        if (l->expiry > now) {
            /* As node: the duration counts from the loop's current time,
             * which the callbacks above have moved on from `now`. */
            next_expiry = l->expiry;
            double d = l->expiry - (double)uv_now(js_node_loop());
            schedule_timer(d > 0 ? d : 1);
            break;
        }
        /* An exception goes to js_node_after_callback, which ends the
         * process unless an 'uncaughtException' listener handles it; then
         * the remaining due timers still run. */
        if (ran)
            js_node_after_callback(JS_UNDEFINED);
        else
            ran = true;
        if (!list_on_timeout(l, now))
            js_node_after_callback(JS_EXCEPTION);
    }
    if (heap_len == 0)
        uv_timer_stop(&timer_handle);
    js_node_after_callback(JS_UNDEFINED);
}

/* ---- Timeout objects ----------------------------------------------------- */

static Timeout *to_timeout(JSValue v)
{
    return js_is_host(v, JS_HOST_TIMEOUT) ? (Timeout *)js_cell_ptr(v) : NULL;
}

/* process.emitWarning as node prints it, on the next tick; the hint line
 * comes with the first warning only. */
static JSValue print_warning(JSFunction *callee, JSValue this_val, int32_t argc,
                             const JSValue *argv, JSValue new_target)
{
    static bool hinted;
    char *msg = js_string_to_utf8(js_arg(argc, argv, 0), NULL);
    char buf[512];
    int n = snprintf(buf, sizeof buf, "(node:%d) %s\n%s", (int)uv_os_getpid(), msg,
                     hinted ? "" : "(Use `node --trace-warnings ...` to show where the warning was created)\n");
    hinted = true;
    if (n > 0)
        js_node_write(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
    return JS_UNDEFINED;
}

static void overflow_warning(double after)
{
    char num[64], msg[256];
    js_dtoa(after, num);
    snprintf(msg, sizeof msg, "TimeoutOverflowWarning: %s does not fit into a 32-bit signed integer.\n"
             "Timeout duration was set to 1.", num);
    JSValue text = js_new_string_cstr(msg);
    js_enqueue_next_tick(js_new_native_function("emitWarning", print_warning, 1), 1, &text);
}

static JSValue new_timer(int32_t argc, const JSValue *argv, bool repeat)
{
    JSValue cb = js_arg(argc, argv, 0);
    if (!js_is_callable(cb))
        return js_node_throw_invalid_arg_type("callback", "of type function", cb);
    double after = 1;
    JSValue d = js_arg(argc, argv, 1);
    if (js_to_number(d, &after) < 0)     /* after *= 1 */
        return JS_EXCEPTION;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
        if (after > TIMEOUT_MAX)
            overflow_warning(after);
        after = 1;
    }
    JSValue obj = js_new_object_kind(JS_CELL_HOST, timeout_proto, sizeof(Timeout));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    Timeout *t = js_cell_ptr(obj);
    t->h.host_type = JS_HOST_TIMEOUT;
    t->callback = cb;
    t->args = argc > 2 ? js_new_array_from((uint32_t)(argc - 2), argv + 2) : JS_UNDEFINED;
    t->idle_timeout = after;
    t->repeat = repeat ? after : 0;
    t->id = next_timer_id++;
    t->refed = true;
    ref_count_add(1);
    timer_insert(t, after, loop_now());
    return obj;
}

static JSValue js_set_timeout(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    return new_timer(argc, argv, false);
}

static JSValue js_set_interval(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    return new_timer(argc, argv, true);
}

static void clear_timer_value(JSValue v)
{
    Timeout *t = to_timeout(v);
    if (t) {
        if (t->callback != JS_UNDEFINED) {
            t->callback = JS_UNDEFINED;
            timer_unenroll(t);
        }
        return;
    }
    /* clearTimeout(id) works for ids handed out by [Symbol.toPrimitive]. */
    double id;
    if (js_is_number(v))
        id = js_to_double(v);
    else if (js_is_string(v))
        id = js_string_to_number(v);
    else
        return;
    for (uint32_t i = 0; i < nknown; i++) {
        if ((double)known_by_id[i]->id == id) {
            Timeout *k = known_by_id[i];
            known_by_id[i] = known_by_id[--nknown];
            known_by_id[nknown] = NULL;
            k->callback = JS_UNDEFINED;
            timer_unenroll(k);
            return;
        }
    }
}

static JSValue js_clear_timeout(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    clear_timer_value(js_arg(argc, argv, 0));
    return JS_UNDEFINED;
}

static JSValue this_timeout(JSValue this_val, Timeout **out)
{
    *out = to_timeout(this_val);
    if (!*out)
        return js_throw_type_error("Illegal invocation");
    return JS_UNDEFINED;
}

static JSValue js_timeout_ref(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    Timeout *t;
    if (this_timeout(this_val, &t) == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!t->refed) {
        t->refed = true;
        if (!t->destroyed)
            ref_count_add(1);
    }
    return this_val;
}

static JSValue js_timeout_unref(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    Timeout *t;
    if (this_timeout(this_val, &t) == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (t->refed) {
        t->refed = false;
        if (!t->destroyed)
            ref_count_add(-1);
    }
    return this_val;
}

static JSValue js_timeout_has_ref(JSFunction *callee, JSValue this_val, int32_t argc,
                                  const JSValue *argv, JSValue new_target)
{
    Timeout *t;
    if (this_timeout(this_val, &t) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_mk_bool(t->refed);
}

/* refresh(): restart the countdown from now (insertGuarded). */
static JSValue js_timeout_refresh(JSFunction *callee, JSValue this_val, int32_t argc,
                                  const JSValue *argv, JSValue new_target)
{
    Timeout *t;
    if (this_timeout(this_val, &t) == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (t->idle_timeout < 0)
        return this_val;
    timer_insert(t, t->idle_timeout, loop_now());
    if (t->destroyed) {
        t->destroyed = false;
        if (t->refed)
            ref_count_add(1);
    }
    return this_val;
}

static JSValue js_timeout_close(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    clear_timer_value(this_val);
    return this_val;
}

static JSValue js_timeout_to_primitive(JSFunction *callee, JSValue this_val, int32_t argc,
                                       const JSValue *argv, JSValue new_target)
{
    Timeout *t;
    if (this_timeout(this_val, &t) == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!t->has_primitive) {
        t->has_primitive = true;
        if (nknown == known_cap) {
            uint32_t cap = known_cap ? known_cap * 2 : 16;
            Timeout **n = rt_alloc_cell(cap * sizeof(Timeout *));
            if (nknown)
                memcpy(n, known_by_id, nknown * sizeof(Timeout *));
            known_by_id = n;
            known_cap = cap;
        }
        known_by_id[nknown++] = t;
    }
    return js_mk_int32(t->id);
}

/* ---- immediates ---------------------------------------------------------- */

static void idle_noop(uv_idle_t *h) { (void)h; }

static void imm_refs_changed(int64_t before)
{
    if (before == 0 && imm_ref_count > 0)
        uv_idle_start(&idle_handle, idle_noop);
    else if (before > 0 && imm_ref_count == 0)
        uv_idle_stop(&idle_handle);
}

static void imm_ref(int d)
{
    int64_t before = imm_ref_count;
    imm_ref_count += d;
    imm_refs_changed(before);
}

static void run_immediates(uv_check_t *h)
{
    (void)h;
    Immediate *im = imm_head;
    imm_head = imm_tail = NULL;
    bool ran = false;
    while (im) {
        Immediate *next = im->next;
        im->next = NULL;
        if (im->destroyed) {
            im = next;
            continue;
        }
        if (ran)
            js_node_after_callback(JS_UNDEFINED);
        else
            ran = true;
        /* A tick may have cleared it meanwhile. */
        if (im->destroyed) {
            im = next;
            continue;
        }
        im->destroyed = true;
        if (im->refed)
            imm_ref(-1);
        im->refed = false;
        JSValue cb = im->callback;
        im->callback = JS_UNDEFINED;
        JSValue r;
        if (im->args == JS_UNDEFINED) {
            r = js_call(cb, js_mk_cell(im), 0, NULL);
        } else {
            JSArray *a = js_arr(im->args);
            r = js_call(cb, js_mk_cell(im), (int32_t)a->length, a->elements);
        }
        if (r == JS_EXCEPTION)
            js_node_after_callback(JS_EXCEPTION);   /* returns if handled */
        im = next;
    }
    js_node_after_callback(JS_UNDEFINED);
}

static JSValue js_set_immediate(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    JSValue cb = js_arg(argc, argv, 0);
    if (!js_is_callable(cb))
        return js_node_throw_invalid_arg_type("callback", "of type function", cb);
    JSValue obj = js_new_object_kind(JS_CELL_HOST, immediate_proto, sizeof(Immediate));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    Immediate *im = js_cell_ptr(obj);
    im->h.host_type = JS_HOST_IMMEDIATE;
    im->callback = cb;
    im->args = argc > 1 ? js_new_array_from((uint32_t)(argc - 1), argv + 1) : JS_UNDEFINED;
    im->refed = true;
    imm_ref(1);
    if (imm_tail) imm_tail->next = im; else imm_head = im;
    imm_tail = im;
    return obj;
}

static void clear_immediate(Immediate *im)
{
    if (!im || im->destroyed)
        return;
    im->destroyed = true;
    if (im->refed)
        imm_ref(-1);
    im->refed = false;
    im->callback = JS_UNDEFINED;
}

static JSValue js_clear_immediate(JSFunction *callee, JSValue this_val, int32_t argc,
                                  const JSValue *argv, JSValue new_target)
{
    JSValue v = js_arg(argc, argv, 0);
    if (js_is_host(v, JS_HOST_IMMEDIATE))
        clear_immediate(js_cell_ptr(v));
    return JS_UNDEFINED;
}

static Immediate *this_immediate(JSValue v)
{
    return js_is_host(v, JS_HOST_IMMEDIATE) ? js_cell_ptr(v) : NULL;
}

static JSValue js_immediate_ref(JSFunction *callee, JSValue this_val, int32_t argc,
                                const JSValue *argv, JSValue new_target)
{
    Immediate *im = this_immediate(this_val);
    if (!im)
        return js_throw_type_error("Illegal invocation");
    if (!im->refed && !im->destroyed) {
        im->refed = true;
        imm_ref(1);
    }
    return this_val;
}

static JSValue js_immediate_unref(JSFunction *callee, JSValue this_val, int32_t argc,
                                  const JSValue *argv, JSValue new_target)
{
    Immediate *im = this_immediate(this_val);
    if (!im)
        return js_throw_type_error("Illegal invocation");
    if (im->refed && !im->destroyed) {
        im->refed = false;
        imm_ref(-1);
    }
    return this_val;
}

static JSValue js_immediate_has_ref(JSFunction *callee, JSValue this_val, int32_t argc,
                                    const JSValue *argv, JSValue new_target)
{
    Immediate *im = this_immediate(this_val);
    if (!im)
        return js_throw_type_error("Illegal invocation");
    return js_mk_bool(im->refed);
}

/* ---- installation -------------------------------------------------------- */

static const JSPropDef timeout_proto_props[] = {
    JS_CFUNC_DEF("ref", 0, js_timeout_ref),
    JS_CFUNC_DEF("unref", 0, js_timeout_unref),
    JS_CFUNC_DEF("hasRef", 0, js_timeout_has_ref),
    JS_CFUNC_DEF("refresh", 0, js_timeout_refresh),
    JS_CFUNC_DEF("close", 0, js_timeout_close),
    JS_CFUNC_DEF("[Symbol.toPrimitive]", 0, js_timeout_to_primitive),
};

static const JSPropDef immediate_proto_props[] = {
    JS_CFUNC_DEF("ref", 0, js_immediate_ref),
    JS_CFUNC_DEF("unref", 0, js_immediate_unref),
    JS_CFUNC_DEF("hasRef", 0, js_immediate_has_ref),
};

static const JSPropDef global_timer_props[] = {
    JS_CFUNC_DEF("setTimeout", 2, js_set_timeout),
    JS_CFUNC_DEF("setInterval", 2, js_set_interval),
    JS_CFUNC_DEF("clearTimeout", 1, js_clear_timeout),
    JS_CFUNC_DEF("clearInterval", 1, js_clear_timeout),
    JS_CFUNC_DEF("setImmediate", 1, js_set_immediate),
    JS_CFUNC_DEF("clearImmediate", 1, js_clear_immediate),
};

/* A class-like constructor so that inspect prints "Timeout {}". */
static JSValue js_illegal_ctor(JSFunction *callee, JSValue this_val, int32_t argc,
                               const JSValue *argv, JSValue new_target)
{
    return js_throw_type_error("Illegal constructor");
}

void js_timers_install(JSValue global)
{
    uv_loop_t *loop = js_node_loop();
    timeout_proto = js_new_object();
    js_install_props(timeout_proto, timeout_proto_props, JS_COUNTOF(timeout_proto_props));
    js_new_native_constructor("Timeout", js_illegal_ctor, 0, timeout_proto);
    immediate_proto = js_new_object();
    js_install_props(immediate_proto, immediate_proto_props, JS_COUNTOF(immediate_proto_props));
    js_new_native_constructor("Immediate", js_illegal_ctor, 0, immediate_proto);
    js_install_props(global, global_timer_props, JS_COUNTOF(global_timer_props));

    uv_check_init(loop, &check_handle);
    uv_check_start(&check_handle, run_immediates);
    uv_unref((uv_handle_t *)&check_handle);
    uv_idle_init(loop, &idle_handle);
}
