/*
 * js_iterator_helpers.c — the Iterator constructor, Iterator.from and the
 * iterator helpers of Iterator.prototype (ES2025 §27.1.3-4).
 *
 * The lazy helpers (map, filter, take, drop, flatMap) return objects of
 * %IteratorHelperPrototype% whose state is a small machine in C rather
 * than a generator: each next() runs one step of the spec's abstract
 * closure. Errors thrown by a callback close the underlying iterator
 * before they propagate, as IfAbruptCloseIterator says.
 */
#include <math.h>

#include "builtins.h"

enum { OP_MAP, OP_FILTER, OP_TAKE, OP_DROP, OP_FLAT_MAP, OP_WRAP };
enum { ST_START, ST_YIELDED, ST_RUNNING, ST_DONE };

typedef struct IterHelper {
    JSObject o;
    uint8_t op, state;
    bool inner_active;
    JSValue iter, next;              /* the underlying iterator record */
    JSValue fn;                      /* mapper or predicate */
    double remaining;                /* take / drop */
    double counter;
    JSValue inner_iter, inner_next;  /* flatMap's current inner iterator */
} IterHelper;

static JSValue helper_proto, wrap_proto, iterator_ctor;

/* ---- iterator records ------------------------------------------------------- */

/* IteratorStep: the next value, JS_EMPTY when done, JS_EXCEPTION. */
JSValue js_iterator_step_next(JSValue iter, JSValue next)
{
    JSValue r = js_call(next, iter, 0, NULL);
    if (r == JS_EXCEPTION) return r;
    if (!js_is_object(r))
        return js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(r));
    JSValue done = js_get_property(r, JS_ATOM(done));
    if (done == JS_EXCEPTION) return done;
    if (js_to_boolean(done)) return JS_EMPTY;
    return js_get_property(r, JS_ATOM(value));
}

/* IteratorClose with a normal completion: errors of return() propagate. */
int js_iterator_close_normal(JSValue iter)
{
    JSValue m = js_get_property(iter, JS_ATOM(return));
    if (m == JS_EXCEPTION) return -1;
    if (js_is_nullish(m)) return 0;
    JSValue r = js_call(m, iter, 0, NULL);
    if (r == JS_EXCEPTION) return -1;
    if (!js_is_object(r)) {
        js_throw_type_error("iterator.return() did not return an object");
        return -1;
    }
    return 0;
}

/* IteratorClose with a throw completion: the pending exception wins over
 * anything return() does. Always returns JS_EXCEPTION. */
static JSValue close_throw(JSValue iter)
{
    JSValue ex = rt_take_exception();
    JSValue m = js_get_property(iter, JS_ATOM(return));
    if (m != JS_EXCEPTION && !js_is_nullish(m)) js_call(m, iter, 0, NULL);
    rt_take_exception();
    return js_throw(ex);
}

/* Argument validation failed: close `this` and throw err (already thrown). */
static JSValue fail_closing(JSValue iter) { return close_throw(iter); }

static JSValue this_object(JSValue this_val, const char *method)
{
    if (js_is_object(this_val)) return this_val;
    return js_throw_type_error("Iterator.prototype.%s called on non-object", method);
}

/* ---- the helper objects --------------------------------------------------------- */

static JSValue new_helper(JSValue proto, int op, JSValue iter, JSValue next, JSValue fn)
{
    JSValue v = js_new_object_kind(JS_CELL_ITERATOR_HELPER, proto, sizeof(IterHelper));
    IterHelper *h = js_cell_ptr(v);
    h->op = (uint8_t)op;
    h->state = ST_START;
    h->iter = iter;
    h->next = next;
    h->fn = fn;
    h->inner_iter = h->inner_next = JS_UNDEFINED;
    return v;
}

static IterHelper *helper_of(JSValue v, bool wrap)
{
    if (!js_is_cell(v) || js_cell_kind(v) != JS_CELL_ITERATOR_HELPER) return NULL;
    IterHelper *h = js_cell_ptr(v);
    return (h->op == OP_WRAP) == wrap ? h : NULL;
}

