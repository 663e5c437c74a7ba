/*
 * eval.h — the seam between the always-linked runtime and libkiln_eval, the
 * JIT that compiles code from strings at run time (runtime/eval/rt_eval.c).
 *
 * The runtime builds a JSEvalRequest (the UTF-8 source and what kind of code
 * it is) and calls js_eval_hook; libkiln_eval sets the hook from a
 * constructor when the driver links it in. With no hook, eval and the
 * Function constructor throw an EvalError (runtime/builtins/js_eval.c).
 */
#ifndef KILN_EVAL_H
#define KILN_EVAL_H

#include <stddef.h>

#include "kiln/value.h"

typedef enum JSEvalKind {
    JS_EVAL_SCRIPT,   /* indirect eval: a global script, returns its completion value */
    JS_EVAL_FUNCTION, /* the Function constructor: "(function anonymous(...\n) {\n...\n})" */
} JSEvalKind;

typedef struct JSEvalRequest {
    const char *text;  /* UTF-8, NUL-terminated; must stay alive (GC memory is fine) */
    size_t len;        /* bytes without the NUL */
    JSEvalKind kind;
    /* JS_EVAL_FUNCTION: byte offsets of the body's `{` and just past its `}`,
     * which the parsed function must span exactly (else the parameters or
     * the body did not parse on their own: a SyntaxError) */
    size_t body_start, body_end;
    JSValue this_val;  /* `this` of the script */
} JSEvalRequest;

/* Compiles and runs [req]: its completion value (the function, for
 * JS_EVAL_FUNCTION), or JS_EXCEPTION with a SyntaxError or the script's
 * exception pending. NULL when the JIT is not linked in. */
extern JSValue (*js_eval_hook)(const JSEvalRequest *req);

/* eval(src) of a string in the global scope. */
JSValue js_eval_string(JSValue src, JSValue this_val);
/* new Function(p1, ..., body) with [prefix] "function" (later "function*",
 * "async function", "async function*"). */
JSValue js_create_dynamic_function(int32_t argc, const JSValue *argv, const char *prefix);

#endif
