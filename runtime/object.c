/*
 * object.c — ordinary object semantics on top of shapes: creation,
 * [[Get]], [[Set]], [[DefineOwnProperty]], [[Delete]], [[OwnPropertyKeys]],
 * prototypes and integrity levels.
 *
 * Exotic own properties are handled here before the shape is consulted:
 * array elements and `length` (dense storage in JSArray; see array.c), and
 * the indices and `length` of String wrapper objects. Everything else is a
 * shape property stored in a slot.
 *
 * Structural changes to an object flagged JS_OBJ_IS_PROTOTYPE bump
 * js_proto_epoch, which invalidates every prototype-chain cache entry.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtins/js_proxy.h"
#include "internal.h"
#include "builtins/js_typed.h"

/* ---- creation ------------------------------------------------------------ */

JSValue js_new_plain_kind(JSCellKind kind, JSValue proto, uint16_t inline_cap)
{
    JSObject *o = rt_alloc_cell(sizeof(JSObject) + (size_t)inline_cap * sizeof(JSValue));
    o->h.kind = (uint8_t)kind;
    o->h.shape = js_shape_root(proto, 24, inline_cap);
    return js_mk_cell(o);
}

JSValue js_new_object_proto(JSValue proto)
{
    return js_new_plain_kind(JS_CELL_OBJECT, proto, JS_PLAIN_INLINE_SLOTS);
}

JSValue js_new_object(void)
{
    return js_new_object_proto(js_realm.object_proto);
}

JSValue rt_new_object(void)
{
    return js_new_object_proto(js_realm.object_proto);
}

JSValue js_new_object_kind(JSCellKind kind, JSValue proto, size_t size)
{
    if (size < sizeof(JSObject)) size = sizeof(JSObject);
    JSObject *o = rt_alloc_cell(size);
    o->h.kind = (uint8_t)kind;
    o->h.shape = js_shape_root(proto, 0, 0);
    return js_mk_cell(o);
}

JSValue js_new_primitive_object(JSCellKind kind, JSValue proto, JSValue value)
{
    JSValue v = js_new_object_kind(kind, proto, sizeof(JSPrimitiveObject));
    ((JSPrimitiveObject *)js_obj(v))->value = value;
    return v;
}

/* ---- slots and structure -------------------------------------------------- */

static void ensure_ool(JSObject *o, uint32_t old_n, uint32_t new_n)
{
    uint32_t old_cap = js_shape_ool_capacity(old_n);
    if (new_n <= old_cap) return;
    uint32_t cap = js_shape_ool_capacity(new_n);
    o->slots = rt_realloc_cell(o->slots, old_cap * sizeof(JSValue), cap * sizeof(JSValue));
}

void js_object_add_property(JSObject *o, JSAtom key, JSValue val, uint32_t attrs)
{
    JSShape *s = o->h.shape;
    if (!(s->h.flags & JS_SHAPE_DICT) && s->count >= JS_SHAPE_MAX_TREE_PROPS) {
        js_object_to_dict(o);
        s = o->h.shape;
    }
    uint32_t old_n = js_shape_ool_count(s);
    if (s->h.flags & JS_SHAPE_DICT) {
        js_shape_dict_add(s, key, attrs);
    } else {
        s = js_shape_add(s, key, attrs);
    }
    ensure_ool(o, old_n, js_shape_ool_count(s));
    *js_object_slot(o, s, s->slot_count - 1) = val;
    o->h.shape = s;
    if (o->h.flags & JS_OBJ_IS_PROTOTYPE) {
        js_proto_epoch++;
        if (js_atom_is_index(key, NULL)) js_proto_has_index = true;
    }
}

void js_object_to_dict(JSObject *o)
{
    JSShape *s = o->h.shape;
    if (s->h.flags & JS_SHAPE_DICT) return;
    o->h.shape = js_shape_to_dict(s);
    js_object_changed(o);
}

/* Rebuilds a dictionary without its deleted entries, renumbering slots. */
static void dict_compact(JSObject *o)
{
    JSShape *s = o->h.shape;
    uint32_t live = s->count - s->deleted;
    JSValue *vals = rt_alloc_cell((live + 1) * sizeof(JSValue));
    JSShape *d = js_shape_to_dict(js_shape_root(s->proto, s->inline_base, s->inline_cap));
    uint32_t k = 0;
    for (uint32_t i = 0; i < s->count; i++) {
        JSShapeProp *p = &s->table->props[i];
        if (p->key == JS_EMPTY) continue;
        vals[k++] = *js_object_slot(o, s, p->slot);
        js_shape_dict_add(d, p->key, p->attrs);
    }
    uint32_t n = js_shape_ool_count(d);
    JSValue *slots = n ? rt_alloc_cell(js_shape_ool_capacity(n) * sizeof(JSValue)) : NULL;
    JSValue *inl = (JSValue *)((char *)o + s->inline_base);
    for (uint32_t i = 0; i < s->inline_cap; i++) inl[i] = JS_UNDEFINED;
    o->slots = slots;
    for (uint32_t i = 0; i < k; i++) *js_object_slot(o, d, i) = vals[i];
    o->h.shape = d;
    js_dict_epoch++;
}

/* Removes own shape property idx from o. */
static void remove_shaped(JSObject *o, int32_t idx)
{
    JSShape *s = o->h.shape;
    JSShapeProp *p = &s->table->props[idx];
    if (!(s->h.flags & JS_SHAPE_DICT) && (uint32_t)idx == s->count - 1 && s->parent) {
        *js_object_slot(o, s, p->slot) = JS_UNDEFINED;
        o->h.shape = s->parent;
        js_object_changed(o);
        return;
    }
    js_object_to_dict(o);
    s = o->h.shape;
    p = &s->table->props[idx];
    *js_object_slot(o, s, p->slot) = JS_UNDEFINED;
    js_shape_dict_delete(s, idx);
    js_dict_epoch++;
    if (s->deleted > 8 && s->deleted * 2 > s->count) dict_compact(o);
    js_object_changed(o);
}

/* Changes the attributes of own shape property idx (dictionary mode). */
static JSShapeProp *change_attrs(JSObject *o, int32_t idx, uint32_t attrs)
{
    JSShape *s = o->h.shape;
    if (s->table->props[idx].attrs == attrs) return &s->table->props[idx];
    js_object_to_dict(o);
    s = o->h.shape;
    s->table->props[idx].attrs = attrs;
    js_dict_epoch++;
    js_object_changed(o);
    return &s->table->props[idx];
}

/* ---- prototypes ----------------------------------------------------------- */

