/*
 * async.c — async functions (§27.7), async generators (§27.6) and the
 * async iteration behind for-await and yield* (§7.4, §27.1.4): the runtime
 * half of the compiled async protocol (compiler/lower_gen.c,
 * docs/internals.md "Async functions").
 *
 * Both kinds of body are LLVM switched-resume coroutines, like generators.
 * Their state is a JSAsync: for an async function an internal cell that
 * holds the coroutine frame and the result promise, for an async generator
 * the generator object itself, with its request queue.
 *
 * Await (§27.7.5.3) is spelled exactly as the spec does it, because test262
 * and node's output order depend on the number of microtask ticks:
 * rt_async_await does PerformPromiseThen(PromiseResolve(%Promise%, v), ...)
 * with C reactions (js_promise_then_native) that store the outcome in the
 * state (mode next or throw, and the value) and resume the coroutine from
 * the microtask job; the body then asks rt_async_resumed for the value (or
 * the exception, pending, routed to the innermost handler).
 *
 * An async generator follows AsyncGeneratorEnqueue / Resume / CompleteStep
 * / DrainQueue / AwaitReturn literally: next/throw/return enqueue a request
 * with a fresh promise and resume the body synchronously when it is
 * suspended; a yield completes the request at the head of the queue and goes
 * on without suspending when another request is already waiting.
 *
 * For-await and yield* iterate through an internal record (AsyncIterRec)
 * over an async iterator, or over a sync one with the semantics of
 * CreateAsyncFromSyncIterator — that object is never visible to JavaScript,
 * so the record implements its next/return/throw directly, with the same
 * promises and the same number of ticks.
 */
#include "builtins/builtins.h"
#include "builtins/js_promise.h"
#include "internal.h"
#include "kiln/rt_abi.h"

enum { AS_STARTING, AS_START, AS_YIELD, AS_EXECUTING, AS_AWAIT_RETURN, AS_COMPLETED };
enum { M_NEXT, M_THROW, M_RETURN };

typedef struct AGenReq {
    struct AGenReq *next;
    int32_t mode;            /* M_*: the completion */
    JSValue value;
    JSValue promise;         /* the capability's promise */
} AGenReq;

typedef struct AsyncIterRec {
    JSCellHeader h;          /* JS_CELL_INTERNAL */
    JSValue iter;            /* the async iterator, or the sync one */
    JSValue next;            /* its next method */
    int32_t sync;            /* iter is sync: CreateAsyncFromSyncIterator semantics */
} AsyncIterRec;

typedef struct JSAsync {
    JSObject o;              /* async generator: the object; async function: an internal cell */
    void *frame;             /* the coroutine frame (GC cell) */
    void (*resume)(void *);  /* the module's helper around llvm.coro.resume */
    JSValue sent;            /* the value the body resumes with */
    JSValue out;             /* yield*: what the body must await or yield next */
    JSValue promise;         /* async function: its result promise */
    int32_t mode;            /* M_*: why the body was resumed */
    int32_t state;           /* async generator: AS_* */
    int32_t ramp_threw;      /* async generator: parameter initialisation threw at the call */
    int32_t dphase, dkind;   /* yield*: step machine (see rt_agen_delegate_step) */
    AsyncIterRec *drec;      /* yield*: the inner iterator */
    AGenReq *head, *tail;    /* async generator: the request queue */
} JSAsync;

static JSAsync *st_of(JSValue v) { return (JSAsync *)js_cell_ptr(v); }

static JSValue iter_value_or_throw(JSValue result, bool *done);

/* ---- await ------------------------------------------------------------------ */

static void resume_with(JSAsync *st, int32_t mode, JSValue v)
{
    st->mode = mode;
    st->sent = v;
    st->resume(st->frame);
}

static void await_settled(JSValue data, JSValue arg, bool rejected)
{
    resume_with(st_of(data), rejected ? M_THROW : M_NEXT, arg);
}

JSValue rt_async_await(JSValue st, JSValue v)
{
    JSValue p = js_promise_resolve_intrinsic(v);
    if (p == JS_EXCEPTION)
        return JS_EXCEPTION;
    js_promise_then_native(p, await_settled, st);
    return JS_UNDEFINED;
}

JSValue rt_async_resumed(JSValue sv)
{
    JSAsync *st = st_of(sv);
    JSValue v = st->sent;
    st->sent = JS_UNDEFINED;
    if (st->mode == M_THROW) {
        st->mode = M_NEXT;
        return js_throw(v);
    }
    return v;
}

