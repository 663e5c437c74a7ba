/*
 * js_proxy.h — the proxy internal methods (js_proxy.c) that object.c and
 * function.c dispatch to for JS_CELL_PROXY objects. Each follows the
 * convention of the ordinary method it replaces (-1 / JS_EXCEPTION on a
 * throw) and checks the spec's invariants on the trap's result.
 */
#ifndef KILN_JS_PROXY_H
#define KILN_JS_PROXY_H

#include "kiln/runtime.h"

bool js_is_proxy(JSValue v);
bool js_proxy_is_callable(JSValue p);
bool js_proxy_is_constructor(JSValue p);
/* The target (JS_NULL once revoked). */
JSValue js_proxy_target(JSValue p);

JSValue js_proxy_get_prototype_of(JSValue p);
int js_proxy_set_prototype_of(JSValue p, JSValue proto, bool throw_on_fail);
int js_proxy_is_extensible(JSValue p);
int js_proxy_prevent_extensions(JSValue p, bool throw_on_fail);
int js_proxy_get_own_property(JSValue p, JSAtom key, JSPropertyDescriptor *out);
int js_proxy_define_own_property(JSValue p, JSAtom key, const JSPropertyDescriptor *desc, bool throw_on_fail);
int js_proxy_has(JSValue p, JSAtom key);
JSValue js_proxy_get(JSValue p, JSAtom key, JSValue receiver);
int js_proxy_set(JSValue p, JSAtom key, JSValue val, JSValue receiver, bool throw_on_fail);
int js_proxy_delete(JSValue p, JSAtom key, bool throw_on_fail);
JSAtom *js_proxy_own_keys(JSValue p, int flags, uint32_t *count);
JSValue js_proxy_call(JSValue p, JSValue this_val, int32_t argc, const JSValue *argv);
JSValue js_proxy_construct(JSValue p, int32_t argc, const JSValue *argv, JSValue new_target);

#endif
