/*
 * js_dtoa.c — exact number formatting for Number.prototype.toFixed,
 * toExponential, toPrecision and toString(radix).
 *
 * These functions work on plain C doubles and ASCII buffers; they know
 * nothing of JSValue, so they can be tested on their own.
 *
 * Every finite double is m * 2^e with a 53-bit integer m, so it has a finite
 * decimal expansion: m << e when e >= 0, and m * 5^-e scaled by 10^e when
 * e < 0.  We compute that expansion exactly with a small bignum (at most
 * ~2,500 bits for 5e-324) and then round it the way the specification asks:
 * "if there are two such n, pick the larger n" — i.e. round half up on the
 * magnitude, the sign being handled first.  The shortest round-trip digits
 * (toExponential() without an argument) come from the C library's correctly
 * rounded %e at increasing precision, checked with strtod.
 *
 * toString(radix) for radix != 10 follows V8's algorithm, because node is our
 * oracle and the specification leaves the fractional digits to the
 * implementation: digits are produced until the remaining fraction is below
 * half the distance to the next double, with round-half-even on the last
 * digit; integer digits beyond 2^53 are written as zeros.
 */
#include "builtins.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a tiny unsigned bignum, little-endian 32-bit limbs ------------------ */

#define BIG_LIMBS 90 /* 2,880 bits: enough for 2^53 * 5^1074 and 2^1024 */

typedef struct Big {
    int n;                 /* limbs in use; 0 means the value 0 */
    uint32_t d[BIG_LIMBS];
} Big;

