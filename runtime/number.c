/*
 * number.c — Number::toString and StringToNumber, exactly as ECMA-262 says.
 *
 * js_dtoa produces the shortest digit string that reads back as the same
 * double (ECMA-262 6.1.6.1.20): integers below 2^53 print directly; other
 * values use the C library's correctly rounded %.*e at increasing precision
 * (binary search over 1..17, which is valid because a correctly rounded
 * p-digit form that round-trips implies every longer one does), then the
 * digits are laid out by the spec's rules (plain up to 1e21, exponent form
 * from 1e21 and below 1e-6).
 *
 * StringToNumber accepts the StringNumericLiteral grammar only: surrounding
 * white space and line terminators, an optional sign on decimal forms,
 * 0x/0o/0b prefixes (unsigned), Infinity; the empty string is 0 and anything
 * else NaN. The C library's strtod is used only on text already validated.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kiln/runtime.h"

/* Writes the shortest round-trip digits of d (finite, > 0) into digits
 * (no dot, no trailing zeros) and returns their count; *exp10 receives n
 * such that d = 0.DIGITS * 10^n. */
static int shortest_digits(double d, char *digits, int *exp10)
{
    char buf[40];
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(buf, sizeof buf, "%.*e", mid - 1, d);
        if (strtod(buf, NULL) == d) hi = mid; else lo = mid + 1;
    }
    snprintf(buf, sizeof buf, "%.*e", lo - 1, d);
    /* buf: D[.DDD]e[+-]XX */
    int k = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[k++] = *p;
    int e = atoi(p + 1);
    while (k > 1 && digits[k - 1] == '0') k--;
    digits[k] = 0;
    *exp10 = e + 1;
    return k;
}

int js_dtoa(double d, char *out)
{
    if (d != d) { strcpy(out, "NaN"); return 3; }
    if (d == 0) { strcpy(out, "0"); return 1; }
    if (isinf(d)) { strcpy(out, d < 0 ? "-Infinity" : "Infinity"); return d < 0 ? 9 : 8; }
    char *o = out;
    if (d < 0) { *o++ = '-'; d = -d; }
    if (d < 9007199254740992.0 && d == floor(d)) {
        uint64_t u = (uint64_t)d;
        char tmp[24];
        int k = 0;
        do { tmp[k++] = (char)('0' + u % 10); u /= 10; } while (u);
        while (k) *o++ = tmp[--k];
        *o = 0;
        return (int)(o - out);
    }
    char digits[24];
    int n;
    int k = shortest_digits(d, digits, &n);
    if (k <= n && n <= 21) {
        memcpy(o, digits, (size_t)k); o += k;
        for (int i = 0; i < n - k; i++) *o++ = '0';
    } else if (0 < n && n <= 21) {
        memcpy(o, digits, (size_t)n); o += n;
        *o++ = '.';
        memcpy(o, digits + n, (size_t)(k - n)); o += k - n;
    } else if (-6 < n && n <= 0) {
        *o++ = '0'; *o++ = '.';
        for (int i = 0; i < -n; i++) *o++ = '0';
        memcpy(o, digits, (size_t)k); o += k;
    } else {
        *o++ = digits[0];
        if (k > 1) { *o++ = '.'; memcpy(o, digits + 1, (size_t)(k - 1)); o += k - 1; }
        *o++ = 'e';
        int e = n - 1;
        *o++ = e < 0 ? '-' : '+';
        o += sprintf(o, "%d", e < 0 ? -e : e);
    }
    *o = 0;
    return (int)(o - out);
}

JSValue js_number_to_string(double d)
{
    char buf[40];
    if (d >= 0 && d < 10 && d == (int)d) /* common small integers share strings */
        return js_string_from_char_code((uint16_t)('0' + (int)d));
    int n = js_dtoa(d, buf);
    return js_new_string_latin1((const uint8_t *)buf, (size_t)n);
}

/* Number::toString(radix) for radix != 10: integer part exactly, fraction
 * digits until the remaining value is within half an ulp of the input
 * (the delta technique), rounding the last digit. */
