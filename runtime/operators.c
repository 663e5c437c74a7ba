/*
 * operators.c — type conversions (ECMA-262 §7.1), equality and comparison
 * (§7.2), and the operator slow paths of the ABI (rt_add, rt_lt, ...).
 *
 * Compiled code handles int32 and double operands inline; these functions
 * take any values. Everything that can run user code (valueOf, toString,
 * Symbol.toPrimitive, getters) can throw, so each returns JS_EXCEPTION or -1
 * on error as the runtime conventions say. BigInt operands take the
 * slow paths too: ToNumeric keeps them, and an operator with one BigInt and
 * one Number operand throws the spec's TypeError.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "kiln/bigint.h"
#include "internal.h"

/* ---- ToPrimitive ------------------------------------------------------------ */

static JSValue ordinary_to_primitive(JSValue o, int hint)
{
    JSAtom order[2] = { JS_ATOM(valueOf), JS_ATOM(toString) };
    if (hint == JS_HINT_STRING) { order[0] = JS_ATOM(toString); order[1] = JS_ATOM(valueOf); }
    for (int i = 0; i < 2; i++) {
        JSValue f = js_get_property(o, order[i]);
        if (f == JS_EXCEPTION) return f;
        if (js_is_callable(f)) {
            JSValue r = js_call_internal(f, o, 0, NULL);
            if (r == JS_EXCEPTION || !js_is_object(r)) return r;
        }
    }
    return js_throw_type_error("Cannot convert object to primitive value");
}

JSValue js_to_primitive(JSValue v, int hint)
{
    if (!js_is_object(v)) return v;
    JSValue ex = js_get_property(v, JS_SYM(toPrimitive));
    if (ex == JS_EXCEPTION) return ex;
    if (!js_is_nullish(ex)) {
        if (!js_is_callable(ex)) return js_throw_type_error("Symbol.toPrimitive is not a function");
        JSValue h = hint == JS_HINT_STRING ? JS_ATOM(string) : hint == JS_HINT_NUMBER ? JS_ATOM(number) : JS_ATOM(default);
        JSValue r = js_call_internal(ex, v, 1, &h);
        if (r == JS_EXCEPTION) return r;
        if (js_is_object(r)) return js_throw_type_error("Cannot convert object to primitive value");
        return r;
    }
    return ordinary_to_primitive(v, hint == JS_HINT_DEFAULT ? JS_HINT_NUMBER : hint);
}

/* ---- ToNumber / ToString / ToObject / ToBoolean ----------------------------- */

int js_to_number(JSValue v, double *out)
{
    for (;;) {
        if (js_is_int32(v)) { *out = js_get_int32(v); return 0; }
        if (js_is_number(v)) { *out = js_get_double(v); return 0; }
        switch (v) {
        case JS_UNDEFINED: *out = NAN; return 0;
        case JS_NULL: case JS_FALSE: *out = 0; return 0;
        case JS_TRUE: *out = 1; return 0;
        default: break;
        }
        if (js_is_string(v)) { *out = js_string_to_number(v); return 0; }
        if (js_is_symbol(v)) { js_throw_type_error("Cannot convert a Symbol value to a number"); return -1; }
        if (js_is_object(v)) {
            v = js_to_primitive(v, JS_HINT_NUMBER);
            if (v == JS_EXCEPTION) return -1;
            continue;
        }
        js_throw_type_error("Cannot convert a BigInt value to a number");
        return -1;
    }
}