JSValue rt_async_sent(JSValue st) { return st_of(st)->sent; }

/* ---- async functions ------------------------------------------------------------ */

JSValue rt_async_new(void *frame, void *resume)
{
    JSAsync *st = rt_alloc_cell(sizeof(JSAsync));
    st->o.h.kind = JS_CELL_INTERNAL;
    st->o.h.shape = &js_static_shapes[JS_CELL_INTERNAL];
    st->frame = frame;
    st->resume = (void (*)(void *))resume;
    st->sent = st->out = JS_UNDEFINED;
    st->promise = js_promise_new();
    return js_mk_cell(st);
}

JSValue rt_async_promise(JSValue st) { return st_of(st)->promise; }

void rt_async_finish(JSValue sv, JSValue v, int32_t threw)
{
    JSAsync *st = st_of(sv);
    st->frame = NULL;
    if (threw)
        js_promise_reject_value(st->promise, rt_take_exception());
    else
        js_promise_resolve_value(st->promise, v);
}

/* ---- async generators: the queue ------------------------------------------------ */

static void drain_queue(JSAsync *g);

/* AsyncGeneratorCompleteStep */
static void complete_step(JSAsync *g, int32_t mode, JSValue value, bool done)
{
    AGenReq *r = g->head;
    if (!r)
        return;
    g->head = r->next;
    if (!g->head)
        g->tail = NULL;
    if (mode == M_THROW)
        js_promise_reject_value(r->promise, value);
    else
        js_promise_resolve_value(r->promise, js_create_iter_result(value, done));
}

static void await_return_settled(JSValue data, JSValue arg, bool rejected)
{
    JSAsync *g = st_of(data);
    g->state = AS_COMPLETED;
    complete_step(g, rejected ? M_THROW : M_NEXT, arg, true);
    drain_queue(g);
}

/* AsyncGeneratorAwaitReturn */
static void await_return(JSAsync *g)
{
    JSValue p = js_promise_resolve_intrinsic(g->head->value);
    if (p == JS_EXCEPTION) {
        g->state = AS_COMPLETED;
        complete_step(g, M_THROW, rt_take_exception(), true);
        drain_queue(g);
        return;
    }
    js_promise_then_native(p, await_return_settled, js_mk_cell(g));
}

/* AsyncGeneratorDrainQueue */
static void drain_queue(JSAsync *g)
{
    while (g->head) {
        AGenReq *r = g->head;
        if (r->mode == M_RETURN) {
            g->state = AS_AWAIT_RETURN;
            await_return(g);
            return;
        }
        complete_step(g, r->mode, r->mode == M_THROW ? r->value : JS_UNDEFINED, true);
    }
}

JSValue rt_agen_new(JSFunction *callee, void *frame, void *resume)
{
    JSValue proto = js_get_property(js_mk_cell(callee), JS_ATOM(prototype));
    if (proto == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_object(proto))
        proto = js_realm.async_generator_proto;
    JSValue gv = js_new_object_kind(JS_CELL_ASYNC_GENERATOR, proto, sizeof(JSAsync));
    JSAsync *g = st_of(gv);
    g->frame = frame;
    g->resume = (void (*)(void *))resume;
    g->sent = g->out = g->promise = JS_UNDEFINED;
    g->state = AS_STARTING;
    return gv;
}

void rt_agen_started(JSValue g) { st_of(g)->state = AS_START; }

/* What the call of an async generator function returns: the object, or the
 * exception of its parameter initialisation (still pending). */
JSValue rt_agen_ramp_result(JSValue g) { return st_of(g)->ramp_threw ? JS_EXCEPTION : g; }

void rt_agen_finish(JSValue gv, JSValue v, int32_t threw)
{
    JSAsync *g = st_of(gv);
    g->frame = NULL;
    if (g->state == AS_STARTING) { /* FunctionDeclarationInstantiation threw: the call throws */
        g->state = AS_COMPLETED;
        g->ramp_threw = 1;
        return;
    }
    g->state = AS_COMPLETED;
    if (threw)
        complete_step(g, M_THROW, rt_take_exception(), true);
    else
        complete_step(g, M_NEXT, v, true);
    drain_queue(g);
}

