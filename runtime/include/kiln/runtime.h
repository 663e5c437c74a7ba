/*
 * runtime.h — the runtime's internal C API: what rt-builtins, rt-node and the
 * runtime core itself use to create and inspect JavaScript values.
 *
 * Conventions (as in the ABI):
 *   - A function returning JSValue returns JS_EXCEPTION when it threw; the
 *     exception is pending (rt_take_exception()).
 *   - A function returning int returns -1 when it threw, else 0/1 (false/true).
 *   - Property keys are JSAtom (interned string or symbol, see jsstring.h);
 *     the *_value variants take any JSValue key and apply ToPropertyKey.
 *   - Nothing here calls exit(); memory exhaustion is the collector's abort.
 *
 * Native functions have the JSCode signature of value.h:
 *
 *   static JSValue js_math_abs(JSFunction *callee, JSValue this_val,
 *                              int32_t argc, const JSValue *argv, JSValue new_target)
 *
 * and are installed in tables:
 *
 *   static const JSPropDef math_props[] = {
 *       JS_CFUNC_DEF("abs", 1, js_math_abs),
 *       JS_PROP_DOUBLE_DEF("PI", 3.141592653589793, 0),
 *       JS_CFUNC_DEF("[Symbol.iterator]", 0, js_values),   // well-known symbol key
 *   };
 *   js_install_props(math, math_props, JS_COUNTOF(math_props));
 */
#ifndef KILN_RUNTIME_H
#define KILN_RUNTIME_H

#include <stdarg.h>
#include <stdbool.h>
#include "kiln/value.h"
#include "kiln/rt_abi.h"
#include "kiln/jsstring.h"

#define JS_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

/* ---- memory (gc.c) ------------------------------------------------------- */
/* Zeroed memory the collector scans (cells, slot arrays). */
void *rt_alloc_cell(size_t size);
/* Memory the collector does not scan for pointers (characters, numbers). */
void *rt_alloc_atomic(size_t size);
/* Grows a block from rt_alloc_cell (new part zeroed). */
void *rt_realloc_cell(void *p, size_t old_size, size_t new_size);
/* A root the collector always scans, for values held only in malloc'ed or
 * libuv memory. Set *root = value; free with js_root_free when done. */
JSValue *js_root_new(JSValue value);
void js_root_free(JSValue *root);
void js_gc_init(void);      /* idempotent; js_runtime_init calls it */
void js_gc_collect(void);
/* Makes the collector scan [lo, hi) as it scans globals, for the rest of the
 * run (the eval JIT's data). */
void js_gc_add_roots(void *lo, void *hi);

/* ---- the realm: intrinsics created by rt-core ---------------------------- */
typedef enum JSErrorType {
    JS_ERROR = 0, JS_EVAL_ERROR, JS_RANGE_ERROR, JS_REFERENCE_ERROR,
    JS_SYNTAX_ERROR, JS_TYPE_ERROR, JS_URI_ERROR, JS_AGGREGATE_ERROR,
    JS_ERROR_TYPE_COUNT
} JSErrorType;

/* The realm's intrinsic objects. rt-core creates every prototype listed here
 * (as an empty object with the right [[Prototype]]) and the Error
 * constructors; rt-builtins fills in constructors and methods. The struct
 * lives in static memory, so the collector sees it. */
