/*
 * value.h — the JSValue encoding and the layout of every heap cell that
 * compiled code touches directly.
 *
 * This header is shared by the runtime and the compiler (which includes it
 * for constants and uses offsetof() for field offsets), so it is the single
 * definition of the contract described in docs/internals.md. Everything here
 * is C17 and free of runtime dependencies; the inline helpers are the same
 * operations `lower` emits in IR.
 *
 * The encoding (pointer-favouring, as in JavaScriptCore; pointers stay raw so
 * that the conservative Boehm collector recognises them):
 *
 *    63      48 47                                               0
 *    +--------+--------------------------------------------------+
 *    | 0x0000 |              pointer to a heap cell              |  cell (>= 0x10)
 *    | 0x0000 |   small constant < 0x10                          |  JS_EMPTY .. JS_UNDEFINED
 *    | 0x0002 .. 0xFFFC |   IEEE-754 bits + 2^49                 |  double
 *    | 0xFFFE | 0x0000 |          int32 (two's complement)        |  int32
 *    +--------+--------------------------------------------------+
 *
 * A double holding an int32-range integer may be stored either way; every
 * operation accepts both. -0 is always a double. NaN is canonicalised to
 * 0x7FF8000000000000 before boxing, so no double can collide with the int32
 * range.
 */
#ifndef KILN_VALUE_H
#define KILN_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint64_t JSValue;

/* ---- immediate constants (all < 0x10, never a valid cell address) ------- */
#define JS_EMPTY      ((JSValue)0x00) /* hole, TDZ marker, "no value"; never visible to JS */
#define JS_NULL       ((JSValue)0x02)
#define JS_EXCEPTION  ((JSValue)0x04) /* returned by a function that threw */
#define JS_FALSE      ((JSValue)0x06)
#define JS_TRUE       ((JSValue)0x07)
#define JS_UNDEFINED  ((JSValue)0x0a)

#define JS_INT32_TAG      UINT64_C(0xFFFE000000000000)
#define JS_DOUBLE_OFFSET  (UINT64_C(1) << 49)
#define JS_CANONICAL_NAN  UINT64_C(0x7FF8000000000000)
#define JS_CELL_MIN       ((JSValue)0x10)

/* ---- predicates ---------------------------------------------------------- */
static inline int js_is_int32(JSValue v) { return v >= JS_INT32_TAG; }
static inline int js_is_number(JSValue v) { return (v >> 49) != 0; }
static inline int js_is_double(JSValue v) { return js_is_number(v) && !js_is_int32(v); }
static inline int js_is_cell(JSValue v) { return (v >> 48) == 0 && v >= JS_CELL_MIN; }
static inline int js_is_bool(JSValue v) { return (v & ~(JSValue)1) == JS_FALSE; }
static inline int js_is_nullish(JSValue v) { return (v & ~(JSValue)8) == JS_NULL; }
static inline int js_is_null(JSValue v) { return v == JS_NULL; }
static inline int js_is_undefined(JSValue v) { return v == JS_UNDEFINED; }
static inline int js_is_exception(JSValue v) { return v == JS_EXCEPTION; }
static inline int js_is_empty(JSValue v) { return v == JS_EMPTY; }

/* ---- boxing / unboxing --------------------------------------------------- */
static inline JSValue js_mk_int32(int32_t i) { return JS_INT32_TAG | (uint32_t)i; }
static inline int32_t js_get_int32(JSValue v) { return (int32_t)(uint32_t)v; }
static inline JSValue js_mk_bool(int b) { return b ? JS_TRUE : JS_FALSE; }
static inline int js_get_bool(JSValue v) { return v == JS_TRUE; }

static inline uint64_t js_double_bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static inline double js_bits_double(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }

/* Box a double exactly as given (no int32 narrowing). */
static inline JSValue js_mk_double(double d)
{
    uint64_t u = js_double_bits(d);
    if (d != d) u = JS_CANONICAL_NAN;
    return u + JS_DOUBLE_OFFSET;
}
/* Unbox a value known to be a double (not int32). */
static inline double js_get_double(JSValue v) { return js_bits_double(v - JS_DOUBLE_OFFSET); }

/* Any number (int32 or double) as a C double. */
static inline double js_to_double(JSValue v)
{
    return js_is_int32(v) ? (double)js_get_int32(v) : js_get_double(v);
}

