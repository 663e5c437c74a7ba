/*
 * builtins.h — the internal header of runtime/builtins/: the JavaScript
 * standard library objects (Object, Function, Array, String, Number, Boolean,
 * Math, JSON, Symbol and the global functions) implemented in C.
 *
 * js_builtins_init() is called once by the runtime core after it has created
 * the realm's intrinsics; each js_*.c file installs its part through one
 * js_init_<area>() function declared here.
 */
#ifndef KILN_BUILTINS_H
#define KILN_BUILTINS_H

#include <stdint.h>
#include <string.h>

#include "kiln/bigint.h"
#include "kiln/runtime.h"

/* The signature of every native function (the JSCode of value.h). */
#define JS_NATIVE(fn)                                                       \
    JSValue fn(JSFunction *callee, JSValue this_val, int32_t argc,          \
               const JSValue *argv, JSValue new_target)

/* Slots of js_realm.extra[] used by the builtins. */
enum {
    JS_EXTRA_SYMBOL_REGISTRY = 0, /* Symbol.for registry (an object) */
    JS_EXTRA_BUILTINS_FIRST_FREE
};

/* WhiteSpace or LineTerminator (what trim() and parseInt skip). */
bool js_is_space_unit(uint16_t c);
/* Math.random's generator (js_math.c), a double in [0, 1). */
double js_math_random_double(void);

/* parseInt / parseFloat on a flat string (js_global.c); *ok says whether
 * any digit was read. */
double js_parse_int_chars(const JSString *s, int32_t radix, bool *ok);
double js_parse_float_chars(const JSString *s);

/* Property descriptors <-> objects (js_object.c). */
int js_to_property_descriptor(JSValue obj, JSPropertyDescriptor *d);
JSValue js_from_property_descriptor(const JSPropertyDescriptor *d);
/* EnumerableOwnProperties(o, 0 keys / 1 values / 2 entries) as an array. */
JSValue js_enumerable_own_properties(JSValue o, int kind);

/* CreateListFromArrayLike (js_function.c): a GC array of *count values. */
int js_list_from_array_like(JSValue obj, JSValue **out, uint32_t *count);

/* keys/values/entries/[Symbol.iterator] on Array.prototype and the
 * %ArrayIteratorPrototype% next (js_array_iter.c). */
void js_init_array_iterators(JSValue array_proto);
/* %GeneratorPrototype% (runtime/generator.c). */
void js_init_generators(void);
void js_init_async(void);     /* runtime/async.c */
/* An Array Iterator over obj: kind 0 keys, 1 values, 2 entries. */
JSValue js_create_array_iterator(JSValue obj, int kind);

/* String.prototype[Symbol.iterator] and %StringIteratorPrototype%.next
 * (js_array_iter.c). */
void js_init_string_iterator(JSValue string_proto);
/* toUpperCase / toLowerCase of a string value (js_string.c). */
JSValue js_string_to_case(JSValue s, bool upper);

/* JSON (js_json.c): parse a string value; stringify like JSON.stringify
 * (JS_UNDEFINED when nothing is produced); quote a string into a builder. */
JSValue js_json_parse_string(JSValue text);
JSValue js_json_stringify(JSValue value, JSValue replacer, JSValue space);
void js_json_quote(JSStringBuilder *sb, JSValue str);

/* Dates (js_date.c): the current time in ms, Date.parse on a string
 * value, the ISO form of a time value, and the C view of Date objects. */
double js_date_now(void);
double js_date_parse_string(JSValue str);
JSValue js_date_to_iso_string(double tv);
bool js_is_date(JSValue v);
double js_date_value(JSValue v);

/* ---- one installer per area (called by js_builtins_init) ---------------- */
void js_init_object(JSValue global);
/* An iterator taken apart as (iterator, next) (js_iterator_helpers.c):
 * IteratorStepValue (the value, JS_EMPTY when done, JS_EXCEPTION) and
 * IteratorClose with a normal completion (-1 if return() threw or did not
 * return an object). */