typedef struct JSRealm {
    JSValue global;             /* globalThis */
    JSValue object_proto;       /* Object.prototype ([[Prototype]] null) */
    JSValue function_proto;     /* Function.prototype (a function) */
    JSValue array_proto;        /* Array.prototype (an array) */
    JSValue string_proto, number_proto, boolean_proto, symbol_proto, bigint_proto;
    JSValue error_proto[JS_ERROR_TYPE_COUNT];
    JSValue error_ctor[JS_ERROR_TYPE_COUNT];
    JSValue iterator_proto;     /* %IteratorPrototype% */
    JSValue array_iterator_proto, string_iterator_proto;
    JSValue map_iterator_proto, set_iterator_proto, regexp_string_iterator_proto;
    JSValue generator_proto, async_generator_proto, async_iterator_proto;
    JSValue generator_function_proto, async_function_proto, async_generator_function_proto;
    JSValue promise_proto, regexp_proto, date_proto;
    JSValue map_proto, set_proto, weakmap_proto, weakset_proto, weakref_proto;
    JSValue array_buffer_proto, typed_array_proto, data_view_proto;
    JSValue arguments_proto_unused;
    /* constructors and functions other parts look up */
    JSValue object_ctor, function_ctor, array_ctor, string_ctor, number_ctor;
    JSValue boolean_ctor, symbol_ctor, promise_ctor;
    JSValue array_proto_values; /* original Array.prototype.values (for-of fast path); set by rt-builtins */
    JSValue string_proto_iterator; /* original String.prototype[Symbol.iterator]; set by rt-builtins */
    JSValue throw_type_error;   /* %ThrowTypeError% */
    JSValue extra[32];          /* free for rt-builtins / rt-node (name them in your header) */
} JSRealm;
extern JSRealm js_realm;

/* Creates the intrinsics, then calls js_builtins_init and js_node_init with
 * the global object. Call once, before anything else. Returns 0, or -1 with
 * an exception pending. */
int js_runtime_init(void);
/* Defined by rt-builtins (runtime/builtins/) and rt-node (runtime/node/). */
void js_builtins_init(JSValue global);
void js_node_init(JSValue global);

/* ---- property attributes and descriptors --------------------------------- */
#define JS_PROP_WRITABLE      0x01
#define JS_PROP_ENUMERABLE    0x02
#define JS_PROP_CONFIGURABLE  0x04
#define JS_PROP_ACCESSOR      0x08  /* slot holds a JSAccessorPair */
#define JS_PROP_C_W_E         (JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE | JS_PROP_ENUMERABLE)
#define JS_PROP_C_W           (JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE)  /* builtin methods */

/* A property descriptor. `has` says which fields are present
 * (JS_DESC_HAS_*); flags carries writable/enumerable/configurable. */
typedef struct JSPropertyDescriptor {
    JSValue value, getter, setter;
    uint8_t flags;   /* JS_PROP_* */
    uint8_t has;     /* JS_DESC_HAS_* */
} JSPropertyDescriptor;
#define JS_DESC_HAS_VALUE        0x01
#define JS_DESC_HAS_WRITABLE     0x02
#define JS_DESC_HAS_GET          0x04
#define JS_DESC_HAS_SET          0x08
#define JS_DESC_HAS_ENUMERABLE   0x10
#define JS_DESC_HAS_CONFIGURABLE 0x20

/* ---- objects (object.c) -------------------------------------------------- */
JSValue js_new_object(void);                    /* {} */
JSValue js_new_object_proto(JSValue proto);     /* proto: object or JS_NULL */
/* An object of another kind (Map, Date, host objects...) with `size` bytes
 * (>= sizeof(JSObject)), zeroed beyond the header; all its properties live
 * out of line. Cast the result's pointer to your struct that begins with
 * JSObject. */
JSValue js_new_object_kind(JSCellKind kind, JSValue proto, size_t size);
/* Wrapper object of the given kind holding a primitive (Number, String, ...). */
JSValue js_new_primitive_object(JSCellKind kind, JSValue proto, JSValue value);
JSValue js_get_prototype(JSValue obj);          /* object → proto or JS_NULL */
int js_set_prototype(JSValue obj, JSValue proto, bool throw_on_fail);
int js_is_extensible(JSValue obj);
int js_prevent_extensions(JSValue obj);
/* Object.freeze / Object.seal (level 1 seal, 2 freeze) and the tests. */
int js_object_set_integrity(JSValue obj, int level);
int js_object_test_integrity(JSValue obj, int level);

