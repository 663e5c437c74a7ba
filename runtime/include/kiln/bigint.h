/*
 * bigint.h — BigInt primitives (ECMA-262 §6.1.6.2) for the runtime.
 *
 * A BigInt is an immutable heap cell (JS_CELL_BIGINT) holding a GMP integer
 * whose limbs live in the collected heap: bigint.c points GMP's allocator
 * at the collector, so a BigInt needs no finaliser. Operations create new
 * cells; nothing here mutates a BigInt after it is made.
 *
 * Results that would exceed 2^30 bits (V8's limit) throw
 * "RangeError: Maximum BigInt size exceeded" instead of exhausting memory.
 */
#ifndef KILN_BIGINT_H
#define KILN_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kiln/runtime.h"

static inline bool js_is_bigint(JSValue v)
{
    return js_is_cell(v) && js_cell_kind(v) == JS_CELL_BIGINT;
}

/* The binary operators BigInt defines (§6.1.6.2). */
typedef enum {
    JS_BIGINT_ADD, JS_BIGINT_SUB, JS_BIGINT_MUL, JS_BIGINT_DIV, JS_BIGINT_MOD,
    JS_BIGINT_POW, JS_BIGINT_AND, JS_BIGINT_OR, JS_BIGINT_XOR, JS_BIGINT_SHL,
    JS_BIGINT_SAR,
} JSBigIntOp;

/* Called once at start-up, before any BigInt exists. */
void js_bigint_init(void);

/* From decimal digits (what the lexer leaves in a literal). */
JSValue js_bigint_from_decimal(const char *digits, size_t len);
JSValue js_bigint_from_int64(int64_t i);
/* NumberToBigInt: RangeError unless v is an integral number. */
JSValue js_number_to_bigint(JSValue v);
/* StringToBigInt: JS_EMPTY when the string is not a StringIntegerLiteral. */
JSValue js_string_to_bigint(JSValue str);
/* ToBigInt (§7.1.13): the conversion of BigInt(), asIntN and friends. */
JSValue js_to_bigint(JSValue v);

JSValue js_bigint_to_string(JSValue b, int radix);
/* The Number nearest to b (ties to even), ±Infinity beyond the range. */
double js_bigint_to_double(JSValue b);
bool js_bigint_is_zero(JSValue b);
bool js_bigint_equals(JSValue a, JSValue b);
/* -1, 0 or 1. */
int js_bigint_compare(JSValue a, JSValue b);
/* -1, 0 or 1, comparing exactly with any double; 2 when d is NaN. */
int js_bigint_compare_double(JSValue a, double d);
/* Equal BigInts hash alike (Map and Set keys). */
uint32_t js_bigint_hash(JSValue b);

/* a op b on two BigInts (JS_EXCEPTION on a RangeError). */
JSValue js_bigint_binary(JSBigIntOp op, JSValue a, JSValue b);
JSValue js_bigint_negate(JSValue a);
JSValue js_bigint_bitnot(JSValue a);
JSValue js_bigint_add_small(JSValue a, int32_t delta);
/* BigInt.asIntN / asUintN with bits already a valid index. */
JSValue js_bigint_as_n(uint64_t bits, JSValue b, bool is_signed);
/* ToBigUint64 (b modulo 2^64; cast to int64_t for ToBigInt64) and the
 * BigInt of an unsigned 64-bit integer (typed arrays, DataView). */
uint64_t js_bigint_to_uint64(JSValue b);
JSValue js_bigint_from_uint64(uint64_t u);

#endif