/* GetIteratorFlattenable(v, reject-primitives) for flatMap's results. */
static int flattenable(JSValue v, JSValue *iter, JSValue *next)
{
    if (!js_is_object(v)) {
        js_throw_type_error("%s is not an object", js_value_to_message_text(v));
        return -1;
    }
    JSValue m = js_get_property(v, JS_SYM(iterator));
    if (m == JS_EXCEPTION) return -1;
    JSValue it = v;
    if (!js_is_nullish(m)) {
        it = js_call(m, v, 0, NULL);
        if (it == JS_EXCEPTION) return -1;
        if (!js_is_object(it)) {
            js_throw_type_error("Result of the Symbol.iterator method is not an object");
            return -1;
        }
    }
    JSValue n = js_get_property(it, JS_ATOM(next));
    if (n == JS_EXCEPTION) return -1;
    *iter = it;
    *next = n;
    return 0;
}

/* One step of the helper's closure: a value to yield, JS_EMPTY when it has
 * finished, JS_EXCEPTION. */
static JSValue run_step(IterHelper *h)
{
    JSValue v;
    switch (h->op) {
    case OP_MAP: {
        if ((v = js_iterator_step_next(h->iter, h->next)) == JS_EXCEPTION || v == JS_EMPTY) return v;
        JSValue args[2] = {v, js_mk_number(h->counter++)};
        JSValue r = js_call(h->fn, JS_UNDEFINED, 2, args);
        return r == JS_EXCEPTION ? close_throw(h->iter) : r;
    }
    case OP_FILTER:
        for (;;) {
            if ((v = js_iterator_step_next(h->iter, h->next)) == JS_EXCEPTION || v == JS_EMPTY) return v;
            JSValue args[2] = {v, js_mk_number(h->counter++)};
            JSValue r = js_call(h->fn, JS_UNDEFINED, 2, args);
            if (r == JS_EXCEPTION) return close_throw(h->iter);
            if (js_to_boolean(r)) return v;
        }
    case OP_TAKE:
        if (h->remaining == 0) return js_iterator_close_normal(h->iter) < 0 ? JS_EXCEPTION : JS_EMPTY;
        if (h->remaining != INFINITY) h->remaining--;
        return js_iterator_step_next(h->iter, h->next);
    case OP_DROP:
        while (h->remaining > 0) {
            if (h->remaining != INFINITY) h->remaining--;
            if ((v = js_iterator_step_next(h->iter, h->next)) == JS_EXCEPTION || v == JS_EMPTY) return v;
        }
        return js_iterator_step_next(h->iter, h->next);
    case OP_FLAT_MAP:
        for (;;) {
            if (h->inner_active) {
                v = js_iterator_step_next(h->inner_iter, h->inner_next);
                if (v == JS_EXCEPTION) return close_throw(h->iter);
                if (v != JS_EMPTY) return v;
                h->inner_active = false;
                continue;
            }
            if ((v = js_iterator_step_next(h->iter, h->next)) == JS_EXCEPTION || v == JS_EMPTY) return v;
            JSValue args[2] = {v, js_mk_number(h->counter++)};
            JSValue mapped = js_call(h->fn, JS_UNDEFINED, 2, args);
            if (mapped == JS_EXCEPTION) return close_throw(h->iter);
            if (flattenable(mapped, &h->inner_iter, &h->inner_next) < 0) return close_throw(h->iter);
            h->inner_active = true;
        }
    }
    return JS_EMPTY;
}

static JS_NATIVE(js_helper_next)
{
    IterHelper *h = helper_of(this_val, false);
    if (!h) return js_throw_type_error("Iterator Helper.prototype.next called on an incompatible receiver");
    if (h->state == ST_RUNNING) return js_throw_type_error("Generator is already running");
    if (h->state == ST_DONE) return js_create_iter_result(JS_UNDEFINED, true);
    h->state = ST_RUNNING;
    JSValue v = run_step(h);
    if (v == JS_EXCEPTION || v == JS_EMPTY) {
        h->state = ST_DONE;
        return v == JS_EXCEPTION ? v : js_create_iter_result(JS_UNDEFINED, true);
    }
    h->state = ST_YIELDED;
    return js_create_iter_result(v, false);
}

static JS_NATIVE(js_helper_return)
{
    IterHelper *h = helper_of(this_val, false);
    if (!h) return js_throw_type_error("Iterator Helper.prototype.return called on an incompatible receiver");
    if (h->state == ST_RUNNING) return js_throw_type_error("Generator is already running");
    if (h->state == ST_DONE) return js_create_iter_result(JS_UNDEFINED, true);
    h->state = ST_DONE;
    if (h->op == OP_FLAT_MAP && h->inner_active) {
        h->inner_active = false;
        if (js_iterator_close_normal(h->inner_iter) < 0) return close_throw(h->iter);
    }
    if (js_iterator_close_normal(h->iter) < 0) return JS_EXCEPTION;
    return js_create_iter_result(JS_UNDEFINED, true);
}

