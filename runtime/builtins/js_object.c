/*
 * js_object.c — the Object constructor, its static functions and
 * Object.prototype (§20.1).
 *
 * Everything goes through the object model's public operations
 * ([[GetOwnProperty]], [[DefineOwnProperty]], OwnPropertyKeys...) of
 * kiln/runtime.h, so exotic objects (arrays, strings, later proxies) behave
 * the same here as in compiled code. Property descriptors convert to and
 * from JavaScript objects with ToPropertyDescriptor / FromPropertyDescriptor
 * (§6.2.6), in the field order node prints.
 */
#include "builtins.h"
#include "internal.h"

/* ---- descriptors --------------------------------------------------------- */

/* ToPropertyDescriptor(obj): 0, or -1 with an exception pending. */
int js_to_property_descriptor(JSValue obj, JSPropertyDescriptor *d)
{
    memset(d, 0, sizeof *d);
    d->value = d->getter = d->setter = JS_UNDEFINED;
    if (!js_is_object(obj)) {
        js_throw_type_error("Property description must be an object: %s",
                            js_value_to_message_text(obj));
        return -1;
    }
    static const struct { int atom_id; uint8_t has, flag; } bools[] = {
        { JS_ATOM_ID_enumerable, JS_DESC_HAS_ENUMERABLE, JS_PROP_ENUMERABLE },
        { JS_ATOM_ID_configurable, JS_DESC_HAS_CONFIGURABLE, JS_PROP_CONFIGURABLE },
    };
    for (size_t i = 0; i < JS_COUNTOF(bools); i++) {
        JSAtom key = js_atom_table[bools[i].atom_id];
        int has = js_has_property(obj, key);
        if (has < 0)
            return -1;
        if (has) {
            JSValue v = js_get_property(obj, key);
            if (v == JS_EXCEPTION)
                return -1;
            d->has |= bools[i].has;
            if (js_to_boolean(v))
                d->flags |= bools[i].flag;
        }
    }
    int has = js_has_property(obj, JS_ATOM(value));
    if (has < 0)
        return -1;
    if (has) {
        JSValue v = js_get_property(obj, JS_ATOM(value));
        if (v == JS_EXCEPTION)
            return -1;
        d->value = v;
        d->has |= JS_DESC_HAS_VALUE;
    }
    has = js_has_property(obj, JS_ATOM(writable));
    if (has < 0)
        return -1;
    if (has) {
        JSValue v = js_get_property(obj, JS_ATOM(writable));
        if (v == JS_EXCEPTION)
            return -1;
        d->has |= JS_DESC_HAS_WRITABLE;
        if (js_to_boolean(v))
            d->flags |= JS_PROP_WRITABLE;
    }
    has = js_has_property(obj, JS_ATOM(get));
    if (has < 0)
        return -1;
    if (has) {
        JSValue v = js_get_property(obj, JS_ATOM(get));
        if (v == JS_EXCEPTION)
            return -1;
        if (!js_is_undefined(v) && !js_is_callable(v)) {
            js_throw_type_error("Getter must be a function: %s", js_value_to_message_text(v));
            return -1;
        }
        d->getter = v;
        d->has |= JS_DESC_HAS_GET;
    }
    has = js_has_property(obj, JS_ATOM(set));
    if (has < 0)
        return -1;
    if (has) {
        JSValue v = js_get_property(obj, JS_ATOM(set));
        if (v == JS_EXCEPTION)
            return -1;
        if (!js_is_undefined(v) && !js_is_callable(v)) {
            js_throw_type_error("Setter must be a function: %s", js_value_to_message_text(v));
            return -1;
        }
        d->setter = v;
        d->has |= JS_DESC_HAS_SET;
    }
    if ((d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) &&
        (d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE))) {
        js_throw_type_error("Invalid property descriptor. Cannot both specify accessors "
                            "and a value or writable attribute, %s",
                            js_value_to_message_text(obj));
        return -1;
    }
    if (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET))
        d->flags |= JS_PROP_ACCESSOR;
    return 0;
}

