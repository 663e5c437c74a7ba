/*
 * js_promise.c — Promise (§27.2): the constructor, then/catch/finally,
 * Promise.resolve/reject/all/allSettled/race/any/withResolvers.
 *
 * Jobs run on the node layer's microtask queue (js_enqueue_microtask_job),
 * so promise reactions interleave with queueMicrotask and follow
 * process.nextTick exactly as in node.
 *
 * A promise keeps its reactions in a list in registration order. The
 * promise that then() returns is resolved internally (nobody else can hold
 * its resolving functions); real resolving functions, with their shared
 * "already resolved" flag, are made only where JavaScript can see them: the
 * executor's arguments and the thenable job that adopts a foreign thenable.
 *
 * Rejections without a handler are remembered (HostPromiseRejectionTracker)
 * until a handler arrives; js_promise_take_unhandled_rejection() hands the
 * event loop the first one still unhandled.
 */
#include "builtins.h"
#include "js_promise.h"
#include "node/node.h"

typedef struct Reaction {
    struct Reaction *next;
    JSPromiseNativeReaction native; /* a C reaction (await): called with derived as its data */
    JSValue derived;       /* promise to settle with the handler's outcome, or undefined */
    JSValue on_fulfilled;  /* callable or undefined */
    JSValue on_rejected;
} Reaction;

typedef struct JSPromise {
    JSObject o;
    uint32_t state;        /* JS_PROMISE_* */
    uint32_t handled;      /* [[PromiseIsHandled]] */
    JSValue result;
    Reaction *head, *tail;
} JSPromise;

static JSValue unhandled_list; /* a JS array of rejected, unhandled promises */

bool js_is_promise(JSValue v)
{
    return js_is_cell(v) && js_cell_kind(v) == JS_CELL_PROMISE;
}

static JSPromise *prom(JSValue v) { return (JSPromise *)js_cell_ptr(v); }

static JSValue promise_alloc(JSValue proto)
{
    JSValue p = js_new_object_kind(JS_CELL_PROMISE, proto, sizeof(JSPromise));
    prom(p)->result = JS_UNDEFINED;
    return p;
}

JSValue js_promise_new(void)
{
    return promise_alloc(js_realm.promise_proto);
}

int js_promise_state(JSValue p, JSValue *result)
{
    if (result)
        *result = prom(p)->result;
    return (int)prom(p)->state;
}

/* ---- jobs ------------------------------------------------------------------ */

static void reject_internal(JSValue p, JSValue reason);
static void resolve_internal(JSValue p, JSValue value);

/* data: derived, handler, argument, rejected? */
static JSValue reaction_job(int ndata, JSValue *data)
{
    JSValue derived = data[0], handler = data[1], arg = data[2];
    bool rejected = data[3] == JS_TRUE;
    if (!js_is_callable(handler)) {
        if (js_is_promise(derived)) {
            if (rejected)
                reject_internal(derived, arg);
            else
                resolve_internal(derived, arg);
        }
        return JS_UNDEFINED;
    }
    JSValue r = js_call(handler, JS_UNDEFINED, 1, &arg);
    if (r == JS_EXCEPTION) {
        JSValue e = rt_take_exception();
        if (js_is_promise(derived))
            reject_internal(derived, e);
        return JS_UNDEFINED;
    }
    if (js_is_promise(derived))
        resolve_internal(derived, r);
    return JS_UNDEFINED;
}

/* data: the reaction, argument, rejected? */
static JSValue native_reaction_job(int ndata, JSValue *data)
{
    (void)ndata;
    Reaction *r = (Reaction *)(uintptr_t)data[0];
    r->native(r->derived, data[1], data[2] == JS_TRUE);
    return JS_UNDEFINED;
}

static void enqueue_reaction(Reaction *r, JSValue argument, bool rejected)
{
    if (r->native) {
        JSValue nd[3] = { (JSValue)(uintptr_t)r, argument, js_mk_bool(rejected) };
        js_enqueue_microtask_job(native_reaction_job, 3, nd);
        return;
    }
    JSValue data[4] = { r->derived, rejected ? r->on_rejected : r->on_fulfilled, argument,
                        js_mk_bool(rejected) };
    js_enqueue_microtask_job(reaction_job, 4, data);
}

