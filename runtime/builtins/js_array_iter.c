/*
 * js_array_iter.c — the builtin iterator objects for arrays and strings
 * (§23.1.5 Array Iterator, §22.1.5 String Iterator) and
 * %IteratorPrototype%[Symbol.iterator].
 *
 * Array.prototype.values is also Array.prototype[Symbol.iterator]; the
 * runtime core recognises that exact function (js_realm.array_proto_values,
 * likewise js_realm.string_proto_iterator) and lets for-of and spread walk
 * arrays and strings directly without creating these objects. Whatever
 * escapes to JavaScript (`arr.values()`, `[...arr.entries()]`) uses the
 * objects below; their `next` re-reads the length every step, so an array
 * that grows while iterated yields the new elements, as specified.
 */
#include "builtins.h"
#include "js_typed.h"

enum { ITER_KIND_KEYS, ITER_KIND_VALUES, ITER_KIND_ENTRIES };

typedef struct JSArrayIterator {
    JSObject o;
    JSValue target;    /* the iterated object; JS_UNDEFINED once exhausted */
    uint32_t index;    /* next index (code unit position for strings) */
    uint32_t kind;     /* ITER_KIND_* */
} JSArrayIterator;

JSValue js_create_array_iterator(JSValue obj, int kind)
{
    JSValue it = js_new_object_kind(JS_CELL_ARRAY_ITERATOR, js_realm.array_iterator_proto,
                                    sizeof(JSArrayIterator));
    JSArrayIterator *ai = js_cell_ptr(it);
    ai->target = obj;
    ai->index = 0;
    ai->kind = (uint32_t)kind;
    return it;
}

static JSValue array_iter_method(JSValue this_val, int kind, const char *name)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error("Array.prototype.%s called on null or undefined", name);
    JSValue o = js_to_object(this_val);
    if (o == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_create_array_iterator(o, kind);
}

static JS_NATIVE(js_array_proto_keys) { return array_iter_method(this_val, ITER_KIND_KEYS, "keys"); }
static JS_NATIVE(js_array_proto_values) { return array_iter_method(this_val, ITER_KIND_VALUES, "values"); }
static JS_NATIVE(js_array_proto_entries) { return array_iter_method(this_val, ITER_KIND_ENTRIES, "entries"); }

static JS_NATIVE(js_array_iterator_next)
{
    if (!js_is_cell(this_val) || js_cell_kind(this_val) != JS_CELL_ARRAY_ITERATOR)
        return js_throw_type_error("next method called on incompatible %s",
                                   js_value_to_message_text(this_val));
    JSArrayIterator *ai = js_cell_ptr(this_val);
    JSValue a = ai->target;
    if (js_is_undefined(a))
        return js_create_iter_result(JS_UNDEFINED, true);
    int64_t len;
    if (js_is_array(a)) {
        len = js_arr(a)->length;
    } else if (js_ta_of(a)) {
        /* %ArrayIteratorPrototype%.next on a typed array: out of bounds throws */
        if (js_ta_out_of_bounds(js_ta_of(a)))
            return js_throw_type_error("Cannot perform %%ArrayIteratorPrototype%%.next on a detached ArrayBuffer");
        len = (int64_t)js_ta_length(js_ta_of(a));
    } else if (js_get_length(a, &len) < 0) {
        return JS_EXCEPTION;
    }
    uint32_t i = ai->index;
    if ((int64_t)i >= len) {
        ai->target = JS_UNDEFINED;
        return js_create_iter_result(JS_UNDEFINED, true);
    }
    ai->index = i + 1;
    JSValue key = js_mk_number((double)i);
    if (ai->kind == ITER_KIND_KEYS)
        return js_create_iter_result(key, false);
    JSValue v = js_get_index(a, i);
    if (v == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (ai->kind == ITER_KIND_VALUES)
        return js_create_iter_result(v, false);
    JSValue pair[2] = { key, v };
    return js_create_iter_result(js_new_array_from(2, pair), false);
}

/* ---- strings ---------------------------------------------------------------- */

static JS_NATIVE(js_string_proto_iterator)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error("String.prototype[Symbol.iterator] called on null or undefined");
    JSValue s = js_to_string(this_val);
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue it = js_new_object_kind(JS_CELL_STRING_ITERATOR, js_realm.string_iterator_proto,
                                    sizeof(JSArrayIterator));
    JSArrayIterator *si = js_cell_ptr(it);
    si->target = s;
    si->index = 0;
    si->kind = ITER_KIND_VALUES;
    return it;
}

static JS_NATIVE(js_string_iterator_next)
{
    if (!js_is_cell(this_val) || js_cell_kind(this_val) != JS_CELL_STRING_ITERATOR)
        return js_throw_type_error("next method called on incompatible %s",
                                   js_value_to_message_text(this_val));
    JSArrayIterator *si = js_cell_ptr(this_val);
    JSValue s = si->target;
    if (js_is_undefined(s) || si->index >= js_string_length(s)) {
        si->target = JS_UNDEFINED;
        return js_create_iter_result(JS_UNDEFINED, true);
    }
    uint32_t units;
    js_string_code_point_at(s, si->index, &units);
    JSValue r = js_string_substring(s, si->index, si->index + units);
    si->index += units;
    return js_create_iter_result(r, false);
}

static JS_NATIVE(js_iterator_proto_iterator)
{
    return this_val;
}

static const JSPropDef array_iterator_proto_props[] = {
    JS_CFUNC_DEF("next", 0, js_array_iterator_next),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Array Iterator", JS_PROP_CONFIGURABLE),
};

static const JSPropDef string_iterator_proto_props[] = {
    JS_CFUNC_DEF("next", 0, js_string_iterator_next),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "String Iterator", JS_PROP_CONFIGURABLE),
};

static const JSPropDef array_iter_methods[] = {
    JS_CFUNC_DEF("keys", 0, js_array_proto_keys),
    JS_CFUNC_DEF("entries", 0, js_array_proto_entries),
    JS_CFUNC_DEF("values", 0, js_array_proto_values),
};

static void init_iterator_proto(void)
{
    JSValue ip = js_realm.iterator_proto;
    if (!js_is_object(ip))
        return;
    if (js_has_own_property(ip, JS_SYM(iterator)) == 0) {
        JSValue f = js_new_native_function("[Symbol.iterator]", js_iterator_proto_iterator, 0);
        js_define_property_value(ip, JS_SYM(iterator), f, JS_PROP_C_W);
    }
}

void js_init_array_iterators(JSValue array_proto)
{
    init_iterator_proto();
    if (js_is_object(js_realm.array_iterator_proto))
        js_install_props(js_realm.array_iterator_proto, array_iterator_proto_props,
                         JS_COUNTOF(array_iterator_proto_props));
    js_install_props(array_proto, array_iter_methods, JS_COUNTOF(array_iter_methods));
    JSValue values = js_get_property(array_proto, js_atom_from_cstr("values"));
    js_define_property_value(array_proto, JS_SYM(iterator), values, JS_PROP_C_W);
    js_realm.array_proto_values = values;
}

void js_init_string_iterator(JSValue string_proto)
{
    init_iterator_proto();
    if (js_is_object(js_realm.string_iterator_proto))
        js_install_props(js_realm.string_iterator_proto, string_iterator_proto_props,
                         JS_COUNTOF(string_iterator_proto_props));
    JSValue f = js_new_native_function("[Symbol.iterator]", js_string_proto_iterator, 0);
    js_define_property_value(string_proto, JS_SYM(iterator), f, JS_PROP_C_W);
    js_realm.string_proto_iterator = f;
}
