/*
 * array.c — Array exotic objects: dense element storage, holes, growth,
 * the switch to sparse (shape-held) index properties, and `length`.
 *
 * Dense mode (the normal case): elements[0..capacity), JS_EMPTY is a hole,
 * every slot at index >= length is JS_EMPTY, and every present element is a
 * plain writable/enumerable/configurable data property. Capacity may be
 * smaller than length (new Array(n) allocates lazily): indices in
 * [capacity, length) are holes.
 *
 * Sparse mode (JS_ARRAY_SPARSE): capacity 0, elements NULL, and each index
 * property lives in the (dictionary) shape under its index atom. An array
 * goes sparse when a write lands far beyond its storage, when an element
 * gets non-default attributes or an accessor, when it stops being
 * extensible, or when its length becomes read-only. It never goes back.
 */
#include <string.h>
#include "builtins/js_proxy.h"
#include "internal.h"

/* Largest dense capacity we grow to without going sparse. */
#define JS_DENSE_MAX (64u * 1024 * 1024)

static JSShape *array_root(void)
{
    static JSShape *cached;
    static JSValue cached_proto;
    if (!cached || cached_proto != js_realm.array_proto) {
        cached = js_shape_root(js_realm.array_proto, 0, 0);
        cached_proto = js_realm.array_proto;
    }
    return cached;
}

static JSArray *alloc_array(uint32_t cap)
{
    JSArray *a = rt_alloc_cell(sizeof *a);
    a->o.h.kind = JS_CELL_ARRAY;
    a->o.h.shape = array_root();
    if (cap) {
        a->elements = rt_alloc_cell((size_t)cap * sizeof(JSValue)); /* zero = JS_EMPTY */
        a->capacity = cap;
    }
    return a;
}

JSValue js_new_array(uint32_t length)
{
    JSArray *a = alloc_array(length <= 1024 ? length : 0);
    a->length = length;
    return js_mk_cell(a);
}

JSValue js_new_array_from(uint32_t count, const JSValue *values)
{
    JSArray *a = alloc_array(count);
    if (count) memcpy(a->elements, values, count * sizeof(JSValue));
    a->length = count;
    return js_mk_cell(a);
}

JSValue rt_new_array(int32_t count, const JSValue *values)
{
    if (count < 0) count = 0;
    if (!values) return js_new_array_from(0, NULL);
    return js_new_array_from((uint32_t)count, values);
}

JSValue rt_template_object(int32_t n, const JSValue *cooked, const JSValue *raw)
{
    JSValue strings = js_new_array_from((uint32_t)n, cooked);
    JSValue raws = js_new_array_from((uint32_t)n, raw);
    if (js_object_set_integrity(raws, 2) < 0) return JS_EXCEPTION;
    if (js_define_property_value_str(strings, "raw", raws, 0) < 0) return JS_EXCEPTION;
    if (js_object_set_integrity(strings, 2) < 0) return JS_EXCEPTION;
    return strings;
}

JSValue rt_new_rest_array(int32_t argc, const JSValue *argv, int32_t start)
{
    if (start >= argc) return js_new_array_from(0, NULL);
    return js_new_array_from((uint32_t)(argc - start), argv + start);
}

/* IsArray (§7.2.2): sees through proxies; -1 for a revoked one. */
int js_is_array_value(JSValue v)
{
    while (js_is_proxy(v)) {
        v = js_proxy_target(v);
        if (v == JS_NULL) {
            js_throw_type_error("Cannot perform 'IsArray' on a proxy that has been revoked");
            return -1;
        }
    }
    return js_is_array(v);
}

static void grow(JSArray *a, uint32_t min_cap)
{
    uint64_t cap = a->capacity < 8 ? 8 : (uint64_t)a->capacity + a->capacity / 2;
    if (cap < min_cap) cap = min_cap;
    if (cap > 0xFFFFFFFFu) cap = 0xFFFFFFFFu;
    a->elements = rt_realloc_cell(a->elements, (size_t)a->capacity * sizeof(JSValue), (size_t)cap * sizeof(JSValue));
    a->capacity = (uint32_t)cap;
}

int js_array_reserve(JSValue arr, uint32_t n)
{
    JSArray *a = js_arr(arr);
    if (a->o.h.flags & JS_ARRAY_SPARSE) return 0;
    if (n > a->capacity) grow(a, n);
    return 1;
}