/* AsyncGeneratorYield(value) (the operand is already awaited): completes
 * the head request; returns 1 when the body must suspend, 0 when another
 * request is waiting and the body goes on at once with its completion. */
int32_t rt_agen_yield(JSValue gv, JSValue v)
{
    JSAsync *g = st_of(gv);
    complete_step(g, M_NEXT, v, false);
    if (g->head) {
        g->mode = g->head->mode;
        g->sent = g->head->value;
        return 0;
    }
    g->state = AS_YIELD;
    return 1;
}

/* After a yield: its value for next(), JS_EXCEPTION (pending) for throw(),
 * JS_EMPTY for return() (the value, still to be awaited, in rt_async_sent). */
JSValue rt_agen_resumed(JSValue gv)
{
    JSAsync *g = st_of(gv);
    if (g->mode == M_RETURN)
        return JS_EMPTY;
    return rt_async_resumed(gv);
}

/* ---- %AsyncGeneratorPrototype% ---------------------------------------------------- */

static void enqueue(JSAsync *g, int32_t mode, JSValue v, JSValue promise)
{
    AGenReq *r = rt_alloc_cell(sizeof(AGenReq));
    r->mode = mode;
    r->value = v;
    r->promise = promise;
    if (g->tail)
        g->tail->next = r;
    else
        g->head = r;
    g->tail = r;
}

static void agen_resume(JSAsync *g, int32_t mode, JSValue v)
{
    g->state = AS_EXECUTING;
    resume_with(g, mode, v);
}

static JSValue agen_method(JSValue this_val, int32_t mode, JSValue v, const char *name)
{
    JSValue promise = js_promise_new();
    if (!js_is_cell(this_val) || js_cell_kind(this_val) != JS_CELL_ASYNC_GENERATOR) {
        js_throw_type_error("%s method called on incompatible receiver %s", name,
                            js_value_to_message_text(this_val));
        js_promise_reject_value(promise, rt_take_exception());
        return promise;
    }
    JSAsync *g = st_of(this_val);
    int32_t state = g->state;
    if (mode == M_NEXT) {
        if (state == AS_COMPLETED) {
            js_promise_resolve_value(promise, js_create_iter_result(JS_UNDEFINED, true));
            return promise;
        }
        enqueue(g, mode, v, promise);
        if (state == AS_START || state == AS_YIELD)
            agen_resume(g, M_NEXT, v);
    } else if (mode == M_RETURN) {
        enqueue(g, mode, v, promise);
        if (state == AS_START || state == AS_COMPLETED) {
            g->frame = NULL;
            g->state = AS_AWAIT_RETURN;
            await_return(g);
        } else if (state == AS_YIELD) {
            agen_resume(g, M_RETURN, v);
        }
    } else {
        if (state == AS_START) {
            g->state = state = AS_COMPLETED;
            g->frame = NULL;
        }
        if (state == AS_COMPLETED) {
            js_promise_reject_value(promise, v);
            return promise;
        }
        enqueue(g, mode, v, promise);
        if (state == AS_YIELD)
            agen_resume(g, M_THROW, v);
    }
    return promise;
}

static JS_NATIVE(js_async_generator_next)
{
    (void)callee; (void)new_target;
    return agen_method(this_val, M_NEXT, js_arg(argc, argv, 0), "AsyncGenerator.prototype.next");
}

static JS_NATIVE(js_async_generator_return)
{
    (void)callee; (void)new_target;
    return agen_method(this_val, M_RETURN, js_arg(argc, argv, 0), "AsyncGenerator.prototype.return");
}

static JS_NATIVE(js_async_generator_throw)
{
    (void)callee; (void)new_target;
    return agen_method(this_val, M_THROW, js_arg(argc, argv, 0), "AsyncGenerator.prototype.throw");
}

static JS_NATIVE(js_async_iterator_proto_async_iterator)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    return this_val;
}

static const JSPropDef async_generator_proto_props[] = {
    JS_CFUNC_DEF("next", 1, js_async_generator_next),
    JS_CFUNC_DEF("return", 1, js_async_generator_return),
    JS_CFUNC_DEF("throw", 1, js_async_generator_throw),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "AsyncGenerator", JS_PROP_CONFIGURABLE),
};

static const JSPropDef async_iterator_proto_props[] = {
    JS_CFUNC_DEF("[Symbol.asyncIterator]", 0, js_async_iterator_proto_async_iterator),
};

