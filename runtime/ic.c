/*
 * ic.c — the miss handlers of property inline caches, element access, and
 * global variable access.
 *
 * Each property access site has a JSPropCache (value.h). Compiled code
 * checks entry 0 inline (own data property, shape compare, one load); on a
 * miss it calls rt_get_prop_ic / rt_set_prop_ic, which first try all four
 * entries, including the runtime-only kinds:
 *   JS_IC_PROTO        value found on a prototype `holder`, valid while
 *                      js_proto_epoch is unchanged (any structural change to
 *                      any prototype object bumps it)
 *   JS_IC_GETTER       slot holds an accessor pair: call the getter
 *   JS_IC_ARRAY_LENGTH / JS_IC_STRING_LENGTH
 *   JS_IC_ADD          (set) the receiver gains the key: move it from
 *                      `shape` to the new shape in `holder`
 *   JS_IC_DICT         (globals) a dictionary receiver, valid while
 *                      js_dict_epoch is unchanged
 * then do the full lookup and record what they found. Own data entries go
 * to entry 0 (the one compiled code sees); the others to entries 1..3.
 * Dictionary-mode receivers are never cached (except the global object,
 * through JS_IC_DICT), and neither are keys that are array indices.
 */
#include <string.h>
#include "internal.h"
#include "builtins/js_typed.h"

#define JS_IC_DICT 0x40   /* runtime only */

uint64_t js_dict_epoch = 1;
bool js_proto_has_index;  /* some prototype object has an index-keyed property */

/* Pseudo shapes so that primitive receivers can have cache entries too. */
static JSShape number_pseudo_shape, boolean_pseudo_shape;

static inline JSValue u32_value(uint32_t n)
{
    return n <= INT32_MAX ? js_mk_int32((int32_t)n) : js_mk_double((double)n);
}

static inline JSAtom ic_key(JSPropCache *ic)
{
    if (ic->key == JS_EMPTY) ic->key = js_atom_from_utf8(ic->name, ic->name_len);
    return ic->key;
}

static inline JSValue ic_load(void *obj, const JSPropCacheEntry *e)
{
    char *base = (e->flags & JS_IC_OUT_OF_LINE) ? (char *)((JSObject *)obj)->slots : (char *)obj;
    return *(JSValue *)(base + e->offset);
}

static inline JSValue *ic_slot(void *obj, const JSPropCacheEntry *e)
{
    char *base = (e->flags & JS_IC_OUT_OF_LINE) ? (char *)((JSObject *)obj)->slots : (char *)obj;
    return (JSValue *)(base + e->offset);
}

static void entry_for(JSShape *s, JSShapeProp *p, JSPropCacheEntry *e)
{
    if (p->slot < s->inline_cap) {
        e->offset = s->inline_base + 8u * p->slot;
        e->flags = 0;
    } else {
        e->offset = 8u * (p->slot - s->inline_cap);
        e->flags = JS_IC_OUT_OF_LINE;
    }
}

static void ic_record(JSPropCache *ic, JSPropCacheEntry e)
{
    bool own_data = (e.flags & ~JS_IC_OUT_OF_LINE) == 0;
    if (own_data) {
        if (ic->entries[0].shape && ic->entries[0].shape != e.shape) {
            /* keep the displaced entry among 1..3 */
            JSPropCacheEntry old = ic->entries[0];
            int k = 1;
            for (; k < JS_IC_ENTRIES; k++) if (!ic->entries[k].shape || ic->entries[k].shape == old.shape) break;
            if (k == JS_IC_ENTRIES) k = 1 + (int)(ic->misses % (JS_IC_ENTRIES - 1));
            ic->entries[k] = old;
        }
        for (int k = 1; k < JS_IC_ENTRIES; k++)
            if (ic->entries[k].shape == e.shape) ic->entries[k].shape = NULL;
        ic->entries[0] = e;
        return;
    }
    int k = 1;
    for (; k < JS_IC_ENTRIES; k++) if (!ic->entries[k].shape || ic->entries[k].shape == e.shape) break;
    if (k == JS_IC_ENTRIES) k = 1 + (int)(ic->misses % (JS_IC_ENTRIES - 1));
    ic->entries[k] = e;
}

