/*
 * bigint.c — BigInt values on GMP (see bigint.h).
 *
 * GMP's mpz functions already have the semantics the spec asks for:
 * truncating division (tdiv), and bitwise operators on negative numbers as
 * if in infinite two's complement. What is ours: the size limit, exact
 * Number conversions in both directions, and StringToBigInt.
 */
#include <math.h>
#include <string.h>

#include <gmp.h>

#include "kiln/bigint.h"
#include "builtins/builtins.h"
#include "internal.h"

typedef struct JSBigInt {
    JSCellHeader h;
    mpz_t z;
} JSBigInt;

/* V8's limit, so that the same programs fail the same way. */
#define JS_BIGINT_MAX_BITS ((uint64_t)1 << 30)

static const mpz_t *z_of(JSValue v) { return (const mpz_t *)&((JSBigInt *)js_cell_ptr(v))->z; }
#define Z(v) (*z_of(v))

/* ---- allocation: limbs in the collected heap, never scanned ------------- */

static void *gmp_alloc(size_t n) { return rt_alloc_atomic(n); }

static void *gmp_realloc(void *p, size_t old_size, size_t new_size)
{
    void *q = rt_alloc_atomic(new_size);
    memcpy(q, p, old_size < new_size ? old_size : new_size);
    return q;
}

static void gmp_free(void *p, size_t n) { (void)p; (void)n; }

void js_bigint_init(void) { mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free); }

/* A new cell owning z's limbs (z must not be cleared or reused after). */
static JSValue wrap(mpz_t z)
{
    JSBigInt *b = rt_alloc_cell(sizeof *b);
    b->h.kind = JS_CELL_BIGINT;
    b->h.shape = &js_static_shapes[JS_CELL_BIGINT];
    memcpy(&b->z, z, sizeof(mpz_t));
    return js_mk_cell(b);
}

static JSValue too_big(void) { return js_throw_range_error("Maximum BigInt size exceeded"); }

/* ---- construction ------------------------------------------------------- */

JSValue js_bigint_from_decimal(const char *digits, size_t len)
{
    char *buf = rt_alloc_atomic(len + 1);
    memcpy(buf, digits, len);
    buf[len] = 0;
    mpz_t z;
    if (mpz_init_set_str(z, buf, 10) != 0) mpz_set_ui(z, 0);
    return wrap(z);
}

JSValue js_bigint_from_int64(int64_t i)
{
    mpz_t z;
    mpz_init(z);
    if (i >= 0) {
        mpz_set_ui(z, (unsigned long)i);
    } else {
        mpz_set_ui(z, (unsigned long)(0 - (uint64_t)i));
        mpz_neg(z, z);
    }
    return wrap(z);
}

JSValue js_number_to_bigint(JSValue v)
{
    double d = js_to_double(v);
    if (!isfinite(d) || trunc(d) != d) {
        JSValue s = js_to_string(v);
        char buf[64];
        js_string_to_utf8_buf(s, buf, sizeof buf);
        return js_throw_range_error("The number %s cannot be converted to a BigInt because it is not an integer", buf);
    }
    mpz_t z;
    mpz_init_set_d(z, d);   /* exact for an integral double */
    return wrap(z);
}

/* StringIntegerLiteral (§7.1.14): white space around an optionally signed
 * decimal integer, or an unsigned 0x/0o/0b literal; empty means 0n. No
 * separators, no fraction, no `n` suffix. */
JSValue js_string_to_bigint(JSValue str)
{
    JSString *s = js_string_flatten(js_str(str));
    uint32_t a = 0, b = s->length;
    while (a < b && js_is_space_unit(js_flat_char_at(s, a))) a++;
    while (b > a && js_is_space_unit(js_flat_char_at(s, b - 1))) b--;
    mpz_t z;
    mpz_init(z);
    if (a == b) return wrap(z);
    int base = 10;
    bool negative = false;
    uint16_t c0 = js_flat_char_at(s, a);
    if (b - a > 2 && c0 == '0') {
        uint16_t p = js_flat_char_at(s, a + 1) | 0x20;
        base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
        if (base != 10) a += 2;
    }
    if (base == 10 && (c0 == '+' || c0 == '-')) {
        negative = c0 == '-';
        if (++a == b) return JS_EMPTY;
    }
    char *buf = rt_alloc_atomic(b - a + 1);
    for (uint32_t i = a; i < b; i++) {
        uint16_t c = js_flat_char_at(s, i);
        int dv = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? (c | 0x20) - 'a' + 10 : 99;
        if (dv >= base) return JS_EMPTY;
        buf[i - a] = (char)c;
    }
    buf[b - a] = 0;
    if (mpz_set_str(z, buf, base) != 0) return JS_EMPTY;
    if (negative) mpz_neg(z, z);
    return wrap(z);
}