static void settle(JSValue p, uint32_t state, JSValue result)
{
    JSPromise *pr = prom(p);
    if (pr->state != JS_PROMISE_PENDING)
        return;
    pr->state = state;
    pr->result = result;
    Reaction *r = pr->head;
    pr->head = pr->tail = NULL;
    if (state == JS_PROMISE_REJECTED && !pr->handled) {
        if (!js_is_object(unhandled_list))
            unhandled_list = js_new_array(0);
        js_array_push(unhandled_list, p);
    }
    for (; r; r = r->next)
        enqueue_reaction(r, result, state == JS_PROMISE_REJECTED);
}

static void reject_internal(JSValue p, JSValue reason)
{
    settle(p, JS_PROMISE_REJECTED, reason);
}

/* ---- resolving functions ----------------------------------------------------- */

/* data: promise, box (a one-element array holding "already resolved") */
static bool claim(JSFunction *callee)
{
    JSArray *box = js_arr(callee->env->vars[1]);
    if (box->elements[0] == JS_TRUE)
        return false;
    box->elements[0] = JS_TRUE;
    return true;
}

static JS_NATIVE(js_promise_resolve_fn)
{
    if (claim(callee))
        resolve_internal(callee->env->vars[0], js_arg(argc, argv, 0));
    return JS_UNDEFINED;
}

static JS_NATIVE(js_promise_reject_fn)
{
    if (claim(callee))
        reject_internal(callee->env->vars[0], js_arg(argc, argv, 0));
    return JS_UNDEFINED;
}

static void make_resolving_functions(JSValue p, JSValue *resolve, JSValue *reject)
{
    JSValue flag = JS_FALSE;
    JSValue data[2] = { p, js_new_array_from(1, &flag) };
    *resolve = js_new_native_function_data("", js_promise_resolve_fn, 1, 2, data);
    *reject = js_new_native_function_data("", js_promise_reject_fn, 1, 2, data);
}

/* data: promise, thenable, then */
static JSValue thenable_job(int ndata, JSValue *data)
{
    JSValue resolve, reject;
    make_resolving_functions(data[0], &resolve, &reject);
    JSValue args[2] = { resolve, reject };
    JSValue r = js_call(data[2], data[1], 2, args);
    if (r == JS_EXCEPTION) {
        JSValue e = rt_take_exception();
        js_call(reject, JS_UNDEFINED, 1, &e);
    }
    return JS_UNDEFINED;
}

/* The body of a promise resolve function (§27.2.1.3.2) past the flag. */
static void resolve_internal(JSValue p, JSValue value)
{
    if (value == p) {
        js_throw_type_error("Chaining cycle detected for promise #<Promise>");
        reject_internal(p, rt_take_exception());
        return;
    }
    if (!js_is_object(value)) {
        settle(p, JS_PROMISE_FULFILLED, value);
        return;
    }
    JSValue then = js_get_property(value, JS_ATOM(then));
    if (then == JS_EXCEPTION) {
        reject_internal(p, rt_take_exception());
        return;
    }
    if (!js_is_callable(then)) {
        settle(p, JS_PROMISE_FULFILLED, value);
        return;
    }
    JSValue data[3] = { p, value, then };
    js_enqueue_microtask_job(thenable_job, 3, data);
}

void js_promise_resolve_value(JSValue p, JSValue value)
{
    if (prom(p)->state == JS_PROMISE_PENDING)
        resolve_internal(p, value);
}

void js_promise_reject_value(JSValue p, JSValue reason)
{
    reject_internal(p, reason);
}

JSValue js_promise_take_unhandled_rejection(void)
{
    if (!js_is_object(unhandled_list))
        return JS_EMPTY;
    JSArray *a = js_arr(unhandled_list);
    JSValue found = JS_EMPTY;
    uint32_t keep = 0;
    for (uint32_t i = 0; i < a->length; i++) {
        JSValue p = a->elements[i];
        if (prom(p)->handled)
            continue;
        if (found == JS_EMPTY) {
            found = prom(p)->result;
            prom(p)->handled = 1; /* reported once */
            continue;
        }
        a->elements[keep++] = p;
    }
    for (uint32_t i = keep; i < a->length; i++)
        a->elements[i] = JS_EMPTY;
    a->length = keep;
    return found;
}

/* ---- then ------------------------------------------------------------------------ */

