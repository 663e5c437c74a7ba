/*
 * js_typed.h — ArrayBuffer, SharedArrayBuffer, the TypedArray family and
 * DataView (§25.1–25.3, §23.2): cell layouts, the element types, the
 * element conversions, and the hooks object.c and ic.c call for the
 * integer-indexed exotic behaviour of typed arrays (§10.4.5).
 *
 * Storage. A buffer's bytes are one block of rt_alloc_atomic memory (never
 * scanned: it holds no pointers), zeroed, little-endian as on both targets.
 * A detached buffer has data == NULL and byte_length 0. A resizable buffer
 * reallocates its block on resize (a fresh zeroed block, the old prefix
 * copied), so nothing may keep `data` across a call that can run
 * JavaScript: views always reach their bytes through `buffer->data`.
 *
 * Views. A typed array or DataView records its buffer, byte offset and
 * either a fixed length or JS_VIEW_LENGTH_TRACKING (constructed on a
 * resizable buffer without a length: the view follows the buffer's size).
 * Whether a view is out of bounds is computed on each use from the
 * buffer's current byte length (IsTypedArrayOutOfBounds, §10.4.5.12).
 */
#ifndef KILN_JS_TYPED_H
#define KILN_JS_TYPED_H

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "kiln/runtime.h"

/* Element types, in the order of the spec's Table 71. */
typedef enum JSTAType {
    JS_TA_INT8, JS_TA_UINT8, JS_TA_UINT8C, JS_TA_INT16, JS_TA_UINT16,
    JS_TA_INT32, JS_TA_UINT32, JS_TA_FLOAT32, JS_TA_FLOAT64,
    JS_TA_BIGINT64, JS_TA_BIGUINT64,
    JS_TA_TYPE_COUNT
} JSTAType;

static inline uint32_t js_ta_type_size(JSTAType t)
{
    static const uint8_t sizes[JS_TA_TYPE_COUNT] = { 1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8 };
    return sizes[t];
}
static inline bool js_ta_type_is_bigint(JSTAType t) { return t >= JS_TA_BIGINT64; }

/* h.flags of an ArrayBuffer cell (JS_CELL_ARRAY_BUFFER). */
#define JS_AB_DETACHED   JS_OBJ_CLASS_FLAG0
#define JS_AB_RESIZABLE  JS_OBJ_CLASS_FLAG1  /* maxByteLength given (growable for shared) */
#define JS_AB_SHARED     JS_OBJ_CLASS_FLAG2  /* a SharedArrayBuffer */

typedef struct JSArrayBuffer {
    JSObject o;
    uint8_t *data;            /* rt_alloc_atomic block; NULL when detached or empty */
    size_t byte_length;
    size_t max_byte_length;   /* == byte_length unless resizable */
} JSArrayBuffer;

/* h.flags of a typed array or DataView: the length follows the buffer. */
#define JS_VIEW_LENGTH_TRACKING JS_OBJ_CLASS_FLAG0

/* A typed array (JS_CELL_TYPED_ARRAY); h.extra holds its JSTAType. */
typedef struct JSTypedArray {
    JSObject o;
    JSArrayBuffer *buffer;
    size_t byte_offset;
    size_t length;            /* elements, unless JS_VIEW_LENGTH_TRACKING */
} JSTypedArray;

typedef struct JSDataView {
    JSObject o;
    JSArrayBuffer *buffer;
    size_t byte_offset;
    size_t byte_length;       /* unless JS_VIEW_LENGTH_TRACKING */
} JSDataView;

static inline bool js_ab_detached(const JSArrayBuffer *b) { return b->o.h.flags & JS_AB_DETACHED; }
static inline JSTAType js_ta_type(const JSTypedArray *t) { return (JSTAType)t->o.h.extra; }

/* IsTypedArrayOutOfBounds (a detached buffer is out of bounds too). */
static inline bool js_ta_out_of_bounds(const JSTypedArray *t)
{
    const JSArrayBuffer *b = t->buffer;
    if (js_ab_detached(b)) return true;
    if (t->byte_offset > b->byte_length) return true;
    if (t->o.h.flags & JS_VIEW_LENGTH_TRACKING) return false;
    return t->byte_offset + t->length * js_ta_type_size(js_ta_type(t)) > b->byte_length;
}

/* TypedArrayLength, 0 when out of bounds. */
static inline size_t js_ta_length(const JSTypedArray *t)
{
    if (js_ta_out_of_bounds(t)) return 0;
    if (t->o.h.flags & JS_VIEW_LENGTH_TRACKING)
        return (t->buffer->byte_length - t->byte_offset) / js_ta_type_size(js_ta_type(t));
    return t->length;
}

/* ---- element conversions (§7.1.6–7.1.11, NumericToRawBytes) ------------ */

/* ToInt32 of a double, as a modular integer (NaN, ±Infinity → 0). */
static inline uint32_t js_ta_modulo32(double d)
{
    if (!isfinite(d)) return 0;
    d = trunc(d);
    if (d >= -2147483648.0 && d <= 4294967295.0) return (uint32_t)(int64_t)d;
    double m = fmod(d, 4294967296.0);
    if (m < 0) m += 4294967296.0;
    return (uint32_t)m;
}
static inline int8_t js_to_int8(double d) { return (int8_t)(uint8_t)js_ta_modulo32(d); }
static inline uint8_t js_to_uint8(double d) { return (uint8_t)js_ta_modulo32(d); }
static inline int16_t js_to_int16(double d) { return (int16_t)(uint16_t)js_ta_modulo32(d); }
static inline uint16_t js_to_uint16(double d) { return (uint16_t)js_ta_modulo32(d); }
static inline int32_t js_to_int32_d(double d) { return (int32_t)js_ta_modulo32(d); }
static inline uint32_t js_to_uint32_d(double d) { return js_ta_modulo32(d); }