static JS_NATIVE(js_wrap_next)
{
    IterHelper *h = helper_of(this_val, true);
    if (!h) return js_throw_type_error("next method called on an incompatible receiver");
    return js_call(h->next, h->iter, 0, NULL);
}

static JS_NATIVE(js_wrap_return)
{
    IterHelper *h = helper_of(this_val, true);
    if (!h) return js_throw_type_error("return method called on an incompatible receiver");
    JSValue m = js_get_property(h->iter, JS_ATOM(return));
    if (m == JS_EXCEPTION) return m;
    if (js_is_nullish(m)) return js_create_iter_result(JS_UNDEFINED, true);
    return js_call(m, h->iter, 0, NULL);
}

/* ---- Iterator.prototype methods ---------------------------------------------------- */

/* this, a callable fn (else close and throw), then GetIteratorDirect. */
static int direct_with_fn(JSValue this_val, JSValue fn, const char *method, JSValue *next)
{
    if (this_object(this_val, method) == JS_EXCEPTION) return -1;
    if (!js_is_callable(fn)) {
        js_throw_type_error("%s is not a function", js_value_to_message_text(fn));
        fail_closing(this_val);
        return -1;
    }
    *next = js_get_property(this_val, JS_ATOM(next));
    return *next == JS_EXCEPTION ? -1 : 0;
}

static JSValue lazy(JSValue this_val, int32_t argc, const JSValue *argv, int op, const char *method)
{
    JSValue fn = js_arg(argc, argv, 0), next;
    if (direct_with_fn(this_val, fn, method, &next) < 0) return JS_EXCEPTION;
    return new_helper(helper_proto, op, this_val, next, fn);
}

static JS_NATIVE(js_iter_map) { return lazy(this_val, argc, argv, OP_MAP, "map"); }
static JS_NATIVE(js_iter_filter) { return lazy(this_val, argc, argv, OP_FILTER, "filter"); }
static JS_NATIVE(js_iter_flat_map) { return lazy(this_val, argc, argv, OP_FLAT_MAP, "flatMap"); }

static JSValue take_drop(JSValue this_val, int32_t argc, const JSValue *argv, int op, const char *method)
{
    if (this_object(this_val, method) == JS_EXCEPTION) return JS_EXCEPTION;
    double lim;
    if (js_to_number(js_arg(argc, argv, 0), &lim) < 0) return fail_closing(this_val);
    if (lim != lim) {
        js_throw_range_error("%s must be positive", js_value_to_message_text(js_arg(argc, argv, 0)));
        return fail_closing(this_val);
    }
    lim = isinf(lim) ? lim : trunc(lim) + 0.0;
    if (lim < 0 || (!isinf(lim) && lim > 9007199254740991.0)) {
        js_throw_range_error("%s must be positive", js_value_to_message_text(js_arg(argc, argv, 0)));
        return fail_closing(this_val);
    }
    JSValue next = js_get_property(this_val, JS_ATOM(next));
    if (next == JS_EXCEPTION) return next;
    JSValue v = new_helper(helper_proto, op, this_val, next, JS_UNDEFINED);
    ((IterHelper *)js_cell_ptr(v))->remaining = lim;
    return v;
}

static JS_NATIVE(js_iter_take) { return take_drop(this_val, argc, argv, OP_TAKE, "take"); }
static JS_NATIVE(js_iter_drop) { return take_drop(this_val, argc, argv, OP_DROP, "drop"); }

static JS_NATIVE(js_iter_reduce)
{
    JSValue fn = js_arg(argc, argv, 0), next;
    if (direct_with_fn(this_val, fn, "reduce", &next) < 0) return JS_EXCEPTION;
    JSValue acc;
    double counter = 0;
    if (argc < 2) {
        acc = js_iterator_step_next(this_val, next);
        if (acc == JS_EXCEPTION) return acc;
        if (acc == JS_EMPTY) return js_throw_type_error("Reduce of empty iterator with no initial value");
        counter = 1;
    } else {
        acc = argv[1];
    }
    for (;;) {
        JSValue v = js_iterator_step_next(this_val, next);
        if (v == JS_EXCEPTION) return v;
        if (v == JS_EMPTY) return acc;
        JSValue args[3] = {acc, v, js_mk_number(counter++)};
        acc = js_call(fn, JS_UNDEFINED, 3, args);
        if (acc == JS_EXCEPTION) return close_throw(this_val);
    }
}