/* FromPropertyDescriptor for a complete descriptor from [[GetOwnProperty]]. */
JSValue js_from_property_descriptor(const JSPropertyDescriptor *d)
{
    JSValue obj = js_new_object();
    bool accessor = (d->flags & JS_PROP_ACCESSOR) ||
                    (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET));
    if (accessor) {
        js_define_property_value(obj, JS_ATOM(get), d->getter, JS_PROP_C_W_E);
        js_define_property_value(obj, JS_ATOM(set), d->setter, JS_PROP_C_W_E);
    } else {
        js_define_property_value(obj, JS_ATOM(value), d->value, JS_PROP_C_W_E);
        js_define_property_value(obj, JS_ATOM(writable),
                                 js_mk_bool(d->flags & JS_PROP_WRITABLE), JS_PROP_C_W_E);
    }
    js_define_property_value(obj, JS_ATOM(enumerable),
                             js_mk_bool(d->flags & JS_PROP_ENUMERABLE), JS_PROP_C_W_E);
    js_define_property_value(obj, JS_ATOM(configurable),
                             js_mk_bool(d->flags & JS_PROP_CONFIGURABLE), JS_PROP_C_W_E);
    return obj;
}

/* ---- the constructor ----------------------------------------------------- */

static JS_NATIVE(js_object_ctor)
{
    if (!js_is_undefined(new_target) && new_target != js_realm.object_ctor)
        return js_create_from_ctor(new_target, js_realm.object_proto, JS_CELL_OBJECT, 0);
    JSValue v = js_arg(argc, argv, 0);
    if (js_is_nullish(v))
        return js_new_object();
    return js_to_object(v);
}

/* ---- keys, values, entries ----------------------------------------------- */

enum { KIND_KEYS, KIND_VALUES, KIND_ENTRIES };

/* EnumerableOwnProperties(O, kind) as an array. */
JSValue js_enumerable_own_properties(JSValue o, int kind)
{
    JSValue obj = js_to_object(o);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    uint32_t count;
    if (kind == KIND_KEYS) {
        JSAtom *keys = js_own_property_keys(obj, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &count);
        if (!keys)
            return JS_EXCEPTION;
        /* a namespace's [[GetOwnProperty]] of an export in its TDZ throws */
        for (uint32_t i = 0; i < count; i++)
            if (js_module_ns_uninitialized(js_obj(obj), keys[i])) {
                js_module_ns_throw_tdz(keys[i], true);
                return JS_EXCEPTION;
            }
        return js_new_array_from(count, keys);
    }
    JSAtom *keys = js_own_property_keys(obj, JS_GPN_STRINGS, &count);
    if (!keys)
        return JS_EXCEPTION;
    JSValue result = js_new_array(0);
    for (uint32_t i = 0; i < count; i++) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(obj, keys[i], &d);
        if (r < 0)
            return JS_EXCEPTION;
        if (!r || !(d.flags & JS_PROP_ENUMERABLE))
            continue;
        JSValue v = js_get_property(obj, keys[i]);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (kind == KIND_ENTRIES) {
            JSValue pair[2] = { keys[i], v };
            v = js_new_array_from(2, pair);
        }
        if (js_array_push(result, v) < 0)
            return JS_EXCEPTION;
    }
    return result;
}

static JS_NATIVE(js_object_keys)
{
    return js_enumerable_own_properties(js_arg(argc, argv, 0), KIND_KEYS);
}

static JS_NATIVE(js_object_values)
{
    return js_enumerable_own_properties(js_arg(argc, argv, 0), KIND_VALUES);
}

static JS_NATIVE(js_object_entries)
{
    return js_enumerable_own_properties(js_arg(argc, argv, 0), KIND_ENTRIES);
}

