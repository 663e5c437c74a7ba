/*
 * shape.c — the transition tree of hidden classes (see kiln/shape.h for the
 * model). This file owns shape creation, lookup and dictionary conversion;
 * object.c moves objects between shapes and their slot storage.
 *
 * Root shapes live in a small hash table keyed by (proto, inline_base,
 * inline_cap). Transitions hang off the parent: `child1` for the first
 * (by far the common case) and an open-addressed table for the rest.
 * Lookup of a key is a linear scan for small shapes and a lazily built hash
 * index (per shape, covering its `count` entries) for larger ones.
 */
#include <string.h>
#include "kiln/shape.h"

JSShape js_static_shapes[JS_CELL_FIRST_OBJECT];
uint64_t js_proto_epoch = 1;

struct JSShapeTransitions {
    uint32_t mask, count;
    JSShape *slots[];
};

typedef struct RootEntry { JSValue proto; uint32_t key; JSShape *shape; } RootEntry;
static RootEntry *roots;
static uint32_t roots_mask, roots_count;
static JSShape *null_proto_roots[8];

static uint32_t ptr_hash(uint64_t p)
{
    p ^= p >> 33;
    p *= UINT64_C(0xff51afd7ed558ccd);
    p ^= p >> 33;
    return (uint32_t)p;
}

static JSShape *new_shape(void)
{
    JSShape *s = rt_alloc_cell(sizeof *s);
    s->h.kind = JS_CELL_SHAPE;
    return s;
}

static JSPropTable *new_table(uint32_t cap)
{
    JSPropTable *t = rt_alloc_cell(sizeof *t + cap * sizeof(JSShapeProp));
    t->h.kind = JS_CELL_INTERNAL;
    t->cap = cap;
    return t;
}

static void roots_insert(RootEntry e)
{
    uint32_t i = (ptr_hash(e.proto) ^ e.key) & roots_mask;
    while (roots[i].shape) i = (i + 1) & roots_mask;
    roots[i] = e;
}

/* A direct-mapped cache in front of the root table: `new F()` and
 * Object.create look their root up on every allocation. */
static struct { JSValue proto; uint32_t key; JSShape *shape; } root_cache[256];

static JSShape *js_shape_root_slow(JSValue proto, uint16_t inline_base, uint16_t inline_cap);

JSShape *js_shape_root(JSValue proto, uint16_t inline_base, uint16_t inline_cap)
{
    uint32_t key = ((uint32_t)inline_base << 16) | inline_cap;
    uint32_t h = (ptr_hash(proto) ^ key) & 255;
    if (root_cache[h].shape && root_cache[h].proto == proto && root_cache[h].key == key)
        return root_cache[h].shape;
    JSShape *s = js_shape_root_slow(proto, inline_base, inline_cap);
    root_cache[h].proto = proto;
    root_cache[h].key = key;
    root_cache[h].shape = s;
    return s;
}

static JSShape *js_shape_root_slow(JSValue proto, uint16_t inline_base, uint16_t inline_cap)
{
    uint32_t key = ((uint32_t)inline_base << 16) | inline_cap;
    if (proto == JS_NULL && inline_cap < 8 && inline_base == 24 && null_proto_roots[inline_cap])
        return null_proto_roots[inline_cap];
    if (roots) {
        uint32_t i = (ptr_hash(proto) ^ key) & roots_mask;
        while (roots[i].shape) {
            if (roots[i].proto == proto && roots[i].key == key) return roots[i].shape;
            i = (i + 1) & roots_mask;
        }
    }
    JSShape *s = new_shape();
    s->proto = proto;
    s->inline_base = inline_base;
    s->inline_cap = inline_cap;
    s->table = new_table(4);
    if (js_is_object(proto)) js_mark_prototype(js_obj(proto));
    if (proto == JS_NULL && inline_cap < 8 && inline_base == 24) {
        null_proto_roots[inline_cap] = s;
        return s;
    }
    if (!roots || (roots_count + 1) * 2 > roots_mask + 1) {
        RootEntry *old = roots;
        uint32_t oldcap = roots ? roots_mask + 1 : 0;
        uint32_t cap = oldcap ? oldcap * 2 : 256;
        roots = rt_alloc_cell(cap * sizeof *roots);
        roots_mask = cap - 1;
        for (uint32_t i = 0; i < oldcap; i++)
            if (old[i].shape) roots_insert(old[i]);
    }
    roots_insert((RootEntry){ proto, key, s });
    roots_count++;
    return s;
}

/* ---- lookup -------------------------------------------------------------- */

static uint32_t key_hash(JSAtom k)
{
    return ptr_hash(k);
}

static void build_index(JSShape *s)
{
    uint32_t cap = 16;
    while (cap < s->count * 2) cap *= 2;
    uint32_t *idx = rt_alloc_atomic(cap * sizeof *idx);
    memset(idx, 0xFF, cap * sizeof *idx);
    for (uint32_t i = 0; i < s->count; i++) {
        JSAtom k = s->table->props[i].key;
        if (k == JS_EMPTY) continue;
        uint32_t h = key_hash(k) & (cap - 1);
        while (idx[h] != UINT32_MAX) h = (h + 1) & (cap - 1);
        idx[h] = i;
    }
    s->index = idx;
    s->index_mask = cap - 1;
    s->index_count = s->count;
}