/* Box a number, preferring the int32 form when it is exact (and not -0). */
static inline JSValue js_mk_number(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0) {
        int32_t i = (int32_t)d;
        if ((double)i == d && !(i == 0 && js_double_bits(d) >> 63)) return js_mk_int32(i);
    }
    return js_mk_double(d);
}

/* ---- heap cells ---------------------------------------------------------- */

/* Cell kinds. Kinds >= JS_CELL_FIRST_OBJECT are objects (start with JSObject). */
typedef enum JSCellKind {
    JS_CELL_FREE = 0,
    JS_CELL_STRING,          /* JSString (flat or rope) */
    JS_CELL_SYMBOL,          /* JSSymbol */
    JS_CELL_BIGINT,          /* reserved */
    JS_CELL_SHAPE,           /* JSShape */
    JS_CELL_ENV,             /* JSEnv */
    JS_CELL_ACCESSOR,        /* JSAccessorPair, stored in a property slot */
    JS_CELL_INTERNAL,        /* runtime-private records (iterator records, ...) */

    JS_CELL_FIRST_OBJECT = 16,
    JS_CELL_OBJECT = JS_CELL_FIRST_OBJECT, /* plain object, inline slots at +24 */
    JS_CELL_ARRAY,
    JS_CELL_FUNCTION,
    JS_CELL_ERROR,
    JS_CELL_ARGUMENTS,
    JS_CELL_BOOLEAN_OBJECT,  /* wrapper objects: primitive in JSPrimitiveObject.value */
    JS_CELL_NUMBER_OBJECT,
    JS_CELL_STRING_OBJECT,
    JS_CELL_SYMBOL_OBJECT,
    JS_CELL_BIGINT_OBJECT,
    JS_CELL_DATE,
    JS_CELL_REGEXP,
    JS_CELL_MAP,
    JS_CELL_SET,
    JS_CELL_WEAKMAP,
    JS_CELL_WEAKSET,
    JS_CELL_WEAKREF,
    JS_CELL_PROMISE,
    JS_CELL_PROXY,
    JS_CELL_ARRAY_BUFFER,
    JS_CELL_TYPED_ARRAY,
    JS_CELL_DATA_VIEW,
    JS_CELL_GENERATOR,
    JS_CELL_ASYNC_GENERATOR, /* JSAsync (runtime/async.c) */
    JS_CELL_FOR_IN_ITERATOR,
    JS_CELL_ARRAY_ITERATOR,
    JS_CELL_STRING_ITERATOR,
    JS_CELL_MAP_ITERATOR,
    JS_CELL_SET_ITERATOR,
    JS_CELL_REGEXP_STRING_ITERATOR,
    JS_CELL_GENERIC_ITERATOR, /* iterator record around a user iterator */
    JS_CELL_HOST,            /* node objects with C payloads (rt-node) */
    JS_CELL_ITERATOR_HELPER, /* Iterator.prototype.map & co., Iterator.from wrappers */
    JS_CELL_FINALIZATION_REGISTRY,
    JS_CELL_KIND_COUNT
} JSCellKind;

/* Which TypeError a failed GetIterator throws (rt_get_iterator_text), after
 * the site V8 reports: */
enum {
    JS_ITER_MSG_VALUE,       /* "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))" */
    JS_ITER_MSG_SOURCE,      /* "o.list is not iterable": for-of, [...x], const [a] = x */
    JS_ITER_MSG_CALL,        /* "f is not a function or its return value is not iterable" */
    JS_ITER_MSG_SPREAD_CALL, /* f(...x): "Spread syntax requires ...iterable[Symbol.iterator] to be a function" */
};

typedef struct JSShape JSShape;     /* hidden class; see kiln/shape.h */
typedef struct JSString JSString;   /* see kiln/jsstring.h */
typedef struct JSFunction JSFunction;
typedef struct JSEnv JSEnv;

/* The 16 bytes every cell starts with. */
typedef struct JSCellHeader {
    uint8_t kind;      /* +0 JSCellKind */
    uint8_t flags;     /* +1 per kind; objects: JS_OBJ_* */
    uint16_t extra;    /* +2 per kind */
    uint32_t hash;     /* +4 strings: cached hash (0 = not computed) */
    JSShape *shape;    /* +8 objects: their shape; other cells: a static per-kind
                        * shape that no inline cache ever records */
} JSCellHeader;