int js_array_get_own_elem(JSArray *a, uint32_t idx, JSValue *out)
{
    if (!(a->o.h.flags & JS_ARRAY_SPARSE)) {
        if (idx < a->capacity && a->elements[idx] != JS_EMPTY) { *out = a->elements[idx]; return 1; }
        return 0;
    }
    JSValue *slot;
    JSShapeProp *p = js_find_own_shaped(&a->o, js_atom_from_uint32(idx), &slot);
    if (!p) return 0;
    if (p->attrs & JS_PROP_ACCESSOR) {
        JSValue g = ((JSAccessorPair *)js_cell_ptr(*slot))->getter;
        *out = g == JS_UNDEFINED ? JS_UNDEFINED : js_call(g, js_mk_cell(a), 0, NULL);
        return 1;
    }
    *out = *slot;
    return 1;
}

void js_array_make_sparse(JSArray *a)
{
    if (a->o.h.flags & JS_ARRAY_SPARSE) return;
    JSValue *els = a->elements;
    uint32_t n = a->capacity < a->length ? a->capacity : a->length;
    a->elements = NULL;
    a->capacity = 0;
    a->o.h.flags |= JS_ARRAY_SPARSE;
    js_object_to_dict(&a->o);
    for (uint32_t i = 0; i < n; i++)
        if (els[i] != JS_EMPTY) js_object_add_property(&a->o, js_atom_from_uint32(i), els[i], JS_PROP_C_W_E);
}

void js_array_note_index(JSArray *a, uint32_t idx)
{
    if (idx >= a->length) a->length = idx + 1;
}

int js_array_put_elem(JSValue arr, uint32_t idx, JSValue val, bool throw_on_fail)
{
    JSArray *a = js_arr(arr);
    if (a->o.h.flags & JS_OBJ_IS_PROTOTYPE) js_proto_has_index = true;
    if (idx == 0xFFFFFFFFu) {  /* not an index: a plain property */
        js_object_add_property(&a->o, js_atom_from_uint32(idx), val, JS_PROP_C_W_E);
        return 1;
    }
    if (!(a->o.h.flags & JS_ARRAY_SPARSE)) {
        if (idx < a->capacity) {
            a->elements[idx] = val;
        } else if (idx < JS_DENSE_MAX && (idx < a->length || idx <= (uint64_t)a->capacity * 2 + 1024)) {
            grow(a, idx + 1);
            a->elements[idx] = val;
        } else {
            js_array_make_sparse(a);
            goto sparse;
        }
        if (idx >= a->length) a->length = idx + 1;
        return 1;
    }
sparse:
    {
        JSAtom key = js_atom_from_uint32(idx);
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(&a->o, key, &slot);
        if (p) {
            if (!(p->attrs & JS_PROP_WRITABLE) || (p->attrs & JS_PROP_ACCESSOR)) {
                if (throw_on_fail) { js_throw_type_error("Cannot assign to read only property '%u' of object", idx); return -1; }
                return 0;
            }
            *slot = val;
        } else {
            if ((a->o.h.flags & JS_OBJ_NOT_EXTENSIBLE) ||
                ((a->o.h.flags & JS_ARRAY_LENGTH_RDONLY) && idx >= a->length)) {
                if (throw_on_fail) { js_throw_type_error("Cannot add property %u, object is not extensible", idx); return -1; }
                return 0;
            }
            js_object_add_property(&a->o, key, val, JS_PROP_C_W_E);
        }
        js_array_note_index(a, idx);
        return 1;
    }
}

int js_array_delete_elem(JSArray *a, uint32_t idx)
{
    if (idx < a->capacity) a->elements[idx] = JS_EMPTY;
    return 1;
}

int js_array_push(JSValue arr, JSValue v)
{
    JSArray *a = js_arr(arr);
    if (!(a->o.h.flags & JS_ARRAY_SPARSE) && a->length < a->capacity) {
        a->elements[a->length++] = v;
        return 1;
    }
    if (a->length == 0xFFFFFFFFu) { js_throw_type_error("Pushing 1 elements on an array-like of length 4294967295 is disallowed, as the total surpasses 2**53-1"); return -1; }
    return js_array_put_elem(arr, a->length, v, true);
}