JSValue js_to_string(JSValue v)
{
    for (;;) {
        if (js_is_string(v)) return v;
        if (js_is_int32(v)) {
            int32_t i = js_get_int32(v);
            if (i >= 0 && i < 10) return js_string_from_char_code((uint16_t)('0' + i));
            char buf[16];
            int k = 16;
            uint32_t u = i < 0 ? 0u - (uint32_t)i : (uint32_t)i;
            do { buf[--k] = (char)('0' + u % 10); u /= 10; } while (u);
            if (i < 0) buf[--k] = '-';
            return js_new_string_latin1((const uint8_t *)buf + k, (size_t)(16 - k));
        }
        if (js_is_number(v)) return js_number_to_string(js_get_double(v));
        switch (v) {
        case JS_UNDEFINED: return JS_ATOM(undefined);
        case JS_NULL: return JS_ATOM(null);
        case JS_TRUE: return JS_ATOM(true);
        case JS_FALSE: return JS_ATOM(false);
        default: break;
        }
        if (js_is_symbol(v)) return js_throw_type_error("Cannot convert a Symbol value to a string");
        if (js_is_bigint(v)) return js_bigint_to_string(v, 10);
        if (js_is_object(v)) {
            v = js_to_primitive(v, JS_HINT_STRING);
            if (v == JS_EXCEPTION) return v;
            continue;
        }
        return js_throw_type_error("Cannot convert value to a string");
    }
}

JSValue js_to_object(JSValue v)
{
    if (js_is_object(v)) return v;
    if (js_is_nullish(v)) return js_throw_type_error("Cannot convert undefined or null to object");
    if (js_is_number(v)) return js_new_primitive_object(JS_CELL_NUMBER_OBJECT, js_realm.number_proto, v);
    if (js_is_bool(v)) return js_new_primitive_object(JS_CELL_BOOLEAN_OBJECT, js_realm.boolean_proto, v);
    if (js_is_string(v)) return js_new_primitive_object(JS_CELL_STRING_OBJECT, js_realm.string_proto, v);
    if (js_is_symbol(v)) return js_new_primitive_object(JS_CELL_SYMBOL_OBJECT, js_realm.symbol_proto, v);
    if (js_is_bigint(v)) return js_new_primitive_object(JS_CELL_BIGINT_OBJECT, js_realm.bigint_proto, v);
    return js_throw_type_error("Cannot convert value to object");
}

bool js_to_boolean(JSValue v)
{
    if (js_is_int32(v)) return js_get_int32(v) != 0;
    if (js_is_number(v)) { double d = js_get_double(v); return d == d && d != 0; }
    if (v == JS_TRUE) return true;
    if (v < JS_CELL_MIN) return false;
    if (js_is_string(v)) return js_string_length(v) != 0;
    if (js_is_bigint(v)) return !js_bigint_is_zero(v);
    return true;
}

int32_t rt_to_boolean(JSValue v) { return js_to_boolean(v); }

int js_to_int32(JSValue v, int32_t *out)
{
    if (js_is_int32(v)) { *out = js_get_int32(v); return 0; }
    double d;
    if (js_to_number(v, &d) < 0) return -1;
    *out = js_double_to_int32(d);
    return 0;
}

int js_to_uint32(JSValue v, uint32_t *out)
{
    int32_t i;
    if (js_to_int32(v, &i) < 0) return -1;
    *out = (uint32_t)i;
    return 0;
}

int js_to_integer_or_infinity(JSValue v, double *out)
{
    if (js_is_int32(v)) { *out = js_get_int32(v); return 0; }
    double d;
    if (js_to_number(v, &d) < 0) return -1;
    if (d != d || d == 0) d = 0;
    else if (!isinf(d)) d = trunc(d);
    *out = d + 0.0;
    return 0;
}

int js_to_length(JSValue v, int64_t *out)
{
    double d;
    if (js_to_integer_or_infinity(v, &d) < 0) return -1;
    if (d <= 0) *out = 0;
    else if (d >= 9007199254740991.0) *out = INT64_C(9007199254740991);
    else *out = (int64_t)d;
    return 0;
}

int js_to_index(JSValue v, uint64_t *out)
{
    if (v == JS_UNDEFINED) { *out = 0; return 0; }
    double d;
    if (js_to_integer_or_infinity(v, &d) < 0) return -1;
    if (d < 0 || d > 9007199254740991.0) { js_throw_range_error("Invalid index"); return -1; }
    *out = (uint64_t)d;
    return 0;
}