void js_mark_prototype(JSObject *o)
{
    if (o->h.flags & JS_OBJ_IS_PROTOTYPE) return;
    o->h.flags |= JS_OBJ_IS_PROTOTYPE;
    js_proto_epoch++;
    /* elements or exotic indices (a string wrapper's characters, proxies, typed arrays) */
    if ((o->h.kind == JS_CELL_ARRAY && (((JSArray *)o)->length > 0 || (o->h.flags & JS_ARRAY_SPARSE))) ||
        (o->h.kind == JS_CELL_STRING_OBJECT && js_string_length(((JSPrimitiveObject *)o)->value) > 0) ||
        o->h.kind == JS_CELL_PROXY || o->h.kind == JS_CELL_TYPED_ARRAY)
        js_proto_has_index = true;
    JSShape *s = o->h.shape;
    for (uint32_t i = 0; i < s->count; i++)
        if (s->table->props[i].key != JS_EMPTY && js_atom_is_index(s->table->props[i].key, NULL)) {
            js_proto_has_index = true;
            break;
        }
}

JSObject *js_primitive_proto(JSValue v)
{
    if (js_is_number(v)) return js_obj(js_realm.number_proto);
    if (js_is_bool(v)) return js_obj(js_realm.boolean_proto);
    if (js_is_cell(v)) {
        JSCellKind k = js_cell_kind(v);
        if (k == JS_CELL_STRING) return js_obj(js_realm.string_proto);
        if (k == JS_CELL_SYMBOL) return js_obj(js_realm.symbol_proto);
        if (k == JS_CELL_BIGINT) return js_obj(js_realm.bigint_proto);
    }
    return NULL;
}

JSValue js_get_prototype(JSValue obj)
{
    if (!js_is_object(obj)) {
        JSObject *p = js_primitive_proto(obj);
        return p ? js_mk_cell(p) : JS_NULL;
    }
    if (js_cell_kind(obj) == JS_CELL_PROXY) return js_proxy_get_prototype_of(obj);
    return js_obj(obj)->h.shape->proto;
}

int js_set_prototype(JSValue obj, JSValue proto, bool throw_on_fail)
{
    if (!js_is_object(obj)) return 1;
    JSObject *o = js_obj(obj);
    if (o->h.kind == JS_CELL_PROXY) return js_proxy_set_prototype_of(obj, proto, throw_on_fail);
    JSShape *s = o->h.shape;
    if (s->proto == proto) return 1;
    if (o->h.flags & JS_OBJ_NOT_EXTENSIBLE) {
        if (throw_on_fail) js_throw_type_error("%s is not extensible", js_object_tag_text(obj));
        return throw_on_fail ? -1 : 0;
    }
    for (JSValue p = proto; js_is_object(p) && js_cell_kind(p) != JS_CELL_PROXY; p = js_obj(p)->h.shape->proto) {
        if (p == obj) {
            if (throw_on_fail) js_throw_type_error("Cyclic __proto__ value");
            return throw_on_fail ? -1 : 0;
        }
    }
    if (js_is_object(proto)) js_mark_prototype(js_obj(proto));
    if (s->h.flags & JS_SHAPE_DICT) {
        s->proto = proto;
    } else if (s->count == 0) {
        o->h.shape = js_shape_root(proto, s->inline_base, s->inline_cap);
    } else {
        /* replay the properties onto the new root when the object is small */
        JSShape *n = js_shape_root(proto, s->inline_base, s->inline_cap);
        bool same_slots = true;
        for (uint32_t i = 0; i < s->count; i++) {
            JSShapeProp *p = &s->table->props[i];
            n = js_shape_add(n, p->key, p->attrs);
            if (n->table->props[i].slot != p->slot) same_slots = false;
        }
        if (same_slots) {
            o->h.shape = n;
        } else {
            js_object_to_dict(o);
            o->h.shape->proto = proto;
        }
    }
    js_proto_epoch++;
    return 1;
}

/* ---- [[GetOwnProperty]] --------------------------------------------------- */

static int get_own_exotic(JSValue obj, JSAtom key, JSPropertyDescriptor *d)
{
    JSObject *o = js_obj(obj);
    uint32_t idx;
    if (o->h.kind == JS_CELL_ARRAY) {
        JSArray *a = (JSArray *)o;
        if (key == JS_ATOM(length)) {
            if (d) {
                d->value = js_mk_number((double)a->length);
                d->flags = (o->h.flags & JS_ARRAY_LENGTH_RDONLY) ? 0 : JS_PROP_WRITABLE;
                d->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
                d->getter = d->setter = JS_UNDEFINED;
            }
            return 1;
        }
        if (!(o->h.flags & JS_ARRAY_SPARSE) && js_atom_is_index(key, &idx)) {
            JSValue v;
            if (!js_array_get_own_elem(a, idx, &v)) return 0;
            if (d) {
                d->value = v;
                d->flags = JS_PROP_C_W_E;
                d->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
                d->getter = d->setter = JS_UNDEFINED;
            }
            return 1;
        }
    } else if (o->h.kind == JS_CELL_TYPED_ARRAY) {
        return js_ta_exotic_get_own(o, key, d);
    } else if (o->h.kind == JS_CELL_STRING_OBJECT) {
        JSValue s = ((JSPrimitiveObject *)o)->value;
        if (key == JS_ATOM(length)) {
            if (d) {
                d->value = js_mk_int32((int32_t)js_string_length(s));
                d->flags = 0;
                d->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
                d->getter = d->setter = JS_UNDEFINED;
            }
            return 1;
        }
        if (js_atom_is_index(key, &idx) && idx < js_string_length(s)) {
            if (d) {
                d->value = js_string_from_char_code(js_string_char_at(s, idx));
                d->flags = JS_PROP_ENUMERABLE;
                d->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
                d->getter = d->setter = JS_UNDEFINED;
            }
            return 1;
        }
    }
    return -2;  /* not exotic: consult the shape */
}

int js_get_own_property(JSValue obj, JSAtom key, JSPropertyDescriptor *d)
{
    if (!js_is_object(obj)) return 0;
    if (js_cell_kind(obj) == JS_CELL_PROXY) return js_proxy_get_own_property(obj, key, d);
    if (js_module_ns_uninitialized(js_obj(obj), key)) {
        js_module_ns_throw_tdz(key, false);
        return -1;
    }
    js_mapped_args_sync_in(obj);
    int r = get_own_exotic(obj, key, d);
    if (r != -2) return r;
    JSValue *slot;
    JSShapeProp *p = js_find_own_shaped(js_obj(obj), key, &slot);
    if (!p) return 0;
    if (d) {
        d->flags = (uint8_t)(p->attrs & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE));
        if (p->attrs & JS_PROP_ACCESSOR) {
            JSAccessorPair *ap = js_cell_ptr(*slot);
            d->getter = ap->getter;
            d->setter = ap->setter;
            d->value = JS_UNDEFINED;
            d->flags &= ~JS_PROP_WRITABLE;
            d->has = JS_DESC_HAS_GET | JS_DESC_HAS_SET | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
        } else {
            d->value = *slot;
            d->getter = d->setter = JS_UNDEFINED;
            d->has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
        }
    }
    return 1;
}