static JS_NATIVE(js_object_assign)
{
    JSValue to = js_to_object(js_arg(argc, argv, 0));
    if (to == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (int32_t i = 1; i < argc; i++) {
        if (js_is_nullish(argv[i]))
            continue;
        JSValue from = js_to_object(argv[i]);
        if (from == JS_EXCEPTION)
            return JS_EXCEPTION;
        uint32_t count;
        JSAtom *keys = js_own_property_keys(from, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &count);
        if (!keys)
            return JS_EXCEPTION;
        for (uint32_t k = 0; k < count; k++) {
            JSPropertyDescriptor d;
            int r = js_get_own_property(from, keys[k], &d);
            if (r < 0)
                return JS_EXCEPTION;
            if (!r || !(d.flags & JS_PROP_ENUMERABLE))
                continue;
            JSValue v = js_get_property(from, keys[k]);
            if (v == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (js_set_property(to, keys[k], v, true) < 0)
                return JS_EXCEPTION;
        }
    }
    return to;
}

/* ObjectDefineProperties(O, Properties) */
static JSValue define_properties(JSValue obj, JSValue properties)
{
    JSValue props = js_to_object(properties);
    if (props == JS_EXCEPTION)
        return JS_EXCEPTION;
    uint32_t count;
    JSAtom *keys = js_own_property_keys(props, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &count);
    if (!keys)
        return JS_EXCEPTION;
    JSPropertyDescriptor *descs = rt_alloc_cell(sizeof(JSPropertyDescriptor) * (count + 1));
    JSAtom *dkeys = rt_alloc_cell(sizeof(JSAtom) * (count + 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < count; i++) {
        JSPropertyDescriptor pd;
        int r = js_get_own_property(props, keys[i], &pd);
        if (r < 0)
            return JS_EXCEPTION;
        if (!r || !(pd.flags & JS_PROP_ENUMERABLE))
            continue;
        JSValue desc_obj = js_get_property(props, keys[i]);
        if (desc_obj == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_to_property_descriptor(desc_obj, &descs[n]) < 0)
            return JS_EXCEPTION;
        dkeys[n++] = keys[i];
    }
    for (uint32_t i = 0; i < n; i++)
        if (js_define_own_property(obj, dkeys[i], &descs[i], true) < 0)
            return JS_EXCEPTION;
    return obj;
}

static JS_NATIVE(js_object_create)
{
    JSValue proto = js_arg(argc, argv, 0);
    if (!js_is_object(proto) && !js_is_null(proto))
        return js_throw_type_error("Object prototype may only be an Object or null: %s",
                                   js_value_to_message_text(proto));
    JSValue obj = js_new_object_proto(proto);
    JSValue props = js_arg(argc, argv, 1);
    if (!js_is_undefined(props) && define_properties(obj, props) == JS_EXCEPTION)
        return JS_EXCEPTION;
    return obj;
}

static JS_NATIVE(js_object_define_property)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (!js_is_object(obj))
        return js_throw_type_error("Object.defineProperty called on non-object");
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSPropertyDescriptor d;
    if (js_to_property_descriptor(js_arg(argc, argv, 2), &d) < 0)
        return JS_EXCEPTION;
    if (js_define_own_property(obj, key, &d, true) < 0)
        return JS_EXCEPTION;
    return obj;
}

static JS_NATIVE(js_object_define_properties)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (!js_is_object(obj))
        return js_throw_type_error("Object.defineProperties called on non-object");
    return define_properties(obj, js_arg(argc, argv, 1));
}

/* ---- prototypes and integrity -------------------------------------------- */

static JS_NATIVE(js_object_get_prototype_of)
{
    JSValue obj = js_to_object(js_arg(argc, argv, 0));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_get_prototype(obj);
}

static JS_NATIVE(js_object_set_prototype_of)
{
    JSValue obj = js_arg(argc, argv, 0), proto = js_arg(argc, argv, 1);
    if (js_is_nullish(obj))
        return js_throw_type_error("Object.setPrototypeOf called on null or undefined");
    if (!js_is_object(proto) && !js_is_null(proto))
        return js_throw_type_error("Object prototype may only be an Object or null: %s",
                                   js_value_to_message_text(proto));
    if (!js_is_object(obj))
        return obj;
    if (js_set_prototype(obj, proto, true) < 0)
        return JS_EXCEPTION;
    return obj;
}

static JS_NATIVE(js_object_freeze)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (js_is_object(obj) && js_object_set_integrity(obj, 2) < 0)
        return JS_EXCEPTION;
    return obj;
}

static JS_NATIVE(js_object_seal)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (js_is_object(obj) && js_object_set_integrity(obj, 1) < 0)
        return JS_EXCEPTION;
    return obj;
}

static JS_NATIVE(js_object_prevent_extensions)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (js_is_object(obj) && js_prevent_extensions(obj) < 0)
        return JS_EXCEPTION;
    return obj;
}

static JS_NATIVE(js_object_is_frozen)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (!js_is_object(obj))
        return JS_TRUE;
    int r = js_object_test_integrity(obj, 2);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_object_is_sealed)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (!js_is_object(obj))
        return JS_TRUE;
    int r = js_object_test_integrity(obj, 1);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_object_is_extensible)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (!js_is_object(obj))
        return JS_FALSE;
    int r = js_is_extensible(obj);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

/* ---- own property queries ------------------------------------------------ */

static JSValue own_keys_array(JSValue o, int flags)
{
    JSValue obj = js_to_object(o);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    uint32_t count;
    JSAtom *keys = js_own_property_keys(obj, flags, &count);
    if (!keys)
        return JS_EXCEPTION;
    return js_new_array_from(count, keys);
}