JSValue rt_to_number(JSValue v)
{
    if (js_is_number(v)) return v;
    double d;
    if (js_to_number(v, &d) < 0) return JS_EXCEPTION;
    return js_mk_number(d);
}

JSValue js_to_numeric(JSValue v)
{
    if (js_is_number(v) || js_is_bigint(v)) return v;
    JSValue p = js_to_primitive(v, JS_HINT_NUMBER);
    if (p == JS_EXCEPTION || js_is_bigint(p)) return p;
    return rt_to_number(p);
}

JSValue rt_to_numeric(JSValue v) { return js_to_numeric(v); }
JSValue rt_to_string(JSValue v) { return js_to_string(v); }
JSValue rt_to_object(JSValue v) { return js_to_object(v); }

JSValue rt_to_property_key(JSValue v)
{
    if (js_is_string(v) || js_is_symbol(v)) return v;
    JSValue p = js_to_primitive(v, JS_HINT_STRING);
    if (p == JS_EXCEPTION || js_is_symbol(p)) return p;
    return js_to_string(p);
}

JSValue rt_ref_property_key(JSValue base, JSValue key)
{
    if (js_is_nullish(base)) {
        const char *what = base == JS_NULL ? "null" : "undefined";
        if (js_is_object(key)) /* V8 names no key it would have to convert */
            return js_throw_type_error("Cannot read properties of %s", what);
        return js_throw_type_error("Cannot read properties of %s (reading '%s')", what,
                                   js_value_to_message_text(key));
    }
    return rt_to_property_key(key);
}

/* ---- typeof ------------------------------------------------------------------ */

JSValue js_typeof(JSValue v)
{
    if (js_is_number(v)) return JS_ATOM(number);
    if (js_is_bool(v)) return JS_ATOM(boolean);
    if (v == JS_UNDEFINED || v == JS_EMPTY) return JS_ATOM(undefined);
    if (v == JS_NULL) return JS_ATOM(object);
    switch (js_cell_kind(v)) {
    case JS_CELL_STRING: return JS_ATOM(string);
    case JS_CELL_SYMBOL: return JS_ATOM(symbol);
    case JS_CELL_BIGINT: return JS_ATOM(bigint);
    case JS_CELL_FUNCTION: return JS_ATOM(function);
    default: return js_is_callable(v) ? JS_ATOM(function) : JS_ATOM(object);
    }
}

JSValue rt_typeof(JSValue v) { return js_typeof(v); }

/* ---- equality ----------------------------------------------------------------- */

bool js_strict_equals(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) return js_to_double(a) == js_to_double(b);
    if (a == b) return true;
    if (js_is_string(a) && js_is_string(b)) return js_string_equals(a, b);
    if (js_is_bigint(a) && js_is_bigint(b)) return js_bigint_equals(a, b);
    return false;
}

int32_t rt_strict_eq(JSValue a, JSValue b) { return js_strict_equals(a, b); }

bool js_same_value(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) {
        double x = js_to_double(a), y = js_to_double(b);
        if (x != x) return y != y;
        if (x == 0 && y == 0) return signbit(x) == signbit(y);
        return x == y;
    }
    return js_strict_equals(a, b);
}

bool js_same_value_zero(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) {
        double x = js_to_double(a), y = js_to_double(b);
        if (x != x) return y != y;
        return x == y;
    }
    return js_strict_equals(a, b);
}