int js_has_own_property(JSValue obj, JSAtom key)
{
    return js_get_own_property(obj, key, NULL);
}

int js_has_property(JSValue obj, JSAtom key)
{
    while (js_is_object(obj)) {
        if (js_cell_kind(obj) == JS_CELL_PROXY) return js_proxy_has(obj, key);
        /* a namespace's [[HasProperty]] does not read the binding */
        if (js_module_ns_uninitialized(js_obj(obj), key)) return 1;
        int r = js_get_own_property(obj, key, NULL);
        if (r) return r;
        if (js_cell_kind(obj) == JS_CELL_TYPED_ARRAY && js_canonical_numeric_index(key, &(double){0}))
            return 0;   /* integer-indexed [[HasProperty]]: no prototype lookup */
        obj = js_obj(obj)->h.shape->proto;
    }
    return 0;
}

/* ---- [[Get]] --------------------------------------------------------------- */

JSValue js_throw_nullish_access(JSValue base, JSAtom key, bool set)
{
    const char *what = base == JS_NULL ? "null" : "undefined";
    const char *k = js_is_symbol(key) ? js_string_to_utf8(js_symbol_descriptive_string(key), NULL)
                                      : js_string_to_utf8(key, NULL);
    if (set)
        return js_throw_type_error("Cannot set properties of %s (setting '%s')", what, k);
    return js_throw_type_error("Cannot read properties of %s (reading '%s')", what, k);
}

static JSValue call_getter(JSValue getter, JSValue receiver)
{
    if (getter == JS_UNDEFINED) return JS_UNDEFINED;
    return js_call(getter, receiver, 0, NULL);
}

JSValue js_get_property_receiver(JSValue obj, JSAtom key, JSValue receiver)
{
    js_mapped_args_sync_in(obj);
    JSObject *o;
    uint32_t idx;
    if (!js_is_object(obj)) {
        if (js_is_string(obj)) {
            if (key == JS_ATOM(length)) return js_mk_int32((int32_t)js_string_length(obj));
            if (js_atom_is_index(key, &idx) && idx < js_string_length(obj))
                return js_string_from_char_code(js_string_char_at(obj, idx));
        }
        o = js_primitive_proto(obj);
        if (!o) return js_throw_nullish_access(obj, key, false);
    } else {
        o = js_obj(obj);
    }
    for (;;) {
        uint8_t kind = o->h.kind;
        if (kind == JS_CELL_PROXY) return js_proxy_get(js_mk_cell(o), key, receiver);
        if (kind == JS_CELL_ARRAY || kind == JS_CELL_STRING_OBJECT) {
            JSPropertyDescriptor d;
            int r = get_own_exotic(js_mk_cell(o), key, &d);
            if (r == 1) return d.value;
        } else if (kind == JS_CELL_TYPED_ARRAY) {
            bool handled;
            JSValue v = js_ta_exotic_get(o, key, &handled);
            if (handled) return v;
        } else if (kind == JS_CELL_ARGUMENTS && js_is_module_ns_obj(o)) {
            /* a namespace, also as a prototype: the binding's current value */
            if (js_module_ns_uninitialized(o, key)) {
                js_module_ns_throw_tdz(key, true);
                return JS_EXCEPTION;
            }
            js_module_ns_refresh((JSModuleNS *)o);
        }
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(o, key, &slot);
        if (p) {
            if (p->attrs & JS_PROP_ACCESSOR)
                return call_getter(((JSAccessorPair *)js_cell_ptr(*slot))->getter, receiver);
            return *slot;
        }
        JSValue proto = o->h.shape->proto;
        if (!js_is_object(proto)) return JS_UNDEFINED;
        o = js_obj(proto);
    }
}

JSValue js_get_property(JSValue obj, JSAtom key)
{
    return js_get_property_receiver(obj, key, obj);
}

JSValue js_get_property_str(JSValue obj, const char *name)
{
    return js_get_property(obj, js_atom_from_cstr(name));
}

JSValue js_get_index(JSValue obj, uint32_t index)
{
    if (js_is_array(obj)) {
        JSArray *a = js_arr(obj);
        if (index < a->capacity && a->elements[index] != JS_EMPTY) return a->elements[index];
        /* a hole or past the end of a dense array: only prototypes could answer */
        if (!(a->o.h.flags & JS_ARRAY_SPARSE) && !js_proto_has_index) return JS_UNDEFINED;
    } else if (js_is_cell(obj) && js_cell_kind(obj) == JS_CELL_TYPED_ARRAY) {
        return js_ta_get_index(js_cell_ptr(obj), index);
    }
    return js_get_property(obj, js_atom_from_uint32(index));
}

JSValue js_value_to_atom(JSValue key)
{
    if (js_is_int32(key) && js_get_int32(key) >= 0)
        return js_atom_from_uint32((uint32_t)js_get_int32(key));
    if (js_is_string(key) || js_is_symbol(key))
        return js_atom_from_string(key);
    JSValue k = rt_to_property_key(key);
    if (k == JS_EXCEPTION) return k;
    return js_atom_from_string(k);
}

JSValue js_get_property_value(JSValue obj, JSValue key)
{
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    return js_get_property(obj, a);
}

/* ---- [[Set]] --------------------------------------------------------------- */

static int set_fail(bool throw_on_fail, const char *fmt, JSAtom key, JSValue obj)
{
    if (!throw_on_fail) return 0;
    const char *k = js_is_symbol(key) ? js_string_to_utf8(js_symbol_descriptive_string(key), NULL)
                                      : js_string_to_utf8(key, NULL);
    js_throw_type_error(fmt, k, js_object_tag_text(obj));
    return -1;
}

static int call_setter(JSValue setter, JSValue receiver, JSValue val, bool throw_on_fail, JSAtom key)
{
    if (setter == JS_UNDEFINED)
        return set_fail(throw_on_fail, "Cannot set property %s of %s which has only a getter", key, receiver);
    JSValue r = js_call(setter, receiver, 1, &val);
    return r == JS_EXCEPTION ? -1 : 1;
}