static const JSPropDef async_function_proto_props[] = {
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "AsyncFunction", JS_PROP_CONFIGURABLE),
};

static const JSPropDef async_generator_function_proto_props[] = {
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "AsyncGeneratorFunction", JS_PROP_CONFIGURABLE),
};

void js_init_async(void)
{
    if (js_is_object(js_realm.async_iterator_proto))
        js_install_props(js_realm.async_iterator_proto, async_iterator_proto_props,
                         JS_COUNTOF(async_iterator_proto_props));
    if (js_is_object(js_realm.async_generator_proto))
        js_install_props(js_realm.async_generator_proto, async_generator_proto_props,
                         JS_COUNTOF(async_generator_proto_props));
    if (js_is_object(js_realm.async_function_proto))
        js_install_props(js_realm.async_function_proto, async_function_proto_props,
                         JS_COUNTOF(async_function_proto_props));
    if (js_is_object(js_realm.async_generator_function_proto)) {
        js_install_props(js_realm.async_generator_function_proto, async_generator_function_proto_props,
                         JS_COUNTOF(async_generator_function_proto_props));
        js_define_property_value(js_realm.async_generator_function_proto, JS_ATOM(prototype),
                                 js_realm.async_generator_proto, JS_PROP_CONFIGURABLE);
        js_define_property_value(js_realm.async_generator_proto, JS_ATOM(constructor),
                                 js_realm.async_generator_function_proto, JS_PROP_CONFIGURABLE);
    }
}

/* ---- async iteration: records over async and sync iterators ---------------------- */

static JSValue get_method(JSValue o, JSValue key)
{
    JSValue m = js_get_property(o, key);
    if (m == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_nullish(m))
        return JS_UNDEFINED;
    if (!js_is_callable(m))
        return js_throw_type_error("%s is not a function", js_value_to_message_text(m));
    return m;
}

/* GetIterator(v, async) */
JSValue rt_get_async_iterator(JSValue v)
{
    int32_t sync = 0;
    JSValue m = get_method(v, JS_SYM(asyncIterator));
    if (m == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_undefined(m)) {
        sync = 1;
        m = get_method(v, JS_SYM(iterator));
        if (m == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_undefined(m))
            return js_throw_type_error("%s is not async iterable", js_value_to_message_text(v));
    }
    JSValue it = js_call(m, v, 0, NULL);
    if (it == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_object(it))
        return js_throw_type_error(sync ? "Result of the Symbol.iterator method is not an object"
                                        : "Result of the Symbol.asyncIterator method is not an object");
    JSValue next = js_get_property(it, JS_ATOM(next));
    if (next == JS_EXCEPTION)
        return JS_EXCEPTION;
    AsyncIterRec *r = rt_alloc_cell(sizeof *r);
    r->h.kind = JS_CELL_INTERNAL;
    r->h.shape = &js_static_shapes[JS_CELL_INTERNAL];
    r->iter = it;
    r->next = next;
    r->sync = sync;
    return js_mk_cell(r);
}

static AsyncIterRec *rec_of(JSValue v) { return (AsyncIterRec *)js_cell_ptr(v); }

/* A promise rejected with the pending exception (IfAbruptRejectPromise). */
static JSValue rejected_with_pending(void)
{
    JSValue p = js_promise_new();
    js_promise_reject_value(p, rt_take_exception());
    return p;
}

/* data: [promise, done] */
static void from_sync_settled(JSValue data, JSValue arg, bool rejected)
{
    JSArray *a = js_arr(data);
    if (rejected)
        js_promise_reject_value(a->elements[0], arg);
    else
        js_promise_resolve_value(a->elements[0], js_create_iter_result(arg, a->elements[1] == JS_TRUE));
}

/* AsyncFromSyncIteratorContinuation(result, capability) */
static JSValue from_sync_continue(JSValue result)
{
    if (!js_is_object(result)) {
        js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(result));
        return rejected_with_pending();
    }
    bool done;
    JSValue value = iter_value_or_throw(result, &done);
    if (value == JS_EXCEPTION)
        return rejected_with_pending();
    JSValue wrapper = js_promise_resolve_intrinsic(value);
    if (wrapper == JS_EXCEPTION)
        return rejected_with_pending();
    JSValue p = js_promise_new();
    JSValue data[2] = { p, js_mk_bool(done) };
    js_promise_then_native(wrapper, from_sync_settled, js_new_array_from(2, data));
    return p;
}