/* JSCellHeader.flags for objects (kind >= JS_CELL_FIRST_OBJECT). */
#define JS_OBJ_NOT_EXTENSIBLE  0x01  /* Object.preventExtensions & co. */
#define JS_OBJ_IS_PROTOTYPE    0x02  /* used as some shape's prototype: changes bump the proto epoch */
#define JS_OBJ_CLASS_FLAG0     0x10  /* free for the kind's own use */
#define JS_OBJ_CLASS_FLAG1     0x20
#define JS_OBJ_CLASS_FLAG2     0x40
#define JS_OBJ_CLASS_FLAG3     0x80

/* Every object kind starts with this. Properties live in inline slots
 * (plain objects and functions; their base offset and count are recorded in
 * the shape) or in the out-of-line `slots` array. */
typedef struct JSObject {
    JSCellHeader h;    /* +0 */
    JSValue *slots;    /* +16 out-of-line property values (GC memory) */
} JSObject;

/* A plain object: inline slots follow the header directly. */
typedef struct JSPlainObject {
    JSObject o;
    JSValue inline_slots[]; /* +24 */
} JSPlainObject;

/* Arrays. Dense storage: elements[0..capacity) of which [0..length) are the
 * array's elements and JS_EMPTY is a hole; elements at >= length are always
 * JS_EMPTY. Dense elements are always plain writable/enumerable/configurable
 * data properties. A sparse, frozen, sealed or non-extensible array, or one
 * with a read-only length, has capacity 0 and keeps its index properties in
 * the shape (dictionary), so a compiled fast path checking
 * `(uint32_t)i < capacity && elements[i] != JS_EMPTY` is always correct. */
typedef struct JSArray {
    JSObject o;        /* +0 */
    JSValue *elements; /* +24 */
    uint32_t length;   /* +32 the JS length */
    uint32_t capacity; /* +36 allocated dense elements (0 when sparse) */
} JSArray;
#define JS_ARRAY_SPARSE         JS_OBJ_CLASS_FLAG0 /* index keys live in the shape */
#define JS_ARRAY_LENGTH_RDONLY  JS_OBJ_CLASS_FLAG1

/* Function metadata, emitted by the compiler as a constant global per
 * function (and built at run time for native functions). */
typedef struct JSFuncInfo {
    const char *name;  /* "" for anonymous functions */
    const char *file;  /* source path as given to the compiler; NULL for natives */
    uint32_t line, col;/* 1-based position of the function */
    uint32_t length;   /* the `length` property */
    uint32_t flags;    /* JS_FUNC_* */
} JSFuncInfo;
#define JS_FUNC_STRICT            0x0001
#define JS_FUNC_ARROW             0x0002
#define JS_FUNC_CONSTRUCTOR       0x0004  /* has [[Construct]] and a `prototype` object */
#define JS_FUNC_CLASS_CONSTRUCTOR 0x0008  /* throws when called without new */
#define JS_FUNC_METHOD            0x0010
#define JS_FUNC_GENERATOR         0x0020
#define JS_FUNC_ASYNC             0x0040
#define JS_FUNC_NATIVE            0x0080  /* a C function */
#define JS_FUNC_DERIVED           0x0100  /* class constructor with `extends` */
#define JS_FUNC_BOUND             0x0200  /* result of bind(): env->vars = {target, this, args...} */
#define JS_FUNC_GETTER            0x0400
#define JS_FUNC_SETTER            0x0800
#define JS_FUNC_HAS_SOURCE        0x1000  /* the info is a JSFuncInfoSource */

/* Functions compiled from run-time strings keep their source text for
 * Function.prototype.toString (the eval JIT's text is never freed). */
typedef struct JSFuncInfoSource {
    JSFuncInfo info;
    const char *source; /* UTF-8 */
    uint32_t source_len;
} JSFuncInfoSource;

/* The one generic entry every function has (compiled or native). argv holds
 * exactly argc values and must not be kept past the call. new_target is
 * JS_UNDEFINED for a plain call. Returns JS_EXCEPTION after rt_throw().
 *
 * Construct protocol (rt_construct / js_construct):
 *   - ordinary compiled constructors (JS_FUNC_CONSTRUCTOR, base classes)
 *     receive a fresh `this` whose [[Prototype]] is new_target.prototype;
 *     an object result replaces it, anything else yields `this`;
 *   - native constructors (JS_FUNC_NATIVE) and derived class constructors
 *     (JS_FUNC_DERIVED) receive this_val = JS_EMPTY and create or obtain
 *     their object themselves (natives: js_create_from_ctor; derived:
 *     rt_super_call), returning it;
 *   - class constructors (JS_FUNC_CLASS_CONSTRUCTOR) called without `new`
 *     throw "Class constructor X cannot be invoked without 'new'". */