/* Sets or creates a data property on the receiver (OrdinarySet's tail). */
static int set_on_receiver(JSValue receiver, JSAtom key, JSValue val, bool throw_on_fail)
{
    if (!js_is_object(receiver)) {
        if (!throw_on_fail) return 0;
        const char *k = js_is_symbol(key) ? js_string_to_utf8(js_symbol_descriptive_string(key), NULL)
                                          : js_string_to_utf8(key, NULL);
        JSValue s = js_to_string(receiver);
        js_throw_type_error("Cannot create property '%s' on %s '%s'", k,
                            js_string_to_utf8(js_typeof(receiver), NULL),
                            s == JS_EXCEPTION ? "?" : js_string_to_utf8(s, NULL));
        return -1;
    }
    JSObject *o = js_obj(receiver);
    JSPropertyDescriptor d;
    int r = js_get_own_property(receiver, key, &d);
    if (r < 0) return -1;
    if (r) {
        if (d.has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) return set_fail(throw_on_fail,
            "Cannot assign to read only property '%s' of object '%s'", key, receiver);
        if (!(d.flags & JS_PROP_WRITABLE)) return set_fail(throw_on_fail,
            "Cannot assign to read only property '%s' of object '%s'", key, receiver);
        JSPropertyDescriptor nd = { .value = val, .has = JS_DESC_HAS_VALUE };
        return js_define_own_property(receiver, key, &nd, throw_on_fail);
    }
    if (o->h.kind == JS_CELL_PROXY) {   /* CreateDataProperty through the proxy */
        JSPropertyDescriptor nd = { .value = val, .flags = JS_PROP_C_W_E,
            .has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE };
        return js_define_own_property(receiver, key, &nd, throw_on_fail);
    }
    if (o->h.flags & JS_OBJ_NOT_EXTENSIBLE)
        return set_fail(throw_on_fail, "Cannot add property %s, object is not extensible", key, receiver);
    uint32_t idx;
    if (o->h.kind == JS_CELL_ARRAY && js_atom_is_index(key, &idx))
        return js_array_put_elem(receiver, idx, val, throw_on_fail) < 0 ? -1 : 1;
    js_object_add_property(o, key, val, JS_PROP_C_W_E);
    return 1;
}

static int js_set_generic_plain(JSValue obj, JSAtom key, JSValue val, JSValue receiver, bool throw_on_fail);

/* A mapped arguments object (iter.c) sees its parameters before and writes
 * them back after every change. */
int js_set_generic(JSValue obj, JSAtom key, JSValue val, JSValue receiver, bool throw_on_fail)
{
    if (js_is_cell(obj) && js_is_module_ns_obj((JSObject *)js_cell_ptr(obj)) && obj == receiver) {
        if (!throw_on_fail) return 0;
        js_throw_type_error("Cannot assign to read only property '%s' of object '[object Module]'",
                            js_is_string(key) ? js_string_to_utf8(key, NULL) : "Symbol()");
        return -1;
    }
    js_mapped_args_sync_in(obj);
    int r = js_set_generic_plain(obj, key, val, receiver, throw_on_fail);
    js_mapped_args_sync_out(obj, key);
    return r;
}

static int js_set_generic_plain(JSValue obj, JSAtom key, JSValue val, JSValue receiver, bool throw_on_fail)
{
    JSObject *o;
    uint32_t idx;
    if (!js_is_object(obj)) {
        if (js_is_nullish(obj)) { js_throw_nullish_access(obj, key, true); return -1; }
        o = js_primitive_proto(obj);
        if (js_is_string(obj) && (key == JS_ATOM(length) ||
                                  (js_atom_is_index(key, &idx) && idx < js_string_length(obj))))
            return set_fail(throw_on_fail, "Cannot assign to read only property '%s' of string '%s'", key, obj);
    } else {
        o = js_obj(obj);
    }
    for (;;) {
        uint8_t kind = o->h.kind;
        if (kind == JS_CELL_PROXY) return js_proxy_set(js_mk_cell(o), key, val, receiver, throw_on_fail);
        if (kind == JS_CELL_ARRAY && js_mk_cell(o) == receiver) {
            JSArray *a = (JSArray *)o;
            if (js_atom_is_index(key, &idx) && !(o->h.flags & JS_ARRAY_SPARSE)) {
                if (idx < a->capacity && a->elements[idx] != JS_EMPTY) { a->elements[idx] = val; return 1; }
                break;   /* absent: look for setters on the prototypes */
            }
            if (key == JS_ATOM(length)) return js_array_set_length(receiver, val, throw_on_fail);
        } else if (kind == JS_CELL_TYPED_ARRAY) {
            bool handled;
            int r = js_ta_exotic_set(o, key, val, receiver, &handled);
            if (handled) return r;
            if (js_canonical_numeric_index(key, &(double){0})) break;  /* a valid index: set on the receiver */
        } else if (kind == JS_CELL_ARRAY || kind == JS_CELL_STRING_OBJECT) {
            JSPropertyDescriptor d;
            int r = get_own_exotic(js_mk_cell(o), key, &d);
            if (r == 1) {
                if (!(d.flags & JS_PROP_WRITABLE))
                    return set_fail(throw_on_fail, "Cannot assign to read only property '%s' of object '%s'", key, js_mk_cell(o));
                break;
            }
        }
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(o, key, &slot);
        if (p) {
            if (p->attrs & JS_PROP_ACCESSOR)
                return call_setter(((JSAccessorPair *)js_cell_ptr(*slot))->setter, receiver, val, throw_on_fail, key);
            if (!(p->attrs & JS_PROP_WRITABLE))
                return set_fail(throw_on_fail, "Cannot assign to read only property '%s' of object '%s'", key, js_mk_cell(o));
            if (js_mk_cell(o) == receiver) { *slot = val; return 1; }
            break;
        }
        JSValue proto = o->h.shape->proto;
        if (!js_is_object(proto)) break;
        o = js_obj(proto);
    }
    return set_on_receiver(receiver, key, val, throw_on_fail);
}

int js_set_property(JSValue obj, JSAtom key, JSValue val, bool throw_on_fail)
{
    return js_set_generic(obj, key, val, obj, throw_on_fail);
}

int js_set_property_value(JSValue obj, JSValue key, JSValue val, bool throw_on_fail)
{
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return -1;
    return js_set_property(obj, a, val, throw_on_fail);
}

int js_set_index(JSValue obj, uint32_t index, JSValue val, bool throw_on_fail)
{
    if (js_is_array(obj)) {
        JSArray *a = js_arr(obj);
        if (index < a->capacity && a->elements[index] != JS_EMPTY) { a->elements[index] = val; return 1; }
        if (!(a->o.h.flags & JS_ARRAY_SPARSE) && !js_proto_has_index && index != 0xFFFFFFFFu)
            return js_array_put_elem(obj, index, val, throw_on_fail) < 0 ? -1 : 1;
    } else if (js_is_cell(obj) && js_cell_kind(obj) == JS_CELL_TYPED_ARRAY) {
        return js_ta_set_index(js_cell_ptr(obj), index, val);
    }
    return js_set_property(obj, js_atom_from_uint32(index), val, throw_on_fail);
}

