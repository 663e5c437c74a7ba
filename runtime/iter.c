/*
 * iter.c — iteration for compiled code: for-in enumeration, the iterator
 * protocol behind for-of and spread (rt_get_iterator / rt_iterator_step /
 * rt_iterator_close), arguments objects, and iterator result objects.
 *
 * An iterator record is an internal cell (never visible to JavaScript).
 * Arrays and strings whose Symbol.iterator is still the original builtin get
 * records that walk the elements / code points directly, which is exactly
 * what the builtin iterators would observably do; anything else goes through
 * the generic protocol (the `next` method is read once, as the spec says).
 *
 * for-in snapshots the enumerable string keys of the object and its
 * prototypes (shadowed names appear once, in spec order: each object's
 * integer keys ascending, then strings in insertion order) and skips keys
 * deleted before they are reached.
 */
#include <stdio.h>
#include <string.h>
#include "internal.h"
#include "kiln/bigint.h"

enum { ITER_ARRAY = 1, ITER_STRING, ITER_GENERIC, ITER_EMPTY };

typedef struct JSIterRecord {
    JSCellHeader h;      /* kind JS_CELL_INTERNAL, flags ITER_* */
    JSValue target;      /* array / string / iterator object */
    JSValue next;        /* generic: the next method */
    uint32_t pos;        /* array index / string code unit position */
    uint32_t done;
} JSIterRecord;

typedef struct JSForInIter {
    JSCellHeader h;
    JSValue obj;
    JSAtom *keys;
    uint32_t count, pos;
    JSShape *shape;      /* receiver's shape at start: if unchanged, no key was deleted */
} JSForInIter;

static JSIterRecord *new_record(int kind, JSValue target)
{
    JSIterRecord *r = rt_alloc_cell(sizeof *r);
    r->h.kind = JS_CELL_INTERNAL;
    r->h.flags = (uint8_t)kind;
    r->h.shape = &js_static_shapes[JS_CELL_INTERNAL];
    r->target = target;
    r->next = JS_UNDEFINED;
    return r;
}

JSValue js_create_iter_result(JSValue value, bool done)
{
    static JSShape *shape;
    if (!shape || shape->proto != js_realm.object_proto) {
        shape = js_shape_root(js_realm.object_proto, 24, JS_PLAIN_INLINE_SLOTS);
        shape = js_shape_add(shape, JS_ATOM(value), JS_PROP_C_W_E);
        shape = js_shape_add(shape, JS_ATOM(done), JS_PROP_C_W_E);
    }
    JSPlainObject *o = rt_alloc_cell(sizeof(JSObject) + JS_PLAIN_INLINE_SLOTS * sizeof(JSValue));
    o->o.h.kind = JS_CELL_OBJECT;
    o->o.h.shape = shape;
    o->inline_slots[0] = value;
    o->inline_slots[1] = js_mk_bool(done);
    return js_mk_cell(o);
}

/* V8's name for a value in "... is not iterable (cannot read property ...)":
 * its type, then the value for numbers, booleans and BigInts. */
static const char *type_and_value(JSValue v)
{
    if (js_is_nullish(v))
        return v == JS_NULL ? "object null" : "undefined";
    if (js_is_function(v))
        return "function";
    if (js_is_object(v))
        return "object";
    if (js_is_symbol(v))
        return "symbol";
    if (js_is_bigint(v))
        return "bigint";
    if (js_is_string(v))
        return js_value_to_message_text(v);
    const char *type = js_is_bool(v) ? "boolean" : "number";
    const char *val = js_value_to_message_text(v);
    size_t n = strlen(type) + strlen(val) + 2;
    char *out = rt_alloc_atomic(n);
    snprintf(out, n, "%s %s", type, val);
    return out;
}