/* [[Get]] on any value (primitives use their prototype); receiver = obj. */
JSValue js_get_property(JSValue obj, JSAtom key);
JSValue js_get_property_receiver(JSValue obj, JSAtom key, JSValue receiver);
JSValue js_get_property_value(JSValue obj, JSValue key);
JSValue js_get_index(JSValue obj, uint32_t index);
JSValue js_get_property_str(JSValue obj, const char *name);
/* [[Set]]; throw_on_fail selects strict-mode failure (TypeError). */
int js_set_property(JSValue obj, JSAtom key, JSValue val, bool throw_on_fail);
/* [[Set]] with an explicit receiver (OrdinarySet; Reflect.set, proxies). */
int js_set_generic(JSValue obj, JSAtom key, JSValue val, JSValue receiver, bool throw_on_fail);
int js_set_property_value(JSValue obj, JSValue key, JSValue val, bool throw_on_fail);
int js_set_index(JSValue obj, uint32_t index, JSValue val, bool throw_on_fail);
int js_set_property_str(JSValue obj, const char *name, JSValue val);
/* HasProperty / DeleteProperty by index, without making index atoms for
 * dense arrays. */
int js_has_index(JSValue obj, uint32_t index);
int js_delete_index(JSValue obj, uint32_t index, bool throw_on_fail);
/* Defines (or redefines) an own data property with the given JS_PROP_*
 * flags, like CreateDataProperty when flags = JS_PROP_C_W_E. */
int js_define_property_value(JSValue obj, JSAtom key, JSValue val, int flags);
int js_define_property_value_str(JSValue obj, const char *name, JSValue val, int flags);
int js_define_property_index(JSValue obj, uint32_t index, JSValue val, int flags);
int js_define_property_getset(JSValue obj, JSAtom key, JSValue getter, JSValue setter, int flags);
/* [[DefineOwnProperty]] with full validation (Object.defineProperty). */
int js_define_own_property(JSValue obj, JSAtom key, const JSPropertyDescriptor *desc, bool throw_on_fail);
/* [[GetOwnProperty]]: 1 and *desc filled (may be NULL), or 0 if absent. */
int js_get_own_property(JSValue obj, JSAtom key, JSPropertyDescriptor *desc);
int js_has_property(JSValue obj, JSAtom key);
int js_has_own_property(JSValue obj, JSAtom key);
int js_delete_property(JSValue obj, JSAtom key, bool throw_on_fail);
/* Own keys in spec order: array indices ascending, then strings in
 * insertion order, then symbols. Returns a GC array of *count atoms (index
 * keys as atom strings), or NULL with an exception pending. */
#define JS_GPN_STRINGS     0x01
#define JS_GPN_SYMBOLS     0x02
#define JS_GPN_ENUM_ONLY   0x04
JSAtom *js_own_property_keys(JSValue obj, int flags, uint32_t *count);
/* Converts a property key value to an atom (ToPropertyKey + intern). */
JSAtom js_value_to_atom(JSValue key);  /* JS_EXCEPTION on error */
/* Atom → JSValue usable as a key in JS (index atoms stay strings). */
static inline JSValue js_atom_to_value(JSAtom a) { return a; }

/* ---- arrays (array.c) ---------------------------------------------------- */
JSValue js_new_array(uint32_t length);          /* all holes */
JSValue js_new_array_from(uint32_t count, const JSValue *values);
/* Appends like push (no exception unless the array is non-extensible etc.). */
int js_array_push(JSValue arr, JSValue v);
/* Generic length of any object (ToLength(Get(obj, "length"))); -1 on throw. */
int js_get_length(JSValue obj, int64_t *len);
/* Sets an array's length (truncating); throws RangeError for invalid. */
int js_array_set_length(JSValue arr, JSValue len, bool throw_on_fail);
/* Ensure dense capacity >= n (fails and returns 0 if the array is sparse). */
int js_array_reserve(JSValue arr, uint32_t n);
/* Whether the array is dense (elements valid) — for builtin fast paths. */
static inline bool js_array_is_dense(JSValue arr) { return !(js_obj(arr)->h.flags & JS_ARRAY_SPARSE); }
/* IsArray (arrays; proxies to arrays later). */
int js_is_array_value(JSValue v);

