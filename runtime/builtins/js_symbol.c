/*
 * js_symbol.c — the Symbol constructor, the well-known symbols,
 * Symbol.for/keyFor and Symbol.prototype (§20.4).
 *
 * The global symbol registry is a null-prototype object mapping the key
 * (an atom) to its symbol, kept in js_realm.extra[JS_EXTRA_SYMBOL_REGISTRY];
 * each registered symbol also records its key (JSSymbol.registry_key) so
 * keyFor needs no reverse search.
 */
#include "builtins.h"

static JSValue this_symbol(JSValue this_val, const char *method)
{
    if (js_is_symbol(this_val))
        return this_val;
    if (js_is_cell(this_val) && js_cell_kind(this_val) == JS_CELL_SYMBOL_OBJECT)
        return ((JSPrimitiveObject *)js_cell_ptr(this_val))->value;
    return js_throw_type_error("%s requires that 'this' be a Symbol", method);
}

static JS_NATIVE(js_symbol_ctor)
{
    if (!js_is_undefined(new_target))
        return js_throw_type_error("Symbol is not a constructor");
    JSValue desc = js_arg(argc, argv, 0);
    if (!js_is_undefined(desc)) {
        desc = js_to_string(desc);
        if (desc == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return js_new_symbol(desc);
}

static JS_NATIVE(js_symbol_for)
{
    JSValue key = js_to_string(js_arg(argc, argv, 0));
    if (key == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue reg = js_realm.extra[JS_EXTRA_SYMBOL_REGISTRY];
    JSAtom atom = js_atom_from_string(key);
    JSValue sym = js_get_property(reg, atom);
    if (sym == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_symbol(sym))
        return sym;
    sym = js_new_symbol(key);
    ((JSSymbol *)js_cell_ptr(sym))->registry_key = key;
    js_define_property_value(reg, atom, sym, JS_PROP_C_W_E);
    return sym;
}

static JS_NATIVE(js_symbol_key_for)
{
    JSValue sym = js_arg(argc, argv, 0);
    if (!js_is_symbol(sym))
        return js_throw_type_error("%s is not a symbol", js_value_to_message_text(sym));
    JSValue key = ((JSSymbol *)js_cell_ptr(sym))->registry_key;
    return js_is_string(key) ? key : JS_UNDEFINED;
}

static JS_NATIVE(js_symbol_proto_to_string)
{
    JSValue sym = this_symbol(this_val, "Symbol.prototype.toString");
    if (sym == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_symbol_descriptive_string(sym);
}

static JS_NATIVE(js_symbol_proto_value_of)
{
    return this_symbol(this_val, "Symbol.prototype.valueOf");
}

static JS_NATIVE(js_symbol_proto_to_primitive)
{
    return this_symbol(this_val, "Symbol.prototype [ @@toPrimitive ]");
}

static JS_NATIVE(js_symbol_proto_description)
{
    JSValue sym = this_symbol(this_val, "Symbol.prototype.description");
    if (sym == JS_EXCEPTION)
        return JS_EXCEPTION;
    return ((JSSymbol *)js_cell_ptr(sym))->description;
}

static const JSPropDef symbol_props[] = {
    JS_CFUNC_DEF("for", 1, js_symbol_for),
    JS_CFUNC_DEF("keyFor", 1, js_symbol_key_for),
};

static const JSPropDef symbol_proto_props[] = {
    JS_CFUNC_DEF("toString", 0, js_symbol_proto_to_string),
    JS_CFUNC_DEF("valueOf", 0, js_symbol_proto_value_of),
    JS_CGETSET_DEF("description", js_symbol_proto_description, NULL),
    { "[Symbol.toPrimitive]", JS_DEF_CFUNC, JS_PROP_CONFIGURABLE, 1, js_symbol_proto_to_primitive, NULL, 0, NULL },
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Symbol", JS_PROP_CONFIGURABLE),
};

void js_init_symbol(JSValue global)
{
    JSValue proto = js_realm.symbol_proto;
    JSValue ctor = js_new_native_constructor("Symbol", js_symbol_ctor, 0, proto);
    js_realm.symbol_ctor = ctor;
    js_realm.extra[JS_EXTRA_SYMBOL_REGISTRY] = js_new_object_proto(JS_NULL);
    js_install_props(ctor, symbol_props, JS_COUNTOF(symbol_props));
    static const char *const names[] = {
#define JS_SYMBOL_DEF(n, s) #n,
#include "kiln/atoms.def"
    };
    for (size_t i = 0; i < JS_SYMBOL_ID_COUNT; i++)
        js_define_property_value_str(ctor, names[i], js_symbol_table[i], 0);
    js_install_props(proto, symbol_proto_props, JS_COUNTOF(symbol_proto_props));
    js_define_global(global, "Symbol", ctor);
}