int js_has_index(JSValue obj, uint32_t index)
{
    if (js_is_array(obj)) {
        JSArray *a = js_arr(obj);
        if (index < a->capacity && a->elements[index] != JS_EMPTY) return 1;
        if (!(a->o.h.flags & JS_ARRAY_SPARSE) && !js_proto_has_index) return 0;
    }
    return js_has_property(obj, js_atom_from_uint32(index));
}

int js_delete_index(JSValue obj, uint32_t index, bool throw_on_fail)
{
    if (js_is_array(obj) && !(js_obj(obj)->h.flags & JS_ARRAY_SPARSE)) {
        js_array_delete_elem(js_arr(obj), index);
        return 1;
    }
    return js_delete_property(obj, js_atom_from_uint32(index), throw_on_fail);
}

int js_set_property_str(JSValue obj, const char *name, JSValue val)
{
    return js_set_property(obj, js_atom_from_cstr(name), val, true);
}

/* ---- [[DefineOwnProperty]] ------------------------------------------------- */

static JSValue new_accessor_pair(JSValue getter, JSValue setter)
{
    JSAccessorPair *ap = rt_alloc_cell(sizeof *ap);
    ap->h.kind = JS_CELL_ACCESSOR;
    ap->h.shape = &js_static_shapes[JS_CELL_ACCESSOR];
    ap->getter = getter;
    ap->setter = setter;
    return js_mk_cell(ap);
}

static int define_fail(bool throw_on_fail, JSAtom key)
{
    if (!throw_on_fail) return 0;
    const char *k = js_is_symbol(key) ? js_string_to_utf8(js_symbol_descriptive_string(key), NULL)
                                      : js_string_to_utf8(key, NULL);
    js_throw_type_error("Cannot redefine property: %s", k);
    return -1;
}

static int define_array_length(JSValue obj, const JSPropertyDescriptor *d, bool throw_on_fail)
{
    JSObject *o = js_obj(obj);
    if (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) return define_fail(throw_on_fail, JS_ATOM(length));
    if ((d->has & JS_DESC_HAS_CONFIGURABLE) && (d->flags & JS_PROP_CONFIGURABLE)) return define_fail(throw_on_fail, JS_ATOM(length));
    if ((d->has & JS_DESC_HAS_ENUMERABLE) && (d->flags & JS_PROP_ENUMERABLE)) return define_fail(throw_on_fail, JS_ATOM(length));
    bool rdonly = o->h.flags & JS_ARRAY_LENGTH_RDONLY;
    if (d->has & JS_DESC_HAS_VALUE) {
        if (rdonly) {
            double n;
            if (js_to_number(d->value, &n) < 0) return -1;
            if (n != js_arr(obj)->length) return define_fail(throw_on_fail, JS_ATOM(length));
        } else {
            int r = js_array_set_length(obj, d->value, throw_on_fail);
            if (r <= 0) return r;
        }
    }
    if ((d->has & JS_DESC_HAS_WRITABLE)) {
        if (d->flags & JS_PROP_WRITABLE) {
            if (rdonly) return define_fail(throw_on_fail, JS_ATOM(length));
        } else if (!rdonly) {
            js_array_make_sparse(js_arr(obj));
            o->h.flags |= JS_ARRAY_LENGTH_RDONLY;
        }
    }
    return 1;
}

static int js_define_own_property_plain(JSValue obj, JSAtom key, const JSPropertyDescriptor *d, bool throw_on_fail);

/* [[DefineOwnProperty]] of a module namespace for a string key
 * (§10.4.6.6): only a descriptor that changes nothing succeeds. */
static int module_ns_define(JSValue obj, JSAtom key, const JSPropertyDescriptor *d, bool throw_on_fail)
{
    JSPropertyDescriptor cur;
    int r = js_get_own_property(obj, key, &cur);
    if (r < 0) return -1;
    if (r == 0) return define_fail(throw_on_fail, key);
    if ((d->has & JS_DESC_HAS_CONFIGURABLE) && (d->flags & JS_PROP_CONFIGURABLE)) return define_fail(throw_on_fail, key);
    if ((d->has & JS_DESC_HAS_ENUMERABLE) && !(d->flags & JS_PROP_ENUMERABLE)) return define_fail(throw_on_fail, key);
    if (d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) return define_fail(throw_on_fail, key);
    if ((d->has & JS_DESC_HAS_WRITABLE) && !(d->flags & JS_PROP_WRITABLE)) return define_fail(throw_on_fail, key);
    if ((d->has & JS_DESC_HAS_VALUE) && !js_same_value(d->value, cur.value)) return define_fail(throw_on_fail, key);
    return 1;
}

/* A mapped arguments object (iter.c) sees its parameters before and writes
 * them back after every change. */
int js_define_own_property(JSValue obj, JSAtom key, const JSPropertyDescriptor *d, bool throw_on_fail)
{
    if (js_is_string(key) && js_is_cell(obj) && js_is_module_ns_obj((JSObject *)js_cell_ptr(obj)))
        return module_ns_define(obj, key, d, throw_on_fail);
    js_mapped_args_sync_in(obj);
    int r = js_define_own_property_plain(obj, key, d, throw_on_fail);
    js_mapped_args_sync_out(obj, key);
    return r;
}

