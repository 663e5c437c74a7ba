/*
 * node_errors.h — node's coded errors (internal/errors.js): a TypeError or
 * RangeError whose stack reads "TypeError [ERR_X]: message" and that carries
 * an enumerable `code` property.
 */
#ifndef KILN_NODE_ERRORS_H
#define KILN_NODE_ERRORS_H

#include "kiln/runtime.h"

/* Throws the error; always returns JS_EXCEPTION. fmt is printf-style UTF-8. */
JSValue js_node_throw_code(JSErrorType type, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* ERR_INVALID_ARG_TYPE: 'The "name" argument must be <expected>. Received …'
 * (expected e.g. "of type function"). */
JSValue js_node_throw_invalid_arg_type(const char *name, const char *expected, JSValue actual);
/* node's determineSpecificType: "undefined", "function f",
 * "an instance of Foo", "type number (5)". GC memory; never NULL. */
char *js_node_describe_received(JSValue v);
/* ERR_OUT_OF_RANGE: 'The value of "name" is out of range. It must be
 * <range>. Received <value>' (integers beyond 2^32 with separators). */
JSValue js_node_throw_out_of_range(const char *name, const char *range, JSValue received);
char *js_node_describe_out_of_range(JSValue v);

#endif /* KILN_NODE_ERRORS_H */
