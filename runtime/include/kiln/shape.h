/*
 * shape.h — hidden classes (shapes), the runtime's object layout engine.
 *
 * A shape describes, for every object that has it: the [[Prototype]], where
 * inline slots start (inline_base, a byte offset into the object) and how
 * many there are (inline_cap), and the ordered list of own named properties
 * (key, attributes, slot number). Slot n < inline_cap lives inline at
 * obj + inline_base + 8n; slot n >= inline_cap lives in obj->slots[n -
 * inline_cap]. The capacity of obj->slots is a pure function of the number
 * of out-of-line slots (js_shape_ool_capacity), so it needs no field.
 *
 * Shapes form a transition tree. A root shape exists per (proto,
 * inline_base, inline_cap); adding property (key, attrs) to an object moves
 * it to the child shape for that pair, creating it on first use. Objects
 * built the same way therefore share shapes, which is what inline caches key
 * on. Property lists are append-only and shared between a shape and its
 * first child (JSPropTable.used tells whether the table can be extended in
 * place), so building an object of n properties costs O(n), not O(n^2).
 *
 * Dictionary mode: an object that deletes properties (other than the last
 * added), changes attributes, changes its prototype, or grows past
 * JS_SHAPE_MAX_TREE_PROPS properties gets a private, mutable shape
 * (JS_SHAPE_DICT). Dictionary shapes are never recorded by inline caches.
 *
 * Non-object cells (strings, symbols, environments...) carry a static shape
 * (kind-specific, flag JS_SHAPE_STATIC) that no cache ever records either.
 */
#ifndef KILN_SHAPE_H
#define KILN_SHAPE_H

#include "kiln/runtime.h"

#define JS_SHAPE_DICT    0x01    /* private to one object; mutable */
#define JS_SHAPE_STATIC  0x02    /* non-object cells */
#define JS_SHAPE_MAX_TREE_PROPS 64

typedef struct JSShapeProp {
    JSAtom key;          /* JS_EMPTY marks a deleted dictionary entry */
    uint32_t attrs;      /* JS_PROP_* */
    uint32_t slot;
} JSShapeProp;

typedef struct JSPropTable {
    JSCellHeader h;      /* kind JS_CELL_INTERNAL */
    uint32_t used, cap;
    JSShapeProp props[];
} JSPropTable;

typedef struct JSShapeTransitions JSShapeTransitions;

struct JSShape {
    JSCellHeader h;          /* kind JS_CELL_SHAPE; flags JS_SHAPE_* */
    JSValue proto;           /* object or JS_NULL */
    JSShape *parent;         /* transition parent; NULL for roots and dictionaries */
    JSPropTable *table;      /* props[0..count) */
    uint32_t count;          /* entries in table (dictionaries: incl. deleted) */
    uint32_t slot_count;     /* slots in use; the next property gets this slot */
    uint16_t inline_base;    /* byte offset of inline slot 0 */
    uint16_t inline_cap;     /* number of inline slots */
    uint32_t deleted;        /* dictionaries: deleted entries */
    uint32_t *index;         /* hash index into table (lazy, count > 8), GC atomic */
    uint32_t index_mask;
    uint32_t index_count;    /* entries the index covers */
    JSShape *child1;         /* first transition (most shapes have one) */
    JSShapeTransitions *more;/* the others */
};

extern JSShape js_static_shapes[JS_CELL_FIRST_OBJECT];
/* Monotonic counter bumped when a prototype object's structure changes;
 * prototype-chain IC entries are valid only within one epoch. */
extern uint64_t js_proto_epoch;

JSShape *js_shape_root(JSValue proto, uint16_t inline_base, uint16_t inline_cap);
/* Flags o as a prototype (JS_OBJ_IS_PROTOTYPE) and notes index keys on it. */
void js_mark_prototype(JSObject *o);
/* Index into shape->table->props of key, or -1. */
int32_t js_shape_find(JSShape *s, JSAtom key);
/* The child shape with (key, attrs) appended (tree shapes only). */
JSShape *js_shape_add(JSShape *s, JSAtom key, uint32_t attrs);
/* A private dictionary copy of s. */
JSShape *js_shape_to_dict(JSShape *s);
/* Dictionary shapes only: append/delete/change in place. */
void js_shape_dict_add(JSShape *s, JSAtom key, uint32_t attrs);
void js_shape_dict_delete(JSShape *s, int32_t idx);
static inline uint32_t js_shape_ool_count(const JSShape *s)
{
    return s->slot_count > s->inline_cap ? s->slot_count - s->inline_cap : 0;
}
/* Capacity of obj->slots for n out-of-line slots. */
static inline uint32_t js_shape_ool_capacity(uint32_t n)
{
    if (n == 0) return 0;
    uint32_t c = 4;
    while (c < n) c *= 2;
    return c;
}
static inline JSValue *js_object_slot(JSObject *o, const JSShape *s, uint32_t slot)
{
    if (slot < s->inline_cap)
        return (JSValue *)((char *)o + s->inline_base) + slot;
    return o->slots + (slot - s->inline_cap);
}
static inline JSShape *js_object_shape(JSValue obj) { return js_obj(obj)->h.shape; }

#endif /* KILN_SHAPE_H */