static JS_NATIVE(js_iter_to_array)
{
    if (this_object(this_val, "toArray") == JS_EXCEPTION) return JS_EXCEPTION;
    JSValue next = js_get_property(this_val, JS_ATOM(next));
    if (next == JS_EXCEPTION) return next;
    JSValue arr = js_new_array(0);
    for (uint32_t i = 0;; i++) {
        JSValue v = js_iterator_step_next(this_val, next);
        if (v == JS_EXCEPTION) return v;
        if (v == JS_EMPTY) return arr;
        if (js_define_property_index(arr, i, v, JS_PROP_C_W_E) < 0) return JS_EXCEPTION;
    }
}

enum { EAGER_FOR_EACH, EAGER_SOME, EAGER_EVERY, EAGER_FIND };

static JSValue eager(JSValue this_val, int32_t argc, const JSValue *argv, int kind, const char *method)
{
    JSValue fn = js_arg(argc, argv, 0), next;
    if (direct_with_fn(this_val, fn, method, &next) < 0) return JS_EXCEPTION;
    for (double counter = 0;; counter++) {
        JSValue v = js_iterator_step_next(this_val, next);
        if (v == JS_EXCEPTION) return v;
        if (v == JS_EMPTY)
            return kind == EAGER_SOME ? JS_FALSE : kind == EAGER_EVERY ? JS_TRUE : JS_UNDEFINED;
        JSValue args[2] = {v, js_mk_number(counter)};
        JSValue r = js_call(fn, JS_UNDEFINED, 2, args);
        if (r == JS_EXCEPTION) return close_throw(this_val);
        if (kind == EAGER_FOR_EACH) continue;
        bool t = js_to_boolean(r);
        if (kind == EAGER_EVERY ? !t : t) {
            if (js_iterator_close_normal(this_val) < 0) return JS_EXCEPTION;
            return kind == EAGER_SOME ? JS_TRUE : kind == EAGER_EVERY ? JS_FALSE : v;
        }
    }
}

static JS_NATIVE(js_iter_for_each) { return eager(this_val, argc, argv, EAGER_FOR_EACH, "forEach"); }
static JS_NATIVE(js_iter_some) { return eager(this_val, argc, argv, EAGER_SOME, "some"); }
static JS_NATIVE(js_iter_every) { return eager(this_val, argc, argv, EAGER_EVERY, "every"); }
static JS_NATIVE(js_iter_find) { return eager(this_val, argc, argv, EAGER_FIND, "find"); }

/* ---- Iterator, Iterator.from ---------------------------------------------------------- */

static JS_NATIVE(js_iterator_ctor)
{
    if (js_is_undefined(new_target) || new_target == iterator_ctor)
        return js_throw_type_error("Abstract class Iterator not directly constructable");
    return js_create_from_ctor(new_target, js_realm.iterator_proto, JS_CELL_OBJECT, sizeof(JSPlainObject));
}

static JS_NATIVE(js_iterator_from)
{
    JSValue o = js_arg(argc, argv, 0);
    if (!js_is_object(o) && !js_is_string(o))
        return js_throw_type_error("%s is not an object", js_value_to_message_text(o));
    JSValue m = js_get_property(o, JS_SYM(iterator));
    if (m == JS_EXCEPTION) return m;
    JSValue it = o;
    if (!js_is_nullish(m)) {
        it = js_call(m, o, 0, NULL);
        if (it == JS_EXCEPTION) return it;
        if (!js_is_object(it)) return js_throw_type_error("Result of the Symbol.iterator method is not an object");
    } else if (!js_is_object(o)) {
        return js_throw_type_error("%s is not an object", js_value_to_message_text(o));
    }
    JSValue next = js_get_property(it, JS_ATOM(next));
    if (next == JS_EXCEPTION) return next;
    int inherits = js_ordinary_has_instance(iterator_ctor, it);
    if (inherits < 0) return JS_EXCEPTION;
    if (inherits) return it;
    return new_helper(wrap_proto, OP_WRAP, it, next, JS_UNDEFINED);
}