int js_loose_equals(JSValue a, JSValue b)
{
    for (;;) {
        if (js_is_number(a) && js_is_number(b)) return js_to_double(a) == js_to_double(b);
        if (js_is_string(a) && js_is_string(b)) return js_string_equals(a, b);
        if (a == b) return 1;
        bool an = js_is_nullish(a), bn = js_is_nullish(b);
        if (an || bn) return an && bn;
        if (js_is_object(a) && js_is_object(b)) return 0;
        if (js_is_number(a) && js_is_string(b)) return js_to_double(a) == js_string_to_number(b);
        if (js_is_string(a) && js_is_number(b)) return js_string_to_number(a) == js_to_double(b);
        if (js_is_bigint(a) || js_is_bigint(b)) {
            if (js_is_bigint(a) && js_is_bigint(b)) return js_bigint_equals(a, b);
            JSValue x = js_is_bigint(a) ? a : b, y = js_is_bigint(a) ? b : a;
            if (js_is_string(y)) {
                y = js_string_to_bigint(y);
                return y != JS_EMPTY && js_bigint_equals(x, y);
            }
            if (js_is_number(y)) return js_bigint_compare_double(x, js_to_double(y)) == 0;
        }
        if (js_is_bool(a)) { a = js_mk_int32(a == JS_TRUE); continue; }
        if (js_is_bool(b)) { b = js_mk_int32(b == JS_TRUE); continue; }
        if (js_is_object(a) && !js_is_object(b)) {
            a = js_to_primitive(a, JS_HINT_DEFAULT);
            if (a == JS_EXCEPTION) return -1;
            continue;
        }
        if (js_is_object(b) && !js_is_object(a)) {
            b = js_to_primitive(b, JS_HINT_DEFAULT);
            if (b == JS_EXCEPTION) return -1;
            continue;
        }
        return 0;   /* symbol vs other, etc. */
    }
}

JSValue rt_loose_eq(JSValue a, JSValue b)
{
    int r = js_loose_equals(a, b);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

JSValue rt_loose_ne(JSValue a, JSValue b)
{
    int r = js_loose_equals(a, b);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(!r);
}

/* ---- arithmetic --------------------------------------------------------------- */

static JSValue mixed_types(void)
{
    return js_throw_type_error("Cannot mix BigInt and other types, use explicit conversions");
}

/* ToNumeric on both operands, left first. Returns 1 when both are BigInts
 * (in *pa, *pb), 0 when both are Numbers (in *x, *y), -1 on a throw,
 * including the TypeError for a mix of the two. */
static int two_numerics(JSValue a, JSValue b, JSValue *pa, JSValue *pb, double *x, double *y)
{
    if (js_is_number(a) && js_is_number(b)) {
        *x = js_to_double(a);
        *y = js_to_double(b);
        return 0;
    }
    if ((*pa = js_to_numeric(a)) == JS_EXCEPTION) return -1;
    if ((*pb = js_to_numeric(b)) == JS_EXCEPTION) return -1;
    bool ba = js_is_bigint(*pa), bb = js_is_bigint(*pb);
    if (ba && bb) return 1;
    if (ba || bb) { mixed_types(); return -1; }
    *x = js_to_double(*pa);
    *y = js_to_double(*pb);
    return 0;
}

JSValue rt_add(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) return js_mk_number(js_to_double(a) + js_to_double(b));
    if (js_is_string(a) && js_is_string(b)) return js_string_concat(a, b);
    JSValue pa = js_to_primitive(a, JS_HINT_DEFAULT);
    if (pa == JS_EXCEPTION) return pa;
    JSValue pb = js_to_primitive(b, JS_HINT_DEFAULT);
    if (pb == JS_EXCEPTION) return pb;
    if (js_is_string(pa) || js_is_string(pb)) {
        JSValue sa = js_to_string(pa);
        if (sa == JS_EXCEPTION) return sa;
        JSValue sb = js_to_string(pb);
        if (sb == JS_EXCEPTION) return sb;
        return js_string_concat(sa, sb);
    }
    double x, y;
    int k = two_numerics(pa, pb, &pa, &pb, &x, &y);
    if (k < 0) return JS_EXCEPTION;
    if (k) return js_bigint_binary(JS_BIGINT_ADD, pa, pb);
    return js_mk_number(x + y);
}

#define NUM_BINOP(name, bigop, expr) \
    JSValue name(JSValue a, JSValue b) \
    { \
        double x, y; \
        int k = two_numerics(a, b, &a, &b, &x, &y); \
        if (k < 0) return JS_EXCEPTION; \
        if (k) return js_bigint_binary(bigop, a, b); \
        return js_mk_number(expr); \
    }
