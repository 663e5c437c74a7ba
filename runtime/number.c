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
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kiln/runtime.h"

/* ---- Grisu3: the fast shortest-digits path ----------------------------------
 *
 * Florian Loitsch's Grisu3 ("Printing floating-point numbers quickly and
 * accurately with integers", PLDI 2010): scale v and its rounding boundaries
 * by a cached power of ten into a 64-bit window, generate digits from the
 * upper boundary, and weed the last digit towards v. It proves its answer
 * shortest and closest or reports failure (about 0.5% of doubles), in which
 * case shortest_digits_slow decides. The cached powers 10^K (K = -348, -340,
 * ..., 340) were generated exactly with rational arithmetic: f is
 * round(10^K / 2^e) with 2^63 <= f < 2^64.
 */
typedef struct DiyFp { uint64_t f; int e; } DiyFp;

static const struct { uint64_t f; int16_t e; int16_t k; } cached_powers[] = {
    { UINT64_C(0xfa8fd5a0081c0288), -1220, -348 },
    { UINT64_C(0xbaaee17fa23ebf76), -1193, -340 },
    { UINT64_C(0x8b16fb203055ac76), -1166, -332 },
    { UINT64_C(0xcf42894a5dce35ea), -1140, -324 },
    { UINT64_C(0x9a6bb0aa55653b2d), -1113, -316 },
    { UINT64_C(0xe61acf033d1a45df), -1087, -308 },
    { UINT64_C(0xab70fe17c79ac6ca), -1060, -300 },
    { UINT64_C(0xff77b1fcbebcdc4f), -1034, -292 },
    { UINT64_C(0xbe5691ef416bd60c), -1007, -284 },
    { UINT64_C(0x8dd01fad907ffc3c), -980, -276 },
    { UINT64_C(0xd3515c2831559a83), -954, -268 },
    { UINT64_C(0x9d71ac8fada6c9b5), -927, -260 },
    { UINT64_C(0xea9c227723ee8bcb), -901, -252 },
    { UINT64_C(0xaecc49914078536d), -874, -244 },
    { UINT64_C(0x823c12795db6ce57), -847, -236 },
    { UINT64_C(0xc21094364dfb5637), -821, -228 },
    { UINT64_C(0x9096ea6f3848984f), -794, -220 },
    { UINT64_C(0xd77485cb25823ac7), -768, -212 },
    { UINT64_C(0xa086cfcd97bf97f4), -741, -204 },
    { UINT64_C(0xef340a98172aace5), -715, -196 },
    { UINT64_C(0xb23867fb2a35b28e), -688, -188 },
    { UINT64_C(0x84c8d4dfd2c63f3b), -661, -180 },
    { UINT64_C(0xc5dd44271ad3cdba), -635, -172 },
    { UINT64_C(0x936b9fcebb25c996), -608, -164 },
    { UINT64_C(0xdbac6c247d62a584), -582, -156 },
    { UINT64_C(0xa3ab66580d5fdaf6), -555, -148 },
    { UINT64_C(0xf3e2f893dec3f126), -529, -140 },
    { UINT64_C(0xb5b5ada8aaff80b8), -502, -132 },
    { UINT64_C(0x87625f056c7c4a8b), -475, -124 },
    { UINT64_C(0xc9bcff6034c13053), -449, -116 },
    { UINT64_C(0x964e858c91ba2655), -422, -108 },
    { UINT64_C(0xdff9772470297ebd), -396, -100 },
    { UINT64_C(0xa6dfbd9fb8e5b88f), -369, -92 },
    { UINT64_C(0xf8a95fcf88747d94), -343, -84 },
    { UINT64_C(0xb94470938fa89bcf), -316, -76 },
    { UINT64_C(0x8a08f0f8bf0f156b), -289, -68 },
    { UINT64_C(0xcdb02555653131b6), -263, -60 },
    { UINT64_C(0x993fe2c6d07b7fac), -236, -52 },
    { UINT64_C(0xe45c10c42a2b3b06), -210, -44 },
    { UINT64_C(0xaa242499697392d3), -183, -36 },
    { UINT64_C(0xfd87b5f28300ca0e), -157, -28 },
    { UINT64_C(0xbce5086492111aeb), -130, -20 },
    { UINT64_C(0x8cbccc096f5088cc), -103, -12 },
    { UINT64_C(0xd1b71758e219652c), -77, -4 },
    { UINT64_C(0x9c40000000000000), -50, 4 },
    { UINT64_C(0xe8d4a51000000000), -24, 12 },
    { UINT64_C(0xad78ebc5ac620000), 3, 20 },
    { UINT64_C(0x813f3978f8940984), 30, 28 },
    { UINT64_C(0xc097ce7bc90715b3), 56, 36 },
    { UINT64_C(0x8f7e32ce7bea5c70), 83, 44 },
    { UINT64_C(0xd5d238a4abe98068), 109, 52 },
    { UINT64_C(0x9f4f2726179a2245), 136, 60 },
    { UINT64_C(0xed63a231d4c4fb27), 162, 68 },
    { UINT64_C(0xb0de65388cc8ada8), 189, 76 },
    { UINT64_C(0x83c7088e1aab65db), 216, 84 },
    { UINT64_C(0xc45d1df942711d9a), 242, 92 },
    { UINT64_C(0x924d692ca61be758), 269, 100 },
    { UINT64_C(0xda01ee641a708dea), 295, 108 },
    { UINT64_C(0xa26da3999aef774a), 322, 116 },
    { UINT64_C(0xf209787bb47d6b85), 348, 124 },
    { UINT64_C(0xb454e4a179dd1877), 375, 132 },
    { UINT64_C(0x865b86925b9bc5c2), 402, 140 },
    { UINT64_C(0xc83553c5c8965d3d), 428, 148 },
    { UINT64_C(0x952ab45cfa97a0b3), 455, 156 },
    { UINT64_C(0xde469fbd99a05fe3), 481, 164 },
    { UINT64_C(0xa59bc234db398c25), 508, 172 },
    { UINT64_C(0xf6c69a72a3989f5c), 534, 180 },
    { UINT64_C(0xb7dcbf5354e9bece), 561, 188 },
    { UINT64_C(0x88fcf317f22241e2), 588, 196 },
    { UINT64_C(0xcc20ce9bd35c78a5), 614, 204 },
    { UINT64_C(0x98165af37b2153df), 641, 212 },
    { UINT64_C(0xe2a0b5dc971f303a), 667, 220 },
    { UINT64_C(0xa8d9d1535ce3b396), 694, 228 },
    { UINT64_C(0xfb9b7cd9a4a7443c), 720, 236 },
    { UINT64_C(0xbb764c4ca7a44410), 747, 244 },
    { UINT64_C(0x8bab8eefb6409c1a), 774, 252 },
    { UINT64_C(0xd01fef10a657842c), 800, 260 },
    { UINT64_C(0x9b10a4e5e9913129), 827, 268 },
    { UINT64_C(0xe7109bfba19c0c9d), 853, 276 },
    { UINT64_C(0xac2820d9623bf429), 880, 284 },
    { UINT64_C(0x80444b5e7aa7cf85), 907, 292 },
    { UINT64_C(0xbf21e44003acdd2d), 933, 300 },
    { UINT64_C(0x8e679c2f5e44ff8f), 960, 308 },
    { UINT64_C(0xd433179d9c8cb841), 986, 316 },
    { UINT64_C(0x9e19db92b4e31ba9), 1013, 324 },
    { UINT64_C(0xeb96bf6ebadf77d9), 1039, 332 },
    { UINT64_C(0xaf87023b9bf0ee6b), 1066, 340 },

};