/* %AsyncFromSyncIteratorPrototype%.next/return/throw on the record's sync
 * iterator: always a promise. [has_value] false calls return() with no
 * argument. */
static JSValue from_sync_call(AsyncIterRec *r, int32_t mode, JSValue v, bool has_value)
{
    JSValue result;
    if (mode == M_NEXT) {
        result = js_call(r->next, r->iter, has_value ? 1 : 0, &v);
    } else {
        JSValue m = get_method(r->iter, mode == M_RETURN ? JS_ATOM(return) : JS_ATOM(throw));
        if (m == JS_EXCEPTION)
            return rejected_with_pending();
        if (js_is_undefined(m)) {
            JSValue p = js_promise_new();
            if (mode == M_RETURN) {
                js_promise_resolve_value(p, js_create_iter_result(v, true));
                return p;
            }
            /* no throw(): close the sync iterator, reject with a TypeError */
            JSValue rm = get_method(r->iter, JS_ATOM(return));
            if (rm == JS_EXCEPTION)
                return rejected_with_pending();
            if (!js_is_undefined(rm)) {
                JSValue cr = js_call(rm, r->iter, 0, NULL);
                if (cr == JS_EXCEPTION)
                    return rejected_with_pending();
                if (!js_is_object(cr)) {
                    js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(cr));
                    return rejected_with_pending();
                }
            }
            js_throw_type_error("The iterator does not provide a 'throw' method.");
            return rejected_with_pending();
        }
        result = js_call(m, r->iter, has_value ? 1 : 0, &v);
    }
    if (result == JS_EXCEPTION)
        return rejected_with_pending();
    return from_sync_continue(result);
}

/* IteratorComplete and, when not done... IteratorValue. */
static JSValue iter_value_or_throw(JSValue result, bool *done)
{
    JSValue d = js_get_property(result, JS_ATOM(done));
    if (d == JS_EXCEPTION)
        return JS_EXCEPTION;
    *done = js_to_boolean(d);
    return js_get_property(result, JS_ATOM(value));
}

/* for await: the result of next() (to be awaited). */
JSValue rt_async_iter_next(JSValue rv)
{
    AsyncIterRec *r = rec_of(rv);
    if (r->sync)
        return from_sync_call(r, M_NEXT, JS_UNDEFINED, false);
    return js_call(r->next, r->iter, 0, NULL);
}

/* for await: the awaited result of next(): its value, or JS_EMPTY when done. */
JSValue rt_async_iter_value(JSValue result)
{
    if (!js_is_object(result))
        return js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(result));
    JSValue d = js_get_property(result, JS_ATOM(done));
    if (d == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_to_boolean(d))
        return JS_EMPTY;
    return js_get_property(result, JS_ATOM(value));
}

/* AsyncIteratorClose, first half: the result of return() to be awaited, or
 * JS_EMPTY when the iterator has no return method. */
JSValue rt_async_iter_close(JSValue rv)
{
    AsyncIterRec *r = rec_of(rv);
    if (r->sync)
        return from_sync_call(r, M_RETURN, JS_UNDEFINED, false);
    JSValue m = get_method(r->iter, JS_ATOM(return));
    if (m == JS_EXCEPTION || js_is_undefined(m))
        return m == JS_EXCEPTION ? m : JS_EMPTY;
    return js_call(m, r->iter, 0, NULL);
}

/* AsyncIteratorClose, second half: the awaited result must be an object. */
JSValue rt_async_iter_close_check(JSValue result)
{
    if (!js_is_object(result))
        return js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(result));
    return JS_UNDEFINED;
}

/* ---- yield* in async generators (§15.5.5 with generatorKind async) ----------------- */

enum { D_CALL, D_RESULT, D_YIELDED, D_UNWRAP, D_RETURN_AWAIT, D_CLOSE_AWAIT };
enum { DS_EXC = -1, DS_AWAIT = 0, DS_YIELD = 1, DS_DONE = 2, DS_RETURN = 3 };