NUM_BINOP(rt_sub, JS_BIGINT_SUB, x - y)
NUM_BINOP(rt_mul, JS_BIGINT_MUL, x * y)
NUM_BINOP(rt_div, JS_BIGINT_DIV, x / y)
NUM_BINOP(rt_mod, JS_BIGINT_MOD, fmod(x, y))
NUM_BINOP(rt_pow, JS_BIGINT_POW, rt_math_pow(x, y))

double rt_math_fmod(double a, double b) { return fmod(a, b); }

double rt_math_pow(double x, double y)
{
    /* JS differs from C pow: (+-1) ** +-Infinity and 1 ** NaN are NaN */
    if (y != y) return NAN;
    if ((x == 1 || x == -1) && isinf(y)) return NAN;
    return pow(x, y);
}

JSValue rt_neg(JSValue a)
{
    JSValue n = js_to_numeric(a);
    if (n == JS_EXCEPTION) return n;
    if (js_is_bigint(n)) return js_bigint_negate(n);
    return js_mk_number(-js_to_double(n));
}

JSValue rt_plus(JSValue a) { return rt_to_number(a); }

JSValue rt_inc(JSValue a)
{
    JSValue n = js_to_numeric(a);
    if (n == JS_EXCEPTION) return n;
    if (js_is_bigint(n)) return js_bigint_add_small(n, 1);
    return js_mk_number(js_to_double(n) + 1);
}

JSValue rt_dec(JSValue a)
{
    JSValue n = js_to_numeric(a);
    if (n == JS_EXCEPTION) return n;
    if (js_is_bigint(n)) return js_bigint_add_small(n, -1);
    return js_mk_number(js_to_double(n) - 1);
}

/* The int32 operands of a bitwise operator, or (return 1) two BigInts. */
static int two_int32(JSValue *a, JSValue *b, int32_t *x, int32_t *y)
{
    if (js_is_int32(*a) && js_is_int32(*b)) {
        *x = js_get_int32(*a);
        *y = js_get_int32(*b);
        return 0;
    }
    double dx, dy;
    int k = two_numerics(*a, *b, a, b, &dx, &dy);
    if (k != 0) return k;
    *x = js_double_to_int32(dx);
    *y = js_double_to_int32(dy);
    return 0;
}

#define INT_BINOP(name, bigop, expr) \
    JSValue name(JSValue a, JSValue b) \
    { \
        int32_t x, y; \
        int k = two_int32(&a, &b, &x, &y); \
        if (k < 0) return JS_EXCEPTION; \
        if (k) return js_bigint_binary(bigop, a, b); \
        return expr; \
    }
INT_BINOP(rt_bitand, JS_BIGINT_AND, js_mk_int32(x & y))
INT_BINOP(rt_bitor, JS_BIGINT_OR, js_mk_int32(x | y))
INT_BINOP(rt_bitxor, JS_BIGINT_XOR, js_mk_int32(x ^ y))
INT_BINOP(rt_shl, JS_BIGINT_SHL, js_mk_int32((int32_t)((uint32_t)x << (y & 31))))
INT_BINOP(rt_sar, JS_BIGINT_SAR, js_mk_int32(x >> (y & 31)))

JSValue rt_shr(JSValue a, JSValue b)
{
    int32_t x, y;
    int k = two_int32(&a, &b, &x, &y);
    if (k < 0) return JS_EXCEPTION;
    if (k) return js_throw_type_error("BigInts have no unsigned right shift, use >> instead");
    return js_mk_number((double)((uint32_t)x >> (y & 31)));
}

JSValue rt_bitnot(JSValue a)
{
    JSValue n = js_to_numeric(a);
    if (n == JS_EXCEPTION) return n;
    if (js_is_bigint(n)) return js_bigint_bitnot(n);
    return js_mk_int32(~js_double_to_int32(js_to_double(n)));
}

/* ---- relational comparison ------------------------------------------------------ */