static JS_NATIVE(js_object_get_own_property_names)
{
    return own_keys_array(js_arg(argc, argv, 0), JS_GPN_STRINGS);
}

static JS_NATIVE(js_object_get_own_property_symbols)
{
    return own_keys_array(js_arg(argc, argv, 0), JS_GPN_SYMBOLS);
}

static JS_NATIVE(js_object_get_own_property_descriptor)
{
    JSValue obj = js_to_object(js_arg(argc, argv, 0));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSPropertyDescriptor d;
    int r = js_get_own_property(obj, key, &d);
    if (r < 0)
        return JS_EXCEPTION;
    return r ? js_from_property_descriptor(&d) : JS_UNDEFINED;
}

static JS_NATIVE(js_object_get_own_property_descriptors)
{
    JSValue obj = js_to_object(js_arg(argc, argv, 0));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    uint32_t count;
    JSAtom *keys = js_own_property_keys(obj, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &count);
    if (!keys)
        return JS_EXCEPTION;
    JSValue result = js_new_object();
    for (uint32_t i = 0; i < count; i++) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(obj, keys[i], &d);
        if (r < 0)
            return JS_EXCEPTION;
        if (r && js_define_property_value(result, keys[i], js_from_property_descriptor(&d),
                                          JS_PROP_C_W_E) < 0)
            return JS_EXCEPTION;
    }
    return result;
}

static JS_NATIVE(js_object_from_entries)
{
    JSValue iterable = js_arg(argc, argv, 0);
    if (js_is_nullish(iterable))
        return js_throw_type_error("%s is not iterable", js_value_to_message_text(iterable));
    JSValue obj = js_new_object();
    JSValue it = js_get_iterator(iterable);
    if (it == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (;;) {
        JSValue entry = js_iterator_step(it);
        if (entry == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (entry == JS_EMPTY)
            break;
        JSValue k, v;
        JSAtom key;
        if (!js_is_object(entry)) {
            js_throw_type_error("Iterator value %s is not an entry object",
                                js_value_to_message_text(entry));
            goto fail;
        }
        if ((k = js_get_index(entry, 0)) == JS_EXCEPTION ||
            (v = js_get_index(entry, 1)) == JS_EXCEPTION ||
            (key = js_value_to_atom(k)) == JS_EXCEPTION ||
            js_define_property_value(obj, key, v, JS_PROP_C_W_E) < 0)
            goto fail;
    }
    return obj;
fail: {
        JSValue exc = rt_take_exception();
        js_iterator_close(it);
        if (js_has_exception())
            rt_take_exception();
        return js_throw(exc);
    }
}

static JS_NATIVE(js_object_is)
{
    return js_mk_bool(js_same_value(js_arg(argc, argv, 0), js_arg(argc, argv, 1)));
}

static JS_NATIVE(js_object_has_own)
{
    JSValue obj = js_to_object(js_arg(argc, argv, 0));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 1));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    int r = js_has_own_property(obj, key);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

/* Object.groupBy(items, callback) (ES2024) */
static JS_NATIVE(js_object_group_by)
{
    JSValue items = js_arg(argc, argv, 0), cb = js_arg(argc, argv, 1);
    if (js_is_nullish(items))
        return js_throw_type_error("%s is not iterable", js_value_to_message_text(items));
    if (!js_is_callable(cb))
        return js_throw_type_error("%s is not a function", js_value_to_message_text(cb));
    JSValue groups = js_new_object_proto(JS_NULL);
    JSValue it = js_get_iterator(items);
    if (it == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (int32_t k = 0;; k++) {
        JSValue v = js_iterator_step(it);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (v == JS_EMPTY)
            break;
        JSValue args[2] = { v, js_mk_int32(k) };
        JSValue key = js_call(cb, JS_UNDEFINED, 2, args);
        JSAtom atom;
        if (key == JS_EXCEPTION || (atom = js_value_to_atom(key)) == JS_EXCEPTION) {
            JSValue exc = rt_take_exception();
            js_iterator_close(it);
            if (js_has_exception())
                rt_take_exception();
            return js_throw(exc);
        }
        JSValue group = js_get_property(groups, atom);
        if (group == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_undefined(group)) {
            group = js_new_array(0);
            js_define_property_value(groups, atom, group, JS_PROP_C_W_E);
        }
        js_array_push(group, v);
    }
    return groups;
}

/* ---- Object.prototype ---------------------------------------------------- */

static JS_NATIVE(js_object_proto_has_own_property)
{
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 0));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue obj = js_to_object(this_val);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    int r = js_has_own_property(obj, key);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_object_proto_is_prototype_of)
{
    JSValue v = js_arg(argc, argv, 0);
    if (!js_is_object(v))
        return JS_FALSE;
    JSValue obj = js_to_object(this_val);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (;;) {
        v = js_get_prototype(v);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_null(v))
            return JS_FALSE;
        if (v == obj)
            return JS_TRUE;
    }
}