JSValue js_to_bigint(JSValue v)
{
    JSValue p = js_to_primitive(v, JS_HINT_NUMBER);
    if (p == JS_EXCEPTION) return p;
    if (js_is_bigint(p)) return p;
    if (p == JS_TRUE || p == JS_FALSE) return js_bigint_from_int64(p == JS_TRUE);
    if (js_is_string(p)) {
        JSValue r = js_string_to_bigint(p);
        if (r != JS_EMPTY) return r;
        return js_throw_syntax_error("Cannot convert %s to a BigInt", js_string_to_utf8(p, NULL));
    }
    if (js_is_symbol(p))
        return js_throw_type_error("Cannot convert %s to a BigInt",
                                   js_string_to_utf8(js_symbol_descriptive_string(p), NULL));
    return js_throw_type_error("Cannot convert %s to a BigInt", js_value_to_message_text(p));
}

/* ---- conversions out ---------------------------------------------------- */

JSValue js_bigint_to_string(JSValue b, int radix)
{
    char *digits = mpz_get_str(NULL, radix, Z(b));
    return js_new_string_latin1((const uint8_t *)digits, strlen(digits));
}

double js_bigint_to_double(JSValue b)
{
    const mpz_t *z = z_of(b);
    size_t n = mpz_sizeinbase(*z, 2);
    if (n <= 53) return mpz_get_d(*z);   /* exact */
    if (n > 1025) return mpz_sgn(*z) < 0 ? -INFINITY : INFINITY;
    /* Keep 54 bits (53 + the rounding bit) and whether anything below is
     * set, then round to nearest, ties to even. */
    mpz_t m;
    mpz_init(m);
    mpz_abs(m, *z);
    bool sticky = mpz_scan1(m, 0) < n - 54;
    mpz_tdiv_q_2exp(m, m, n - 54);
    uint64_t top = (uint64_t)mpz_get_ui(m);
    uint64_t mant = top >> 1;
    if ((top & 1) && (sticky || (mant & 1))) mant++;
    double d = ldexp((double)mant, (int)(n - 53));
    return mpz_sgn(*z) < 0 ? -d : d;
}

bool js_bigint_is_zero(JSValue b) { return mpz_sgn(Z(b)) == 0; }
bool js_bigint_equals(JSValue a, JSValue b) { return mpz_cmp(Z(a), Z(b)) == 0; }

int js_bigint_compare(JSValue a, JSValue b)
{
    int c = mpz_cmp(Z(a), Z(b));
    return (c > 0) - (c < 0);
}

int js_bigint_compare_double(JSValue a, double d)
{
    if (d != d) return 2;
    if (isinf(d)) return d > 0 ? -1 : 1;
    int c = mpz_cmp_d(Z(a), d);   /* exact, fractions included */
    return (c > 0) - (c < 0);
}

uint32_t js_bigint_hash(JSValue b)
{
    const mpz_t *z = z_of(b);
    uint64_t h = (uint64_t)(int64_t)mpz_sgn(*z) * 0x9e3779b97f4a7c15u;
    size_t n = mpz_size(*z);
    for (size_t i = 0; i < n; i++) h = (h ^ (uint64_t)mpz_getlimbn(*z, (mp_size_t)i)) * 0x100000001b3u;
    return (uint32_t)(h ^ (h >> 32));
}

/* ---- arithmetic --------------------------------------------------------- */

/* The shift count of a << b as a signed 64-bit value, saturated: counts
 * beyond the size limit only matter for their sign. */
static int64_t shift_count(JSValue b)
{
    const mpz_t *z = z_of(b);
    if (mpz_sizeinbase(*z, 2) > 62) return mpz_sgn(*z) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return (int64_t)mpz_get_si(*z);
}

static JSValue shift_left(JSValue a, int64_t by)
{
    mpz_t r;
    mpz_init(r);
    if (mpz_sgn(Z(a)) == 0) return wrap(r);
    if (by >= 0) {
        if (mpz_sizeinbase(Z(a), 2) + (uint64_t)by > JS_BIGINT_MAX_BITS) return too_big();
        mpz_mul_2exp(r, Z(a), (mp_bitcnt_t)by);
    } else {
        uint64_t down = 0 - (uint64_t)by;
        if (down >= mpz_sizeinbase(Z(a), 2)) mpz_set_si(r, mpz_sgn(Z(a)) < 0 ? -1 : 0);
        else mpz_fdiv_q_2exp(r, Z(a), (mp_bitcnt_t)down);   /* floor, as >> is */
    }
    return wrap(r);
}