static inline JSShape *receiver_shape(JSValue obj)
{
    if (js_is_cell(obj)) return ((JSCellHeader *)js_cell_ptr(obj))->shape;
    if (js_is_number(obj)) return &number_pseudo_shape;
    if (js_is_bool(obj)) return &boolean_pseudo_shape;
    return NULL;
}

/* ---- get -------------------------------------------------------------------- */

static JSValue get_miss(JSValue obj, JSPropCache *ic, JSShape *rs)
{
    JSAtom key = ic_key(ic);
    ic->misses++;
    if (js_atom_is_index(key, NULL) || !rs) return js_get_property(obj, key);
    JSObject *o;
    bool receiver_cacheable = !(rs->h.flags & JS_SHAPE_DICT);
    if (js_is_object(obj)) {
        o = js_obj(obj);
        uint8_t kind = o->h.kind;
        if (kind == JS_CELL_ARRAY && key == JS_ATOM(length)) {
            if (receiver_cacheable)
                ic_record(ic, (JSPropCacheEntry){ rs, 0, JS_IC_ARRAY_LENGTH, NULL, 0 });
            return u32_value(js_arr(obj)->length);
        }
        if (kind == JS_CELL_STRING_OBJECT || kind == JS_CELL_PROXY || js_is_module_ns_obj(o))
            return js_get_property(obj, key);
        if (kind == JS_CELL_TYPED_ARRAY && js_canonical_numeric_index(key, &(double){0}))
            return js_get_property(obj, key);
    } else if (js_is_string(obj) && key == JS_ATOM(length)) {
        ic_record(ic, (JSPropCacheEntry){ rs, 0, JS_IC_STRING_LENGTH, NULL, 0 });
        return js_mk_int32((int32_t)js_string_length(obj));
    } else {
        o = js_primitive_proto(obj);
        if (!o) return js_throw_nullish_access(obj, key, false);
    }
    for (;;) {
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(o, key, &slot);
        if (p) {
            bool own = js_mk_cell(o) == obj;
            if (receiver_cacheable && (own || o->h.kind != JS_CELL_PROXY)) {
                JSPropCacheEntry e = { rs, 0, 0, NULL, 0 };
                entry_for(o->h.shape, p, &e);
                if (p->attrs & JS_PROP_ACCESSOR) e.flags |= JS_IC_GETTER;
                if (!own) {
                    e.flags |= JS_IC_PROTO;
                    e.holder = o;
                    e.epoch = js_proto_epoch;
                }
                ic_record(ic, e);
            }
            if (p->attrs & JS_PROP_ACCESSOR) {
                JSValue g = ((JSAccessorPair *)js_cell_ptr(*slot))->getter;
                return g == JS_UNDEFINED ? JS_UNDEFINED : js_call(g, obj, 0, NULL);
            }
            return *slot;
        }
        JSValue proto = o->h.shape->proto;
        if (!js_is_object(proto)) return JS_UNDEFINED;
        o = js_obj(proto);
        if (o->h.kind == JS_CELL_PROXY || o->h.kind == JS_CELL_ARRAY || o->h.kind == JS_CELL_STRING_OBJECT ||
            o->h.kind == JS_CELL_TYPED_ARRAY || js_is_module_ns_obj(o))
            return js_get_property_receiver(js_mk_cell(o), key, obj);
    }
}

