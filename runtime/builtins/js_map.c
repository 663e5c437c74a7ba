/*
 * js_map.c — Map, Set, WeakMap and WeakSet (§24.1–24.4) and their
 * iterators.
 *
 * Storage: a hash table of chained buckets over entry nodes that also form
 * a doubly linked list in insertion order, starting at a sentinel node that
 * is never deleted. Keys compare with SameValueZero (-0 is stored as +0;
 * int32 and double forms of one number hash alike; strings by content).
 *
 * Iteration must survive mutation (§24.1.3.5): entries added during a walk
 * are visited, deleted ones are not. An iterator holds the last node it
 * returned. Deleting a node unlinks it from its bucket and from the order
 * list but leaves the node's own `next` pointing forward, so an iterator
 * parked on it still advances to the right successor; a deleted node that
 * is the list's tail stays linked until the next append, so that append is
 * reachable from it too. Nodes are collector memory: nothing is freed while
 * an iterator can still reach it.
 *
 * WeakMap and WeakSet share the structure and hold their keys strongly (the
 * collector is conservative, so true ephemerons are out of reach); only
 * memory use, never behaviour, can tell the difference.
 */
#include "builtins.h"
#include "js_collections.h"
#include "internal.h"

#include <math.h>

typedef struct MapNode {
    JSValue key, value;
    struct MapNode *next, *prev;  /* insertion order */
    struct MapNode *hnext;        /* bucket chain */
    uint32_t hash;
    bool deleted;
} MapNode;

typedef struct JSMapObject {
    JSObject o;
    MapNode *head;       /* sentinel */
    MapNode *tail;       /* last node in the list (may be a deleted one) */
    MapNode **buckets;   /* GC memory */
    uint32_t nbuckets;   /* power of two */
    uint32_t size;       /* live entries */
} JSMapObject;

typedef struct JSMapIterator {
    JSObject o;
    JSValue map;         /* JS_UNDEFINED once exhausted */
    MapNode *cur;        /* last node returned (initially the sentinel) */
    uint32_t kind;       /* 0 keys, 1 values, 2 entries */
} JSMapIterator;

bool js_is_map_like(JSValue v)
{
    if (!js_is_cell(v))
        return false;
    JSCellKind k = js_cell_kind(v);
    return k == JS_CELL_MAP || k == JS_CELL_SET || k == JS_CELL_WEAKMAP || k == JS_CELL_WEAKSET;
}

/* ---- hashing ------------------------------------------------------------- */

static JSValue normalize_key(JSValue k)
{
    if (js_is_double(k)) {
        double d = js_get_double(k);
        if (d == 0)
            return js_mk_int32(0); /* -0 → +0 */
        return js_mk_number(d);    /* integral doubles → int32 form */
    }
    return k;
}

static uint32_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= UINT64_C(0xff51afd7ed558ccd);
    x ^= x >> 33;
    x *= UINT64_C(0xc4ceb9fe1a85ec53);
    x ^= x >> 33;
    return (uint32_t)x;
}

static uint32_t hash_key(JSValue k)
{
    if (js_is_string(k))
        return js_string_hash(k);
    if (js_is_bigint(k))
        return js_bigint_hash(k);
    return mix64(k);
}

static bool keys_equal(JSValue a, JSValue b)
{
    if (a == b)
        return true;
    if (js_is_string(a) && js_is_string(b))
        return js_string_equals(a, b);
    if (js_is_double(a) && js_is_double(b))
        return isnan(js_get_double(a)) && isnan(js_get_double(b));
    if (js_is_bigint(a) && js_is_bigint(b))
        return js_bigint_equals(a, b);
    return false;
}

/* ---- the table ----------------------------------------------------------- */

static void map_init(JSMapObject *m)
{
    m->head = rt_alloc_cell(sizeof(MapNode));
    m->head->key = m->head->value = JS_UNDEFINED;
    m->tail = m->head;
    m->nbuckets = 8;
    m->buckets = rt_alloc_cell(sizeof(MapNode *) * m->nbuckets);
    m->size = 0;
}

static JSMapObject *map_of(JSValue v)
{
    return (JSMapObject *)js_cell_ptr(v);
}