JSValue js_iterator_step_next(JSValue iter, JSValue next);
int js_iterator_close_normal(JSValue iter);
void js_init_atomics(JSValue global);   /* js_atomics.c */
void js_init_weakref(JSValue global);   /* js_weakref.c */
void js_init_function(JSValue global);
void js_init_eval(JSValue global);
void js_init_bigint(JSValue global);
void js_init_proxy(JSValue global);
void js_init_iterator_helpers(JSValue global);
void js_init_array(JSValue global);
void js_init_string(JSValue global);
void js_init_number(JSValue global);
void js_init_boolean(JSValue global);
void js_init_symbol(JSValue global);
void js_init_math(JSValue global);
void js_init_json(JSValue global);
void js_init_global(JSValue global);
void js_init_collections(JSValue global);
void js_init_date(JSValue global);
void js_init_promise(JSValue global);
void js_init_reflect(JSValue global);
void js_init_regexp(JSValue global);
/* RegExp (js_regexp.c): "/source/flags" as util.inspect prints a RegExp. */
JSValue js_regexp_to_display(JSValue rx);

/* ---- shared helpers (js_builtins.c) ------------------------------------- */
/* Defines a global binding as the builtins do: writable, configurable, not
 * enumerable. */
void js_define_global(JSValue global, const char *name, JSValue v);
/* ToIntegerOrInfinity of argument i (undefined → 0); -1 on throw. */
int js_arg_integer(int32_t argc, const JSValue *argv, int32_t i, double *out);
/* RelativeIndex: clamps ToIntegerOrInfinity(arg) (negative from the end)
 * into [0, len]; `dflt` is used when the argument is undefined. */
int js_arg_relative_index(int32_t argc, const JSValue *argv, int32_t i,
                          int64_t len, int64_t dflt, int64_t *out);
/* A new array holding values[0..count). */
static inline JSValue js_array_of_values(uint32_t count, const JSValue *values)
{
    return js_new_array_from(count, values);
}
/* A string value from an ASCII/UTF-8 C string. */
static inline JSValue js_str_c(const char *s) { return js_new_string_cstr(s); }
/* Calls f(this_val, args...) checking nothing; a thin wrapper over js_call. */
static inline JSValue js_call3(JSValue f, JSValue this_val, JSValue a, JSValue b, JSValue c)
{
    JSValue args[3] = { a, b, c };
    return js_call(f, this_val, 3, args);
}
/* The "[object Tag]" string of Object.prototype.toString. */
JSValue js_object_to_string_tag(JSValue v);
/* A function's `name` for Function.prototype.toString and bound names. */
JSValue js_builtin_function_source(JSValue f);
/* The length of an array-like (ToLength(obj.length)); -1 on throw. */
static inline int js_length_of(JSValue obj, int64_t *len) { return js_get_length(obj, len); }
/* Whether v is a dense JSArray the fast paths may touch directly. */
static inline bool js_is_fast_array(JSValue v)
{
    return js_is_array(v) && js_array_is_dense(v);
}

/* ---- exact number formatting (js_dtoa.c), plain C, no JSValue ---------- */

#define JS_DTOA_RADIX_BUF 2200 /* toString(radix) of any double fits */
#define JS_DTOA_BUF 1200       /* toFixed/toExponential/toPrecision fit */

/* Number.prototype.toFixed for finite x with |x| < 1e21, 0 <= f <= 100. */
int js_dtoa_fixed(double x, int f, char *buf);
/* Number.prototype.toExponential for finite x; f < 0 means "as many digits
 * as needed to identify x" (the argument was undefined). */
int js_dtoa_exponential(double x, int f, char *buf);
/* Number.prototype.toPrecision for finite x, 1 <= p <= 100. */
int js_dtoa_precision(double x, int p, char *buf);
/* Number.prototype.toString(radix) for finite x, 2 <= radix <= 36, with V8's
 * choice of fractional digits.  buf holds JS_DTOA_RADIX_BUF bytes. */
int js_dtoa_radix(double x, int radix, char *buf);

#endif