JSValue rt_get_prop_ic(JSValue obj, JSPropCache *ic)
{
    JSShape *rs = receiver_shape(obj);
    if (rs) {
        for (int i = 0; i < JS_IC_ENTRIES; i++) {
            JSPropCacheEntry *e = &ic->entries[i];
            if (e->shape != rs) continue;
            uint32_t f = e->flags;
            if ((f & ~JS_IC_OUT_OF_LINE) == 0) return ic_load(js_cell_ptr(obj), e);
            if (f & JS_IC_PROTO) {
                if (e->epoch != js_proto_epoch) continue;
                JSValue v = ic_load(e->holder, e);
                if (!(f & JS_IC_GETTER)) return v;
                JSValue g = ((JSAccessorPair *)js_cell_ptr(v))->getter;
                return g == JS_UNDEFINED ? JS_UNDEFINED : js_call(g, obj, 0, NULL);
            }
            if (f & JS_IC_GETTER) {
                JSValue g = ((JSAccessorPair *)js_cell_ptr(ic_load(js_cell_ptr(obj), e)))->getter;
                return g == JS_UNDEFINED ? JS_UNDEFINED : js_call(g, obj, 0, NULL);
            }
            if ((f & JS_IC_ARRAY_LENGTH) && js_is_array(obj)) return u32_value(js_arr(obj)->length);
            if (f & JS_IC_STRING_LENGTH) return js_mk_int32((int32_t)js_string_length(obj));
        }
    }
    return get_miss(obj, ic, rs);
}

/* ---- set -------------------------------------------------------------------- */

static void grow_for_shape(JSObject *o, JSShape *old, JSShape *ns)
{
    uint32_t oc = js_shape_ool_capacity(js_shape_ool_count(old));
    uint32_t need = js_shape_ool_count(ns);
    if (need > oc) {
        uint32_t nc = js_shape_ool_capacity(need);
        o->slots = rt_realloc_cell(o->slots, oc * sizeof(JSValue), nc * sizeof(JSValue));
    }
}

JSValue rt_set_prop_ic(JSValue obj, JSValue val, JSPropCache *ic, int32_t strict)
{
    if (js_is_cell(obj)) {
        JSObject *o = js_cell_ptr(obj);
        JSShape *s = o->h.shape;
        for (int i = 0; i < JS_IC_ENTRIES; i++) {
            JSPropCacheEntry *e = &ic->entries[i];
            if (e->shape != s) continue;
            if ((e->flags & ~JS_IC_OUT_OF_LINE) == 0) { *ic_slot(o, e) = val; return JS_UNDEFINED; }
            if ((e->flags & JS_IC_ADD) && e->epoch == js_proto_epoch &&
                !(o->h.flags & (JS_OBJ_NOT_EXTENSIBLE | JS_OBJ_IS_PROTOTYPE))) {
                JSShape *ns = e->holder;
                grow_for_shape(o, s, ns);
                *ic_slot(o, e) = val;
                o->h.shape = ns;
                return JS_UNDEFINED;
            }
        }
    }
    JSAtom key = ic_key(ic);
    ic->misses++;
    if (!js_is_object(obj) || js_atom_is_index(key, NULL) ||
        (js_cell_kind(obj) == JS_CELL_TYPED_ARRAY && js_canonical_numeric_index(key, &(double){0}))) {
        int r = js_set_property(obj, key, val, strict != 0);
        return r < 0 ? JS_EXCEPTION : JS_UNDEFINED;
    }
    JSObject *o = js_obj(obj);
    JSShape *s = o->h.shape;
    bool cacheable = !(s->h.flags & JS_SHAPE_DICT) && o->h.kind != JS_CELL_PROXY && !js_is_module_ns_obj(o) &&
                     !(o->h.kind == JS_CELL_ARRAY && key == JS_ATOM(length)) &&
                     !(o->h.kind == JS_CELL_STRING_OBJECT && key == JS_ATOM(length));
    if (cacheable) {
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(o, key, &slot);
        if (p && (p->attrs & (JS_PROP_WRITABLE | JS_PROP_ACCESSOR)) == JS_PROP_WRITABLE) {
            *slot = val;
            JSPropCacheEntry e = { s, 0, 0, NULL, 0 };
            entry_for(s, p, &e);
            ic_record(ic, e);
            return JS_UNDEFINED;
        }
    }
    int r = js_set_property(obj, key, val, strict != 0);
    if (r < 0) return JS_EXCEPTION;
    if (cacheable && r == 1) {
        JSShape *ns = o->h.shape;
        if (ns != s && ns->parent == s && !(ns->h.flags & JS_SHAPE_DICT) &&
            !(o->h.flags & JS_OBJ_IS_PROTOTYPE)) {
            JSShapeProp *p = &ns->table->props[ns->count - 1];
            if (p->key == key && p->attrs == JS_PROP_C_W_E) {
                JSPropCacheEntry e = { s, 0, 0, ns, js_proto_epoch };
                entry_for(ns, p, &e);
                e.flags |= JS_IC_ADD;
                ic_record(ic, e);
            }
        }
    }
    return JS_UNDEFINED;
}