static DiyFp diy_mul(DiyFp a, DiyFp b)
{
    unsigned __int128 p = (unsigned __int128)a.f * b.f;
    uint64_t hi = (uint64_t)(p >> 64);
    uint64_t lo = (uint64_t)p;
    hi += lo >> 63;          /* round to nearest */
    return (DiyFp){ hi, a.e + b.e + 64 };
}

static DiyFp diy_normalize(DiyFp a)
{
    int sh = __builtin_clzll(a.f);
    return (DiyFp){ a.f << sh, a.e - sh };
}

static bool round_weed(char *buf, int len, uint64_t dist_too_high_w, uint64_t unsafe,
                       uint64_t rest, uint64_t ten_kappa, uint64_t unit)
{
    uint64_t small_d = dist_too_high_w - unit, big_d = dist_too_high_w + unit;
    while (rest < small_d && unsafe - rest >= ten_kappa &&
           (rest + ten_kappa < small_d || small_d - rest >= rest + ten_kappa - small_d)) {
        buf[len - 1]--;
        rest += ten_kappa;
    }
    if (rest < big_d && unsafe - rest >= ten_kappa &&
        (rest + ten_kappa < big_d || big_d - rest > rest + ten_kappa - big_d))
        return false;
    return 2 * unit <= rest && rest <= unsafe - 4 * unit;
}