/* SetterThatIgnoresPrototypeProperties (§27.1.4.14 / .1): the accessors of
 * Iterator.prototype.constructor and [Symbol.toStringTag]. */
static JSValue ignore_proto_setter(JSValue this_val, JSAtom key, JSValue v)
{
    if (!js_is_object(this_val)) return js_throw_type_error("setter called on non-object");
    if (this_val == js_realm.iterator_proto)
        return js_throw_type_error("Cannot assign to read only property '%s' of object", js_string_to_utf8(js_is_symbol(key) ? js_symbol_descriptive_string(key) : key, NULL));
    int has = js_get_own_property(this_val, key, NULL);
    if (has < 0) return JS_EXCEPTION;
    if (!has) {
        if (js_define_property_value(this_val, key, v, JS_PROP_C_W_E) < 0) return JS_EXCEPTION;
    } else if (js_set_property(this_val, key, v, true) < 0) {
        return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

static JS_NATIVE(js_iter_tag_get) { return js_new_string_cstr("Iterator"); }
static JS_NATIVE(js_iter_tag_set) { return ignore_proto_setter(this_val, JS_SYM(toStringTag), js_arg(argc, argv, 0)); }
static JS_NATIVE(js_iter_ctor_get) { return iterator_ctor; }
static JS_NATIVE(js_iter_ctor_set) { return ignore_proto_setter(this_val, JS_ATOM(constructor), js_arg(argc, argv, 0)); }

static const JSPropDef iterator_proto_props[] = {
    JS_CFUNC_DEF("map", 1, js_iter_map),
    JS_CFUNC_DEF("filter", 1, js_iter_filter),
    JS_CFUNC_DEF("take", 1, js_iter_take),
    JS_CFUNC_DEF("drop", 1, js_iter_drop),
    JS_CFUNC_DEF("flatMap", 1, js_iter_flat_map),
    JS_CFUNC_DEF("reduce", 1, js_iter_reduce),
    JS_CFUNC_DEF("toArray", 0, js_iter_to_array),
    JS_CFUNC_DEF("forEach", 1, js_iter_for_each),
    JS_CFUNC_DEF("some", 1, js_iter_some),
    JS_CFUNC_DEF("every", 1, js_iter_every),
    JS_CFUNC_DEF("find", 1, js_iter_find),
};

static const JSPropDef helper_proto_props[] = {
    JS_CFUNC_DEF("next", 0, js_helper_next),
    JS_CFUNC_DEF("return", 0, js_helper_return),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Iterator Helper", JS_PROP_CONFIGURABLE),
};

static const JSPropDef wrap_proto_props[] = {
    JS_CFUNC_DEF("next", 0, js_wrap_next),
    JS_CFUNC_DEF("return", 0, js_wrap_return),
};

static const JSPropDef iterator_props[] = {
    JS_CFUNC_DEF("from", 1, js_iterator_from),
};

void js_init_iterator_helpers(JSValue global)
{
    JSValue proto = js_realm.iterator_proto;
    iterator_ctor = js_new_native_constructor("Iterator", js_iterator_ctor, 0, JS_UNDEFINED);
    js_define_property_value(iterator_ctor, JS_ATOM(prototype), proto, 0);
    js_install_props(iterator_ctor, iterator_props, JS_COUNTOF(iterator_props));
    js_install_props(proto, iterator_proto_props, JS_COUNTOF(iterator_proto_props));
    js_define_property_getset(proto, JS_SYM(toStringTag),
                              js_new_native_function("get [Symbol.toStringTag]", js_iter_tag_get, 0),
                              js_new_native_function("set [Symbol.toStringTag]", js_iter_tag_set, 1),
                              JS_PROP_CONFIGURABLE);
    js_define_property_getset(proto, JS_ATOM(constructor),
                              js_new_native_function("get constructor", js_iter_ctor_get, 0),
                              js_new_native_function("set constructor", js_iter_ctor_set, 1),
                              JS_PROP_CONFIGURABLE);
    helper_proto = js_new_object_proto(proto);
    js_install_props(helper_proto, helper_proto_props, JS_COUNTOF(helper_proto_props));
    wrap_proto = js_new_object_proto(proto);
    js_install_props(wrap_proto, wrap_proto_props, JS_COUNTOF(wrap_proto_props));
    js_define_global(global, "Iterator", iterator_ctor);
}