/* ---- elements ---------------------------------------------------------------- */

static inline bool key_index(JSValue key, uint32_t *idx)
{
    if (js_is_int32(key)) {
        int32_t i = js_get_int32(key);
        if (i < 0) return false;
        *idx = (uint32_t)i;
        return true;
    }
    if (js_is_double(key)) {
        double d = js_get_double(key);
        if (d >= 0 && d < 4294967295.0 && d == (double)(uint32_t)d) { *idx = (uint32_t)d; return true; }
    }
    return false;
}

JSValue rt_get_elem(JSValue obj, JSValue key)
{
    uint32_t idx;
    if (key_index(key, &idx)) {
        if (js_is_cell(obj)) {
            uint8_t kind = ((JSCellHeader *)js_cell_ptr(obj))->kind;
            if (kind == JS_CELL_ARRAY) {
                JSArray *a = js_arr(obj);
                if (idx < a->capacity && a->elements[idx] != JS_EMPTY) return a->elements[idx];
                if (!(a->o.h.flags & JS_ARRAY_SPARSE) && !js_proto_has_index) return JS_UNDEFINED;
            } else if (kind == JS_CELL_STRING) {
                if (idx < js_string_length(obj)) return js_string_from_char_code(js_string_char_at(obj, idx));
                return JS_UNDEFINED;
            } else if (kind == JS_CELL_TYPED_ARRAY) {
                return js_ta_get_index(js_cell_ptr(obj), idx);
            }
        }
        if (js_is_nullish(obj)) return js_throw_nullish_access(obj, js_atom_from_uint32(idx), false);
        return js_get_property(obj, js_atom_from_uint32(idx));
    }
    if (js_is_nullish(obj)) {
        JSAtom a = js_value_to_atom(key);
        if (a == JS_EXCEPTION) return a;
        return js_throw_nullish_access(obj, a, false);
    }
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    return js_get_property(obj, a);
}