static int js_define_own_property_plain(JSValue obj, JSAtom key, const JSPropertyDescriptor *d, bool throw_on_fail)
{
    if (!js_is_object(obj)) return define_fail(throw_on_fail, key);
    if (js_cell_kind(obj) == JS_CELL_PROXY) return js_proxy_define_own_property(obj, key, d, throw_on_fail);
    JSObject *o = js_obj(obj);
    uint32_t idx;
    bool is_accessor_desc = d->has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET);
    if (o->h.kind == JS_CELL_ARRAY) {
        JSArray *a = (JSArray *)o;
        if (key == JS_ATOM(length)) return define_array_length(obj, d, throw_on_fail);
        if (js_atom_is_index(key, &idx)) {
            if ((o->h.flags & JS_ARRAY_LENGTH_RDONLY) && idx >= a->length)
                return define_fail(throw_on_fail, key);
            bool plain = !is_accessor_desc &&
                (!(d->has & JS_DESC_HAS_WRITABLE) || (d->flags & JS_PROP_WRITABLE)) &&
                (!(d->has & JS_DESC_HAS_ENUMERABLE) || (d->flags & JS_PROP_ENUMERABLE)) &&
                (!(d->has & JS_DESC_HAS_CONFIGURABLE) || (d->flags & JS_PROP_CONFIGURABLE));
            if (!(o->h.flags & JS_ARRAY_SPARSE)) {
                JSValue cur;
                bool exists = js_array_get_own_elem(a, idx, &cur);
                bool full = (d->has & (JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE)) ==
                            (JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE);
                if (plain && (exists || full)) {
                    if (exists && !(d->has & JS_DESC_HAS_VALUE)) return 1;
                    if (!exists && (o->h.flags & JS_OBJ_NOT_EXTENSIBLE)) return define_fail(throw_on_fail, key);
                    return js_array_put_elem(obj, idx, (d->has & JS_DESC_HAS_VALUE) ? d->value : JS_UNDEFINED, throw_on_fail) < 0 ? -1 : 1;
                }
                js_array_make_sparse(a);
            }
            /* sparse: fall through to the shape, then fix length */
            int r;
            JSValue *slot;
            if (!js_find_own_shaped(o, key, &slot) && (o->h.flags & JS_OBJ_NOT_EXTENSIBLE))
                return define_fail(throw_on_fail, key);
            goto shaped;
        shaped_done:
            r = 1;
            js_array_note_index((JSArray *)o, idx);
            return r;
        }
    } else if (o->h.kind == JS_CELL_TYPED_ARRAY) {
        int r = js_ta_exotic_define(o, key, d, throw_on_fail);
        if (r != -2) return r;
    } else if (o->h.kind == JS_CELL_STRING_OBJECT) {
        int r = get_own_exotic(obj, key, NULL);
        if (r == 1) {
            /* immutable: allowed only if it changes nothing */
            JSPropertyDescriptor cur;
            get_own_exotic(obj, key, &cur);
            if (is_accessor_desc) return define_fail(throw_on_fail, key);
            if ((d->has & JS_DESC_HAS_VALUE) && !js_same_value(d->value, cur.value)) return define_fail(throw_on_fail, key);
            if ((d->has & JS_DESC_HAS_WRITABLE) && (d->flags & JS_PROP_WRITABLE)) return define_fail(throw_on_fail, key);
            if ((d->has & JS_DESC_HAS_CONFIGURABLE) && (d->flags & JS_PROP_CONFIGURABLE)) return define_fail(throw_on_fail, key);
            if ((d->has & JS_DESC_HAS_ENUMERABLE) && ((d->flags ^ cur.flags) & JS_PROP_ENUMERABLE)) return define_fail(throw_on_fail, key);
            return 1;
        }
    }
    idx = 0;
    {
        JSValue *slot;
        JSShapeProp *p;
    shaped:
        p = js_find_own_shaped(o, key, &slot);
        if (!p) {
            if (o->h.flags & JS_OBJ_NOT_EXTENSIBLE) return define_fail(throw_on_fail, key);
            uint32_t attrs = d->flags & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
            JSValue v;
            if (is_accessor_desc) {
                attrs |= JS_PROP_ACCESSOR;
                v = new_accessor_pair((d->has & JS_DESC_HAS_GET) ? d->getter : JS_UNDEFINED,
                                      (d->has & JS_DESC_HAS_SET) ? d->setter : JS_UNDEFINED);
            } else {
                attrs |= d->flags & JS_PROP_WRITABLE;
                v = (d->has & JS_DESC_HAS_VALUE) ? d->value : JS_UNDEFINED;
            }
            js_object_add_property(o, key, v, attrs);
        } else {
            uint32_t a = p->attrs;
            bool cur_acc = a & JS_PROP_ACCESSOR;
            if (!(a & JS_PROP_CONFIGURABLE)) {
                if ((d->has & JS_DESC_HAS_CONFIGURABLE) && (d->flags & JS_PROP_CONFIGURABLE)) return define_fail(throw_on_fail, key);
                if ((d->has & JS_DESC_HAS_ENUMERABLE) && ((d->flags ^ a) & JS_PROP_ENUMERABLE)) return define_fail(throw_on_fail, key);
                bool is_data_desc = d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE);
                if (cur_acc && is_data_desc) return define_fail(throw_on_fail, key);
                if (!cur_acc && is_accessor_desc) return define_fail(throw_on_fail, key);
                if (cur_acc) {
                    JSAccessorPair *ap = js_cell_ptr(*slot);
                    if ((d->has & JS_DESC_HAS_GET) && d->getter != ap->getter) return define_fail(throw_on_fail, key);
                    if ((d->has & JS_DESC_HAS_SET) && d->setter != ap->setter) return define_fail(throw_on_fail, key);
                } else if (!(a & JS_PROP_WRITABLE)) {
                    if ((d->has & JS_DESC_HAS_WRITABLE) && (d->flags & JS_PROP_WRITABLE)) return define_fail(throw_on_fail, key);
                    if ((d->has & JS_DESC_HAS_VALUE) && !js_same_value(d->value, *slot)) return define_fail(throw_on_fail, key);
                    goto done;
                }
            }
            uint32_t na = a;
            if (d->has & JS_DESC_HAS_ENUMERABLE) na = (na & ~JS_PROP_ENUMERABLE) | (d->flags & JS_PROP_ENUMERABLE);
            if (d->has & JS_DESC_HAS_CONFIGURABLE) na = (na & ~JS_PROP_CONFIGURABLE) | (d->flags & JS_PROP_CONFIGURABLE);
            if (is_accessor_desc) {
                JSValue g = JS_UNDEFINED, s = JS_UNDEFINED;
                if (cur_acc) { JSAccessorPair *ap = js_cell_ptr(*slot); g = ap->getter; s = ap->setter; }
                if (d->has & JS_DESC_HAS_GET) g = d->getter;
                if (d->has & JS_DESC_HAS_SET) s = d->setter;
                na = (na & ~JS_PROP_WRITABLE) | JS_PROP_ACCESSOR;
                int32_t pi = (int32_t)(p - o->h.shape->table->props);
                p = change_attrs(o, pi, na);
                *js_object_slot(o, o->h.shape, p->slot) = new_accessor_pair(g, s);
            } else {
                if (cur_acc && (d->has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE))) {
                    na &= ~(JS_PROP_ACCESSOR | JS_PROP_WRITABLE);
                    *slot = JS_UNDEFINED;
                }
                if (d->has & JS_DESC_HAS_WRITABLE) na = (na & ~JS_PROP_WRITABLE) | (d->flags & JS_PROP_WRITABLE);
                int32_t pi = (int32_t)(p - o->h.shape->table->props);
                p = change_attrs(o, pi, na);
                if (d->has & JS_DESC_HAS_VALUE) *js_object_slot(o, o->h.shape, p->slot) = d->value;
            }
        }
    done:
        if (o->h.kind == JS_CELL_ARRAY && js_atom_is_index(key, &idx)) goto shaped_done;
        return 1;
    }
}

