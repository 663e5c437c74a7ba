/*
 * natives.c — the C half of node's JavaScript modules: the objects that
 * stdlib/ code (and only it: cjs.c checks the requiring module's kind)
 * reaches as require('kiln:<name>'). Each holds what JavaScript cannot do
 * or cannot tell by itself; the module logic stays in stdlib/.
 *
 *   kiln:util    the C util module (inspect, format, inherits, ...), which
 *                stdlib/node/util.js extends
 *   kiln:types   kindOf(v): the internal class of an object as a string
 *                ("Date", "Map", "Uint8Array", "AsyncFunction", ...), for
 *                util.types, which must not be fooled by Symbol.toStringTag
 *   kiln:crypto  OpenSSL's hashes, HMACs, ciphers, KDFs (crypto.c)
 *   kiln:zlib    zlib's deflate and inflate (zlib.c)
 *   kiln:child_process  processes and pipes over libuv (child_process.c,
 *                a member of libkiln_rt.a that only the driver's -u
 *                pulls in)
 *   kiln:tty     isatty, window size, raw mode, getColorDepth (tty.c)
 *   kiln:dns     getaddrinfo on the threadpool (dns.c, pulled in by -u
 *                like child_process.c)
 *
 * crypto.c and zlib.c are libraries of their own (libkiln_crypto.a,
 * libkiln_zlib.a) that the driver links, with libcrypto or libz, only
 * into programs whose module graph holds node:crypto or node:zlib. This
 * file names their entry points as weak symbols: in a program without
 * them the symbol is null and the native is absent (nothing here pulls a
 * library in; the driver's -u does).
 *
 * One row of the table per native; each object is made on first use.
 */
#include <stdio.h>
#include <string.h>
#include "node/node.h"
#include "node/bundle.h"
#include "builtins/js_typed.h"
#include "internal.h"

static JSValue str(const char *s) { return js_new_string_cstr(s); }

static const char *function_kind(JSValue v)
{
    const JSFunction *f = js_func(v);
    uint32_t fl = f->info ? f->info->flags : 0;
    if ((fl & JS_FUNC_ASYNC) && (fl & JS_FUNC_GENERATOR))
        return "AsyncGeneratorFunction";
    if (fl & JS_FUNC_ASYNC)
        return "AsyncFunction";
    if (fl & JS_FUNC_GENERATOR)
        return "GeneratorFunction";
    return "Function";
}