static void add_reaction(JSValue p, Reaction *r)
{
    JSPromise *pr = prom(p);
    if (pr->state == JS_PROMISE_PENDING) {
        if (pr->tail)
            pr->tail->next = r;
        else
            pr->head = r;
        pr->tail = r;
    } else {
        enqueue_reaction(r, pr->result, pr->state == JS_PROMISE_REJECTED);
    }
    pr->handled = 1;
}

static void perform_then(JSValue p, JSValue on_fulfilled, JSValue on_rejected, JSValue derived)
{
    Reaction *r = rt_alloc_cell(sizeof(Reaction));
    r->derived = derived;
    r->on_fulfilled = js_is_callable(on_fulfilled) ? on_fulfilled : JS_UNDEFINED;
    r->on_rejected = js_is_callable(on_rejected) ? on_rejected : JS_UNDEFINED;
    add_reaction(p, r);
}

void js_promise_mark_handled(JSValue p) { prom(p)->handled = 1; }

void js_promise_then_native(JSValue p, JSPromiseNativeReaction fn, JSValue data)
{
    Reaction *r = rt_alloc_cell(sizeof(Reaction));
    r->native = fn;
    r->derived = data;
    add_reaction(p, r);
}

static JSValue incompatible(const char *method, JSValue v)
{
    return js_throw_type_error("Method Promise.prototype.%s called on incompatible receiver %s",
                               method, js_value_to_message_text(v));
}

static JS_NATIVE(js_promise_proto_then)
{
    if (!js_is_promise(this_val))
        return incompatible("then", this_val);
    JSValue derived = js_promise_new();
    perform_then(this_val, js_arg(argc, argv, 0), js_arg(argc, argv, 1), derived);
    return derived;
}

static JS_NATIVE(js_promise_proto_catch)
{
    JSValue args[2] = { JS_UNDEFINED, js_arg(argc, argv, 0) };
    return js_call_method(this_val, JS_ATOM(then), 2, args);
}

/* finally: data = onFinally; the value/reason passes through. */
static JS_NATIVE(js_value_thunk)
{
    return callee->env->vars[0];
}

static JS_NATIVE(js_thrower_thunk)
{
    return js_throw(callee->env->vars[0]);
}

static JSValue promise_resolve(JSValue x);

