/*
 * internal.h — declarations shared between the files of the runtime core
 * (the .c files of runtime/) and not meant for builtins or node code.
 */
#ifndef KILN_RT_INTERNAL_H
#define KILN_RT_INTERNAL_H

#include "kiln/runtime.h"
#include "kiln/shape.h"

/* Inline slots of objects made by js_new_object / rt_new_object / new F. */
#define JS_PLAIN_INLINE_SLOTS 6

/* ic.c: bumped when a dictionary object loses a property or changes one's
 * attributes (global-object cache entries depend on it). */
extern uint64_t js_dict_epoch;
/* Set once any prototype object gets an array-index property: element
 * stores then take the full [[Set]] path (setters on prototypes). */
extern bool js_proto_has_index;

/* atom.c */
void js_atoms_init(void);

/* object.c: own lookup in an object's shape. Returns the prop (and slot
 * pointer) or NULL. Does not see exotic own properties (array elements,
 * array/string length, string object indices). */
static inline JSShapeProp *js_find_own_shaped(JSObject *o, JSAtom key, JSValue **slot)
{
    JSShape *s = o->h.shape;
    int32_t i = js_shape_find(s, key);
    if (i < 0) return NULL;
    JSShapeProp *p = &s->table->props[i];
    *slot = js_object_slot(o, s, p->slot);
    return p;
}
/* Appends a new own property (the key must be absent). -1 never: always 0. */
void js_object_add_property(JSObject *o, JSAtom key, JSValue val, uint32_t attrs);
/* Allocates a plain-layout object of `kind` with `inline_cap` inline slots
 * at +24 (for plain objects and errors). */
JSValue js_new_plain_kind(JSCellKind kind, JSValue proto, uint16_t inline_cap);
/* Switches an object to a private dictionary shape. */
void js_object_to_dict(JSObject *o);
/* Called when a prototype object's structure changes. */
static inline void js_object_changed(JSObject *o)
{
    if (o->h.flags & JS_OBJ_IS_PROTOTYPE) js_proto_epoch++;
}
/* The prototype used for property lookups on a primitive (NULL for
 * undefined/null). */
JSObject *js_primitive_proto(JSValue v);
/* Type error for reading/setting a property of undefined/null. */
JSValue js_throw_nullish_access(JSValue base, JSAtom key, bool set);
/* Short description of an object for messages: "#<Object>" */
const char *js_object_tag_text(JSValue obj);

/* array.c */
/* Own element of an array: 1 and *out if present (dense or sparse). */
int js_array_get_own_elem(JSArray *a, uint32_t idx, JSValue *out);
/* Sets element idx of an extensible array as a plain data property,
 * growing or going sparse; returns 0 or -1 (never for dense arrays). */
int js_array_put_elem(JSValue arr, uint32_t idx, JSValue val, bool throw_on_fail);
void js_array_make_sparse(JSArray *a);
int js_array_delete_elem(JSArray *a, uint32_t idx);
/* Called after a sparse array gained index property idx. */
void js_array_note_index(JSArray *a, uint32_t idx);

/* function.c */
void js_functions_init(void);
JSValue js_call_internal(JSValue f, JSValue this_val, int32_t argc, const JSValue *argv);

/* error.c */
void js_errors_init(void);
/* An error object (JSErrorObject layout) with no properties yet. */
JSValue js_error_alloc(JSValue proto);
JSValue js_throw_error_atom(JSErrorType type, const char *fmt, ...);

/* exception.c */
void js_stack_init(void);

/* iter.c */
void js_iter_init(void);

/* ---- mapped arguments (iter.c) -------------------------------------------------
 * In a sloppy function with simple parameters, arguments[i] (i < argc) and the
 * i-th parameter are one variable. The parameters live in the function's
 * JSEnv; the object keeps ordinary data properties, refreshed from the env
 * before every access (sync_in) and written back after every change
 * (sync_out), which also unmaps an index that was deleted, made an accessor
 * or made read-only. JS_ARGS_MAPPED marks such objects. */
#define JS_ARGS_MAPPED JS_OBJ_CLASS_FLAG0
typedef struct JSMappedArgs {
    JSObject o;
    JSEnv *env;
    int32_t n;       /* mapped indices: min(argc, parameters) */
    int32_t map[];   /* env slot of parameter i, -1 once unmapped */
} JSMappedArgs;
void js_mapped_args_refresh(JSMappedArgs *a);
void js_mapped_args_write_back(JSMappedArgs *a);
static inline JSMappedArgs *js_mapped_args(JSValue obj)
{
    if (!js_is_cell(obj)) return NULL;
    JSObject *o = (JSObject *)js_cell_ptr(obj);
    return o->h.kind == JS_CELL_ARGUMENTS && (o->h.flags & JS_ARGS_MAPPED) ? (JSMappedArgs *)o : NULL;
}
/* ---- module namespace objects (node/esm.c) -------------------------------------
 * An ES module's namespace is a JS_CELL_ARGUMENTS object flagged
 * JS_MODULE_NS: null prototype, not extensible, one non-configurable data
 * property per export (sorted), refreshed from the exporters' cells before
 * every access like mapped arguments; every [[Set]] fails. Inline caches
 * never record its properties (ic.c). */
#define JS_MODULE_NS JS_OBJ_CLASS_FLAG1
typedef struct JSModuleNSEntry {
    JSAtom key;
    JSValue *cell;
} JSModuleNSEntry;
typedef struct JSModuleNS {
    JSObject o;
    int32_t n;
    JSModuleNSEntry e[];
} JSModuleNS;
void js_module_ns_refresh(JSModuleNS *ns);
/* [key] names an export of namespace [o] whose binding is still in its TDZ:
 * [[Get]] and [[GetOwnProperty]] of it throw a ReferenceError. */
bool js_module_ns_uninitialized(const JSObject *o, JSAtom key);
/* Throws that ReferenceError; [get]: V8's message for [[Get]] ("Cannot
 * access 'x' before initialization"), else its [[GetOwnProperty]] one. */
void js_module_ns_throw_tdz(JSAtom key, bool get);
static inline bool js_is_module_ns_obj(const JSObject *o)
{
    return o->h.kind == JS_CELL_ARGUMENTS && (o->h.flags & JS_MODULE_NS);
}
static inline void js_mapped_args_sync_in(JSValue obj)
{
    JSMappedArgs *a = js_mapped_args(obj);
    if (a) js_mapped_args_refresh(a);
    else if (js_is_cell(obj) && js_is_module_ns_obj((JSObject *)js_cell_ptr(obj)))
        js_module_ns_refresh((JSModuleNS *)js_cell_ptr(obj));
}
static inline void js_mapped_args_sync_out(JSValue obj, JSAtom key)
{
    (void)key;
    JSMappedArgs *a = js_mapped_args(obj);
    if (a) js_mapped_args_write_back(a);
}

#endif /* KILN_RT_INTERNAL_H */