/* kindOf(v): undefined for a primitive. */
static JSValue types_kind_of(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                             JSValue new_target)
{
    static const char *const ta_names[JS_TA_TYPE_COUNT] = {
        "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
        "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    };
    JSValue v = js_arg(argc, argv, 0);
    if (!js_is_object(v))
        return JS_UNDEFINED;
    const JSObject *o = js_obj(v);
    switch (o->h.kind) {
    case JS_CELL_FUNCTION: return str(function_kind(v));
    case JS_CELL_ARRAY: return str("Array");
    case JS_CELL_ERROR: return str("Error");
    case JS_CELL_ARGUMENTS: return str(js_is_module_ns_obj(o) ? "ModuleNamespace" : "Arguments");
    case JS_CELL_BOOLEAN_OBJECT: return str("BooleanObject");
    case JS_CELL_NUMBER_OBJECT: return str("NumberObject");
    case JS_CELL_STRING_OBJECT: return str("StringObject");
    case JS_CELL_SYMBOL_OBJECT: return str("SymbolObject");
    case JS_CELL_BIGINT_OBJECT: return str("BigIntObject");
    case JS_CELL_DATE: return str("Date");
    case JS_CELL_REGEXP: return str("RegExp");
    case JS_CELL_MAP: return str("Map");
    case JS_CELL_SET: return str("Set");
    case JS_CELL_WEAKMAP: return str("WeakMap");
    case JS_CELL_WEAKSET: return str("WeakSet");
    case JS_CELL_WEAKREF: return str("WeakRef");
    case JS_CELL_FINALIZATION_REGISTRY: return str("FinalizationRegistry");
    case JS_CELL_PROMISE: return str("Promise");
    case JS_CELL_PROXY: return str("Proxy");
    case JS_CELL_ARRAY_BUFFER: return str(o->h.flags & JS_AB_SHARED ? "SharedArrayBuffer" : "ArrayBuffer");
    case JS_CELL_TYPED_ARRAY: {
        JSTAType t = js_ta_type((const JSTypedArray *)o);
        return str(t < JS_TA_TYPE_COUNT ? ta_names[t] : "TypedArray");
    }
    case JS_CELL_DATA_VIEW: return str("DataView");
    case JS_CELL_GENERATOR: return str("Generator");
    case JS_CELL_ASYNC_GENERATOR: return str("AsyncGenerator");
    case JS_CELL_MAP_ITERATOR: return str("MapIterator");
    case JS_CELL_SET_ITERATOR: return str("SetIterator");
    case JS_CELL_ARRAY_ITERATOR: return str("ArrayIterator");
    case JS_CELL_STRING_ITERATOR: return str("StringIterator");
    default: return str("Object");
    }
}

static const JSPropDef types_props[] = {
    JS_CFUNC_DEF("kindOf", 1, types_kind_of),
};

static JSValue make_from(const JSPropDef *defs, size_t n)
{
    JSValue o = js_new_object();
    js_install_props(o, defs, n);
    return o;
}
static JSValue make_types(void) { return make_from(types_props, JS_COUNTOF(types_props)); }
static JSValue make_util(void) { return js_node_builtin_module("util"); }
JSValue js_node_stdio_native(void); /* stdio.c */

JSValue kiln_native_crypto(void) __attribute__((weak));
JSValue kiln_native_zlib(void) __attribute__((weak));
JSValue kiln_native_child_process(void) __attribute__((weak));
JSValue kiln_native_dns(void) __attribute__((weak));
static JSValue make_crypto(void) { return kiln_native_crypto ? kiln_native_crypto() : JS_UNDEFINED; }
static JSValue make_zlib(void) { return kiln_native_zlib ? kiln_native_zlib() : JS_UNDEFINED; }
static JSValue make_dns(void) { return kiln_native_dns ? kiln_native_dns() : JS_UNDEFINED; }
static JSValue make_child_process(void)
{
    return kiln_native_child_process ? kiln_native_child_process() : JS_UNDEFINED;
}

static struct {
    const char *name;
    JSValue (*make)(void);
    JSValue value;
} natives[] = {
    {"util", make_util, 0},
    {"types", make_types, 0},
    {"crypto", make_crypto, 0},
    {"zlib", make_zlib, 0},
    {"stdio", js_node_stdio_native, 0},
    {"child_process", make_child_process, 0},
    {"tty", js_tty_native, 0},
    {"dns", make_dns, 0},
};

JSValue js_node_native_module(const char *name)
{
    for (size_t i = 0; i < JS_COUNTOF(natives); i++) {
        if (strcmp(name, natives[i].name) != 0)
            continue;
        if (!natives[i].value)
            natives[i].value = natives[i].make();
        return natives[i].value;
    }
    return JS_UNDEFINED;
}

/* The globals a bundled stdlib module provides, made when first read:
 * node 20's globalThis.crypto (the webcrypto object of node:crypto, an
 * enumerable accessor as in node), and the classes URL, URLSearchParams,
 * TextEncoder, TextDecoder, EventTarget, Event, AbortController and
 * AbortSignal, whose accessor turns into node's writable, non-enumerable
 * data property on first use. The driver bundles the module for any user
 * module whose text can name the global (driver/modules.c, lazy_globals;
 * keep the tables in step); in a program without it the global reads as
 * undefined. */
static struct {
    const char *name, *module, *export;
    bool accessor; /* stays an accessor (crypto), else becomes a data property */
    JSValue value;
} lazy_globals[] = {
    {"crypto", "node:crypto", "webcrypto", true, 0},
    {"URL", "node:url", "URL", false, 0},
    {"URLSearchParams", "node:url", "URLSearchParams", false, 0},
    {"TextEncoder", "node:internal/encoding", "TextEncoder", false, 0},
    {"TextDecoder", "node:internal/encoding", "TextDecoder", false, 0},
    {"EventTarget", "node:internal/event_target", "EventTarget", false, 0},
    {"Event", "node:internal/event_target", "Event", false, 0},
    {"AbortController", "node:internal/event_target", "AbortController", false, 0},
    {"AbortSignal", "node:internal/event_target", "AbortSignal", false, 0},
};

static JSValue lazy_global_get(size_t k)
{
    if (lazy_globals[k].value)
        return lazy_globals[k].value;
    int32_t i = -1;
    for (int32_t m = 0; m < js_bundle_nmods; m++)
        if (js_bundle_mods[m].kind == KILN_MOD_STDLIB && strcmp(js_bundle_mods[m].path, lazy_globals[k].module) == 0)
            i = m;
    if (i < 0)
        return JS_UNDEFINED;
    JSValue exports = js_cjs_load(i, -1);
    if (exports == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue v = js_get_property_str(exports, lazy_globals[k].export);
    if (v == JS_EXCEPTION)
        return JS_EXCEPTION;
    lazy_globals[k].value = v;
    if (!lazy_globals[k].accessor)
        js_define_property_value(js_realm.global, js_atom_from_cstr(lazy_globals[k].name), v, JS_PROP_C_W);
    return v;
}

static JSValue lazy_global_set(size_t k, int32_t argc, const JSValue *argv)
{
    JSValue v = js_arg(argc, argv, 0);
    int flags = lazy_globals[k].accessor ? JS_PROP_C_W_E : JS_PROP_C_W;
    js_define_property_value(js_realm.global, js_atom_from_cstr(lazy_globals[k].name), v, flags);
    return JS_UNDEFINED;
}

static JSValue lazy_get(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue new_target)
{
    (void)this_val, (void)argc, (void)argv, (void)new_target;
    return lazy_global_get((size_t)js_get_int32(callee->env->vars[0]));
}

static JSValue lazy_set(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue new_target)
{
    (void)this_val, (void)new_target;
    return lazy_global_set((size_t)js_get_int32(callee->env->vars[0]), argc, argv);
}

void js_node_install_lazy_globals(JSValue global)
{
    char name[64];
    for (size_t k = 0; k < JS_COUNTOF(lazy_globals); k++) {
        snprintf(name, sizeof name, "get %s", lazy_globals[k].name);
        JSValue index = js_mk_int32((int32_t)k);
        JSValue get = js_new_native_function_data(name, lazy_get, 0, 1, &index);
        JSValue set = JS_UNDEFINED;
        if (!lazy_globals[k].accessor) {
            snprintf(name, sizeof name, "set %s", lazy_globals[k].name);
            set = js_new_native_function_data(name, lazy_set, 1, 1, &index);
        }
        js_define_property_getset(global, js_atom_from_cstr(lazy_globals[k].name), get, set,
                                  JS_PROP_CONFIGURABLE | (lazy_globals[k].accessor ? JS_PROP_ENUMERABLE : 0));
    }
}