static JSValue finally_step(JSFunction *callee, JSValue arg, bool rejected)
{
    JSValue on_finally = callee->env->vars[0];
    JSValue r = js_call(on_finally, JS_UNDEFINED, 0, NULL);
    if (r == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue p = promise_resolve(r);
    if (p == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue thunk = js_new_native_function_data("", rejected ? js_thrower_thunk : js_value_thunk, 0, 1, &arg);
    return js_call_method(p, JS_ATOM(then), 1, &thunk);
}

static JS_NATIVE(js_then_finally) { return finally_step(callee, js_arg(argc, argv, 0), false); }
static JS_NATIVE(js_catch_finally) { return finally_step(callee, js_arg(argc, argv, 0), true); }

static JS_NATIVE(js_promise_proto_finally)
{
    if (!js_is_object(this_val))
        return incompatible("finally", this_val);
    JSValue on_finally = js_arg(argc, argv, 0);
    JSValue args[2] = { on_finally, on_finally };
    if (js_is_callable(on_finally)) {
        args[0] = js_new_native_function_data("", js_then_finally, 1, 1, &on_finally);
        args[1] = js_new_native_function_data("", js_catch_finally, 1, 1, &on_finally);
    }
    return js_call_method(this_val, JS_ATOM(then), 2, args);
}

/* ---- the constructor and statics ----------------------------------------------------- */

static JS_NATIVE(js_promise_ctor)
{
    if (js_is_undefined(new_target))
        return js_throw_type_error("Promise constructor cannot be invoked without 'new'");
    JSValue executor = js_arg(argc, argv, 0);
    if (!js_is_callable(executor))
        return js_throw_type_error("Promise resolver %s is not a function",
                                   js_value_to_message_text(executor));
    JSValue p = js_create_from_ctor(new_target, js_realm.promise_proto, JS_CELL_PROMISE, sizeof(JSPromise));
    if (p == JS_EXCEPTION)
        return JS_EXCEPTION;
    prom(p)->result = JS_UNDEFINED;
    JSValue resolve, reject;
    make_resolving_functions(p, &resolve, &reject);
    JSValue args[2] = { resolve, reject };
    if (js_call(executor, JS_UNDEFINED, 2, args) == JS_EXCEPTION) {
        JSValue e = rt_take_exception();
        js_call(reject, JS_UNDEFINED, 1, &e);
    }
    return p;
}

/* PromiseResolve(%Promise%, x) */
JSValue js_promise_resolve_intrinsic(JSValue x) { return promise_resolve(x); }

static JSValue promise_resolve(JSValue x)
{
    if (js_is_promise(x)) {
        JSValue c = js_get_property(x, JS_ATOM(constructor));
        if (c == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (c == js_realm.promise_ctor)
            return x;
    }
    JSValue p = js_promise_new();
    resolve_internal(p, x);
    return p;
}

static JS_NATIVE(js_promise_resolve_static)
{
    return promise_resolve(js_arg(argc, argv, 0));
}

static JS_NATIVE(js_promise_reject_static)
{
    JSValue p = js_promise_new();
    reject_internal(p, js_arg(argc, argv, 0));
    return p;
}

static JS_NATIVE(js_promise_with_resolvers)
{
    JSValue p = js_promise_new();
    JSValue resolve, reject;
    make_resolving_functions(p, &resolve, &reject);
    JSValue obj = js_new_object();
    js_define_property_value_str(obj, "promise", p, JS_PROP_C_W_E);
    js_define_property_value_str(obj, "resolve", resolve, JS_PROP_C_W_E);
    js_define_property_value_str(obj, "reject", reject, JS_PROP_C_W_E);
    return obj;
}

/* Combinators. Element functions get data {P, values, index, remaining box,
 * called box}; the remaining count starts at 1 and is released after the
 * loop (§27.2.4.1.2). */
enum { COMB_ALL, COMB_ALL_SETTLED, COMB_ANY };

static void finish_if_done(JSValue p, JSValue values, JSArray *remaining, int kind)
{
    int32_t left = js_get_int32(remaining->elements[0]) - 1;
    remaining->elements[0] = js_mk_int32(left);
    if (left != 0)
        return;
    if (kind == COMB_ANY) {
        JSValue err = js_new_error(JS_AGGREGATE_ERROR, js_str_c("All promises were rejected"));
        js_define_property_value(err, JS_ATOM(errors), values, JS_PROP_C_W);
        reject_internal(p, err);
    } else {
        resolve_internal(p, values);
    }
}

static JSValue element_fn(JSFunction *callee, JSValue x, int kind, bool rejected)
{
    JSValue *d = callee->env->vars;
    JSArray *called = js_arr(d[4]);
    if (called->elements[0] == JS_TRUE)
        return JS_UNDEFINED;
    called->elements[0] = JS_TRUE;
    JSValue v = x;
    if (kind == COMB_ALL_SETTLED) {
        v = js_new_object();
        js_define_property_value_str(v, "status", js_str_c(rejected ? "rejected" : "fulfilled"), JS_PROP_C_W_E);
        js_define_property_value_str(v, rejected ? "reason" : "value", x, JS_PROP_C_W_E);
    }
    js_set_index(d[1], (uint32_t)js_get_int32(d[2]), v, true);
    finish_if_done(d[0], d[1], js_arr(d[3]), kind);
    return JS_UNDEFINED;
}

static JS_NATIVE(js_all_resolve_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ALL, false); }
static JS_NATIVE(js_settled_resolve_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ALL_SETTLED, false); }
static JS_NATIVE(js_settled_reject_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ALL_SETTLED, true); }
static JS_NATIVE(js_any_reject_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ANY, true); }