static void big_set_u64(Big *b, uint64_t v)
{
    b->n = 0;
    while (v) {
        b->d[b->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void big_mul_small(Big *b, uint32_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry)
        b->d[b->n++] = (uint32_t)carry;
}

static void big_shl(Big *b, int s)
{
    int limbs = s / 32, bits = s % 32;
    if (b->n == 0)
        return;
    if (bits) {
        uint32_t carry = 0;
        for (int i = 0; i < b->n; i++) {
            uint32_t v = b->d[i];
            b->d[i] = (v << bits) | carry;
            carry = v >> (32 - bits);
        }
        if (carry)
            b->d[b->n++] = carry;
    }
    if (limbs) {
        memmove(b->d + limbs, b->d, (size_t)b->n * sizeof(uint32_t));
        memset(b->d, 0, (size_t)limbs * sizeof(uint32_t));
        b->n += limbs;
    }
}

/* Divides b by m in place and returns the remainder. */
static uint32_t big_divmod_small(Big *b, uint32_t m)
{
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | b->d[i];
        b->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    while (b->n > 0 && b->d[b->n - 1] == 0)
        b->n--;
    return (uint32_t)rem;
}

/* Writes the decimal digits of b (most significant first, no leading zeros)
 * into out, destroying b; returns their count.  out must hold 900 chars. */
static int big_to_decimal(Big *b, char *out)
{
    char rev[900];
    int len = 0;
    while (b->n > 0) {
        uint32_t chunk = big_divmod_small(b, 1000000000u);
        for (int i = 0; i < 9; i++) {
            rev[len++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    while (len > 0 && rev[len - 1] == '0')
        len--;
    for (int i = 0; i < len; i++)
        out[i] = rev[len - 1 - i];
    return len;
}

/* ---- exact decimal expansion ------------------------------------------- */

/* The exact digits of a finite x > 0: x = 0.D * 10^point, D without leading
 * or trailing zeros. */
typedef struct Decimal {
    int len;
    int point;
    char d[900];
} Decimal;

static void exact_decimal(double x, Decimal *out)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t m = bits & ((1ull << 52) - 1);
    int e;
    if (be == 0) {
        e = -1074;
    } else {
        m |= 1ull << 52;
        e = be - 1075;
    }
    while (m && (m & 1) == 0 && e < 0) { /* fewer digits to produce */
        m >>= 1;
        e++;
    }
    Big b;
    big_set_u64(&b, m);
    int scale = 0; /* value = digits * 10^scale */
    if (e >= 0) {
        big_shl(&b, e);
    } else {
        int k = -e;
        scale = e;
        while (k >= 13) {
            big_mul_small(&b, 1220703125u); /* 5^13 */
            k -= 13;
        }
        uint32_t p5 = 1;
        while (k-- > 0)
            p5 *= 5;
        big_mul_small(&b, p5);
    }
    int len = big_to_decimal(&b, out->d);
    out->point = len + scale;
    while (len > 0 && out->d[len - 1] == '0')
        len--;
    out->len = len;
}

/* Rounds dec to its first `keep` digits, half up on the magnitude.  keep may
 * be <= 0 (everything rounds to 0 or to one unit at position `keep`).  After
 * the call dec has at most max(keep, 1) digits; a value that rounds to zero
 * has len 0. */
static void decimal_round(Decimal *dec, int keep)
{
    if (keep >= dec->len)
        return;
    if (keep < 0) {
        dec->len = 0;
        return;
    }
    int up = dec->d[keep] >= '5';
    dec->len = keep;
    if (!up) {
        while (dec->len > 0 && dec->d[dec->len - 1] == '0')
            dec->len--;
        return;
    }
    int i = keep - 1;
    while (i >= 0 && dec->d[i] == '9')
        i--;
    if (i < 0) {
        /* 999.. -> 1000..: one digit "1", point moves right. */
        dec->d[0] = '1';
        dec->len = 1;
        dec->point += 1;
        return;
    }
    dec->d[i]++;
    dec->len = i + 1;
}

/* Digit k of dec (0-based from the most significant), '0' past the end. */
static char decimal_digit(const Decimal *dec, int k)
{
    return k >= 0 && k < dec->len ? dec->d[k] : '0';
}

/* ---- shortest round-trip digits ----------------------------------------- */

/* The shortest digits that read back as x (> 0, finite); among equally short
 * candidates the C library's correct rounding picks the closest. */
static void shortest_decimal(double x, Decimal *out)
{
    char buf[40];
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, x);
        if (p == 17 || strtod(buf, NULL) == x)
            break;
    }
    /* buf is d[.ddd]e[+-]XX */
    int len = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            out->d[len++] = *s;
    int exp10 = atoi(s + 1);
    while (len > 1 && out->d[len - 1] == '0')
        len--;
    out->len = len;
    out->point = exp10 + 1;
}

/* ---- the public formatters --------------------------------------------- */

static int put_exponent(char *p, int e)
{
    return sprintf(p, "e%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
}

int js_dtoa_fixed(double x, int f, char *buf)
{
    char *p = buf;
    if (x < 0) {
        *p++ = '-';
        x = -x;
    }
    Decimal dec;
    if (x == 0) {
        dec.len = 0;
        dec.point = 1;
    } else {
        exact_decimal(x, &dec);
        decimal_round(&dec, dec.point + f);
        if (dec.len == 0)
            dec.point = 1;
    }
    /* integer part */
    if (dec.point <= 0) {
        *p++ = '0';
    } else {
        for (int k = 0; k < dec.point; k++)
            *p++ = decimal_digit(&dec, k);
    }
    if (f > 0) {
        *p++ = '.';
        for (int k = 0; k < f; k++)
            *p++ = decimal_digit(&dec, dec.point + k);
    }
    *p = '\0';
    return (int)(p - buf);
}

int js_dtoa_exponential(double x, int f, char *buf)
{
    char *p = buf;
    if (x < 0) {
        *p++ = '-';
        x = -x;
    }
    Decimal dec;
    if (x == 0) {
        dec.len = 0;
        dec.point = 1;
        if (f < 0)
            f = 0;
    } else if (f < 0) {
        shortest_decimal(x, &dec);
        f = dec.len - 1;
    } else {
        exact_decimal(x, &dec);
        decimal_round(&dec, f + 1);
    }
    *p++ = decimal_digit(&dec, 0);
    if (f > 0) {
        *p++ = '.';
        for (int k = 1; k <= f; k++)
            *p++ = decimal_digit(&dec, k);
    }
    p += put_exponent(p, x == 0 ? 0 : dec.point - 1);
    return (int)(p - buf);
}

int js_dtoa_precision(double x, int prec, char *buf)
{
    char *p = buf;
    if (x < 0) {
        *p++ = '-';
        x = -x;
    }
    Decimal dec;
    int e;
    if (x == 0) {
        dec.len = 0;
        dec.point = 1;
        e = 0;
    } else {
        exact_decimal(x, &dec);
        decimal_round(&dec, prec);
        e = dec.point - 1;
    }
    if (e < -6 || e >= prec) {
        *p++ = decimal_digit(&dec, 0);
        if (prec > 1) {
            *p++ = '.';
            for (int k = 1; k < prec; k++)
                *p++ = decimal_digit(&dec, k);
        }
        p += put_exponent(p, e);
        return (int)(p - buf);
    }
    if (e >= 0) {
        for (int k = 0; k <= e; k++)
            *p++ = decimal_digit(&dec, k);
        if (prec > e + 1) {
            *p++ = '.';
            for (int k = e + 1; k < prec; k++)
                *p++ = decimal_digit(&dec, k);
        }
    } else {
        *p++ = '0';
        *p++ = '.';
        for (int k = 0; k < -e - 1; k++)
            *p++ = '0';
        for (int k = 0; k < prec; k++)
            *p++ = decimal_digit(&dec, k);
    }
    *p = '\0';
    return (int)(p - buf);
}

/* ---- toString(radix) ---------------------------------------------------- */

static double next_double(double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    bits++;
    memcpy(&v, &bits, sizeof v);
    return v;
}

/* The exponent of v written as significand(53-bit integer) * 2^exponent. */
static int double_exponent(double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    if (be == 0)
        return -1074;
    return be - 1075;
}

int js_dtoa_radix(double value, int radix, char *out)
{
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    enum { SIZE = JS_DTOA_RADIX_BUF };
    char buffer[SIZE];
    int integer_cursor = SIZE / 2;
    int fraction_cursor = integer_cursor;
    int negative = value < 0;
    if (negative)
        value = -value;

    double integer = floor(value);
    double fraction = value - integer;
    /* Only as many fractional digits as the double's precision justifies. */
    double delta = 0.5 * (next_double(value) - value);
    double min_delta = next_double(0.0);
    if (min_delta > delta)
        delta = min_delta;
    if (fraction >= delta) {
        buffer[fraction_cursor++] = '.';
        do {
            fraction *= radix;
            delta *= radix;
            int digit = (int)fraction;
            buffer[fraction_cursor++] = chars[digit];
            fraction -= digit;
            /* round half to even */
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
                if (fraction + delta > 1) {
                    /* carry through the digits already written */
                    for (;;) {
                        fraction_cursor--;
                        if (fraction_cursor == SIZE / 2) {
                            integer += 1;
                            break;
                        }
                        char c = buffer[fraction_cursor];
                        int d = c > '9' ? (c - 'a' + 10) : (c - '0');
                        if (d + 1 < radix) {
                            buffer[fraction_cursor++] = chars[d + 1];
                            break;
                        }
                    }
                    break;
                }
            }
        } while (fraction >= delta && fraction_cursor < SIZE - 1);
    }
    /* Integer digits; those below the double's precision are zeros. */
    while (double_exponent(integer / radix) > 0) {
        integer /= radix;
        buffer[--integer_cursor] = '0';
    }
    do {
        double remainder = fmod(integer, radix);
        buffer[--integer_cursor] = chars[(int)remainder];
        integer = (integer - remainder) / radix;
    } while (integer > 0);
    if (negative)
        buffer[--integer_cursor] = '-';
    int len = fraction_cursor - integer_cursor;
    memcpy(out, buffer + integer_cursor, (size_t)len);
    out[len] = '\0';
    return len;
}