typedef JSValue (*JSCode)(JSFunction *callee, JSValue this_val,
                          int32_t argc, const JSValue *argv, JSValue new_target);

struct JSFunction {
    JSObject o;                /* +0 */
    JSCode code;               /* +24 */
    JSEnv *env;                /* +32 closure environment (natives: their data) */
    const JSFuncInfo *info;    /* +40 */
    JSValue home_object;       /* +48 for `super` lookups; JS_UNDEFINED if none */
    JSValue inline_slots[];    /* +56 `length`, `name`, [`arguments`, `caller`,] `prototype`, ... */
};
#define JS_FUNCTION_INLINE_SLOTS 5

/* A heap environment: only variables captured by an inner function live
 * here. vars start as JS_EMPTY (TDZ). h.hash holds the number of vars.
 * (docs/internals.md listed a `JSShape *shape` after the header; the
 * header's own shape word at +8 already serves, so parent is at +16.)
 * Native functions made by js_new_native_function_data keep their data in
 * env->vars. */
struct JSEnv {
    JSCellHeader h;    /* +0 */
    JSEnv *parent;     /* +16 */
    JSValue vars[];    /* +24 */
};

/* An accessor property stores one of these in its slot. */
typedef struct JSAccessorPair {
    JSCellHeader h;
    JSValue getter;    /* function or JS_UNDEFINED */
    JSValue setter;
} JSAccessorPair;

/* Wrapper objects (new Number(1), Object("s"), ...), dates (time value in
 * `value` as a double) and similar single-value objects. */
typedef struct JSPrimitiveObject {
    JSObject o;
    JSValue value;     /* +24 */
} JSPrimitiveObject;

/* ---- inline caches -------------------------------------------------------
 * One per property access site, a zero-initialised global emitted by the
 * compiler with `name`/`name_len` set. `key` is filled with the interned atom
 * on the first miss.
 *
 * Entry 0 only ever holds own data properties (flags 0 or JS_IC_OUT_OF_LINE),
 * so compiled code may check just entry 0: value is a cell, the word at +8
 * equals entries[0].shape, then load from
 *   (flags & JS_IC_OUT_OF_LINE ? obj->slots : (JSValue *)obj) + offset bytes.
 * Entries 1..3 may hold other kinds (prototype hits, getters, array length,
 * adding transitions) that only the runtime's miss handlers interpret.
 * Dictionary-mode shapes are never cached. */
#define JS_IC_ENTRIES 4
#define JS_IC_OUT_OF_LINE  0x01  /* offset is into obj->slots, not obj */
#define JS_IC_PROTO        0x02  /* runtime only: value lives in `holder` */
#define JS_IC_GETTER       0x04  /* runtime only: slot holds a JSAccessorPair */
#define JS_IC_ARRAY_LENGTH 0x08  /* runtime only */
#define JS_IC_STRING_LENGTH 0x10 /* runtime only */
#define JS_IC_ADD          0x20  /* runtime only (set): transition to `holder` shape */

typedef struct JSPropCacheEntry {
    JSShape *shape;    /* +0 receiver shape; NULL = unused */
    uint32_t offset;   /* +8 byte offset */
    uint32_t flags;    /* +12 JS_IC_* */
    void *holder;      /* +16 runtime only: holder object / new shape */
    uint64_t epoch;    /* +24 runtime only: proto epoch the entry was made in */
} JSPropCacheEntry;

typedef struct JSPropCache {
    JSValue key;       /* +0 interned atom; JS_EMPTY until the first miss */
    const char *name;  /* +8 UTF-8 property name */
    uint32_t name_len; /* +16 bytes in name */
    uint32_t misses;   /* +20 statistics / megamorphic detection */
    JSPropCacheEntry entries[JS_IC_ENTRIES]; /* +24 */
} JSPropCache;

/* ---- frames and the stack ------------------------------------------------ */
typedef struct JSFrame {
    struct JSFrame *prev;
    const JSFuncInfo *info;
    uint32_t line, col;     /* current call/throw site, stored before each call */
} JSFrame;