int js_define_property_value(JSValue obj, JSAtom key, JSValue val, int flags)
{
    JSPropertyDescriptor d = { .value = val, .flags = (uint8_t)flags,
        .has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE };
    /* fast path: a new key on an extensible ordinary object */
    if (js_is_object(obj)) {
        JSObject *o = js_obj(obj);
        JSValue *slot;
        if (o->h.kind != JS_CELL_ARRAY && o->h.kind != JS_CELL_STRING_OBJECT &&
            o->h.kind != JS_CELL_TYPED_ARRAY && !(o->h.flags & JS_OBJ_NOT_EXTENSIBLE) && !js_find_own_shaped(o, key, &slot)) {
            js_object_add_property(o, key, val, (uint32_t)flags & (JS_PROP_C_W_E));
            return 1;
        }
    }
    return js_define_own_property(obj, key, &d, true);
}

int js_define_property_value_str(JSValue obj, const char *name, JSValue val, int flags)
{
    return js_define_property_value(obj, js_atom_from_cstr(name), val, flags);
}

int js_define_property_index(JSValue obj, uint32_t index, JSValue val, int flags)
{
    if (js_is_array(obj) && flags == JS_PROP_C_W_E && index != 0xFFFFFFFFu &&
        !(js_obj(obj)->h.flags & JS_ARRAY_SPARSE))
        return js_array_put_elem(obj, index, val, true) < 0 ? -1 : 1;
    return js_define_property_value(obj, js_atom_from_uint32(index), val, flags);
}

int js_define_property_getset(JSValue obj, JSAtom key, JSValue getter, JSValue setter, int flags)
{
    JSPropertyDescriptor d = { .getter = getter, .setter = setter, .flags = (uint8_t)flags,
        .has = JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE };
    if (getter != JS_EMPTY) d.has |= JS_DESC_HAS_GET; else d.getter = JS_UNDEFINED;
    if (setter != JS_EMPTY) d.has |= JS_DESC_HAS_SET; else d.setter = JS_UNDEFINED;
    return js_define_own_property(obj, key, &d, true);
}

/* ---- [[Delete]] ------------------------------------------------------------ */

static int js_delete_property_plain(JSValue obj, JSAtom key, bool throw_on_fail);

/* A mapped arguments object (iter.c) sees its parameters before and writes
 * them back after every change. */
int js_delete_property(JSValue obj, JSAtom key, bool throw_on_fail)
{
    js_mapped_args_sync_in(obj);
    int r = js_delete_property_plain(obj, key, throw_on_fail);
    js_mapped_args_sync_out(obj, key);
    return r;
}

static int js_delete_property_plain(JSValue obj, JSAtom key, bool throw_on_fail)
{
    if (!js_is_object(obj)) return 1;
    JSObject *o = js_obj(obj);
    if (o->h.kind == JS_CELL_PROXY) return js_proxy_delete(obj, key, throw_on_fail);
    uint32_t idx;
    if (o->h.kind == JS_CELL_ARRAY) {
        if (key == JS_ATOM(length)) goto fail;
        if (!(o->h.flags & JS_ARRAY_SPARSE) && js_atom_is_index(key, &idx)) {
            js_array_delete_elem((JSArray *)o, idx);
            return 1;
        }
    } else if (o->h.kind == JS_CELL_STRING_OBJECT) {
        if (get_own_exotic(obj, key, NULL) == 1) goto fail;
    } else if (o->h.kind == JS_CELL_TYPED_ARRAY) {
        int r = js_ta_exotic_delete(o, key);
        if (r == 0) goto fail;
        if (r == 1) return 1;
    }
    JSValue *slot;
    JSShapeProp *p = js_find_own_shaped(o, key, &slot);
    if (!p) return 1;
    if (!(p->attrs & JS_PROP_CONFIGURABLE)) goto fail;
    remove_shaped(o, (int32_t)(p - o->h.shape->table->props));
    return 1;
fail:
    if (!throw_on_fail) return 0;
    {
        const char *k = js_is_symbol(key) ? js_string_to_utf8(js_symbol_descriptive_string(key), NULL)
                                          : js_string_to_utf8(key, NULL);
        js_throw_type_error("Cannot delete property '%s' of %s", k, js_object_tag_text(obj));
    }
    return -1;
}

/* ---- [[OwnPropertyKeys]] --------------------------------------------------- */

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

JSAtom *js_own_property_keys(JSValue obj, int flags, uint32_t *count)
{
    js_mapped_args_sync_in(obj);
    *count = 0;
    if (!js_is_object(obj)) return rt_alloc_cell(sizeof(JSAtom));
    JSObject *o = js_obj(obj);
    if (o->h.kind == JS_CELL_PROXY) return js_proxy_own_keys(obj, flags, count);
    JSShape *s = o->h.shape;
    bool enum_only = flags & JS_GPN_ENUM_ONLY;
    uint32_t nidx = 0, cap_idx = 16;
    uint32_t *idxs = rt_alloc_atomic(cap_idx * sizeof *idxs);
#define PUSH_IDX(v) do { if (nidx == cap_idx) { uint32_t *n_ = rt_alloc_atomic(cap_idx * 2 * sizeof *n_); \
        memcpy(n_, idxs, nidx * sizeof *n_); idxs = n_; cap_idx *= 2; } idxs[nidx++] = (v); } while (0)
    if (flags & JS_GPN_STRINGS) {
        if (o->h.kind == JS_CELL_ARRAY && !(o->h.flags & JS_ARRAY_SPARSE)) {
            JSArray *a = (JSArray *)o;
            uint32_t n = a->length < a->capacity ? a->length : a->capacity;
            for (uint32_t i = 0; i < n; i++)
                if (a->elements[i] != JS_EMPTY) PUSH_IDX(i);
        } else if (o->h.kind == JS_CELL_STRING_OBJECT) {
            uint32_t n = js_string_length(((JSPrimitiveObject *)o)->value);
            for (uint32_t i = 0; i < n; i++) PUSH_IDX(i);
        } else if (o->h.kind == JS_CELL_TYPED_ARRAY) {
            size_t n = js_ta_length((JSTypedArray *)o);
            for (size_t i = 0; i < n && i < 0xFFFFFFFFu; i++) PUSH_IDX((uint32_t)i);
        }
    }
    uint32_t dense_n = nidx;
    bool need_sort = false;
    uint32_t nstr = 0, nsym = 0;
    for (uint32_t i = 0; i < s->count; i++) {
        JSShapeProp *p = &s->table->props[i];
        if (p->key == JS_EMPTY) continue;
        if (enum_only && !(p->attrs & JS_PROP_ENUMERABLE)) continue;
        uint32_t ix;
        if (js_is_symbol(p->key)) { if (!js_is_private_name(p->key)) nsym++; continue; }
        if (!(flags & JS_GPN_STRINGS)) continue;
        if (js_atom_is_index(p->key, &ix)) { PUSH_IDX(ix); need_sort = true; }
        else nstr++;
    }
    if (need_sort && nidx > 1) qsort(idxs, nidx, sizeof *idxs, cmp_u32);
    (void)dense_n;
    uint32_t total = nidx + nstr + ((flags & JS_GPN_SYMBOLS) ? nsym : 0);
    bool is_str_obj = o->h.kind == JS_CELL_STRING_OBJECT;
    bool is_array = o->h.kind == JS_CELL_ARRAY;
    if (!enum_only && (flags & JS_GPN_STRINGS) && (is_array || is_str_obj)) total++; /* length */
    JSAtom *out = rt_alloc_cell((total + 1) * sizeof *out);
    uint32_t k = 0;
    for (uint32_t i = 0; i < nidx; i++) out[k++] = js_atom_from_uint32(idxs[i]);
    if (!enum_only && (flags & JS_GPN_STRINGS) && (is_array || is_str_obj)) out[k++] = JS_ATOM(length);
    if (flags & JS_GPN_STRINGS) {
        for (uint32_t i = 0; i < s->count; i++) {
            JSShapeProp *p = &s->table->props[i];
            if (p->key == JS_EMPTY || js_is_symbol(p->key) || js_atom_is_index(p->key, NULL)) continue;
            if (enum_only && !(p->attrs & JS_PROP_ENUMERABLE)) continue;
            out[k++] = p->key;
        }
    }
    if (flags & JS_GPN_SYMBOLS) {
        for (uint32_t i = 0; i < s->count; i++) {
            JSShapeProp *p = &s->table->props[i];
            if (p->key == JS_EMPTY || !js_is_symbol(p->key) || js_is_private_name(p->key)) continue;
            if (enum_only && !(p->attrs & JS_PROP_ENUMERABLE)) continue;
            out[k++] = p->key;
        }
    }