static MapNode *map_find(JSMapObject *m, JSValue key, uint32_t h)
{
    for (MapNode *n = m->buckets[h & (m->nbuckets - 1)]; n; n = n->hnext)
        if (n->hash == h && keys_equal(n->key, key))
            return n;
    return NULL;
}

static void map_grow(JSMapObject *m)
{
    uint32_t nb = m->nbuckets * 2;
    MapNode **b = rt_alloc_cell(sizeof(MapNode *) * nb);
    for (MapNode *n = m->head->next; n; n = n->next) {
        if (n->deleted)
            continue;
        uint32_t i = n->hash & (nb - 1);
        n->hnext = b[i];
        b[i] = n;
    }
    m->buckets = b;
    m->nbuckets = nb;
}

static void map_set(JSMapObject *m, JSValue key, JSValue value)
{
    key = normalize_key(key);
    uint32_t h = hash_key(key);
    MapNode *n = map_find(m, key, h);
    if (n) {
        n->value = value;
        return;
    }
    n = rt_alloc_cell(sizeof(MapNode));
    n->key = key;
    n->value = value;
    n->hash = h;
    /* append after the tail; a deleted tail is unlinked now */
    MapNode *t = m->tail;
    t->next = n;
    n->prev = t;
    if (t->deleted) {
        t->prev->next = n;
        n->prev = t->prev;
    }
    m->tail = n;
    uint32_t i = h & (m->nbuckets - 1);
    n->hnext = m->buckets[i];
    m->buckets[i] = n;
    m->size++;
    if (m->size > m->nbuckets)
        map_grow(m);
}

static MapNode *map_get_node(JSMapObject *m, JSValue key)
{
    key = normalize_key(key);
    return map_find(m, key, hash_key(key));
}

static bool map_delete(JSMapObject *m, JSValue key)
{
    key = normalize_key(key);
    uint32_t h = hash_key(key);
    MapNode **pp = &m->buckets[h & (m->nbuckets - 1)];
    for (MapNode *n = *pp; n; pp = &n->hnext, n = n->hnext) {
        if (n->hash != h || !keys_equal(n->key, key))
            continue;
        *pp = n->hnext;
        n->deleted = true;
        n->value = JS_UNDEFINED;
        m->size--;
        if (n != m->tail) {
            /* unlink from the order list; n->next stays for iterators */
            n->prev->next = n->next;
            n->next->prev = n->prev;
        }
        return true;
    }
    return false;
}

static void map_clear(JSMapObject *m)
{
    for (MapNode *n = m->head->next; n; n = n->next)
        if (!n->deleted)
            map_delete(m, n->key);
}

/* The live node after `cur` in insertion order, or NULL. */
static MapNode *map_next(MapNode *cur)
{
    MapNode *n = cur->next;
    while (n && n->deleted)
        n = n->next;
    return n;
}

uint32_t js_map_size(JSValue v)
{
    return map_of(v)->size;
}

int js_map_foreach(JSValue v, JSMapVisitor fn, void *opaque)
{
    JSMapObject *m = map_of(v);
    bool is_set = js_cell_kind(v) == JS_CELL_SET || js_cell_kind(v) == JS_CELL_WEAKSET;
    for (MapNode *n = map_next(m->head); n; n = map_next(n)) {
        int r = fn(n->key, is_set ? n->key : n->value, opaque);
        if (r)
            return r;
    }
    return 0;
}

/* ---- receivers ----------------------------------------------------------- */

static const char *kind_name(JSCellKind k)
{
    switch (k) {
    case JS_CELL_MAP: return "Map";
    case JS_CELL_SET: return "Set";
    case JS_CELL_WEAKMAP: return "WeakMap";
    default: return "WeakSet";
    }
}

static JSMapObject *this_map(JSValue this_val, JSCellKind kind, const char *method)
{
    if (js_is_cell(this_val) && js_cell_kind(this_val) == kind)
        return map_of(this_val);
    js_throw_type_error("Method %s.prototype.%s called on incompatible receiver %s",
                        kind_name(kind), method, js_value_to_message_text(this_val));
    return NULL;
}

static bool can_be_held_weakly(JSValue v)
{
    if (js_is_object(v))
        return true;
    return js_is_symbol(v) && !js_is_string(((JSSymbol *)js_cell_ptr(v))->registry_key);
}