int32_t js_shape_find(JSShape *s, JSAtom key)
{
    uint32_t n = s->count;
    JSShapeProp *p = s->table->props;
    if (n <= 8) {
        for (uint32_t i = 0; i < n; i++)
            if (p[i].key == key) return (int32_t)i;
        return -1;
    }
    if (!s->index || s->index_count != s->count) build_index(s);
    uint32_t h = key_hash(key) & s->index_mask;
    for (;;) {
        uint32_t i = s->index[h];
        if (i == UINT32_MAX) return -1;
        if (p[i].key == key) return (int32_t)i;
        h = (h + 1) & s->index_mask;
    }
}

/* ---- transitions --------------------------------------------------------- */

static int child_matches(JSShape *c, JSAtom key, uint32_t attrs)
{
    JSShapeProp *p = &c->table->props[c->count - 1];
    return p->key == key && p->attrs == attrs;
}

static JSShape *find_transition(JSShape *s, JSAtom key, uint32_t attrs)
{
    if (s->child1 && child_matches(s->child1, key, attrs)) return s->child1;
    JSShapeTransitions *t = s->more;
    if (!t) return NULL;
    uint32_t h = (key_hash(key) ^ attrs) & t->mask;
    while (t->slots[h]) {
        if (child_matches(t->slots[h], key, attrs)) return t->slots[h];
        h = (h + 1) & t->mask;
    }
    return NULL;
}

static void add_transition(JSShape *s, JSShape *c, JSAtom key, uint32_t attrs)
{
    if (!s->child1) { s->child1 = c; return; }
    JSShapeTransitions *t = s->more;
    if (!t || (t->count + 1) * 2 > t->mask + 1) {
        uint32_t cap = t ? (t->mask + 1) * 2 : 8;
        JSShapeTransitions *n = rt_alloc_cell(sizeof *n + cap * sizeof(JSShape *));
        n->mask = cap - 1;
        if (t) {
            for (uint32_t i = 0; i <= t->mask; i++) {
                JSShape *x = t->slots[i];
                if (!x) continue;
                JSShapeProp *p = &x->table->props[x->count - 1];
                uint32_t h = (key_hash(p->key) ^ p->attrs) & n->mask;
                while (n->slots[h]) h = (h + 1) & n->mask;
                n->slots[h] = x;
            }
            n->count = t->count;
        }
        s->more = t = n;
    }
    uint32_t h = (key_hash(key) ^ attrs) & t->mask;
    while (t->slots[h]) h = (h + 1) & t->mask;
    t->slots[h] = c;
    t->count++;
}

JSShape *js_shape_add(JSShape *s, JSAtom key, uint32_t attrs)
{
    JSShape *c = find_transition(s, key, attrs);
    if (c) return c;
    c = new_shape();
    c->proto = s->proto;
    c->parent = s;
    c->inline_base = s->inline_base;
    c->inline_cap = s->inline_cap;
    c->count = s->count + 1;
    c->slot_count = s->slot_count + 1;
    JSPropTable *t = s->table;
    if (t->used == s->count && t->used < t->cap) {
        /* extend the shared table in place */
    } else {
        uint32_t cap = t->cap < 4 ? 4 : t->cap;
        while (cap < c->count) cap *= 2;
        if (t->used != s->count || cap == t->cap) cap = cap * 2;
        JSPropTable *n = new_table(cap);
        memcpy(n->props, t->props, s->count * sizeof(JSShapeProp));
        n->used = s->count;
        t = n;
    }
    t->props[s->count] = (JSShapeProp){ key, attrs, s->slot_count };
    t->used = c->count;
    c->table = t;
    add_transition(s, c, key, attrs);
    return c;
}

/* ---- dictionaries -------------------------------------------------------- */

JSShape *js_shape_to_dict(JSShape *s)
{
    JSShape *d = new_shape();
    d->h.flags = JS_SHAPE_DICT;
    d->proto = s->proto;
    d->inline_base = s->inline_base;
    d->inline_cap = s->inline_cap;
    uint32_t cap = 8;
    while (cap < s->count + 1) cap *= 2;
    d->table = new_table(cap);
    memcpy(d->table->props, s->table->props, s->count * sizeof(JSShapeProp));
    d->table->used = d->count = s->count;
    d->slot_count = s->slot_count;
    d->deleted = s->deleted;
    return d;
}

void js_shape_dict_add(JSShape *s, JSAtom key, uint32_t attrs)
{
    JSPropTable *t = s->table;
    if (s->count == t->cap) {
        JSPropTable *n = new_table(t->cap * 2);
        memcpy(n->props, t->props, s->count * sizeof(JSShapeProp));
        s->table = t = n;
    }
    t->props[s->count] = (JSShapeProp){ key, attrs, s->slot_count };
    s->count++;
    s->slot_count++;
    t->used = s->count;
    if (s->index && (s->count * 2 <= s->index_mask + 1)) {
        /* keep the index current instead of rebuilding */
        uint32_t h = key_hash(key) & s->index_mask;
        while (s->index[h] != UINT32_MAX) h = (h + 1) & s->index_mask;
        s->index[h] = s->count - 1;
        s->index_count = s->count;
    }
}

void js_shape_dict_delete(JSShape *s, int32_t idx)
{
    s->table->props[idx].key = JS_EMPTY;
    s->table->props[idx].attrs = 0;
    s->deleted++;
    /* the index keeps pointing at the emptied entry: a tombstone that no
     * key matches and that probing walks past */
}