/* ---- functions and calls (function.c) ------------------------------------ */
JSValue js_new_native_function(const char *name, JSCode fn, int length);
/* A native function whose callee->env->vars[0..ndata) hold `data`. */
JSValue js_new_native_function_data(const char *name, JSCode fn, int length,
                                    int ndata, const JSValue *data);
/* A native constructor: F.prototype = proto (non-writable, non-enumerable,
 * non-configurable) and proto.constructor = F. proto may be JS_UNDEFINED. */
JSValue js_new_native_constructor(const char *name, JSCode fn, int length, JSValue proto);
static inline JSValue js_arg(int32_t argc, const JSValue *argv, int32_t i)
{
    return i < argc ? argv[i] : JS_UNDEFINED;
}
bool js_is_callable(JSValue v);
bool js_is_constructor(JSValue v);
JSValue js_call(JSValue f, JSValue this_val, int32_t argc, const JSValue *argv);
JSValue js_construct(JSValue f, int32_t argc, const JSValue *argv, JSValue new_target);
/* Invoke(obj, key, args). */
JSValue js_call_method(JSValue obj, JSAtom key, int32_t argc, const JSValue *argv);
/* OrdinaryCreateFromConstructor: an object whose proto is
 * new_target.prototype (or the realm's fallback_proto). */
JSValue js_create_from_ctor(JSValue new_target, JSValue fallback_proto, JSCellKind kind, size_t size);
/* The function's name as a string value. */
JSValue js_function_name(JSValue f);

/* Tables of properties to install (see the comment at the top). */
enum { JS_DEF_CFUNC = 1, JS_DEF_CGETSET, JS_DEF_DOUBLE, JS_DEF_INT32, JS_DEF_STRING, JS_DEF_UNDEFINED };
typedef struct JSPropDef {
    const char *name;   /* UTF-8; "[Symbol.x]" for well-known symbol keys */
    uint8_t kind;       /* JS_DEF_* */
    uint8_t flags;      /* JS_PROP_* */
    int16_t length;     /* function length */
    JSCode fn;          /* function or getter */
    JSCode fn2;         /* setter */
    double d;
    const char *s;
} JSPropDef;
#define JS_CFUNC_DEF(n, len, f) { n, JS_DEF_CFUNC, JS_PROP_C_W, len, f, NULL, 0, NULL }
#define JS_CGETSET_DEF(n, g, s_) { n, JS_DEF_CGETSET, JS_PROP_CONFIGURABLE, 0, g, s_, 0, NULL }
#define JS_PROP_DOUBLE_DEF(n, v, fl) { n, JS_DEF_DOUBLE, fl, 0, NULL, NULL, v, NULL }
#define JS_PROP_INT32_DEF(n, v, fl) { n, JS_DEF_INT32, fl, 0, NULL, NULL, v, NULL }
#define JS_PROP_STRING_DEF(n, v, fl) { n, JS_DEF_STRING, fl, 0, NULL, NULL, 0, v }
#define JS_PROP_UNDEFINED_DEF(n, fl) { n, JS_DEF_UNDEFINED, fl, 0, NULL, NULL, 0, NULL }
int js_install_props(JSValue obj, const JSPropDef *defs, size_t count);
/* Key for a "[Symbol.x]" or plain name. */
JSAtom js_prop_def_key(const char *name);