/* ToUint8Clamp: clamp to [0, 255], round half to even. */
static inline uint8_t js_to_uint8_clamp(double d)
{
    if (!(d > 0)) return 0;   /* also NaN */
    if (d >= 255) return 255;
    double f = floor(d);
    if (f + 0.5 < d) return (uint8_t)(f + 1);
    if (d < f + 0.5) return (uint8_t)f;
    return ((uint8_t)f & 1) ? (uint8_t)(f + 1) : (uint8_t)f;
}

/* Stores a Number into an element of type t at p (unaligned, little-endian). */
static inline void js_ta_store_number(JSTAType t, uint8_t *p, double d)
{
    switch (t) {
    case JS_TA_INT8: { int8_t v = js_to_int8(d); memcpy(p, &v, 1); break; }
    case JS_TA_UINT8: { uint8_t v = js_to_uint8(d); memcpy(p, &v, 1); break; }
    case JS_TA_UINT8C: { uint8_t v = js_to_uint8_clamp(d); memcpy(p, &v, 1); break; }
    case JS_TA_INT16: { int16_t v = js_to_int16(d); memcpy(p, &v, 2); break; }
    case JS_TA_UINT16: { uint16_t v = js_to_uint16(d); memcpy(p, &v, 2); break; }
    case JS_TA_INT32: { int32_t v = js_to_int32_d(d); memcpy(p, &v, 4); break; }
    case JS_TA_UINT32: { uint32_t v = js_to_uint32_d(d); memcpy(p, &v, 4); break; }
    case JS_TA_FLOAT32: { float v = (float)d; memcpy(p, &v, 4); break; }
    case JS_TA_FLOAT64: memcpy(p, &d, 8); break;
    default: break;
    }
}

/* Loads a non-BigInt element as a double. */
static inline double js_ta_load_number(JSTAType t, const uint8_t *p)
{
    switch (t) {
    case JS_TA_INT8: { int8_t v; memcpy(&v, p, 1); return v; }
    case JS_TA_UINT8: case JS_TA_UINT8C: { uint8_t v; memcpy(&v, p, 1); return v; }
    case JS_TA_INT16: { int16_t v; memcpy(&v, p, 2); return v; }
    case JS_TA_UINT16: { uint16_t v; memcpy(&v, p, 2); return v; }
    case JS_TA_INT32: { int32_t v; memcpy(&v, p, 4); return v; }
    case JS_TA_UINT32: { uint32_t v; memcpy(&v, p, 4); return v; }
    case JS_TA_FLOAT32: { float v; memcpy(&v, p, 4); return v; }
    case JS_TA_FLOAT64: { double v; memcpy(&v, p, 8); return v; }
    default: return 0;
    }
}

/* ---- shared between the three files ------------------------------------- */

/* js_array_buffer.c */
JSArrayBuffer *js_ab_of(JSValue v);  /* NULL unless an ArrayBuffer or SharedArrayBuffer */
/* AllocateArrayBuffer with the given prototype source (new_target or
 * JS_UNDEFINED for %ArrayBuffer%); JS_EXCEPTION on a RangeError. */
JSValue js_ab_allocate(JSValue new_target, size_t byte_length, size_t max_byte_length, bool resizable);
/* SpeciesConstructor(o, dflt) (§7.3.22). */
JSValue js_species_constructor(JSValue o, JSValue dflt);
/* DetachArrayBuffer. */
void js_ab_detach(JSArrayBuffer *b);

/* js_typed_array.c */
JSTypedArray *js_ta_of(JSValue v);   /* NULL unless a typed array */
const char *js_ta_type_name(JSTAType t);   /* "Uint8Array", ... */
/* TypedArrayGetElement / TypedArraySetElement with an integer index (no
 * conversion of the key); get returns JS_UNDEFINED when out of range, set
 * converts the value first and returns -1 when that threw. */
JSValue js_ta_get_index(JSTypedArray *t, double index);
int js_ta_set_index(JSTypedArray *t, double index, JSValue val);
/* Element i (< length) as a JSValue, no checks. */
JSValue js_ta_load(JSTypedArray *t, size_t i);

/* The integer-indexed exotic hooks (§10.4.5). Each returns -2 when `key`
 * is not a canonical numeric string (the caller continues with the
 * ordinary algorithm). */
int js_ta_exotic_get_own(JSObject *o, JSAtom key, JSPropertyDescriptor *d); /* 0 absent, 1 present */
int js_ta_exotic_define(JSObject *o, JSAtom key, const JSPropertyDescriptor *d, bool throw_on_fail);
JSValue js_ta_exotic_get(JSObject *o, JSAtom key, bool *handled);
/* [[Set]]: 1 done (or -1 threw); 0 when the ordinary set must continue on the receiver */
int js_ta_exotic_set(JSObject *o, JSAtom key, JSValue val, JSValue receiver, bool *handled);
int js_ta_exotic_delete(JSObject *o, JSAtom key);   /* 1 deleted/absent, 0 refused */
/* CanonicalNumericIndexString of a string key. */
bool js_canonical_numeric_index(JSAtom key, double *out);

/* Installers (js_builtins.c). */
void js_init_array_buffer(JSValue global);
void js_init_typed_array(JSValue global);
void js_init_data_view(JSValue global);

#endif