/* IsLessThan(a, b, left_first): 1 true, 0 false, 2 undefined (NaN), -1 throw. */
static int less_than(JSValue a, JSValue b, bool left_first)
{
    JSValue pa, pb;
    if (left_first) {
        pa = js_to_primitive(a, JS_HINT_NUMBER);
        if (pa == JS_EXCEPTION) return -1;
        pb = js_to_primitive(b, JS_HINT_NUMBER);
        if (pb == JS_EXCEPTION) return -1;
    } else {
        pb = js_to_primitive(b, JS_HINT_NUMBER);
        if (pb == JS_EXCEPTION) return -1;
        pa = js_to_primitive(a, JS_HINT_NUMBER);
        if (pa == JS_EXCEPTION) return -1;
    }
    if (js_is_string(pa) && js_is_string(pb)) return js_string_compare(pa, pb) < 0;
    if (js_is_bigint(pa) && js_is_string(pb)) {
        pb = js_string_to_bigint(pb);
        return pb == JS_EMPTY ? 2 : js_bigint_compare(pa, pb) < 0;
    }
    if (js_is_string(pa) && js_is_bigint(pb)) {
        pa = js_string_to_bigint(pa);
        return pa == JS_EMPTY ? 2 : js_bigint_compare(pa, pb) < 0;
    }
    if ((pa = js_to_numeric(pa)) == JS_EXCEPTION) return -1;
    if ((pb = js_to_numeric(pb)) == JS_EXCEPTION) return -1;
    bool ba = js_is_bigint(pa), bb = js_is_bigint(pb);
    if (ba && bb) return js_bigint_compare(pa, pb) < 0;
    if (ba) { int c = js_bigint_compare_double(pa, js_to_double(pb)); return c == 2 ? 2 : c < 0; }
    if (bb) { int c = js_bigint_compare_double(pb, js_to_double(pa)); return c == 2 ? 2 : c > 0; }
    double x = js_to_double(pa), y = js_to_double(pb);
    if (x != x || y != y) return 2;
    return x < y;
}

JSValue rt_lt(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) return js_mk_bool(js_to_double(a) < js_to_double(b));
    int r = less_than(a, b, true);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r == 1);
}

JSValue rt_gt(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) return js_mk_bool(js_to_double(a) > js_to_double(b));
    int r = less_than(b, a, false);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r == 1);
}

JSValue rt_le(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) return js_mk_bool(js_to_double(a) <= js_to_double(b));
    int r = less_than(b, a, false);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r == 0);
}

JSValue rt_ge(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) return js_mk_bool(js_to_double(a) >= js_to_double(b));
    int r = less_than(a, b, true);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r == 0);
}

/* ---- instanceof, in, delete ----------------------------------------------------- */

int js_ordinary_has_instance(JSValue ctor, JSValue v)
{
    if (!js_is_callable(ctor)) return 0;
    if (js_is_function(ctor) && (js_func(ctor)->info->flags & JS_FUNC_BOUND))
        return js_instance_of(v, js_func(ctor)->env->vars[0]);
    if (!js_is_object(v)) return 0;
    JSValue proto = js_get_property(ctor, JS_ATOM(prototype));
    if (proto == JS_EXCEPTION) return -1;
    if (!js_is_object(proto)) {
        js_throw_type_error("Function has non-object prototype '%s' in instanceof check",
                            js_value_to_message_text(proto));
        return -1;
    }
    for (JSValue p = js_get_prototype(v);; p = js_get_prototype(p)) {
        if (p == JS_EXCEPTION) return -1;   /* a proxy's getPrototypeOf threw */
        if (!js_is_object(p)) return 0;
        if (p == proto) return 1;
    }
}