static JSValue not_iterable(JSValue v, const char *text, int32_t kind)
{
    if (!text || !*text)
        kind = JS_ITER_MSG_VALUE;
    switch (kind) {
    case JS_ITER_MSG_SOURCE:
        return js_throw_type_error("%s is not iterable", text);
    case JS_ITER_MSG_CALL:
        return js_throw_type_error("%s is not a function or its return value is not iterable", text);
    case JS_ITER_MSG_SPREAD_CALL:
        if (js_is_nullish(v))
            return js_throw_type_error("%s is not iterable (cannot read property undefined)", text);
        return js_throw_type_error("Spread syntax requires ...iterable[Symbol.iterator] to be a function");
    default:
        return js_throw_type_error("%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                                   type_and_value(v));
    }
}

JSValue js_throw_not_iterable(JSValue v)
{
    return not_iterable(v, NULL, JS_ITER_MSG_VALUE);
}

JSValue rt_get_iterator(JSValue v)
{
    return rt_get_iterator_text(v, NULL, JS_ITER_MSG_VALUE);
}

JSValue rt_get_iterator_text(JSValue v, const char *text, int32_t kind)
{
    bool builtins_missing = js_realm.array_proto_values == JS_EMPTY;
    if (js_is_nullish(v))
        return not_iterable(v, text, kind);
    JSValue m = js_get_property(v, JS_SYM(iterator));
    if (m == JS_EXCEPTION) return m;
    if (js_is_array(v) && (m == js_realm.array_proto_values || (builtins_missing && m == JS_UNDEFINED)))
        return js_mk_cell(new_record(ITER_ARRAY, v));
    if (js_is_string(v) && ((js_realm.string_proto_iterator != JS_EMPTY && m == js_realm.string_proto_iterator) ||
                            (builtins_missing && m == JS_UNDEFINED)))
        return js_mk_cell(new_record(ITER_STRING, v));
    if (!js_is_function(m))
        return not_iterable(v, text, kind);
    JSValue it = js_call_internal(m, v, 0, NULL);
    if (it == JS_EXCEPTION) return it;
    if (!js_is_object(it)) return js_throw_type_error("Result of the Symbol.iterator method is not an object");
    JSValue next = js_get_property(it, JS_ATOM(next));
    if (next == JS_EXCEPTION) return next;
    JSIterRecord *r = new_record(ITER_GENERIC, it);
    r->next = next;
    return js_mk_cell(r);
}

JSValue rt_iterator_step(JSValue rv)
{
    JSIterRecord *r = js_cell_ptr(rv);
    if (r->done) return JS_EMPTY;
    switch (r->h.flags) {
    case ITER_ARRAY: {
        JSArray *a = js_arr(r->target);
        if (r->pos >= a->length) { r->done = 1; return JS_EMPTY; }
        uint32_t i = r->pos++;
        if (i < a->capacity && a->elements[i] != JS_EMPTY) return a->elements[i];
        return js_get_index(r->target, i);
    }
    case ITER_STRING: {
        JSValue s = r->target;
        if (r->pos >= js_string_length(s)) { r->done = 1; return JS_EMPTY; }
        uint32_t units;
        js_string_code_point_at(s, r->pos, &units);
        JSValue out = js_string_substring(s, r->pos, r->pos + units);
        r->pos += units;
        return out;
    }
    case ITER_GENERIC: {
        if (!js_is_function(r->next)) {
            r->done = 1;
            return js_throw_type_error("%s is not a function", js_value_to_message_text(r->next));
        }
        JSValue res = js_call_internal(r->next, r->target, 0, NULL);
        if (res == JS_EXCEPTION) { r->done = 1; return res; }
        if (!js_is_object(res)) {
            r->done = 1;
            return js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(res));
        }
        JSValue d = js_get_property(res, JS_ATOM(done));
        if (d == JS_EXCEPTION) { r->done = 1; return d; }
        if (js_to_boolean(d)) { r->done = 1; return JS_EMPTY; }
        JSValue v = js_get_property(res, JS_ATOM(value));
        if (v == JS_EXCEPTION) r->done = 1;
        return v;
    }
    default:
        return JS_EMPTY;
    }
}

JSValue rt_iterator_close(JSValue rv)
{
    JSIterRecord *r = js_cell_ptr(rv);
    if (r->h.flags != ITER_GENERIC || r->done) { r->done = 1; return JS_UNDEFINED; }
    r->done = 1;
    JSValue ret = js_get_property(r->target, JS_ATOM(return));
    if (ret == JS_EXCEPTION) return ret;
    if (js_is_nullish(ret)) return JS_UNDEFINED;
    if (!js_is_function(ret)) return js_throw_type_error("%s is not a function", js_value_to_message_text(ret));
    JSValue res = js_call_internal(ret, r->target, 0, NULL);
    if (res == JS_EXCEPTION) return res;
    if (!js_is_object(res)) return js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(res));
    return JS_UNDEFINED;
}

JSValue js_get_iterator(JSValue v) { return rt_get_iterator(v); }
JSValue js_iterator_step(JSValue it) { return rt_iterator_step(it); }
JSValue js_iterator_close(JSValue it) { return rt_iterator_close(it); }

/* ---- for-in ------------------------------------------------------------------ */

JSValue rt_for_in_start(JSValue v)
{
    JSForInIter *it = rt_alloc_cell(sizeof *it);
    it->h.kind = JS_CELL_INTERNAL;
    it->h.shape = &js_static_shapes[JS_CELL_INTERNAL];
    if (js_is_nullish(v)) { it->obj = JS_UNDEFINED; return js_mk_cell(it); }
    JSValue obj = js_to_object(v);
    if (obj == JS_EXCEPTION) return obj;
    it->obj = obj;
    it->shape = js_obj(obj)->h.shape;
    /* collect; `seen` holds every name met so far (enumerable or not) */
    uint32_t cap = 16, n = 0, seen_n = 0, seen_cap = 16;
    JSAtom *keys = rt_alloc_cell(cap * sizeof *keys);
    JSAtom *seen = rt_alloc_cell(seen_cap * sizeof *seen);
    bool first = true;
    for (JSValue o = obj; js_is_object(o); o = js_get_prototype(o), first = false) {
        uint32_t cnt;
        JSAtom *own = js_own_property_keys(o, JS_GPN_STRINGS, &cnt);
        if (!own) return JS_EXCEPTION;
        bool proto_empty = cnt == 0;
        if (proto_empty) continue;
        for (uint32_t i = 0; i < cnt; i++) {
            JSAtom k = own[i];
            bool dup = false;
            if (!first) {
                for (uint32_t j = 0; j < seen_n; j++) if (seen[j] == k) { dup = true; break; }
            }
            if (dup) continue;
            if (seen_n == seen_cap) {
                JSAtom *ns = rt_alloc_cell(seen_cap * 2 * sizeof *ns);
                memcpy(ns, seen, seen_n * sizeof *ns);
                seen = ns; seen_cap *= 2;
            }
            seen[seen_n++] = k;
            JSPropertyDescriptor d;
            int r = js_get_own_property(o, k, &d);
            if (r < 0) return JS_EXCEPTION;
            if (!r || !(d.flags & JS_PROP_ENUMERABLE)) continue;
            if (n == cap) {
                JSAtom *nk = rt_alloc_cell(cap * 2 * sizeof *nk);
                memcpy(nk, keys, n * sizeof *nk);
                keys = nk; cap *= 2;
            }
            keys[n++] = k;
        }
    }
    it->keys = keys;
    it->count = n;
    return js_mk_cell(it);
}

