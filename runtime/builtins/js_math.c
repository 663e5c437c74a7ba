/*
 * js_math.c — the Math object (ECMAScript 2024, §21.3): every function and
 * constant, with JavaScript's rules where they differ from C's libm:
 *   - Math.round rounds half up (-0.5 → -0, 2.5 → 3) and keeps -0;
 *   - Math.max/min convert every argument (valueOf side effects happen even
 *     after a NaN), return NaN if any is NaN, and order -0 below +0;
 *   - Math.pow follows the `**` operator (1 ** NaN is NaN, (-1) ** ±∞ is NaN),
 *     shared with the compiled operator through rt_math_pow;
 *   - Math.hypot returns +∞ if any argument is ±∞, even beside a NaN.
 * Math.random is xorshift128+ (as in V8), seeded once from /dev/urandom,
 * falling back to the clock.
 */
#include "builtins.h"

#include <math.h>
#include <stdio.h>
#include <time.h>

/* One-argument functions: ToNumber, then a C expression of x. */
#define MATH_FN1(name, expr)                                                \
    static JS_NATIVE(js_math_##name)                                        \
    {                                                                       \
        double x;                                                           \
        if (js_to_number(js_arg(argc, argv, 0), &x) < 0)                    \
            return JS_EXCEPTION;                                            \
        return js_mk_number(expr);                                          \
    }

static double js_round(double x)
{
    if (!isfinite(x) || x == 0)
        return x;
    if (x > 0 && x < 0.5)
        return 0.0;
    if (x < 0 && x >= -0.5)
        return -0.0;
    double r = floor(x);
    /* x - r is exact for every double with a fractional part. */
    if (x - r >= 0.5)
        r += 1;
    return r;
}

static double js_sign(double x)
{
    if (isnan(x) || x == 0)
        return x;
    return x > 0 ? 1 : -1;
}

MATH_FN1(abs, fabs(x))
MATH_FN1(acos, acos(x))
MATH_FN1(acosh, acosh(x))
MATH_FN1(asin, asin(x))
MATH_FN1(asinh, asinh(x))
MATH_FN1(atan, atan(x))
MATH_FN1(atanh, atanh(x))
MATH_FN1(cbrt, (double)cbrtl(x)) /* glibc cbrt(27) is 3.0000000000000004 */
MATH_FN1(ceil, ceil(x))
MATH_FN1(cos, cos(x))
MATH_FN1(cosh, cosh(x))
MATH_FN1(exp, exp(x))
MATH_FN1(expm1, expm1(x))
MATH_FN1(floor, floor(x))
MATH_FN1(fround, (double)(float)x)
MATH_FN1(log, log(x))
MATH_FN1(log1p, log1p(x))
MATH_FN1(log10, log10(x))
MATH_FN1(log2, log2(x))
MATH_FN1(round, js_round(x))
MATH_FN1(sign, js_sign(x))
MATH_FN1(sin, sin(x))
MATH_FN1(sinh, sinh(x))
MATH_FN1(sqrt, sqrt(x))
MATH_FN1(tan, tan(x))
MATH_FN1(tanh, tanh(x))
MATH_FN1(trunc, trunc(x))

static JS_NATIVE(js_math_atan2)
{
    double y, x;
    if (js_to_number(js_arg(argc, argv, 0), &y) < 0 ||
        js_to_number(js_arg(argc, argv, 1), &x) < 0)
        return JS_EXCEPTION;
    return js_mk_number(atan2(y, x));
}

static JS_NATIVE(js_math_pow)
{
    double b, e;
    if (js_to_number(js_arg(argc, argv, 0), &b) < 0 ||
        js_to_number(js_arg(argc, argv, 1), &e) < 0)
        return JS_EXCEPTION;
    return js_mk_number(rt_math_pow(b, e));
}

static JS_NATIVE(js_math_clz32)
{
    uint32_t u;
    if (js_to_uint32(js_arg(argc, argv, 0), &u) < 0)
        return JS_EXCEPTION;
    return js_mk_int32(u == 0 ? 32 : __builtin_clz(u));
}

static JS_NATIVE(js_math_imul)
{
    uint32_t a, b;
    if (js_to_uint32(js_arg(argc, argv, 0), &a) < 0 ||
        js_to_uint32(js_arg(argc, argv, 1), &b) < 0)
        return JS_EXCEPTION;
    return js_mk_int32((int32_t)(a * b));
}

/* Math.max (is_max) and Math.min: all arguments are converted first. */
static JSValue minmax(int32_t argc, const JSValue *argv, bool is_max)
{
    double r = is_max ? -INFINITY : INFINITY;
    bool nan = false;
    for (int32_t i = 0; i < argc; i++) {
        double x;
        if (js_is_int32(argv[i])) {
            x = js_get_int32(argv[i]);
        } else if (js_to_number(argv[i], &x) < 0) {
            return JS_EXCEPTION;
        }
        if (isnan(x)) {
            nan = true;
        } else if (is_max ? (x > r || (x == 0 && r == 0 && !signbit(x)))
                          : (x < r || (x == 0 && r == 0 && signbit(x)))) {
            r = x;
        }
    }
    return js_mk_number(nan ? NAN : r);
}

static JS_NATIVE(js_math_max) { return minmax(argc, argv, true); }
static JS_NATIVE(js_math_min) { return minmax(argc, argv, false); }

static JS_NATIVE(js_math_hypot)
{
    double stack_vals[8];
    double *vals = argc <= 8 ? stack_vals : rt_alloc_atomic(sizeof(double) * (size_t)argc);
    bool inf = false, nan = false;
    double maxabs = 0;
    for (int32_t i = 0; i < argc; i++) {
        if (js_to_number(argv[i], &vals[i]) < 0)
            return JS_EXCEPTION;
        double a = fabs(vals[i]);
        if (isinf(a))
            inf = true;
        else if (isnan(a))
            nan = true;
        else if (a > maxabs)
            maxabs = a;
    }
    if (inf)
        return js_mk_number(INFINITY);
    if (nan)
        return js_mk_number(NAN);
    if (maxabs == 0)
        return js_mk_int32(0);
    if (argc == 2)
        return js_mk_number(hypot(vals[0], vals[1]));
    /* Scaled sum of squares with Kahan compensation, as V8 does. */
    double sum = 0, comp = 0;
    for (int32_t i = 0; i < argc; i++) {
        double r = vals[i] / maxabs;
        double s = r * r - comp;
        double t = sum + s;
        comp = (t - sum) - s;
        sum = t;
    }
    return js_mk_number(sqrt(sum) * maxabs);
}

/* ---- Math.random: xorshift128+ ------------------------------------------ */

static uint64_t rng_state0, rng_state1;
static bool rng_seeded;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static void rng_seed(void)
{
    uint64_t seed = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f) {
        if (fread(&seed, sizeof seed, 1, f) != 1)
            seed = 0;
        fclose(f);
    }
    if (seed == 0) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        seed = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec ^ (uint64_t)(uintptr_t)&ts;
    }
    rng_state0 = splitmix64(&seed);
    rng_state1 = splitmix64(&seed);
    if ((rng_state0 | rng_state1) == 0)
        rng_state1 = 1;
    rng_seeded = true;
}