JSValue rt_set_elem(JSValue obj, JSValue key, JSValue val, int32_t strict)
{
    uint32_t idx;
    if (key_index(key, &idx) && js_is_array(obj)) {
        JSArray *a = js_arr(obj);
        if (idx < a->capacity && a->elements[idx] != JS_EMPTY) { a->elements[idx] = val; return JS_UNDEFINED; }
        if (!(a->o.h.flags & JS_ARRAY_SPARSE) && !js_proto_has_index && idx != 0xFFFFFFFFu) {
            int r = js_array_put_elem(obj, idx, val, strict != 0);
            return r < 0 ? JS_EXCEPTION : JS_UNDEFINED;
        }
    } else if (key_index(key, &idx) && js_is_cell(obj) && js_cell_kind(obj) == JS_CELL_TYPED_ARRAY) {
        return js_ta_set_index(js_cell_ptr(obj), idx, val) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
    }
    if (js_is_nullish(obj)) {
        JSAtom a = js_value_to_atom(key);
        if (a == JS_EXCEPTION) return a;
        return js_throw_nullish_access(obj, a, true);
    }
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    int r = js_set_property(obj, a, val, strict != 0);
    return r < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

/* ---- literals ------------------------------------------------------------------ */

JSValue rt_define_data_prop(JSValue obj, JSValue key, JSValue val)
{
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    return js_define_property_value(obj, a, val, JS_PROP_C_W_E) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JSValue rt_define_prop_flags(JSValue obj, JSValue key, JSValue val, int32_t flags)
{
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    return js_define_property_value(obj, a, val, flags & JS_PROP_C_W_E) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

/* `get x() {}` in a literal or class: the function is named "get x"
 * (SetFunctionName with a prefix) unless the compiler named it already. */
static void name_accessor(JSValue fn, JSAtom key, const char *prefix)
{
    if (!js_is_function(fn)) return;
    JSValue cur = js_function_name(fn);
    JSValue k = js_is_symbol(key) ? js_symbol_descriptive_string(key) : key;
    if (js_is_symbol(key)) {
        JSValue d = ((JSSymbol *)js_cell_ptr(key))->description;
        k = js_is_string(d) ? js_string_concat(js_string_concat(js_new_string_cstr("["), d), js_new_string_cstr("]"))
                            : JS_ATOM(empty);
    }
    if (js_string_length(cur) != 0 && !js_string_equals(cur, k)) return;
    JSValue n = js_string_concat(js_new_string_cstr(prefix), k);
    js_define_property_value(fn, JS_ATOM(name), n, JS_PROP_CONFIGURABLE);
}

JSValue rt_define_accessor_flags(JSValue obj, JSValue key, JSValue getter, JSValue setter, int32_t flags)
{
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    if (getter != JS_UNDEFINED) name_accessor(getter, a, "get ");
    if (setter != JS_UNDEFINED) name_accessor(setter, a, "set ");
    int r = js_define_property_getset(obj, a, getter == JS_UNDEFINED ? JS_EMPTY : getter,
                                      setter == JS_UNDEFINED ? JS_EMPTY : setter,
                                      flags & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE));
    return r < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JSValue rt_define_accessor(JSValue obj, JSValue key, JSValue getter, JSValue setter)
{
    return rt_define_accessor_flags(obj, key, getter, setter, JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
}

JSValue rt_set_proto(JSValue obj, JSValue proto)
{
    if (!js_is_object(proto) && proto != JS_NULL) return JS_UNDEFINED;
    return js_set_prototype(obj, proto, true) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JSValue rt_copy_data_properties(JSValue target, JSValue source)
{
    if (js_is_nullish(source)) return JS_UNDEFINED;
    JSValue from = js_is_object(source) ? source : js_to_object(source);
    if (from == JS_EXCEPTION) return from;
    uint32_t n;
    JSAtom *keys = js_own_property_keys(from, JS_GPN_STRINGS | JS_GPN_SYMBOLS, &n);
    if (!keys) return JS_EXCEPTION;
    for (uint32_t i = 0; i < n; i++) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(from, keys[i], &d);
        if (r < 0) return JS_EXCEPTION;
        if (!r || !(d.flags & JS_PROP_ENUMERABLE)) continue;
        JSValue v = js_get_property(from, keys[i]);
        if (v == JS_EXCEPTION) return v;
        if (js_define_property_value(target, keys[i], v, JS_PROP_C_W_E) < 0) return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

/* ---- globals -------------------------------------------------------------------- */

/* Looks a global up, caching own data properties of the global object. */
static JSValue global_lookup(JSPropCache *ic, bool *found)
{
    JSObject *g = js_obj(js_realm.global);
    JSShape *s = g->h.shape;
    for (int i = 0; i < JS_IC_ENTRIES; i++) {
        JSPropCacheEntry *e = &ic->entries[i];
        if (e->shape != s) continue;
        if ((e->flags & ~JS_IC_OUT_OF_LINE) == 0) { *found = true; return ic_load(g, e); }
        if ((e->flags & JS_IC_DICT) && e->epoch == js_dict_epoch) {
            *found = true;
            return ic_load(g, e);
        }
    }
    JSAtom key = ic_key(ic);
    JSValue *slot;
    JSShapeProp *p = js_find_own_shaped(g, key, &slot);
    if (p && !(p->attrs & JS_PROP_ACCESSOR)) {
        JSPropCacheEntry e = { s, 0, 0, NULL, 0 };
        entry_for(s, p, &e);
        if (s->h.flags & JS_SHAPE_DICT) { e.flags |= JS_IC_DICT; e.epoch = js_dict_epoch; }
        /* global read sites check entry 0 inline (shape and epoch): the
         * global object has one shape, so the newest entry is the one */
        ic->entries[0] = e;
        *found = true;
        return *slot;
    }
    int r = js_has_property(js_realm.global, key);
    if (r < 0) return JS_EXCEPTION;
    if (!r) { *found = false; return JS_UNDEFINED; }
    *found = true;
    return js_get_property(js_realm.global, key);
}

JSValue rt_get_global_ic(JSPropCache *ic)
{
    bool found;
    JSValue v = global_lookup(ic, &found);
    if (v == JS_EXCEPTION) return v;
    if (!found) {
        JSAtom key = ic_key(ic);
        return js_throw_reference_error("%s is not defined", js_string_to_utf8(key, NULL));
    }
    return v;
}

JSValue rt_typeof_global(JSPropCache *ic)
{
    bool found;
    JSValue v = global_lookup(ic, &found);
    if (v == JS_EXCEPTION) return v;
    return found ? js_typeof(v) : JS_ATOM(undefined);
}

JSValue rt_has_global_ic(JSPropCache *ic)
{
    JSShape *s = js_obj(js_realm.global)->h.shape;
    for (int i = 0; i < JS_IC_ENTRIES; i++)
        if (ic->entries[i].shape == s && (ic->entries[i].flags & ~JS_IC_OUT_OF_LINE) == 0) return JS_TRUE;
    int r = js_has_property(js_realm.global, ic_key(ic));
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

JSValue rt_set_global_ic(JSValue val, JSPropCache *ic, int32_t strict)
{
    JSObject *g = js_obj(js_realm.global);
    JSShape *s = g->h.shape;
    for (int i = 0; i < JS_IC_ENTRIES; i++) {
        JSPropCacheEntry *e = &ic->entries[i];
        if (e->shape != s) continue;
        if ((e->flags & ~JS_IC_OUT_OF_LINE) == 0 ||
            ((e->flags & JS_IC_DICT) && e->epoch == js_dict_epoch)) {
            /* only writable data properties are recorded by the set path */
            if (e->holder == (void *)1) { *ic_slot(g, e) = val; return JS_UNDEFINED; }
        }
    }
    JSAtom key = ic_key(ic);
    JSValue *slot;
    JSShapeProp *p = js_find_own_shaped(g, key, &slot);
    if (p && (p->attrs & (JS_PROP_WRITABLE | JS_PROP_ACCESSOR)) == JS_PROP_WRITABLE) {
        *slot = val;
        JSPropCacheEntry e = { s, 0, 0, (void *)1, 0 };
        entry_for(s, p, &e);
        if (s->h.flags & JS_SHAPE_DICT) { e.flags |= JS_IC_DICT; e.epoch = js_dict_epoch; }
        ic_record(ic, e);
        return JS_UNDEFINED;
    }
    if (strict) {
        int r = js_has_property(js_realm.global, key);
        if (r < 0) return JS_EXCEPTION;
        if (!r) return js_throw_reference_error("%s is not defined", js_string_to_utf8(key, NULL));
    }
    int r = js_set_property(js_realm.global, key, val, strict != 0);
    return r < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}