JSValue rt_for_in_next(JSValue itv)
{
    JSForInIter *it = js_cell_ptr(itv);
    while (it->pos < it->count) {
        JSAtom k = it->keys[it->pos++];
        /* a key deleted during the loop is skipped */
        JSShape *sh = js_obj(it->obj)->h.shape;
        if (sh == it->shape && !(sh->h.flags & JS_SHAPE_DICT) && !js_is_array(it->obj)) return k;
        int r = js_has_property(it->obj, k);
        if (r < 0) return JS_EXCEPTION;
        if (r) return k;
    }
    return JS_EMPTY;
}

/* ---- arguments ----------------------------------------------------------------- */

JSValue rt_new_mapped_arguments(int32_t argc, const JSValue *argv, JSEnv *env, int32_t nparams,
                                const int32_t *slots, JSValue callee)
{
    int32_t n = argc < nparams ? argc : nparams;
    JSValue v = js_new_object_kind(JS_CELL_ARGUMENTS, js_realm.object_proto,
                                   sizeof(JSMappedArgs) + sizeof(int32_t) * (size_t)(n > 0 ? n : 0));
    JSMappedArgs *a = (JSMappedArgs *)js_obj(v);
    for (int32_t i = 0; i < argc; i++)
        js_object_add_property(&a->o, js_atom_from_uint32((uint32_t)i), argv[i], JS_PROP_C_W_E);
    js_object_add_property(&a->o, JS_ATOM(length), js_mk_int32(argc), JS_PROP_C_W);
    if (js_realm.array_proto_values != JS_EMPTY)
        js_object_add_property(&a->o, JS_SYM(iterator), js_realm.array_proto_values, JS_PROP_C_W);
    js_object_add_property(&a->o, JS_ATOM(callee), callee, JS_PROP_C_W);
    a->env = env;
    a->n = n;
    for (int32_t i = 0; i < n; i++) a->map[i] = slots[i];
    a->o.h.flags |= JS_ARGS_MAPPED;
    return v;
}

void js_mapped_args_refresh(JSMappedArgs *a)
{
    for (int32_t i = 0; i < a->n; i++) {
        if (a->map[i] < 0) continue;
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(&a->o, js_atom_from_uint32((uint32_t)i), &slot);
        if (!p || (p->attrs & JS_PROP_ACCESSOR)) { a->map[i] = -1; continue; }
        *slot = a->env->vars[a->map[i]];
    }
}

void js_mapped_args_write_back(JSMappedArgs *a)
{
    for (int32_t i = 0; i < a->n; i++) {
        if (a->map[i] < 0) continue;
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(&a->o, js_atom_from_uint32((uint32_t)i), &slot);
        if (!p || (p->attrs & JS_PROP_ACCESSOR)) { a->map[i] = -1; continue; }
        a->env->vars[a->map[i]] = *slot;
        if (!(p->attrs & JS_PROP_WRITABLE)) a->map[i] = -1;
    }
}

JSValue rt_new_arguments(int32_t argc, const JSValue *argv)
{
    JSValue a = js_new_object_kind(JS_CELL_ARGUMENTS, js_realm.object_proto, sizeof(JSObject));
    for (int32_t i = 0; i < argc; i++)
        js_object_add_property(js_obj(a), js_atom_from_uint32((uint32_t)i), argv[i], JS_PROP_C_W_E);
    js_object_add_property(js_obj(a), JS_ATOM(length), js_mk_int32(argc), JS_PROP_C_W);
    if (js_realm.array_proto_values != JS_EMPTY)
        js_object_add_property(js_obj(a), JS_SYM(iterator), js_realm.array_proto_values, JS_PROP_C_W);
    /* CreateUnmappedArgumentsObject: callee is %ThrowTypeError% both ways */
    if (js_is_function(js_realm.throw_type_error))
        js_define_property_getset(a, JS_ATOM(callee), js_realm.throw_type_error, js_realm.throw_type_error, 0);
    return a;
}