double js_math_random_double(void)
{
    if (!rng_seeded)
        rng_seed();
    uint64_t s1 = rng_state0;
    uint64_t s0 = rng_state1;
    rng_state0 = s0;
    s1 ^= s1 << 23;
    s1 ^= s1 >> 17;
    s1 ^= s0;
    s1 ^= s0 >> 26;
    rng_state1 = s1;
    /* 52 random mantissa bits in [1, 2), minus 1. */
    uint64_t bits = (rng_state0 >> 12) | UINT64_C(0x3FF0000000000000);
    return js_bits_double(bits) - 1.0;
}

static JS_NATIVE(js_math_random)
{
    return js_mk_double(js_math_random_double());
}

static const JSPropDef math_props[] = {
    JS_CFUNC_DEF("abs", 1, js_math_abs),
    JS_CFUNC_DEF("acos", 1, js_math_acos),
    JS_CFUNC_DEF("acosh", 1, js_math_acosh),
    JS_CFUNC_DEF("asin", 1, js_math_asin),
    JS_CFUNC_DEF("asinh", 1, js_math_asinh),
    JS_CFUNC_DEF("atan", 1, js_math_atan),
    JS_CFUNC_DEF("atanh", 1, js_math_atanh),
    JS_CFUNC_DEF("atan2", 2, js_math_atan2),
    JS_CFUNC_DEF("ceil", 1, js_math_ceil),
    JS_CFUNC_DEF("cbrt", 1, js_math_cbrt),
    JS_CFUNC_DEF("expm1", 1, js_math_expm1),
    JS_CFUNC_DEF("clz32", 1, js_math_clz32),
    JS_CFUNC_DEF("cos", 1, js_math_cos),
    JS_CFUNC_DEF("cosh", 1, js_math_cosh),
    JS_CFUNC_DEF("exp", 1, js_math_exp),
    JS_CFUNC_DEF("floor", 1, js_math_floor),
    JS_CFUNC_DEF("fround", 1, js_math_fround),
    JS_CFUNC_DEF("hypot", 2, js_math_hypot),
    JS_CFUNC_DEF("imul", 2, js_math_imul),
    JS_CFUNC_DEF("log", 1, js_math_log),
    JS_CFUNC_DEF("log1p", 1, js_math_log1p),
    JS_CFUNC_DEF("log2", 1, js_math_log2),
    JS_CFUNC_DEF("log10", 1, js_math_log10),
    JS_CFUNC_DEF("max", 2, js_math_max),
    JS_CFUNC_DEF("min", 2, js_math_min),
    JS_CFUNC_DEF("pow", 2, js_math_pow),
    JS_CFUNC_DEF("random", 0, js_math_random),
    JS_CFUNC_DEF("round", 1, js_math_round),
    JS_CFUNC_DEF("sign", 1, js_math_sign),
    JS_CFUNC_DEF("sin", 1, js_math_sin),
    JS_CFUNC_DEF("sinh", 1, js_math_sinh),
    JS_CFUNC_DEF("sqrt", 1, js_math_sqrt),
    JS_CFUNC_DEF("tan", 1, js_math_tan),
    JS_CFUNC_DEF("tanh", 1, js_math_tanh),
    JS_CFUNC_DEF("trunc", 1, js_math_trunc),
    JS_PROP_DOUBLE_DEF("E", 2.718281828459045, 0),
    JS_PROP_DOUBLE_DEF("LN10", 2.302585092994046, 0),
    JS_PROP_DOUBLE_DEF("LN2", 0.6931471805599453, 0),
    JS_PROP_DOUBLE_DEF("LOG10E", 0.4342944819032518, 0),
    JS_PROP_DOUBLE_DEF("LOG2E", 1.4426950408889634, 0),
    JS_PROP_DOUBLE_DEF("PI", 3.141592653589793, 0),
    JS_PROP_DOUBLE_DEF("SQRT1_2", 0.7071067811865476, 0),
    JS_PROP_DOUBLE_DEF("SQRT2", 1.4142135623730951, 0),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Math", JS_PROP_CONFIGURABLE),
};

void js_init_math(JSValue global)
{
    JSValue math = js_new_object();
    js_install_props(math, math_props, JS_COUNTOF(math_props));
    js_define_global(global, "Math", math);
}