extern JSFrame *rt_frame_top;      /* innermost compiled frame (shadow stack) */
extern uintptr_t rt_stack_limit;   /* a frame address below this overflows */
/* The global object (always in dictionary mode) and the epoch that every
 * change to a dictionary-mode object's layout bumps: a global read site whose
 * entry 0 has the global's shape and the current epoch loads the slot inline
 * (lower_ic.c, ic.c). */
extern void *rt_global_object;
extern uint64_t js_dict_epoch;

/* ---- layout assertions (the compiler relies on these offsets) ----------- */
_Static_assert(sizeof(JSValue) == 8, "JSValue is 64 bits");
_Static_assert(offsetof(JSCellHeader, kind) == 0, "kind");
_Static_assert(offsetof(JSCellHeader, flags) == 1, "flags");
_Static_assert(offsetof(JSCellHeader, extra) == 2, "extra");
_Static_assert(offsetof(JSCellHeader, hash) == 4, "hash");
_Static_assert(offsetof(JSCellHeader, shape) == 8, "shape at +8");
_Static_assert(sizeof(JSCellHeader) == 16, "header is 16 bytes");
_Static_assert(offsetof(JSObject, slots) == 16, "slots at +16");
_Static_assert(offsetof(JSPlainObject, inline_slots) == 24, "inline slots at +24");
_Static_assert(offsetof(JSArray, elements) == 24, "elements at +24");
_Static_assert(offsetof(JSArray, length) == 32, "length at +32");
_Static_assert(offsetof(JSArray, capacity) == 36, "capacity at +36");
_Static_assert(offsetof(JSFunction, code) == 24, "code at +24");
_Static_assert(offsetof(JSFunction, env) == 32, "env at +32");
_Static_assert(offsetof(JSFunction, info) == 40, "info at +40");
_Static_assert(offsetof(JSFunction, inline_slots) == 56, "function inline slots at +56");
_Static_assert(offsetof(JSEnv, parent) == 16, "env parent at +16");
_Static_assert(offsetof(JSEnv, vars) == 24, "env vars at +24");
_Static_assert(offsetof(JSPropCache, key) == 0, "ic key");
_Static_assert(offsetof(JSPropCache, entries) == 24, "ic entries at +24");
_Static_assert(sizeof(JSPropCacheEntry) == 32, "ic entry is 32 bytes");
_Static_assert(offsetof(JSPropCacheEntry, offset) == 8, "ic offset");
_Static_assert(offsetof(JSPropCacheEntry, flags) == 12, "ic flags");
_Static_assert(offsetof(JSFrame, prev) == 0, "frame prev");
_Static_assert(offsetof(JSFrame, info) == 8, "frame info");
_Static_assert(offsetof(JSFrame, line) == 16, "frame line");
_Static_assert(offsetof(JSFrame, col) == 20, "frame col");

/* ---- small cell helpers -------------------------------------------------- */
static inline void *js_cell_ptr(JSValue v) { return (void *)(uintptr_t)v; }
static inline JSValue js_mk_cell(const void *p) { return (JSValue)(uintptr_t)p; }
static inline JSCellKind js_cell_kind(JSValue v) { return (JSCellKind)((JSCellHeader *)js_cell_ptr(v))->kind; }
static inline int js_is_object(JSValue v) { return js_is_cell(v) && js_cell_kind(v) >= JS_CELL_FIRST_OBJECT; }
static inline int js_is_string(JSValue v) { return js_is_cell(v) && js_cell_kind(v) == JS_CELL_STRING; }
static inline int js_is_symbol(JSValue v) { return js_is_cell(v) && js_cell_kind(v) == JS_CELL_SYMBOL; }
static inline int js_is_array(JSValue v) { return js_is_cell(v) && js_cell_kind(v) == JS_CELL_ARRAY; }
static inline int js_is_function(JSValue v) { return js_is_cell(v) && js_cell_kind(v) == JS_CELL_FUNCTION; }
static inline JSObject *js_obj(JSValue v) { return (JSObject *)js_cell_ptr(v); }
static inline JSArray *js_arr(JSValue v) { return (JSArray *)js_cell_ptr(v); }
static inline JSFunction *js_func(JSValue v) { return (JSFunction *)js_cell_ptr(v); }
static inline JSString *js_str(JSValue v) { return (JSString *)js_cell_ptr(v); }

#ifdef __cplusplus
}
#endif
#endif /* KILN_VALUE_H */
