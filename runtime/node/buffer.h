/*
 * buffer.h — node's Buffer (buffer.c) as the rest of the node layer uses it:
 * fs reads into Buffers and writes from any ArrayBufferView.
 *
 * A Buffer is a Uint8Array (a JS_CELL_TYPED_ARRAY cell of type Uint8) whose
 * prototype is Buffer.prototype, itself inheriting from Uint8Array.prototype;
 * the class is created on first use (the global `Buffer` is an accessor that
 * builds it, and require('buffer')).
 */
#ifndef KILN_NODE_BUFFER_H
#define KILN_NODE_BUFFER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "kiln/runtime.h"
#include "node/encoding.h"

/* A zeroed Buffer of n bytes. */
JSValue js_buffer_alloc(size_t n);
/* A Buffer holding a copy of p[0..n). */
JSValue js_buffer_from_bytes(const void *p, size_t n);
/* The bytes of a typed array or DataView (false for anything else). The
 * pointer is valid until JavaScript runs again. */
bool js_buffer_view_bytes(JSValue v, uint8_t **p, size_t *n);
bool js_is_uint8array(JSValue v);
/* The bytes p[0..n) decoded as a string in encoding e. */
JSValue js_buffer_decode(JSEncoding e, const uint8_t *p, size_t n);
/* A string's bytes in encoding e (GC atomic memory). */
uint8_t *js_buffer_encode_string(JSValue str, JSEncoding e, size_t *n);
/* An encoding argument: undefined/null → dflt; otherwise a known name or
 * ERR_UNKNOWN_ENCODING (-1). */
int js_buffer_arg_encoding(JSValue v, JSEncoding dflt, JSEncoding *out);
/* require('buffer') */
JSValue js_buffer_module(void);
/* Installs the lazy global `Buffer`. */
void js_buffer_install_global(JSValue global);

#endif /* KILN_NODE_BUFFER_H */