static bool digit_gen(DiyFp low, DiyFp w, DiyFp high, char *buf, int *len, int *kappa)
{
    uint64_t unit = 1;
    DiyFp too_low = { low.f - unit, low.e }, too_high = { high.f + unit, high.e };
    uint64_t unsafe = too_high.f - too_low.f;
    int shift = -w.e;
    uint64_t one = UINT64_C(1) << shift;
    uint32_t integrals = (uint32_t)(too_high.f >> shift);
    uint64_t fractionals = too_high.f & (one - 1);
    uint32_t divisor = 1;
    int k = 1;
    while (k < 10 && (uint64_t)divisor * 10 <= integrals) { divisor *= 10; k++; }
    *kappa = k;
    *len = 0;
    while (*kappa > 0) {
        uint32_t digit = integrals / divisor;
        buf[(*len)++] = (char)('0' + digit);
        integrals %= divisor;
        (*kappa)--;
        uint64_t rest = ((uint64_t)integrals << shift) + fractionals;
        if (rest < unsafe)
            return round_weed(buf, *len, too_high.f - w.f, unsafe, rest, (uint64_t)divisor << shift, unit);
        divisor /= 10;
    }
    for (;;) {
        fractionals *= 10;
        unit *= 10;
        unsafe *= 10;
        uint32_t digit = (uint32_t)(fractionals >> shift);
        buf[(*len)++] = (char)('0' + digit);
        fractionals &= one - 1;
        (*kappa)--;
        if (fractionals < unsafe)
            return round_weed(buf, *len, (too_high.f - w.f) * unit, unsafe, fractionals, one, unit);
    }
}

/* Grisu3 for finite v > 0: digits (no trailing zeros), count, and n with
 * v = 0.DIGITS * 10^n; false when it cannot guarantee the answer. */
static bool grisu3(double v, char *digits, int *count, int *exp10)
{
    uint64_t bits = js_double_bits(v);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int bexp = (int)((bits >> 52) & 0x7FF);
    DiyFp fv;
    if (bexp == 0) fv = (DiyFp){ frac, -1074 };
    else fv = (DiyFp){ frac | (UINT64_C(1) << 52), bexp - 1075 };
    /* boundaries m- and m+ */
    DiyFp mplus = diy_normalize((DiyFp){ (fv.f << 1) + 1, fv.e - 1 });
    DiyFp mminus;
    if (frac == 0 && bexp > 1) mminus = (DiyFp){ (fv.f << 2) - 1, fv.e - 2 };
    else mminus = (DiyFp){ (fv.f << 1) - 1, fv.e - 1 };
    mminus.f <<= mminus.e - mplus.e;
    mminus.e = mplus.e;
    DiyFp w = diy_normalize(fv);
    /* a cached power putting the product's exponent in [-60, -32] */
    int lo = -60 - (w.e + 64), hi = -32 - (w.e + 64);
    size_t i = 0, n = sizeof cached_powers / sizeof cached_powers[0];
    while (i < n && cached_powers[i].e < lo) i++;
    if (i == n || cached_powers[i].e > hi) return false;
    DiyFp c = { cached_powers[i].f, cached_powers[i].e };
    int K = cached_powers[i].k;
    DiyFp sw = diy_mul(w, c), slow = diy_mul(mminus, c), shigh = diy_mul(mplus, c);
    int len, kappa;
    if (!digit_gen(slow, sw, shigh, digits, &len, &kappa)) return false;
    *exp10 = len + kappa - K;
    while (len > 1 && digits[len - 1] == '0') len--;
    digits[len] = 0;
    *count = len;
    return true;
}

/* Writes the shortest round-trip digits of d (finite, > 0) into digits
 * (no dot, no trailing zeros) and returns their count; *exp10 receives n
 * such that d = 0.DIGITS * 10^n. */
static int shortest_digits_slow(double d, char *digits, int *exp10)
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

static int shortest_digits(double d, char *digits, int *exp10)
{
    int count;
    if (grisu3(d, digits, &count, exp10)) return count;
    return shortest_digits_slow(d, digits, exp10);
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