#undef PUSH_IDX
    *count = k;
    return out;
}

/* ---- extensibility and integrity ------------------------------------------ */

int js_is_extensible(JSValue obj)
{
    if (js_is_object(obj) && js_cell_kind(obj) == JS_CELL_PROXY) return js_proxy_is_extensible(obj);
    return js_is_object(obj) && !(js_obj(obj)->h.flags & JS_OBJ_NOT_EXTENSIBLE);
}

int js_prevent_extensions(JSValue obj)
{
    if (!js_is_object(obj)) return 1;
    JSObject *o = js_obj(obj);
    if (o->h.kind == JS_CELL_PROXY) return js_proxy_prevent_extensions(obj, false);
    if (o->h.kind == JS_CELL_ARRAY) js_array_make_sparse((JSArray *)o);
    o->h.flags |= JS_OBJ_NOT_EXTENSIBLE;
    js_object_changed(o);
    return 1;
}

int js_object_set_integrity(JSValue obj, int level)
{
    if (!js_is_object(obj)) return 1;
    JSObject *o = js_obj(obj);
    /* a namespace's exports stay writable: freezing one fails (§10.4.6.6) */
    if (level >= 2 && js_is_module_ns_obj(o) && ((JSModuleNS *)o)->n > 0)
        return define_fail(true, ((JSModuleNS *)o)->e[0].key);
    js_prevent_extensions(obj);
    if (o->h.kind == JS_CELL_ARRAY && level >= 2) o->h.flags |= JS_ARRAY_LENGTH_RDONLY;
    js_object_to_dict(o);
    JSShape *s = o->h.shape;
    for (uint32_t i = 0; i < s->count; i++) {
        JSShapeProp *p = &s->table->props[i];
        if (p->key == JS_EMPTY || js_is_private_name(p->key)) continue; /* private elements are not properties */
        p->attrs &= ~JS_PROP_CONFIGURABLE;
        if (level >= 2 && !(p->attrs & JS_PROP_ACCESSOR)) p->attrs &= ~JS_PROP_WRITABLE;
    }
    js_object_changed(o);
    return 1;
}

int js_object_test_integrity(JSValue obj, int level)
{
    if (!js_is_object(obj)) return 1;
    JSObject *o = js_obj(obj);
    if (!(o->h.flags & JS_OBJ_NOT_EXTENSIBLE)) return 0;
    if (o->h.kind == JS_CELL_ARRAY) {
        JSArray *a = (JSArray *)o;
        if (!(o->h.flags & JS_ARRAY_SPARSE) && a->length > 0) {
            for (uint32_t i = 0; i < a->capacity && i < a->length; i++)
                if (a->elements[i] != JS_EMPTY) return 0;
        }
        if (level >= 2 && !(o->h.flags & JS_ARRAY_LENGTH_RDONLY)) return 0;
    }
    if (o->h.kind == JS_CELL_STRING_OBJECT && level < 2) { /* indices are non-configurable */ }
    JSShape *s = o->h.shape;
    for (uint32_t i = 0; i < s->count; i++) {
        JSShapeProp *p = &s->table->props[i];
        if (p->key == JS_EMPTY || js_is_private_name(p->key)) continue;
        if (p->attrs & JS_PROP_CONFIGURABLE) return 0;
        if (level >= 2 && !(p->attrs & JS_PROP_ACCESSOR) && (p->attrs & JS_PROP_WRITABLE)) return 0;
    }
    return 1;
}

/* ---- messages -------------------------------------------------------------- */

const char *js_object_tag_text(JSValue obj)
{
    if (!js_is_object(obj)) {
        JSValue s = js_to_string(obj);
        if (s == JS_EXCEPTION) { rt_take_exception(); return "?"; }
        return js_string_to_utf8(s, NULL);
    }
    /* "#<Ctor>" from the constructor's name, as V8 prints it */
    JSValue proto = js_get_prototype(obj);
    const char *name = "Object";
    if (js_is_object(proto)) {
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(js_obj(proto), JS_ATOM(constructor), &slot);
        if (p && !(p->attrs & JS_PROP_ACCESSOR) && js_is_function(*slot)) {
            JSValue n = js_function_name(*slot);
            if (js_is_string(n) && js_string_length(n) > 0) name = js_string_to_utf8(n, NULL);
        }
    }
    if (js_is_array(obj)) name = "Array";
    size_t len = strlen(name) + 4;
    char *buf = rt_alloc_atomic(len);
    snprintf(buf, len, "#<%s>", name);
    return buf;
}