JSValue js_number_to_string_radix(double value, int radix)
{
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (radix == 10 || value != value || isinf(value) || value == 0)
        return js_number_to_string(value);
    char buf[1100 + 1100 + 4];
    int mid = 1100 + 2;
    int ip = mid, fp = mid;           /* integer part grows left, fraction right */
    bool neg = value < 0;
    if (neg) value = -value;
    double integer = floor(value);
    double fraction = value - integer;
    double delta = 0.5 * (nextafter(value, INFINITY) - value);
    double min_delta = nextafter(0.0, 1.0);
    if (delta < min_delta) delta = min_delta;
    if (fraction >= delta) {
        buf[fp++] = '.';
        do {
            fraction *= radix;
            delta *= radix;
            int digit = (int)fraction;
            buf[fp++] = chars[digit];
            fraction -= digit;
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
                if (fraction + delta > 1) {
                    /* round up, propagating carries into the integer part */
                    for (;;) {
                        fp--;
                        if (fp == mid) { integer += 1; break; }
                        char c = buf[fp];
                        int dgt = c <= '9' ? c - '0' : c - 'a' + 10;
                        if (dgt + 1 < radix) { buf[fp++] = chars[dgt + 1]; break; }
                    }
                    break;
                }
            }
        } while (fraction >= delta && fp < (int)sizeof buf - 2);
        if (fp == mid + 1) fp = mid;   /* only the dot remained */
    }
    /* integer part: exact while representable, by repeated division */
    if (integer == 0) {
        buf[--ip] = '0';
    } else {
        while (integer >= 1 && ip > 1) {
            double q = floor(integer / radix);
            int digit = (int)(integer - q * radix);
            buf[--ip] = chars[digit];
            integer = q;
        }
    }
    if (neg) buf[--ip] = '-';
    return js_new_string_latin1((const uint8_t *)buf + ip, (size_t)(fp - ip));
}

/* ---- StringToNumber ------------------------------------------------------ */

static bool is_js_space(uint32_t c)
{
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

static int digit_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* p[0..n) is ASCII without surrounding space. */
static double parse_trimmed(const char *p, size_t n)
{
    if (n == 0) return 0;
    if (n > 2 && p[0] == '0' && (p[1] | 32) != 'e' && (p[1] < '0' || p[1] > '9') && p[1] != '.') {
        int radix = (p[1] | 32) == 'x' ? 16 : (p[1] | 32) == 'o' ? 8 : (p[1] | 32) == 'b' ? 2 : 0;
        if (!radix) return NAN;
        for (size_t i = 2; i < n; i++)
            if (digit_value((unsigned char)p[i]) >= radix) return NAN;
        if (radix == 16) {
            char *tmp = malloc(n + 1);
            memcpy(tmp, p, n); tmp[n] = 0;
            double r = strtod(tmp, NULL);
            free(tmp);
            return r;
        }
        double r = 0;
        for (size_t i = 2; i < n; i++) r = r * radix + digit_value((unsigned char)p[i]);
        return r;
    }
    size_t i = 0;
    bool neg = false;
    if (p[0] == '+' || p[0] == '-') { neg = p[0] == '-'; i++; }
    if (n - i == 8 && memcmp(p + i, "Infinity", 8) == 0) return neg ? -INFINITY : INFINITY;
    size_t start = i, digits = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') { i++; digits++; }
    if (i < n && p[i] == '.') {
        i++;
        while (i < n && p[i] >= '0' && p[i] <= '9') { i++; digits++; }
    }
    if (digits == 0) return NAN;
    if (i < n && (p[i] | 32) == 'e') {
        i++;
        if (i < n && (p[i] == '+' || p[i] == '-')) i++;
        size_t ed = 0;
        while (i < n && p[i] >= '0' && p[i] <= '9') { i++; ed++; }
        if (ed == 0) return NAN;
    }
    if (i != n) return NAN;
    char small[64];
    char *tmp = n - start < sizeof small ? small : malloc(n - start + 1);
    memcpy(tmp, p + start, n - start);
    tmp[n - start] = 0;
    double r = strtod(tmp, NULL);
    if (tmp != small) free(tmp);
    return neg ? -r : r;
}

double js_utf8_to_number(const char *s, size_t len)
{
    /* trim: ASCII spaces and the multi-byte white space of is_js_space */
    JSValue str = js_new_string_from_utf8(s, len);
    return js_string_to_number(str);
}

double js_string_to_number(JSValue v)
{
    JSString *s = js_string_flatten(js_str(v));
    uint32_t a = 0, b = s->length;
    while (a < b && is_js_space(js_flat_char_at(s, a))) a++;
    while (b > a && is_js_space(js_flat_char_at(s, b - 1))) b--;
    size_t n = b - a;
    char small[128];
    char *buf = n < sizeof small ? small : malloc(n + 1);
    for (uint32_t i = 0; i < n; i++) {
        uint16_t c = js_flat_char_at(s, a + i);
        if (c >= 0x80) { if (buf != small) free(buf); return NAN; }
        buf[i] = (char)c;
    }
    buf[n] = 0;
    double r = parse_trimmed(buf, n);
    if (buf != small) free(buf);
    return r;
}