/* ---- constructors -------------------------------------------------------- */

static JSValue close_and_rethrow(JSValue it)
{
    JSValue exc = rt_take_exception();
    js_iterator_close(it);
    if (js_has_exception())
        rt_take_exception();
    return js_throw(exc);
}

/* Map.prototype.set, Set.prototype.add, ... as installed (static: the
 * collector scans them). */
static JSValue builtin_adders[JS_CELL_KIND_COUNT];

static JSValue construct(JSValue new_target, int32_t argc, const JSValue *argv, JSCellKind kind,
                         JSValue proto)
{
    if (js_is_undefined(new_target))
        return js_throw_type_error("Constructor %s requires 'new'", kind_name(kind));
    JSValue obj = js_create_from_ctor(new_target, proto, kind, sizeof(JSMapObject));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSMapObject *m = map_of(obj);
    map_init(m);
    JSValue iterable = js_arg(argc, argv, 0);
    if (js_is_nullish(iterable))
        return obj;
    bool pairs = kind == JS_CELL_MAP || kind == JS_CELL_WEAKMAP;
    /* The adder is looked up once, before iterating, and called for each
     * entry unless it is still the builtin (a subclass may override it). */
    const char *adder_name = pairs ? "set" : "add";
    JSValue adder = js_get_property_str(obj, adder_name);
    if (adder == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_callable(adder))
        return js_throw_type_error("'%s' returned for property '%s' of object '%s' is not a function",
                                   js_value_to_message_text(adder), adder_name, js_object_tag_text(obj));
    bool builtin_adder = adder == builtin_adders[kind];
    JSValue it = js_get_iterator(iterable);
    if (it == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (;;) {
        JSValue v = js_iterator_step(it);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (v == JS_EMPTY)
            break;
        JSValue key = v, value = v;
        if (pairs) {
            if (!js_is_object(v)) {
                js_throw_type_error("Iterator value %s is not an entry object",
                                    js_value_to_message_text(v));
                return close_and_rethrow(it);
            }
            key = js_get_index(v, 0);
            if (key == JS_EXCEPTION)
                return close_and_rethrow(it);
            value = js_get_index(v, 1);
            if (value == JS_EXCEPTION)
                return close_and_rethrow(it);
        }
        if (!builtin_adder) {
            JSValue args[2] = {key, value};
            if (js_call(adder, obj, pairs ? 2 : 1, args) == JS_EXCEPTION)
                return close_and_rethrow(it);
            continue;
        }
        if ((kind == JS_CELL_WEAKMAP || kind == JS_CELL_WEAKSET) && !can_be_held_weakly(key)) {
            js_throw_type_error(kind == JS_CELL_WEAKMAP ? "Invalid value used as weak map key"
                                                        : "Invalid value used in weak set");
            return close_and_rethrow(it);
        }
        map_set(m, key, value);
    }
    return obj;
}

static JS_NATIVE(js_map_ctor) { return construct(new_target, argc, argv, JS_CELL_MAP, js_realm.map_proto); }
static JS_NATIVE(js_set_ctor) { return construct(new_target, argc, argv, JS_CELL_SET, js_realm.set_proto); }
static JS_NATIVE(js_weakmap_ctor) { return construct(new_target, argc, argv, JS_CELL_WEAKMAP, js_realm.weakmap_proto); }
static JS_NATIVE(js_weakset_ctor) { return construct(new_target, argc, argv, JS_CELL_WEAKSET, js_realm.weakset_proto); }

/* ---- shared methods (kind in the function's data) -------------------------- */

#define KIND_OF(callee) ((JSCellKind)js_get_int32((callee)->env->vars[0]))

static JS_NATIVE(js_coll_get)
{
    JSMapObject *m = this_map(this_val, KIND_OF(callee), "get");
    if (!m)
        return JS_EXCEPTION;
    MapNode *n = map_get_node(m, js_arg(argc, argv, 0));
    return n ? n->value : JS_UNDEFINED;
}

static JS_NATIVE(js_coll_has)
{
    JSMapObject *m = this_map(this_val, KIND_OF(callee), "has");
    if (!m)
        return JS_EXCEPTION;
    return js_mk_bool(map_get_node(m, js_arg(argc, argv, 0)) != NULL);
}

static JS_NATIVE(js_coll_set)
{
    JSCellKind kind = KIND_OF(callee);
    JSMapObject *m = this_map(this_val, kind, "set");
    if (!m)
        return JS_EXCEPTION;
    JSValue key = js_arg(argc, argv, 0);
    if (kind == JS_CELL_WEAKMAP && !can_be_held_weakly(key))
        return js_throw_type_error("Invalid value used as weak map key");
    map_set(m, key, js_arg(argc, argv, 1));
    return this_val;
}

static JS_NATIVE(js_coll_add)
{
    JSCellKind kind = KIND_OF(callee);
    JSMapObject *m = this_map(this_val, kind, "add");
    if (!m)
        return JS_EXCEPTION;
    JSValue key = js_arg(argc, argv, 0);
    if (kind == JS_CELL_WEAKSET && !can_be_held_weakly(key))
        return js_throw_type_error("Invalid value used in weak set");
    map_set(m, key, key);
    return this_val;
}

static JS_NATIVE(js_coll_delete)
{
    JSMapObject *m = this_map(this_val, KIND_OF(callee), "delete");
    if (!m)
        return JS_EXCEPTION;
    return js_mk_bool(map_delete(m, js_arg(argc, argv, 0)));
}

static JS_NATIVE(js_coll_clear)
{
    JSMapObject *m = this_map(this_val, KIND_OF(callee), "clear");
    if (!m)
        return JS_EXCEPTION;
    map_clear(m);
    return JS_UNDEFINED;
}

static JS_NATIVE(js_coll_size)
{
    JSMapObject *m = this_map(this_val, KIND_OF(callee), "size");
    if (!m)
        return JS_EXCEPTION;
    return js_mk_number(m->size);
}

static JS_NATIVE(js_coll_for_each)
{
    JSCellKind kind = KIND_OF(callee);
    JSMapObject *m = this_map(this_val, kind, "forEach");
    if (!m)
        return JS_EXCEPTION;
    JSValue cb = js_arg(argc, argv, 0), this_arg = js_arg(argc, argv, 1);
    if (!js_is_callable(cb))
        return js_throw_type_error("%s is not a function", js_value_to_message_text(cb));
    for (MapNode *n = map_next(m->head); n; n = map_next(n)) {
        JSValue v = kind == JS_CELL_SET ? n->key : n->value;
        if (js_call3(cb, this_arg, v, n->key, this_val) == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

/* ---- Set methods (ES2025: union, intersection, ...) -------------------------
 *
 * `other` is any set-like object, read through a Set Record (GetSetRecord):
 * its size, has and keys, fetched once. The receiver's own entries are
 * walked node by node, so a `has` that mutates the receiver sees the
 * spec's behaviour (deleted entries skipped, appended ones visited). */

typedef struct SetRecord {
    JSValue obj, has, keys;
    double size;
} SetRecord;

static int get_set_record(JSValue other, SetRecord *r)
{
    if (!js_is_object(other)) {
        js_throw_type_error("%s is not an object", js_value_to_message_text(other));
        return -1;
    }
    JSValue raw = js_get_property_str(other, "size");
    if (raw == JS_EXCEPTION)
        return -1;
    double num;
    if (js_to_number(raw, &num) < 0)
        return -1;
    if (num != num) {
        js_throw_type_error("The .size property is NaN");
        return -1;
    }
    double size;
    if (js_to_integer_or_infinity(js_mk_number(num), &size) < 0)
        return -1;
    if (size < 0) {
        js_throw_range_error("'%s' is an invalid size", js_value_to_message_text(raw));
        return -1;
    }
    JSValue has = js_get_property_str(other, "has");
    if (has == JS_EXCEPTION)
        return -1;
    if (!js_is_callable(has)) {
        js_throw_type_error("The .has property is not callable");
        return -1;
    }
    JSValue keys = js_get_property_str(other, "keys");
    if (keys == JS_EXCEPTION)
        return -1;
    if (!js_is_callable(keys)) {
        js_throw_type_error("The .keys property is not callable");
        return -1;
    }
    *r = (SetRecord){ other, has, keys, size };
    return 0;
}

/* other.has(v) as a boolean; -1 on throw. */
static int record_has(const SetRecord *r, JSValue v)
{
    JSValue b = js_call(r->has, r->obj, 1, &v);
    return b == JS_EXCEPTION ? -1 : js_to_boolean(b);
}

/* GetIteratorFromMethod(obj, keys) as a (iterator, next) pair. */
static int record_keys(const SetRecord *r, JSValue *it, JSValue *next)
{
    *it = js_call(r->keys, r->obj, 0, NULL);
    if (*it == JS_EXCEPTION)
        return -1;
    if (!js_is_object(*it)) {
        js_throw_type_error("%s is not an object", js_value_to_message_text(*it));
        return -1;
    }
    *next = js_get_property_str(*it, "next");
    return *next == JS_EXCEPTION ? -1 : 0;
}

/* IteratorStepValue: 1 with *v, 0 when done, -1 on throw. */
static int record_step(JSValue it, JSValue next, JSValue *v)
{
    *v = js_iterator_step_next(it, next);
    return *v == JS_EXCEPTION ? -1 : *v != JS_EMPTY;
}

static JSValue new_set_copy(JSMapObject *from)
{
    JSValue out = js_new_object_kind(JS_CELL_SET, js_realm.set_proto, sizeof(JSMapObject));
    JSMapObject *m = map_of(out);
    map_init(m);
    if (from)
        for (MapNode *n = map_next(from->head); n; n = map_next(n))
            map_set(m, n->key, n->key);
    return out;
}

enum { SET_UNION, SET_INTERSECTION, SET_DIFFERENCE, SET_SYMMETRIC_DIFFERENCE,
       SET_IS_SUBSET, SET_IS_SUPERSET, SET_IS_DISJOINT };

static JSValue set_method(JSValue this_val, JSValue other, int op, const char *name)
{
    JSMapObject *m = this_map(this_val, JS_CELL_SET, name);
    if (!m)
        return JS_EXCEPTION;
    SetRecord r;
    if (get_set_record(other, &r) < 0)
        return JS_EXCEPTION;
    JSValue it, next, v;
    int step, h;
    switch (op) {
    case SET_UNION:
    case SET_SYMMETRIC_DIFFERENCE: {
        JSValue out = new_set_copy(m);
        if (record_keys(&r, &it, &next) < 0)
            return JS_EXCEPTION;
        while ((step = record_step(it, next, &v)) > 0) {
            if (op == SET_UNION)
                map_set(map_of(out), v, normalize_key(v));
            else if (map_get_node(m, v))
                map_delete(map_of(out), v);
            else
                map_set(map_of(out), v, normalize_key(v));
        }
        return step < 0 ? JS_EXCEPTION : out;
    }
    case SET_INTERSECTION: {
        JSValue out = new_set_copy(NULL);
        if ((double)m->size <= r.size) {
            for (MapNode *n = map_next(m->head); n; n = map_next(n)) {
                JSValue e = n->key;
                if ((h = record_has(&r, e)) < 0)
                    return JS_EXCEPTION;
                if (h)
                    map_set(map_of(out), e, e);
            }
            return out;
        }
        if (record_keys(&r, &it, &next) < 0)
            return JS_EXCEPTION;
        while ((step = record_step(it, next, &v)) > 0)
            if (map_get_node(m, v))
                map_set(map_of(out), v, normalize_key(v));
        return step < 0 ? JS_EXCEPTION : out;
    }
    case SET_DIFFERENCE: {
        JSValue out = new_set_copy(m);
        if ((double)m->size <= r.size) {
            for (MapNode *n = map_next(m->head); n; n = map_next(n)) {
                if ((h = record_has(&r, n->key)) < 0)
                    return JS_EXCEPTION;
                if (h)
                    map_delete(map_of(out), n->key);
            }
            return out;
        }
        if (record_keys(&r, &it, &next) < 0)
            return JS_EXCEPTION;
        while ((step = record_step(it, next, &v)) > 0)
            map_delete(map_of(out), v);
        return step < 0 ? JS_EXCEPTION : out;
    }
    case SET_IS_SUBSET:
        if ((double)m->size > r.size)
            return JS_FALSE;
        for (MapNode *n = map_next(m->head); n; n = map_next(n)) {
            if ((h = record_has(&r, n->key)) < 0)
                return JS_EXCEPTION;
            if (!h)
                return JS_FALSE;
        }
        return JS_TRUE;
    case SET_IS_SUPERSET:
        if ((double)m->size < r.size)
            return JS_FALSE;
        if (record_keys(&r, &it, &next) < 0)
            return JS_EXCEPTION;
        while ((step = record_step(it, next, &v)) > 0)
            if (!map_get_node(m, v))
                return js_iterator_close_normal(it) < 0 ? JS_EXCEPTION : JS_FALSE;
        return step < 0 ? JS_EXCEPTION : JS_TRUE;
    default: /* SET_IS_DISJOINT */
        if ((double)m->size <= r.size) {
            for (MapNode *n = map_next(m->head); n; n = map_next(n)) {
                if ((h = record_has(&r, n->key)) < 0)
                    return JS_EXCEPTION;
                if (h)
                    return JS_FALSE;
            }
            return JS_TRUE;
        }
        if (record_keys(&r, &it, &next) < 0)
            return JS_EXCEPTION;
        while ((step = record_step(it, next, &v)) > 0)
            if (map_get_node(m, v))
                return js_iterator_close_normal(it) < 0 ? JS_EXCEPTION : JS_FALSE;
        return step < 0 ? JS_EXCEPTION : JS_TRUE;
    }
}

#define SET_METHOD(fn, op, name) \
    static JS_NATIVE(fn) { (void)callee; (void)new_target; return set_method(this_val, js_arg(argc, argv, 0), op, name); }
SET_METHOD(js_set_union, SET_UNION, "union")
SET_METHOD(js_set_intersection, SET_INTERSECTION, "intersection")
SET_METHOD(js_set_difference, SET_DIFFERENCE, "difference")
SET_METHOD(js_set_symmetric_difference, SET_SYMMETRIC_DIFFERENCE, "symmetricDifference")
SET_METHOD(js_set_is_subset_of, SET_IS_SUBSET, "isSubsetOf")
SET_METHOD(js_set_is_superset_of, SET_IS_SUPERSET, "isSupersetOf")
SET_METHOD(js_set_is_disjoint_from, SET_IS_DISJOINT, "isDisjointFrom")

/* ---- iterators ------------------------------------------------------------- */

static JSValue make_iterator(JSValue this_val, JSCellKind kind, int iter_kind, const char *method)
{
    JSMapObject *m = this_map(this_val, kind, method);
    if (!m)
        return JS_EXCEPTION;
    bool is_map = kind == JS_CELL_MAP;
    JSValue it = js_new_object_kind(is_map ? JS_CELL_MAP_ITERATOR : JS_CELL_SET_ITERATOR,
                                    is_map ? js_realm.map_iterator_proto : js_realm.set_iterator_proto,
                                    sizeof(JSMapIterator));
    JSMapIterator *mi = js_cell_ptr(it);
    mi->map = this_val;
    mi->cur = m->head;
    mi->kind = (uint32_t)iter_kind;
    return it;
}

static JS_NATIVE(js_map_keys) { return make_iterator(this_val, JS_CELL_MAP, 0, "keys"); }
static JS_NATIVE(js_map_values) { return make_iterator(this_val, JS_CELL_MAP, 1, "values"); }
static JS_NATIVE(js_map_entries) { return make_iterator(this_val, JS_CELL_MAP, 2, "entries"); }
static JS_NATIVE(js_set_values) { return make_iterator(this_val, JS_CELL_SET, 1, "values"); }
static JS_NATIVE(js_set_entries) { return make_iterator(this_val, JS_CELL_SET, 2, "entries"); }

static JSValue iterator_next(JSValue this_val, JSCellKind kind)
{
    if (!js_is_cell(this_val) || js_cell_kind(this_val) != kind)
        return js_throw_type_error("next method called on incompatible %s",
                                   js_value_to_message_text(this_val));
    JSMapIterator *mi = js_cell_ptr(this_val);
    if (js_is_undefined(mi->map))
        return js_create_iter_result(JS_UNDEFINED, true);
    MapNode *n = map_next(mi->cur);
    if (!n) {
        mi->map = JS_UNDEFINED;
        mi->cur = NULL;
        return js_create_iter_result(JS_UNDEFINED, true);
    }
    mi->cur = n;
    bool is_set = kind == JS_CELL_SET_ITERATOR;
    JSValue value = is_set ? n->key : n->value;
    switch (mi->kind) {
    case 0:
        return js_create_iter_result(n->key, false);
    case 1:
        return js_create_iter_result(value, false);
    default: {
        JSValue pair[2] = { n->key, value };
        return js_create_iter_result(js_new_array_from(2, pair), false);
    }
    }
}

static JS_NATIVE(js_map_iterator_next) { return iterator_next(this_val, JS_CELL_MAP_ITERATOR); }
static JS_NATIVE(js_set_iterator_next) { return iterator_next(this_val, JS_CELL_SET_ITERATOR); }

/* Map.groupBy(items, callback) */
static JS_NATIVE(js_map_group_by)
{
    JSValue items = js_arg(argc, argv, 0), cb = js_arg(argc, argv, 1);
    if (js_is_nullish(items))
        return js_throw_type_error("%s is not iterable", js_value_to_message_text(items));
    if (!js_is_callable(cb))
        return js_throw_type_error("%s is not a function", js_value_to_message_text(cb));
    JSValue map = js_new_object_kind(JS_CELL_MAP, js_realm.map_proto, sizeof(JSMapObject));
    JSMapObject *m = map_of(map);
    map_init(m);
    JSValue it = js_get_iterator(items);
    if (it == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (int32_t k = 0;; k++) {
        JSValue v = js_iterator_step(it);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (v == JS_EMPTY)
            break;
        JSValue key = js_call3(cb, JS_UNDEFINED, v, js_mk_int32(k), JS_UNDEFINED);
        if (key == JS_EXCEPTION)
            return close_and_rethrow(it);
        MapNode *n = map_get_node(m, key);
        JSValue group;
        if (n) {
            group = n->value;
        } else {
            group = js_new_array(0);
            map_set(m, key, group);
        }
        js_array_push(group, v);
    }
    return map;
}

static JS_NATIVE(js_species_getter)
{
    return this_val;
}

/* ---- installation ------------------------------------------------------------ */

typedef struct MethodDef {
    const char *name;
    JSCode fn;
    int length;
} MethodDef;

static void install_methods(JSValue proto, JSCellKind kind, const MethodDef *defs, size_t n)
{
    JSValue data = js_mk_int32((int32_t)kind);
    for (size_t i = 0; i < n; i++) {
        JSValue f = js_new_native_function_data(defs[i].name, defs[i].fn, defs[i].length, 1, &data);
        js_define_property_value_str(proto, defs[i].name, f, JS_PROP_C_W);
    }
}

static void install_size(JSValue proto, JSCellKind kind)
{
    JSValue data = js_mk_int32((int32_t)kind);
    JSValue g = js_new_native_function_data("get size", js_coll_size, 0, 1, &data);
    js_define_property_getset(proto, js_atom_from_cstr("size"), g, JS_UNDEFINED, JS_PROP_CONFIGURABLE);
}

static void install_tag(JSValue obj, const char *tag)
{
    js_define_property_value(obj, JS_SYM(toStringTag), js_str_c(tag), JS_PROP_CONFIGURABLE);
}

static void install_species(JSValue ctor)
{
    JSValue g = js_new_native_function("get [Symbol.species]", js_species_getter, 0);
    js_define_property_getset(ctor, JS_SYM(species), g, JS_UNDEFINED, JS_PROP_CONFIGURABLE);
}

static JSValue make_proto(JSValue *slot)
{
    if (!js_is_object(*slot))
        *slot = js_new_object_proto(js_realm.object_proto);
    return *slot;
}

void js_init_collections(JSValue global)
{
    /* Map */
    JSValue proto = make_proto(&js_realm.map_proto);
    JSValue ctor = js_new_native_constructor("Map", js_map_ctor, 0, proto);
    static const MethodDef map_methods[] = {
        { "get", js_coll_get, 1 }, { "set", js_coll_set, 2 }, { "has", js_coll_has, 1 },
        { "delete", js_coll_delete, 1 }, { "clear", js_coll_clear, 0 },
        { "entries", js_map_entries, 0 }, { "forEach", js_coll_for_each, 1 },
        { "keys", js_map_keys, 0 }, { "values", js_map_values, 0 },
    };
    install_methods(proto, JS_CELL_MAP, map_methods, JS_COUNTOF(map_methods));
    builtin_adders[JS_CELL_MAP] = js_get_property_str(proto, "set");
    install_size(proto, JS_CELL_MAP);
    js_define_property_value(proto, JS_SYM(iterator), js_get_property_str(proto, "entries"), JS_PROP_C_W);
    install_tag(proto, "Map");
    js_define_property_value_str(ctor, "groupBy", js_new_native_function("groupBy", js_map_group_by, 2),
                                 JS_PROP_C_W);
    install_species(ctor);
    js_define_global(global, "Map", ctor);

    JSValue mip = make_proto(&js_realm.map_iterator_proto);
    js_define_property_value_str(mip, "next", js_new_native_function("next", js_map_iterator_next, 0),
                                 JS_PROP_C_W);
    install_tag(mip, "Map Iterator");

    /* Set */
    proto = make_proto(&js_realm.set_proto);
    ctor = js_new_native_constructor("Set", js_set_ctor, 0, proto);
    static const MethodDef set_methods[] = {
        { "has", js_coll_has, 1 }, { "add", js_coll_add, 1 }, { "delete", js_coll_delete, 1 },
        { "clear", js_coll_clear, 0 }, { "entries", js_set_entries, 0 },
        { "forEach", js_coll_for_each, 1 },
        { "union", js_set_union, 1 }, { "intersection", js_set_intersection, 1 },
        { "difference", js_set_difference, 1 },
        { "symmetricDifference", js_set_symmetric_difference, 1 },
        { "isSubsetOf", js_set_is_subset_of, 1 }, { "isSupersetOf", js_set_is_superset_of, 1 },
        { "isDisjointFrom", js_set_is_disjoint_from, 1 },
    };
    install_methods(proto, JS_CELL_SET, set_methods, JS_COUNTOF(set_methods));
    builtin_adders[JS_CELL_SET] = js_get_property_str(proto, "add");
    install_size(proto, JS_CELL_SET);
    JSValue values = js_new_native_function("values", js_set_values, 0);
    js_define_property_value_str(proto, "values", values, JS_PROP_C_W);
    js_define_property_value_str(proto, "keys", values, JS_PROP_C_W);
    js_define_property_value(proto, JS_SYM(iterator), values, JS_PROP_C_W);
    install_tag(proto, "Set");
    install_species(ctor);
    js_define_global(global, "Set", ctor);

    JSValue sip = make_proto(&js_realm.set_iterator_proto);
    js_define_property_value_str(sip, "next", js_new_native_function("next", js_set_iterator_next, 0),
                                 JS_PROP_C_W);
    install_tag(sip, "Set Iterator");

    /* WeakMap */
    proto = make_proto(&js_realm.weakmap_proto);
    ctor = js_new_native_constructor("WeakMap", js_weakmap_ctor, 0, proto);
    static const MethodDef weakmap_methods[] = {
        { "delete", js_coll_delete, 1 }, { "get", js_coll_get, 1 },
        { "set", js_coll_set, 2 }, { "has", js_coll_has, 1 },
    };
    install_methods(proto, JS_CELL_WEAKMAP, weakmap_methods, JS_COUNTOF(weakmap_methods));
    builtin_adders[JS_CELL_WEAKMAP] = js_get_property_str(proto, "set");
    install_tag(proto, "WeakMap");
    js_define_global(global, "WeakMap", ctor);

    /* WeakSet */
    proto = make_proto(&js_realm.weakset_proto);
    ctor = js_new_native_constructor("WeakSet", js_weakset_ctor, 0, proto);
    static const MethodDef weakset_methods[] = {
        { "delete", js_coll_delete, 1 }, { "has", js_coll_has, 1 }, { "add", js_coll_add, 1 },
    };
    install_methods(proto, JS_CELL_WEAKSET, weakset_methods, JS_COUNTOF(weakset_methods));
    builtin_adders[JS_CELL_WEAKSET] = js_get_property_str(proto, "add");
    install_tag(proto, "WeakSet");
    js_define_global(global, "WeakSet", ctor);
}
