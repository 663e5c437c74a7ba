/*
 * encoding.h — the byte encodings of node's Buffer (utf8, utf16le/ucs2,
 * latin1/binary, ascii, base64, base64url, hex) as plain C over byte and
 * code-unit arrays, with no JSValue, so tests/unit/test_encoding.c can test
 * them directly. buffer.c and fs.c turn strings into bytes and back with
 * them.
 *
 * Decoding text into bytes follows node's lenient rules: base64 accepts both
 * alphabets, skips characters outside them (whitespace included) and stops
 * at the first '='; hex stops at the first pair that is not two hex digits;
 * latin1 and ascii keep the low byte of each code unit. Encoding bytes into
 * text: utf8 replaces invalid sequences by U+FFFD per maximal subpart (the
 * WHATWG decoder), ascii clears the high bit, base64url has no padding.
 */
#ifndef KILN_NODE_ENCODING_H
#define KILN_NODE_ENCODING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum JSEncoding {
    JS_ENC_UTF8, JS_ENC_UTF16LE, JS_ENC_LATIN1, JS_ENC_ASCII,
    JS_ENC_BASE64, JS_ENC_BASE64URL, JS_ENC_HEX,
    JS_ENC_INVALID = -1
} JSEncoding;

/* node's normalizeEncoding: "utf8", "UTF-8", "ucs2", "binary", ... */
JSEncoding js_encoding_parse(const char *name, size_t len);
/* The canonical name ("utf8", "utf16le", "latin1", ...). */
const char *js_encoding_name(JSEncoding e);

/* A string's code units: exactly one of l (one-byte) and w (two-byte) is set. */
typedef struct JSUnits {
    const uint8_t *l;
    const uint16_t *w;
    size_t n;
} JSUnits;

static inline uint16_t js_units_at(const JSUnits *u, size_t i) { return u->l ? u->l[i] : u->w[i]; }

/* Bytes the units take in encoding e (base64: node's estimate, from the
 * length and the '=' padding; hex: n / 2). */
size_t js_enc_byte_length(JSEncoding e, const JSUnits *u);
/* Writes at most cap bytes of the units in encoding e to dst; returns the
 * bytes written. utf8 and utf16le never write part of a character. */
size_t js_enc_write(JSEncoding e, const JSUnits *u, uint8_t *dst, size_t cap);

/* UTF-16 → UTF-8 with lone surrogates as U+FFFD, at most cap bytes of whole
 * characters; *consumed (may be NULL) gets the units used. */
size_t js_utf8_encode(const JSUnits *u, uint8_t *dst, size_t cap, size_t *consumed);
/* UTF-8 → UTF-16 with U+FFFD per maximal subpart of an invalid sequence;
 * dst has room for n units. Returns the units written. */
size_t js_utf8_decode(const uint8_t *s, size_t n, uint16_t *dst);
/* Whether s[0..n) is well-formed UTF-8 (buffer.isUtf8). */
bool js_utf8_valid(const uint8_t *s, size_t n);
/* base64 text of n bytes (dst: js_base64_encoded_len bytes). */
size_t js_base64_encoded_len(size_t n, bool url);
size_t js_base64_encode(const uint8_t *s, size_t n, char *dst, bool url);
/* Lenient decode (see above); dst has room for (n * 3) / 4 + 3 bytes. */
size_t js_base64_decode(const JSUnits *u, uint8_t *dst, size_t cap);
/* Lowercase hex (dst: 2n bytes). */
void js_hex_encode(const uint8_t *s, size_t n, char *dst);
/* Pairs until the first invalid one; returns the bytes written. */
size_t js_hex_decode(const JSUnits *u, uint8_t *dst, size_t cap);

#endif /* KILN_NODE_ENCODING_H */
