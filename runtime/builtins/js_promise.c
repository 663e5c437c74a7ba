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
static JSValue cap_settle(JSValue cap, JSValue v, bool rejected);

/* data: derived (a capability or undefined), handler, argument, rejected? */
static JSValue reaction_job(int ndata, JSValue *data)
{
    JSValue derived = data[0], handler = data[1], arg = data[2];
    bool rejected = data[3] == JS_TRUE;
    if (!js_is_callable(handler))
        return cap_settle(derived, arg, rejected);
    JSValue r = js_call(handler, JS_UNDEFINED, 1, &arg);
    if (r == JS_EXCEPTION)
        return cap_settle(derived, rt_take_exception(), true);
    return cap_settle(derived, r, false);
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

/* ---- promise capabilities (NewPromiseCapability, §27.2.1.5) ----------------
 *
 * A capability is either a promise of %Promise% itself, settled internally
 * (nobody else can see its resolving functions), or, for any other
 * constructor, a record [promise, resolve, reject]: a three-element array
 * holding what the constructor's executor received. */

/* GetCapabilitiesExecutor: data = the record. */
static JS_NATIVE(js_capability_executor)
{
    JSArray *rec = js_arr(callee->env->vars[0]);
    if (!js_is_undefined(rec->elements[1]) || !js_is_undefined(rec->elements[2]))
        return js_throw_type_error("Promise executor has already been invoked with non-undefined arguments");
    rec->elements[1] = js_arg(argc, argv, 0);
    rec->elements[2] = js_arg(argc, argv, 1);
    return JS_UNDEFINED;
}

/* [with_functions]: a record even for %Promise% (the combinators pass its
 * functions to then()). Returns JS_EXCEPTION when C is not a constructor or
 * its executor was misused. */
static JSValue new_capability(JSValue c, bool with_functions)
{
    if (c == js_realm.promise_ctor) {
        JSValue p = js_promise_new();
        if (!with_functions)
            return p;
        JSValue rec[3] = { p, JS_UNDEFINED, JS_UNDEFINED };
        make_resolving_functions(p, &rec[1], &rec[2]);
        return js_new_array_from(3, rec);
    }
    if (!js_is_constructor(c))
        return js_throw_type_error("%s is not a constructor", js_value_to_message_text(c));
    JSValue undef[3] = { JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED };
    JSValue rec = js_new_array_from(3, undef);
    JSValue executor = js_new_native_function_data("", js_capability_executor, 2, 1, &rec);
    JSValue p = js_construct(c, 1, &executor, c);
    if (p == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSArray *r = js_arr(rec);
    if (!js_is_callable(r->elements[1]) || !js_is_callable(r->elements[2]))
        return js_throw_type_error("Promise resolve or reject function is not callable");
    r->elements[0] = p;
    return rec;
}

static JSValue cap_promise(JSValue cap) { return js_is_array(cap) ? js_arr(cap)->elements[0] : cap; }
static JSValue cap_resolve_fn(JSValue cap) { return js_arr(cap)->elements[1]; }
static JSValue cap_reject_fn(JSValue cap) { return js_arr(cap)->elements[2]; }

/* Resolves or rejects the capability; JS_EXCEPTION if its function threw. */
static JSValue cap_settle(JSValue cap, JSValue v, bool rejected)
{
    if (js_is_promise(cap)) {
        if (rejected)
            reject_internal(cap, v);
        else
            resolve_internal(cap, v);
        return JS_UNDEFINED;
    }
    if (!js_is_array(cap))
        return JS_UNDEFINED;
    return js_call(rejected ? cap_reject_fn(cap) : cap_resolve_fn(cap), JS_UNDEFINED, 1, &v);
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

/* SpeciesConstructor(p, %Promise%) */
static JSValue promise_species(JSValue p)
{
    JSValue c = js_get_property(p, JS_ATOM(constructor));
    if (c == JS_EXCEPTION || c == js_realm.promise_ctor || js_is_undefined(c))
        return c == JS_EXCEPTION ? c : js_realm.promise_ctor;
    if (!js_is_object(c))
        return js_throw_type_error("The .constructor property is not an object");
    JSValue sp = js_get_property(c, JS_SYM(species));
    if (sp == JS_EXCEPTION)
        return sp;
    if (js_is_nullish(sp))
        return js_realm.promise_ctor;
    if (!js_is_constructor(sp))
        return js_throw_type_error("object.constructor[Symbol.species] is not a constructor");
    return sp;
}

static JS_NATIVE(js_promise_proto_then)
{
    if (!js_is_promise(this_val))
        return incompatible("then", this_val);
    JSValue c = promise_species(this_val);
    if (c == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue cap = new_capability(c, false);
    if (cap == JS_EXCEPTION)
        return JS_EXCEPTION;
    perform_then(this_val, js_arg(argc, argv, 0), js_arg(argc, argv, 1), cap);
    return cap_promise(cap);
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

static JSValue promise_resolve_with(JSValue c, JSValue x);

/* data: onFinally, C */
static JSValue finally_step(JSFunction *callee, JSValue arg, bool rejected)
{
    JSValue on_finally = callee->env->vars[0];
    JSValue r = js_call(on_finally, JS_UNDEFINED, 0, NULL);
    if (r == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue p = promise_resolve_with(callee->env->vars[1], r);
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
    JSValue c = promise_species(this_val);
    if (c == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue on_finally = js_arg(argc, argv, 0);
    JSValue args[2] = { on_finally, on_finally };
    if (js_is_callable(on_finally)) {
        JSValue data[2] = { on_finally, c };
        args[0] = js_new_native_function_data("", js_then_finally, 1, 2, data);
        args[1] = js_new_native_function_data("", js_catch_finally, 1, 2, data);
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


/* PromiseResolve(C, x) */
static JSValue promise_resolve_with(JSValue c, JSValue x)
{
    if (js_is_promise(x)) {
        JSValue xc = js_get_property(x, JS_ATOM(constructor));
        if (xc == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (xc == c)
            return x;
    }
    JSValue cap = new_capability(c, false);
    if (cap == JS_EXCEPTION || cap_settle(cap, x, false) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return cap_promise(cap);
}

static JSValue promise_resolve(JSValue x) { return promise_resolve_with(js_realm.promise_ctor, x); }

/* PromiseResolve(%Promise%, x) */
JSValue js_promise_resolve_intrinsic(JSValue x) { return promise_resolve(x); }

static JSValue need_object_this(JSValue c, const char *what)
{
    return js_is_object(c) ? c : js_throw_type_error("%s called on non-object", what);
}

static JS_NATIVE(js_promise_resolve_static)
{
    if (need_object_this(this_val, "PromiseResolve") == JS_EXCEPTION)
        return JS_EXCEPTION;
    return promise_resolve_with(this_val, js_arg(argc, argv, 0));
}

static JS_NATIVE(js_promise_reject_static)
{
    if (need_object_this(this_val, "PromiseReject") == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue cap = new_capability(this_val, false);
    if (cap == JS_EXCEPTION || cap_settle(cap, js_arg(argc, argv, 0), true) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return cap_promise(cap);
}

static JS_NATIVE(js_promise_with_resolvers)
{
    JSValue cap = new_capability(this_val, true);
    if (cap == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue obj = js_new_object();
    js_define_property_value_str(obj, "promise", cap_promise(cap), JS_PROP_C_W_E);
    js_define_property_value_str(obj, "resolve", cap_resolve_fn(cap), JS_PROP_C_W_E);
    js_define_property_value_str(obj, "reject", cap_reject_fn(cap), JS_PROP_C_W_E);
    return obj;
}

/* Combinators. Element functions get data {P, values, index, remaining box,
 * called box}; the remaining count starts at 1 and is released after the
 * loop (§27.2.4.1.2). */
enum { COMB_ALL, COMB_ALL_SETTLED, COMB_ANY, COMB_RACE };

/* [cap]: the combinator's capability record. */
static JSValue finish_if_done(JSValue cap, JSValue values, JSArray *remaining, int kind)
{
    int32_t left = js_get_int32(remaining->elements[0]) - 1;
    remaining->elements[0] = js_mk_int32(left);
    if (left != 0)
        return JS_UNDEFINED;
    if (kind == COMB_ANY) {
        JSValue err = js_new_error(JS_AGGREGATE_ERROR, js_str_c("All promises were rejected"));
        js_define_property_value(err, JS_ATOM(errors), values, JS_PROP_C_W);
        return cap_settle(cap, err, true);
    }
    return cap_settle(cap, values, false);
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
    return finish_if_done(d[0], d[1], js_arr(d[3]), kind);
}

static JS_NATIVE(js_all_resolve_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ALL, false); }
static JS_NATIVE(js_settled_resolve_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ALL_SETTLED, false); }
static JS_NATIVE(js_settled_reject_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ALL_SETTLED, true); }
static JS_NATIVE(js_any_reject_element) { return element_fn(callee, js_arg(argc, argv, 0), COMB_ANY, true); }

/* GetPromiseResolve(C), then the iteration of §27.2.4.1.1 and friends.
 * An abrupt completion rejects the capability (IfAbruptRejectPromise),
 * closing the iterator unless the iterator itself failed. */
static JSValue combinator(JSValue c, JSValue iterable, int kind)
{
    JSValue cap = new_capability(c, true);
    if (cap == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue resolve_fn = js_get_property_str(c, "resolve");
    if (resolve_fn == JS_EXCEPTION)
        goto reject;
    if (!js_is_callable(resolve_fn)) {
        js_throw_type_error("Promise resolve or reject function is not callable");
        goto reject;
    }
    JSValue it = js_get_iterator(iterable);
    if (it == JS_EXCEPTION)
        goto reject;
    JSValue values = js_new_array(0);
    JSValue one = js_mk_int32(1);
    JSValue remaining = js_new_array_from(1, &one);
    for (int32_t index = 0;; index++) {
        JSValue x = js_iterator_step(it);
        if (x == JS_EXCEPTION)
            goto reject;
        if (x == JS_EMPTY)
            break;
        JSValue args[2];
        if (kind == COMB_RACE) {
            args[0] = cap_resolve_fn(cap);
            args[1] = cap_reject_fn(cap);
        } else {
            js_array_push(values, JS_UNDEFINED);
            JSArray *rem = js_arr(remaining);
            rem->elements[0] = js_mk_int32(js_get_int32(rem->elements[0]) + 1);
            JSValue no = JS_FALSE;
            JSValue data[5] = { cap, values, js_mk_int32(index), remaining, js_new_array_from(1, &no) };
            switch (kind) {
            case COMB_ALL:
                args[0] = js_new_native_function_data("", js_all_resolve_element, 1, 5, data);
                args[1] = cap_reject_fn(cap);
                break;
            case COMB_ALL_SETTLED:
                args[0] = js_new_native_function_data("", js_settled_resolve_element, 1, 5, data);
                args[1] = js_new_native_function_data("", js_settled_reject_element, 1, 5, data);
                /* both share one "already called" flag */
                js_func(args[1])->env->vars[4] = js_func(args[0])->env->vars[4];
                break;
            default:
                args[0] = cap_resolve_fn(cap);
                args[1] = js_new_native_function_data("", js_any_reject_element, 1, 5, data);
                break;
            }
        }
        JSValue next = js_call(resolve_fn, c, 1, &x);
        if (next == JS_EXCEPTION || js_call_method(next, JS_ATOM(then), 2, args) == JS_EXCEPTION)
            goto close;
    }
    if (kind != COMB_RACE && finish_if_done(cap, values, js_arr(remaining), kind) == JS_EXCEPTION)
        goto reject;
    return cap_promise(cap);
close: {
        JSValue e = rt_take_exception();
        js_iterator_close(it);
        if (js_has_exception())
            rt_take_exception();
        js_throw(e);
    }
reject: {
        JSValue e = rt_take_exception();
        if (cap_settle(cap, e, true) == JS_EXCEPTION)
            return JS_EXCEPTION;
        return cap_promise(cap);
    }
}

static JS_NATIVE(js_promise_all) { return combinator(this_val, js_arg(argc, argv, 0), COMB_ALL); }
static JS_NATIVE(js_promise_all_settled) { return combinator(this_val, js_arg(argc, argv, 0), COMB_ALL_SETTLED); }
static JS_NATIVE(js_promise_any) { return combinator(this_val, js_arg(argc, argv, 0), COMB_ANY); }
static JS_NATIVE(js_promise_race) { return combinator(this_val, js_arg(argc, argv, 0), COMB_RACE); }

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