JSValue rt_agen_delegate_start(JSValue gv, JSValue iterable)
{
    JSValue rec = rt_get_async_iterator(iterable);
    if (rec == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSAsync *g = st_of(gv);
    g->drec = rec_of(rec);
    g->dphase = D_CALL;
    g->mode = M_NEXT;
    g->sent = JS_UNDEFINED;
    return rec;
}

/* One step of yield*. The compiled loop acts on the code: DS_AWAIT awaits
 * rt_agen_delegate_out (raw: the outcome lands in mode/sent, nothing is
 * thrown) and steps again; DS_YIELD yields rt_agen_delegate_out without
 * awaiting it (rt_agen_yield) and steps again with the resumption; DS_DONE:
 * the value of the yield* expression is rt_async_sent; DS_RETURN: the
 * generator returns rt_async_sent; DS_EXC: an exception is pending. */
int32_t rt_agen_delegate_step(JSValue gv)
{
    JSAsync *g = st_of(gv);
    AsyncIterRec *r = g->drec;
    JSValue v = g->sent;
    for (;;) {
        switch (g->dphase) {
        case D_CALL: {
            int32_t mode = g->mode;
            JSValue res;
            if (r->sync) {
                res = from_sync_call(r, mode, v, true);
            } else if (mode == M_NEXT) {
                res = js_call(r->next, r->iter, 1, &v);
            } else {
                JSValue m = get_method(r->iter, mode == M_THROW ? JS_ATOM(throw) : JS_ATOM(return));
                if (m == JS_EXCEPTION)
                    return DS_EXC;
                if (js_is_undefined(m)) {
                    if (mode == M_RETURN) {
                        g->out = v;
                        g->dphase = D_RETURN_AWAIT;
                        return DS_AWAIT;
                    }
                    /* AsyncIteratorClose(normal), then a TypeError */
                    JSValue rm = get_method(r->iter, JS_ATOM(return));
                    if (rm == JS_EXCEPTION)
                        return DS_EXC;
                    if (js_is_undefined(rm)) {
                        js_throw_type_error("The iterator does not provide a 'throw' method.");
                        return DS_EXC;
                    }
                    JSValue cr = js_call(rm, r->iter, 0, NULL);
                    if (cr == JS_EXCEPTION)
                        return DS_EXC;
                    g->out = cr;
                    g->dphase = D_CLOSE_AWAIT;
                    return DS_AWAIT;
                }
                res = js_call(m, r->iter, 1, &v);
            }
            if (res == JS_EXCEPTION)
                return DS_EXC;
            g->out = res;
            g->dkind = mode;
            g->dphase = D_RESULT;
            return DS_AWAIT;
        }
        case D_RESULT: {
            if (g->mode == M_THROW) {
                js_throw(g->sent);
                return DS_EXC;
            }
            JSValue res = g->sent;
            if (!js_is_object(res)) {
                js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(res));
                return DS_EXC;
            }
            bool done;
            JSValue d = js_get_property(res, JS_ATOM(done));
            if (d == JS_EXCEPTION)
                return DS_EXC;
            done = js_to_boolean(d);
            JSValue val = js_get_property(res, JS_ATOM(value));
            if (val == JS_EXCEPTION)
                return DS_EXC;
            if (done) {
                g->sent = val;
                g->mode = M_NEXT;
                return g->dkind == M_RETURN ? DS_RETURN : DS_DONE;
            }
            g->out = val;
            g->dphase = D_YIELDED;
            return DS_YIELD;
        }
        case D_YIELDED:
            /* resumed by next/throw/return (mode, sent) */
            if (g->mode == M_RETURN) {
                g->out = g->sent;
                g->dphase = D_UNWRAP;
                return DS_AWAIT;
            }
            v = g->sent;
            g->dphase = D_CALL;
            continue;
        case D_UNWRAP:
            /* AsyncGeneratorUnwrapYieldResumption: a rejection becomes a throw
             * completion, a fulfilment a return completion */
            if (g->mode != M_THROW)
                g->mode = M_RETURN;
            v = g->sent;
            g->dphase = D_CALL;
            continue;
        case D_RETURN_AWAIT:
            if (g->mode == M_THROW) {
                js_throw(g->sent);
                return DS_EXC;
            }
            return DS_RETURN;
        case D_CLOSE_AWAIT:
            if (g->mode == M_THROW) {
                js_throw(g->sent);
                return DS_EXC;
            }
            if (!js_is_object(g->sent)) {
                js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(g->sent));
                return DS_EXC;
            }
            js_throw_type_error("The iterator does not provide a 'throw' method.");
            return DS_EXC;
        default:
            return DS_EXC;
        }
    }
}

JSValue rt_agen_delegate_out(JSValue g) { return st_of(g)->out; }