static JS_NATIVE(js_object_proto_property_is_enumerable)
{
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 0));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue obj = js_to_object(this_val);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSPropertyDescriptor d;
    int r = js_get_own_property(obj, key, &d);
    if (r < 0)
        return JS_EXCEPTION;
    return js_mk_bool(r && (d.flags & JS_PROP_ENUMERABLE));
}

JSValue js_object_to_string_tag(JSValue v)
{
    if (js_is_undefined(v))
        return js_str_c("[object Undefined]");
    if (js_is_null(v))
        return js_str_c("[object Null]");
    JSValue obj = js_to_object(v);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    const char *builtin;
    int is_array = js_is_array_value(obj);
    if (is_array < 0)
        return JS_EXCEPTION;
    if (is_array) {
        builtin = "Array";
    } else {
        switch (js_cell_kind(obj)) {
        case JS_CELL_ARGUMENTS: builtin = "Arguments"; break;
        case JS_CELL_FUNCTION: builtin = "Function"; break;
        case JS_CELL_ERROR: builtin = "Error"; break;
        case JS_CELL_BOOLEAN_OBJECT: builtin = "Boolean"; break;
        case JS_CELL_NUMBER_OBJECT: builtin = "Number"; break;
        case JS_CELL_STRING_OBJECT: builtin = "String"; break;
        case JS_CELL_DATE: builtin = "Date"; break;
        case JS_CELL_REGEXP: builtin = "RegExp"; break;
        default: builtin = js_is_callable(obj) ? "Function" : "Object"; break;
        }
    }
    JSValue tag = js_get_property(obj, JS_SYM(toStringTag));
    if (tag == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_puts(&sb, "[object ");
    if (js_is_string(tag))
        js_sb_put_string(&sb, tag);
    else
        js_sb_puts(&sb, builtin);
    js_sb_putc(&sb, ']');
    return js_sb_finish(&sb);
}

static JS_NATIVE(js_object_proto_to_string)
{
    return js_object_to_string_tag(this_val);
}

static JS_NATIVE(js_object_proto_to_locale_string)
{
    return js_call_method(this_val, JS_ATOM(toString), 0, NULL);
}

static JS_NATIVE(js_object_proto_value_of)
{
    return js_to_object(this_val);
}

static JS_NATIVE(js_object_proto_get_proto)
{
    JSValue obj = js_to_object(this_val);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_get_prototype(obj);
}

static JS_NATIVE(js_object_proto_set_proto)
{
    JSValue proto = js_arg(argc, argv, 0);
    if (js_is_nullish(this_val))
        return js_throw_type_error("Object.prototype.__proto__ called on null or undefined");
    if ((!js_is_object(proto) && !js_is_null(proto)) || !js_is_object(this_val))
        return JS_UNDEFINED;
    if (js_set_prototype(this_val, proto, true) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

/* Legacy accessors helpers: __defineGetter__ & co. (Annex B). */
static JSValue define_legacy_accessor(JSValue this_val, int32_t argc, const JSValue *argv, bool getter)
{
    JSValue obj = js_to_object(this_val);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue fn = js_arg(argc, argv, 1);
    if (!js_is_callable(fn))
        return js_throw_type_error("Object.prototype.__define%sGetter__: Expecting function",
                                   getter ? "" : "S");
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 0));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSPropertyDescriptor d = { JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED,
                               JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE | JS_PROP_ACCESSOR,
                               JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE };
    if (getter) {
        d.getter = fn;
        d.has |= JS_DESC_HAS_GET;
    } else {
        d.setter = fn;
        d.has |= JS_DESC_HAS_SET;
    }
    if (js_define_own_property(obj, key, &d, true) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

static JS_NATIVE(js_object_proto_define_getter) { return define_legacy_accessor(this_val, argc, argv, true); }
static JS_NATIVE(js_object_proto_define_setter) { return define_legacy_accessor(this_val, argc, argv, false); }

static JSValue lookup_legacy_accessor(JSValue this_val, int32_t argc, const JSValue *argv, bool getter)
{
    JSValue obj = js_to_object(this_val);
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSAtom key = js_value_to_atom(js_arg(argc, argv, 0));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    while (!js_is_null(obj)) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(obj, key, &d);
        if (r < 0)
            return JS_EXCEPTION;
        if (r) {
            if (!(d.flags & JS_PROP_ACCESSOR))
                return JS_UNDEFINED;
            return getter ? d.getter : d.setter;
        }
        obj = js_get_prototype(obj);
        if (obj == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

static JS_NATIVE(js_object_proto_lookup_getter) { return lookup_legacy_accessor(this_val, argc, argv, true); }
static JS_NATIVE(js_object_proto_lookup_setter) { return lookup_legacy_accessor(this_val, argc, argv, false); }

static const JSPropDef object_props[] = {
    JS_CFUNC_DEF("assign", 2, js_object_assign),
    JS_CFUNC_DEF("getOwnPropertyDescriptor", 2, js_object_get_own_property_descriptor),
    JS_CFUNC_DEF("getOwnPropertyDescriptors", 1, js_object_get_own_property_descriptors),
    JS_CFUNC_DEF("getOwnPropertyNames", 1, js_object_get_own_property_names),
    JS_CFUNC_DEF("getOwnPropertySymbols", 1, js_object_get_own_property_symbols),
    JS_CFUNC_DEF("hasOwn", 2, js_object_has_own),
    JS_CFUNC_DEF("is", 2, js_object_is),
    JS_CFUNC_DEF("preventExtensions", 1, js_object_prevent_extensions),
    JS_CFUNC_DEF("seal", 1, js_object_seal),
    JS_CFUNC_DEF("create", 2, js_object_create),
    JS_CFUNC_DEF("defineProperties", 2, js_object_define_properties),
    JS_CFUNC_DEF("defineProperty", 3, js_object_define_property),
    JS_CFUNC_DEF("freeze", 1, js_object_freeze),
    JS_CFUNC_DEF("getPrototypeOf", 1, js_object_get_prototype_of),
    JS_CFUNC_DEF("setPrototypeOf", 2, js_object_set_prototype_of),
    JS_CFUNC_DEF("isExtensible", 1, js_object_is_extensible),
    JS_CFUNC_DEF("isFrozen", 1, js_object_is_frozen),
    JS_CFUNC_DEF("isSealed", 1, js_object_is_sealed),
    JS_CFUNC_DEF("keys", 1, js_object_keys),
    JS_CFUNC_DEF("entries", 1, js_object_entries),
    JS_CFUNC_DEF("fromEntries", 1, js_object_from_entries),
    JS_CFUNC_DEF("values", 1, js_object_values),
    JS_CFUNC_DEF("groupBy", 2, js_object_group_by),
};

static const JSPropDef object_proto_props[] = {
    JS_CFUNC_DEF("__defineGetter__", 2, js_object_proto_define_getter),
    JS_CFUNC_DEF("__defineSetter__", 2, js_object_proto_define_setter),
    JS_CFUNC_DEF("hasOwnProperty", 1, js_object_proto_has_own_property),
    JS_CFUNC_DEF("__lookupGetter__", 1, js_object_proto_lookup_getter),
    JS_CFUNC_DEF("__lookupSetter__", 1, js_object_proto_lookup_setter),
    JS_CFUNC_DEF("isPrototypeOf", 1, js_object_proto_is_prototype_of),
    JS_CFUNC_DEF("propertyIsEnumerable", 1, js_object_proto_property_is_enumerable),
    JS_CFUNC_DEF("toString", 0, js_object_proto_to_string),
    JS_CFUNC_DEF("valueOf", 0, js_object_proto_value_of),
    JS_CGETSET_DEF("__proto__", js_object_proto_get_proto, js_object_proto_set_proto),
    JS_CFUNC_DEF("toLocaleString", 0, js_object_proto_to_locale_string),
};

void js_init_object(JSValue global)
{
    JSValue proto = js_realm.object_proto;
    JSValue ctor = js_new_native_constructor("Object", js_object_ctor, 1, proto);
    js_realm.object_ctor = ctor;
    js_install_props(ctor, object_props, JS_COUNTOF(object_props));
    js_install_props(proto, object_proto_props, JS_COUNTOF(object_proto_props));
    js_define_global(global, "Object", ctor);
}