int js_instance_of(JSValue v, JSValue ctor)
{
    if (!js_is_object(ctor)) {
        js_throw_type_error("Right-hand side of 'instanceof' is not %s",
                            js_is_callable(ctor) ? "callable" : "an object");
        return -1;
    }
    JSValue h = js_get_property(ctor, JS_SYM(hasInstance));
    if (h == JS_EXCEPTION) return -1;
    if (!js_is_nullish(h)) {
        JSValue r = js_call(h, ctor, 1, &v);
        if (r == JS_EXCEPTION) return -1;
        return js_to_boolean(r);
    }
    if (!js_is_callable(ctor)) {
        js_throw_type_error("Right-hand side of 'instanceof' is not callable");
        return -1;
    }
    return js_ordinary_has_instance(ctor, v);
}

JSValue rt_instanceof(JSValue v, JSValue ctor)
{
    int r = js_instance_of(v, ctor);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

JSValue rt_with_has(JSValue obj, JSValue key)
{
    int r = js_has_property(obj, key);
    if (r <= 0) return r < 0 ? JS_EXCEPTION : JS_FALSE;
    JSValue u = js_get_property(obj, JS_SYM(unscopables));
    if (u == JS_EXCEPTION) return u;
    if (!js_is_object(u)) return JS_TRUE;
    JSValue blocked = js_get_property(u, key);
    if (blocked == JS_EXCEPTION) return blocked;
    return js_mk_bool(!js_to_boolean(blocked));
}

JSValue rt_with_set_strict(JSValue obj, JSValue key, JSValue v)
{
    int r = js_has_property(obj, key);
    if (r < 0) return JS_EXCEPTION;
    if (!r) return js_throw_reference_error("%s is not defined", js_string_to_utf8(key, NULL));
    return js_set_property(obj, key, v, true) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JSValue rt_in(JSValue key, JSValue obj)
{
    if (!js_is_object(obj)) {
        JSValue ks = js_is_symbol(key) ? js_symbol_descriptive_string(key) : js_to_string(key);
        if (ks == JS_EXCEPTION) return ks;
        const char *what = js_is_string(obj) ? js_string_to_utf8(obj, NULL) : js_value_to_message_text(obj);
        return js_throw_type_error("Cannot use 'in' operator to search for '%s' in %s",
                                   js_string_to_utf8(ks, NULL), what);
    }
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    int r = js_has_property(obj, a);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

JSValue rt_delete_prop(JSValue obj, JSValue key, int32_t strict)
{
    if (js_is_nullish(obj)) {
        return js_throw_type_error("Cannot convert undefined or null to object");
    }
    JSAtom a = js_value_to_atom(key);
    if (a == JS_EXCEPTION) return a;
    if (!js_is_object(obj)) {
        /* deleting an own property of a primitive: only string indices/length fail */
        uint32_t idx;
        if (js_is_string(obj) && (a == JS_ATOM(length) || (js_atom_is_index(a, &idx) && idx < js_string_length(obj)))) {
            if (strict) return js_throw_type_error("Cannot delete property '%s' of [object String]", js_string_to_utf8(a, NULL));
            return JS_FALSE;
        }
        return JS_TRUE;
    }
    int r = js_delete_property(obj, a, strict != 0);
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

/* ---- messages --------------------------------------------------------------------- */

const char *js_value_to_message_text(JSValue v)
{
    if (js_is_string(v)) {
        size_t n;
        const char *s = js_string_to_utf8(v, &n);
        char *b = rt_alloc_atomic(n + 3);
        b[0] = '"';
        memcpy(b + 1, s, n);
        b[n + 1] = '"';
        b[n + 2] = 0;
        return b;
    }
    if (js_is_symbol(v)) return js_string_to_utf8(js_symbol_descriptive_string(v), NULL);
    if (js_is_function(v)) {
        JSValue n = js_function_name(v);
        const char *name = js_string_to_utf8(n, NULL);
        size_t len = strlen(name) + 32;
        char *b = rt_alloc_atomic(len);
        if (*name) snprintf(b, len, "function %s", name);
        else snprintf(b, len, "function (anonymous)");
        return b;
    }
    if (js_is_object(v)) return js_object_tag_text(v);
    JSValue s = js_to_string(v);
    if (s == JS_EXCEPTION) { rt_take_exception(); return "?"; }
    return js_string_to_utf8(s, NULL);
}