static JSValue power(JSValue a, JSValue b)
{
    if (mpz_sgn(Z(b)) < 0) return js_throw_range_error("undefined must be positive");   /* V8's words */
    mpz_t r;
    mpz_init(r);
    if (mpz_cmpabs_ui(Z(a), 1) <= 0 || mpz_sgn(Z(b)) == 0) {
        /* 0, 1 and -1 stay small for any exponent */
        if (mpz_sgn(Z(b)) == 0) mpz_set_ui(r, 1);
        else if (mpz_sgn(Z(a)) == 0) mpz_set_ui(r, 0);
        else if (mpz_sgn(Z(a)) > 0 || mpz_even_p(Z(b))) mpz_set_ui(r, 1);
        else mpz_set_si(r, -1);
        return wrap(r);
    }
    if (!mpz_fits_ulong_p(Z(b))) return too_big();
    unsigned long e = mpz_get_ui(Z(b));
    if ((uint64_t)(mpz_sizeinbase(Z(a), 2) - 1) * e + 1 > JS_BIGINT_MAX_BITS) return too_big();
    mpz_pow_ui(r, Z(a), e);
    return wrap(r);
}

JSValue js_bigint_binary(JSBigIntOp op, JSValue a, JSValue b)
{
    mpz_t r;
    switch (op) {
    case JS_BIGINT_POW: return power(a, b);
    case JS_BIGINT_SHL: return shift_left(a, shift_count(b));
    case JS_BIGINT_SAR: {
        int64_t by = shift_count(b);
        return shift_left(a, by == INT64_MIN ? INT64_MAX : -by);
    }
    case JS_BIGINT_MUL:
        if (mpz_sizeinbase(Z(a), 2) + mpz_sizeinbase(Z(b), 2) > JS_BIGINT_MAX_BITS + 1) return too_big();
        break;
    case JS_BIGINT_DIV:
    case JS_BIGINT_MOD:
        if (mpz_sgn(Z(b)) == 0) return js_throw_range_error("Division by zero");
        break;
    default: break;
    }
    mpz_init(r);
    switch (op) {
    case JS_BIGINT_ADD: mpz_add(r, Z(a), Z(b)); break;
    case JS_BIGINT_SUB: mpz_sub(r, Z(a), Z(b)); break;
    case JS_BIGINT_MUL: mpz_mul(r, Z(a), Z(b)); break;
    case JS_BIGINT_DIV: mpz_tdiv_q(r, Z(a), Z(b)); break;
    case JS_BIGINT_MOD: mpz_tdiv_r(r, Z(a), Z(b)); break;
    case JS_BIGINT_AND: mpz_and(r, Z(a), Z(b)); break;
    case JS_BIGINT_OR: mpz_ior(r, Z(a), Z(b)); break;
    case JS_BIGINT_XOR: mpz_xor(r, Z(a), Z(b)); break;
    default: break;
    }
    if (mpz_sizeinbase(r, 2) > JS_BIGINT_MAX_BITS) return too_big();
    return wrap(r);
}

JSValue js_bigint_negate(JSValue a)
{
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, Z(a));
    return wrap(r);
}

JSValue js_bigint_bitnot(JSValue a)
{
    mpz_t r;
    mpz_init(r);
    mpz_com(r, Z(a));
    return wrap(r);
}

JSValue js_bigint_add_small(JSValue a, int32_t delta)
{
    mpz_t r;
    mpz_init(r);
    if (delta >= 0) mpz_add_ui(r, Z(a), (unsigned long)delta);
    else mpz_sub_ui(r, Z(a), (unsigned long)(0 - (int64_t)delta));
    return wrap(r);
}

JSValue js_bigint_as_n(uint64_t bits, JSValue b, bool is_signed)
{
    const mpz_t *z = z_of(b);
    mpz_t r;
    mpz_init(r);
    if (bits == 0) return wrap(r);
    size_t have = mpz_sizeinbase(*z, 2);
    if (mpz_sgn(*z) >= 0 && have < bits) return b;                  /* fits as is */
    if (is_signed && have < bits) return b;                         /* negative, fits */
    if (bits > JS_BIGINT_MAX_BITS) return too_big();                /* 2^bits + b */
    mpz_fdiv_r_2exp(r, *z, (mp_bitcnt_t)bits);                      /* b mod 2^bits, >= 0 */
    if (is_signed && mpz_tstbit(r, (mp_bitcnt_t)(bits - 1))) {
        mpz_t m;
        mpz_init(m);
        mpz_setbit(m, (mp_bitcnt_t)bits);
        mpz_sub(r, r, m);
    }
    return wrap(r);
}

_Static_assert(sizeof(mp_limb_t) == 8, "64-bit GMP limbs");

uint64_t js_bigint_to_uint64(JSValue b)
{
    const mpz_t *z = z_of(b);
    uint64_t low = (uint64_t)mpz_getlimbn(*z, 0);   /* |b| mod 2^64 (64-bit limbs) */
    return mpz_sgn(*z) < 0 ? (uint64_t)0 - low : low;
}

JSValue js_bigint_from_uint64(uint64_t u)
{
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    return wrap(z);
}

JSValue rt_bigint_literal(const char *digits, int32_t len) { return js_bigint_from_decimal(digits, (size_t)len); }