/* ---- conversions and operators (operators.c) ----------------------------- */
enum { JS_HINT_DEFAULT, JS_HINT_NUMBER, JS_HINT_STRING };
JSValue js_to_primitive(JSValue v, int hint);
int js_to_number(JSValue v, double *out);
/* ToNumeric: a Number or a BigInt (JS_EXCEPTION when a conversion threw). */
JSValue js_to_numeric(JSValue v);
JSValue js_to_string(JSValue v);                /* a string value */
JSValue js_to_object(JSValue v);
bool js_to_boolean(JSValue v);
int js_to_int32(JSValue v, int32_t *out);
int js_to_uint32(JSValue v, uint32_t *out);
int js_to_integer_or_infinity(JSValue v, double *out);
int js_to_length(JSValue v, int64_t *out);
int js_to_index(JSValue v, uint64_t *out);      /* RangeError if invalid */
int32_t js_double_to_int32(double d);
bool js_strict_equals(JSValue a, JSValue b);
int js_loose_equals(JSValue a, JSValue b);
bool js_same_value(JSValue a, JSValue b);
bool js_same_value_zero(JSValue a, JSValue b);
/* The `typeof` string of a value. */
JSValue js_typeof(JSValue v);
int js_instance_of(JSValue v, JSValue ctor);
int js_ordinary_has_instance(JSValue ctor, JSValue v);

/* ---- numbers (number.c) -------------------------------------------------- */
/* Number::toString(d) into buf (>= 32 bytes); returns the length. */
int js_dtoa(double d, char *buf);
JSValue js_number_to_string(double d);
/* Number::toString(d, radix) for 2 <= radix <= 36. */
JSValue js_number_to_string_radix(double d, int radix);
/* StringToNumber on a string value. */
double js_string_to_number(JSValue s);
/* StringToNumber on UTF-8 text. */
double js_utf8_to_number(const char *s, size_t len);

/* ---- exceptions and errors (exception.c, error.c) ------------------------ */
extern JSValue rt_pending_exception;            /* JS_EMPTY when none */
static inline bool js_has_exception(void) { return rt_pending_exception != JS_EMPTY; }
JSValue js_throw(JSValue v);                    /* = rt_throw */
/* Throws a new error of the given type with a printf-formatted message
 * (%s takes UTF-8). Always returns JS_EXCEPTION. */
JSValue js_throw_error(JSErrorType type, const char *fmt, ...);
JSValue js_throw_type_error(const char *fmt, ...);
JSValue js_throw_range_error(const char *fmt, ...);
JSValue js_throw_reference_error(const char *fmt, ...);
JSValue js_throw_syntax_error(const char *fmt, ...);
/* For natives that recurse in C (JSON, inspect, sort comparators...): true
 * when the C stack has reached the limit compiled code also checks; then
 * `return rt_throw_stack_overflow();`. */
static inline bool js_stack_overflow(void)
{
    volatile char here;
    return (uintptr_t)&here < rt_stack_limit;
}
/* A new error object (message a string value or JS_UNDEFINED), stack
 * captured from the current frames. */
JSValue js_new_error(JSErrorType type, JSValue message);
/* Captures `stack` onto obj from rt_frame_top ("Name: msg\n    at ..."). */
void js_capture_stack(JSValue obj);
/* For printing uncaught errors: the registered source text of a file. */
const char *js_source_text(const char *path, int64_t *len);
/* Short human-readable form of a value for error messages (UTF-8, GC memory). */
const char *js_value_to_message_text(JSValue v);

/* ---- iteration (iter.c) -------------------------------------------------- */
JSValue js_create_iter_result(JSValue value, bool done);
JSValue js_get_iterator(JSValue v);      /* = rt_get_iterator */
/* Throws V8's "object is not iterable (cannot read property Symbol(Symbol.iterator))". */
JSValue js_throw_not_iterable(JSValue v);
/* FinalizationRegistry cleanups (js_weakref.c): whether a collection since
 * the last run may have cleared a registered target, and the run, which
 * calls the cleanup callbacks of collected targets (JS_EXCEPTION if one threw). */
bool js_finalization_pending(void);
JSValue js_finalization_run(void);
JSValue js_iterator_step(JSValue it);    /* value, JS_EMPTY when done */
JSValue js_iterator_close(JSValue it);

/* ---- environments and misc ----------------------------------------------- */
JSEnv *js_new_env(JSEnv *parent, int32_t n);

#endif /* KILN_RUNTIME_H */