static JSValue combinator(JSValue iterable, int kind)
{
    JSValue p = js_promise_new();
    JSValue resolve, reject;
    make_resolving_functions(p, &resolve, &reject);
    JSValue it = js_get_iterator(iterable);
    if (it == JS_EXCEPTION) {
        reject_internal(p, rt_take_exception());
        return p;
    }
    JSValue values = js_new_array(0);
    JSValue one = js_mk_int32(1);
    JSValue remaining = js_new_array_from(1, &one);
    for (int32_t index = 0;; index++) {
        JSValue x = js_iterator_step(it);
        if (x == JS_EXCEPTION) {
            reject_internal(p, rt_take_exception());
            return p;
        }
        if (x == JS_EMPTY)
            break;
        js_array_push(values, JS_UNDEFINED);
        JSValue next = promise_resolve(x);
        if (next == JS_EXCEPTION)
            goto abrupt;
        JSArray *rem = js_arr(remaining);
        rem->elements[0] = js_mk_int32(js_get_int32(rem->elements[0]) + 1);
        JSValue no = JS_FALSE;
        JSValue data[5] = { p, values, js_mk_int32(index), remaining, js_new_array_from(1, &no) };
        JSValue args[2];
        switch (kind) {
        case COMB_ALL:
            args[0] = js_new_native_function_data("", js_all_resolve_element, 1, 5, data);
            args[1] = reject;
            break;
        case COMB_ALL_SETTLED:
            args[0] = js_new_native_function_data("", js_settled_resolve_element, 1, 5, data);
            args[1] = js_new_native_function_data("", js_settled_reject_element, 1, 5, data);
            /* both share one "already called" flag */
            js_func(args[1])->env->vars[4] = js_func(args[0])->env->vars[4];
            break;
        default:
            args[0] = resolve;
            args[1] = js_new_native_function_data("", js_any_reject_element, 1, 5, data);
            break;
        }
        if (js_call_method(next, JS_ATOM(then), 2, args) == JS_EXCEPTION)
            goto abrupt;
    }
    finish_if_done(p, values, js_arr(remaining), kind);
    return p;
abrupt: {
        JSValue e = rt_take_exception();
        js_iterator_close(it);
        if (js_has_exception())
            rt_take_exception();
        reject_internal(p, e);
        return p;
    }
}

static JS_NATIVE(js_promise_all) { return combinator(js_arg(argc, argv, 0), COMB_ALL); }
static JS_NATIVE(js_promise_all_settled) { return combinator(js_arg(argc, argv, 0), COMB_ALL_SETTLED); }
static JS_NATIVE(js_promise_any) { return combinator(js_arg(argc, argv, 0), COMB_ANY); }

static JS_NATIVE(js_promise_race)
{
    JSValue p = js_promise_new();
    JSValue resolve, reject;
    make_resolving_functions(p, &resolve, &reject);
    JSValue it = js_get_iterator(js_arg(argc, argv, 0));
    if (it == JS_EXCEPTION) {
        reject_internal(p, rt_take_exception());
        return p;
    }
    for (;;) {
        JSValue x = js_iterator_step(it);
        if (x == JS_EXCEPTION) {
            reject_internal(p, rt_take_exception());
            return p;
        }
        if (x == JS_EMPTY)
            break;
        JSValue next = promise_resolve(x);
        JSValue args[2] = { resolve, reject };
        if (next == JS_EXCEPTION || js_call_method(next, JS_ATOM(then), 2, args) == JS_EXCEPTION) {
            JSValue e = rt_take_exception();
            js_iterator_close(it);
            if (js_has_exception())
                rt_take_exception();
            reject_internal(p, e);
            return p;
        }
    }
    return p;
}

static JS_NATIVE(js_promise_species)
{
    return this_val;
}

static const JSPropDef promise_props[] = {
    JS_CFUNC_DEF("all", 1, js_promise_all),
    JS_CFUNC_DEF("allSettled", 1, js_promise_all_settled),
    JS_CFUNC_DEF("any", 1, js_promise_any),
    JS_CFUNC_DEF("race", 1, js_promise_race),
    JS_CFUNC_DEF("resolve", 1, js_promise_resolve_static),
    JS_CFUNC_DEF("reject", 1, js_promise_reject_static),
    JS_CFUNC_DEF("withResolvers", 0, js_promise_with_resolvers),
    JS_CGETSET_DEF("[Symbol.species]", js_promise_species, NULL),
};

static const JSPropDef promise_proto_props[] = {
    JS_CFUNC_DEF("then", 2, js_promise_proto_then),
    JS_CFUNC_DEF("catch", 1, js_promise_proto_catch),
    JS_CFUNC_DEF("finally", 1, js_promise_proto_finally),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Promise", JS_PROP_CONFIGURABLE),
};

void js_init_promise(JSValue global)
{
    if (!js_is_object(js_realm.promise_proto))
        js_realm.promise_proto = js_new_object_proto(js_realm.object_proto);
    JSValue proto = js_realm.promise_proto;
    JSValue ctor = js_new_native_constructor("Promise", js_promise_ctor, 1, proto);
    js_realm.promise_ctor = ctor;
    js_install_props(ctor, promise_props, JS_COUNTOF(promise_props));
    js_install_props(proto, promise_proto_props, JS_COUNTOF(promise_proto_props));
    js_define_global(global, "Promise", ctor);
}
