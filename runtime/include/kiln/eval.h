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
    JS_EVAL_DIRECT,   /* eval(src) by name: sees the caller's scope (JSEvalScope) */
} JSEvalKind;

/* What a direct eval site can see, a constant the compiler emits per site:
 * every binding visible there (all live in JSEnv slots in functions with a
 * direct eval), as env hops from the caller's innermost env and a slot. */
typedef struct JSEvalBinding {
    const char *name;   /* NUL-terminated */
    int32_t hops, slot;
    int32_t kind;       /* JS_EVAL_BIND_* */
} JSEvalBinding;
enum {
    JS_EVAL_BIND_VAR, JS_EVAL_BIND_LET, JS_EVAL_BIND_CONST, JS_EVAL_BIND_CALLEE,
    JS_EVAL_BIND_CATCH,  /* a catch parameter: a var of the same name is allowed (B.3.4) */
    JS_EVAL_BIND_VAROBJ, /* the var object of a function with a sloppy direct eval */
    JS_EVAL_BIND_WITH,   /* the object of an enclosing `with` */
};

typedef struct JSEvalScope {
    int32_t count;
    int32_t flags;      /* JS_EVAL_SCOPE_* */
    const JSEvalBinding *bindings;
} JSEvalScope;
#define JS_EVAL_SCOPE_STRICT      1  /* the caller is strict code */
#define JS_EVAL_SCOPE_GLOBAL_VARS 2  /* the caller's var scope is the global object */
#define JS_EVAL_SCOPE_PARAMS      4  /* in a non-arrow function's parameters: no var `arguments` */
#define JS_EVAL_SCOPE_NEW_TARGET  8  /* in a function: new.target allowed */
#define JS_EVAL_SCOPE_SUPER       16 /* in a method: super.x allowed */

typedef struct JSEvalRequest {
    const char *text;  /* UTF-8, NUL-terminated; must stay alive (GC memory is fine) */
    size_t len;        /* bytes without the NUL */
    JSEvalKind kind;
    /* JS_EVAL_FUNCTION: byte offsets of the body's `{` and just past its `}`,
     * which the parsed function must span exactly (else the parameters or
     * the body did not parse on their own: a SyntaxError) */
    size_t body_start, body_end;
    JSValue this_val;  /* `this` of the script */
    /* JS_EVAL_DIRECT: the caller's innermost env and its scope descriptor */
    void *env;
    const JSEvalScope *scope;
    JSValue new_target; /* the caller's new.target */
    JSValue home;       /* the caller's home object (super.x), or undefined */
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