int js_array_set_length(JSValue arr, JSValue lenv, bool throw_on_fail)
{
    JSArray *a = js_arr(arr);
    uint32_t newlen;
    if (js_is_int32(lenv) && js_get_int32(lenv) >= 0) {
        newlen = (uint32_t)js_get_int32(lenv);
    } else {
        double n1, n2;
        if (js_to_number(lenv, &n1) < 0) return -1;
        uint32_t u;
        if (js_to_uint32(lenv, &u) < 0) return -1;
        n2 = u;
        if (n1 != n2) { js_throw_range_error("Invalid array length"); return -1; }
        newlen = u;
    }
    if (a->o.h.flags & JS_ARRAY_LENGTH_RDONLY) {
        if (newlen == a->length) return 1;
        if (throw_on_fail) { js_throw_type_error("Cannot assign to read only property 'length' of object '[object Array]'"); return -1; }
        return 0;
    }
    if (!(a->o.h.flags & JS_ARRAY_SPARSE)) {
        if (newlen < a->length) {
            uint32_t end = a->length < a->capacity ? a->length : a->capacity;
            for (uint32_t i = newlen; i < end; i++) a->elements[i] = JS_EMPTY;
            /* give back storage when shrinking a lot */
            if (newlen < a->capacity / 4 && a->capacity > 64) {
                uint32_t cap = newlen < 8 ? 8 : newlen;
                JSValue *n = rt_alloc_cell((size_t)cap * sizeof(JSValue));
                memcpy(n, a->elements, (size_t)newlen * sizeof(JSValue));
                a->elements = n;
                a->capacity = cap;
            }
        }
        a->length = newlen;
        return 1;
    }
    if (newlen < a->length) {
        /* delete index keys >= newlen, from the highest; stop at a non-configurable one */
        JSShape *s = a->o.h.shape;
        uint32_t keep = newlen;
        for (uint32_t i = 0; i < s->count; i++) {
            JSShapeProp *p = &s->table->props[i];
            uint32_t ix;
            if (p->key != JS_EMPTY && js_atom_is_index(p->key, &ix) && ix >= newlen &&
                !(p->attrs & JS_PROP_CONFIGURABLE) && ix + 1 > keep)
                keep = ix + 1;
        }
        for (uint32_t i = 0; i < s->count; i++) {
            s = a->o.h.shape;
            if (i >= s->count) break;
            JSShapeProp *p = &s->table->props[i];
            uint32_t ix;
            if (p->key != JS_EMPTY && js_atom_is_index(p->key, &ix) && ix >= keep)
                js_delete_property(arr, p->key, false);
        }
        a->length = keep;
        if (keep != newlen) {
            if (throw_on_fail) { js_throw_type_error("Cannot delete array element"); return -1; }
            return 0;
        }
        return 1;
    }
    a->length = newlen;
    return 1;
}

int js_get_length(JSValue obj, int64_t *len)
{
    if (js_is_array(obj)) { *len = js_arr(obj)->length; return 0; }
    JSValue v = js_get_property(obj, JS_ATOM(length));
    if (v == JS_EXCEPTION) return -1;
    return js_to_length(v, len) < 0 ? -1 : 0;
}

JSValue rt_array_append(JSValue arr, JSValue v)
{
    if (v == JS_EMPTY) {  /* elision: a hole */
        JSArray *a = js_arr(arr);
        if (!(a->o.h.flags & JS_ARRAY_SPARSE)) { a->length++; return arr; }
        a->length++;
        return arr;
    }
    if (js_array_push(arr, v) < 0) return JS_EXCEPTION;
    return arr;
}

JSValue rt_array_append_spread(JSValue arr, JSValue iterable, const char *text, int32_t kind)
{
    if (js_is_array(iterable) && !(js_obj(iterable)->h.flags & JS_ARRAY_SPARSE)) {
        /* fast path when iteration is unobservable: ordinary array with the
         * original Array.prototype[Symbol.iterator] */
        JSValue it_fn = js_get_property(iterable, JS_SYM(iterator));
        if (it_fn == JS_EXCEPTION) return it_fn;
        if (it_fn == js_realm.array_proto_values && js_realm.array_proto_values != JS_EMPTY) {
            JSArray *src = js_arr(iterable);
            for (uint32_t i = 0; i < src->length; i++) {
                JSValue v = i < src->capacity ? src->elements[i] : JS_EMPTY;
                if (v == JS_EMPTY) {
                    v = js_get_index(iterable, i);
                    if (v == JS_EXCEPTION) return v;
                }
                if (js_array_push(arr, v) < 0) return JS_EXCEPTION;
            }
            return arr;
        }
    }
    JSValue it = rt_get_iterator_text(iterable, text, kind);
    if (it == JS_EXCEPTION) return it;
    for (;;) {
        JSValue v = rt_iterator_step(it);
        if (v == JS_EXCEPTION) return v;
        if (v == JS_EMPTY) break;
        if (js_array_push(arr, v) < 0) return JS_EXCEPTION;
    }
    return arr;
}
