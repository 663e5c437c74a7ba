/*
 * js_promise.h — the C view of promises (js_promise.c) for the rest of the
 * runtime: node modules that return promises, and the event loop, which
 * asks after each microtask checkpoint whether a rejection went unhandled.
 */
#ifndef KILN_JS_PROMISE_H
#define KILN_JS_PROMISE_H

#include "kiln/runtime.h"

enum { JS_PROMISE_PENDING, JS_PROMISE_FULFILLED, JS_PROMISE_REJECTED };

bool js_is_promise(JSValue v);
/* A new pending %Promise%. */
JSValue js_promise_new(void);
/* Resolves (with thenable adoption) or rejects a promise made by
 * js_promise_new; a second settlement is ignored. */
void js_promise_resolve_value(JSValue promise, JSValue value);
void js_promise_reject_value(JSValue promise, JSValue reason);
/* PerformPromiseThen(promise, onFulfilled, onRejected) with C reactions: a
 * microtask job calls fn(data, value or reason, rejected) once the promise
 * settles. No derived promise (await and the async generator machinery). */
typedef void (*JSPromiseNativeReaction)(JSValue data, JSValue arg, bool rejected);
void js_promise_then_native(JSValue promise, JSPromiseNativeReaction fn, JSValue data);
/* PromiseResolve(%Promise%, x): x itself if it is a %Promise% whose
 * constructor is %Promise%, else a new promise resolved with x. May throw. */
JSValue js_promise_resolve_intrinsic(JSValue x);
/* JS_PROMISE_* and the result (value or reason; undefined while pending). */
int js_promise_state(JSValue promise, JSValue *result);
/* [[PromiseIsHandled]] = true: a rejection the caller reports itself. */
void js_promise_mark_handled(JSValue promise);
/* The reason of a promise that was rejected with no handler and still has
 * none, removed from the list; JS_EMPTY when there is none. Node checks
 * this after draining the microtask queue and treats the reason as an
 * uncaught exception (its default 'unhandledRejection' behaviour). */
JSValue js_promise_take_unhandled_rejection(void);

#endif
