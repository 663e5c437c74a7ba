/*
 * js_weakref.c — WeakRef and FinalizationRegistry (§26.1, §26.2) over the
 * collector's disappearing links.
 *
 * A weak reference is a word holding the target's address hidden from the
 * collector (GC_HIDE_POINTER), registered with
 * GC_general_register_disappearing_link: when the target becomes
 * unreachable the collector clears the word, before any finalizer runs, so
 * deref() answers undefined from then on. Boehm drops the registration
 * itself when the object holding the word is reclaimed.
 *
 * A FinalizationRegistry keeps one cell per register() call: the target as
 * such a weak word, the held value (strong), and the unregister token (weak
 * too). Registries themselves are listed weakly. After a macrotask has run
 * its microtasks, the event loop asks js_finalization_pending() — true only
 * when a collection happened since the last look and a registry exists — and
 * js_finalization_run() then removes the cells whose target is gone and calls
 * each cleanup callback with its held value, as node does after a GC. The
 * collector is conservative, so when (and whether) a target is found dead is
 * up to it, as the spec allows.
 */
#include "builtins.h"
#include "internal.h"

#include <gc.h>

/* CanBeHeldWeakly: objects and symbols not in the global registry. */
static bool can_be_held_weakly(JSValue v)
{
    if (js_is_object(v))
        return true;
    return js_is_symbol(v) && !js_is_string(((JSSymbol *)js_cell_ptr(v))->registry_key);
}

typedef struct WeakSlot {
    GC_hidden_pointer hidden;   /* 0 once the target was collected */
} WeakSlot;

static void weak_set(WeakSlot *s, JSValue v)
{
    void *p = js_cell_ptr(v);
    s->hidden = GC_HIDE_POINTER(p);
    GC_general_register_disappearing_link((void **)&s->hidden, p);
}

static JSValue weak_get(const WeakSlot *s)
{
    return s->hidden ? js_mk_cell((void *)GC_REVEAL_POINTER(s->hidden)) : JS_UNDEFINED;
}

/* ---- WeakRef --------------------------------------------------------------- */

typedef struct JSWeakRef {
    JSObject o;
    WeakSlot target;
} JSWeakRef;

static JS_NATIVE(js_weakref_ctor)
{
    (void)callee; (void)this_val;
    if (js_is_undefined(new_target))
        return js_throw_type_error("Constructor WeakRef requires 'new'");
    JSValue target = js_arg(argc, argv, 0);
    if (!can_be_held_weakly(target))
        return js_throw_type_error("WeakRef: invalid target");
    JSValue w = js_create_from_ctor(new_target, js_realm.weakref_proto, JS_CELL_WEAKREF, sizeof(JSWeakRef));
    if (w == JS_EXCEPTION)
        return JS_EXCEPTION;
    weak_set(&((JSWeakRef *)js_cell_ptr(w))->target, target);
    return w;
}

static JS_NATIVE(js_weakref_deref)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    if (!js_is_cell(this_val) || js_cell_kind(this_val) != JS_CELL_WEAKREF)
        return js_throw_type_error("Method WeakRef.prototype.deref called on incompatible receiver %s",
                                   js_value_to_message_text(this_val));
    return weak_get(&((JSWeakRef *)js_cell_ptr(this_val))->target);
}

/* ---- FinalizationRegistry -------------------------------------------------- */

typedef struct FRCell {
    struct FRCell *next;
    WeakSlot target;
    WeakSlot token;             /* hidden == 0 and !has_token: none */
    bool has_token;
    JSValue held;
} FRCell;

typedef struct JSFinalizationRegistry {
    JSObject o;
    JSValue cleanup;
    FRCell *cells;
} JSFinalizationRegistry;

/* Every registry, weakly (a static root keeps the list itself). */
typedef struct RegistryNode {
    struct RegistryNode *next;
    WeakSlot registry;
} RegistryNode;

static RegistryNode *registries;
static GC_word polled_at_gc;
static JSValue registry_proto;

static JSFinalizationRegistry *this_registry(JSValue v, const char *method)
{
    if (js_is_cell(v) && js_cell_kind(v) == JS_CELL_FINALIZATION_REGISTRY)
        return js_cell_ptr(v);
    js_throw_type_error("Method FinalizationRegistry.prototype.%s called on incompatible receiver %s",
                        method, js_value_to_message_text(v));
    return NULL;
}

static JS_NATIVE(js_registry_ctor)
{
    (void)callee; (void)this_val;
    if (js_is_undefined(new_target))
        return js_throw_type_error("Constructor FinalizationRegistry requires 'new'");
    JSValue cleanup = js_arg(argc, argv, 0);
    if (!js_is_callable(cleanup))
        return js_throw_type_error("FinalizationRegistry: cleanup must be callable");
    JSValue r = js_create_from_ctor(new_target, registry_proto, JS_CELL_FINALIZATION_REGISTRY,
                                    sizeof(JSFinalizationRegistry));
    if (r == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSFinalizationRegistry *fr = js_cell_ptr(r);
    fr->cleanup = cleanup;
    fr->cells = NULL;
    RegistryNode *n = rt_alloc_cell(sizeof *n);
    weak_set(&n->registry, r);
    n->next = registries;
    registries = n;
    return r;
}

static JS_NATIVE(js_registry_register)
{
    (void)callee; (void)new_target;
    JSFinalizationRegistry *fr = this_registry(this_val, "register");
    if (!fr)
        return JS_EXCEPTION;
    JSValue target = js_arg(argc, argv, 0), held = js_arg(argc, argv, 1), token = js_arg(argc, argv, 2);
    if (!can_be_held_weakly(target))
        return js_throw_type_error("FinalizationRegistry.prototype.register: invalid target");
    if (js_same_value(target, held))
        return js_throw_type_error("FinalizationRegistry.prototype.register: target and holdings must not be same");
    if (!js_is_undefined(token) && !can_be_held_weakly(token))
        return js_throw_type_error("Invalid unregisterToken ('%s')", js_value_to_message_text(token));
    FRCell *c = rt_alloc_cell(sizeof *c);
    weak_set(&c->target, target);
    if (!js_is_undefined(token)) {
        weak_set(&c->token, token);
        c->has_token = true;
    }
    c->held = held;
    c->next = fr->cells;
    fr->cells = c;
    return JS_UNDEFINED;
}

static JS_NATIVE(js_registry_unregister)
{
    (void)callee; (void)new_target;
    JSFinalizationRegistry *fr = this_registry(this_val, "unregister");
    if (!fr)
        return JS_EXCEPTION;
    JSValue token = js_arg(argc, argv, 0);
    if (!can_be_held_weakly(token))
        return js_throw_type_error("Invalid unregisterToken ('%s')", js_value_to_message_text(token));
    bool removed = false;
    for (FRCell **pp = &fr->cells; *pp;) {
        FRCell *c = *pp;
        if (c->has_token && weak_get(&c->token) == token) {
            *pp = c->next;
            removed = true;
        } else {
            pp = &c->next;
        }
    }
    return js_mk_bool(removed);
}

bool js_finalization_pending(void)
{
    return registries && GC_get_gc_no() != polled_at_gc;
}

JSValue js_finalization_run(void)
{
    polled_at_gc = GC_get_gc_no();
    for (RegistryNode **np = &registries; *np;) {
        JSValue r = weak_get(&(*np)->registry);
        if (js_is_undefined(r)) {   /* the registry itself is gone */
            *np = (*np)->next;
            continue;
        }
        np = &(*np)->next;
        JSFinalizationRegistry *fr = js_cell_ptr(r);
        for (FRCell **pp = &fr->cells; *pp;) {
            FRCell *c = *pp;
            if (c->target.hidden) {
                pp = &c->next;
                continue;
            }
            *pp = c->next;
            if (js_call(fr->cleanup, JS_UNDEFINED, 1, &c->held) == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
    }
    return JS_UNDEFINED;
}

static const JSPropDef weakref_proto_props[] = {
    JS_CFUNC_DEF("deref", 0, js_weakref_deref),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "WeakRef", JS_PROP_CONFIGURABLE),
};

static const JSPropDef registry_proto_props[] = {
    JS_CFUNC_DEF("register", 2, js_registry_register),
    JS_CFUNC_DEF("unregister", 1, js_registry_unregister),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "FinalizationRegistry", JS_PROP_CONFIGURABLE),
};

void js_init_weakref(JSValue global)
{
    if (!js_is_object(js_realm.weakref_proto))
        js_realm.weakref_proto = js_new_object_proto(js_realm.object_proto);
    JSValue ctor = js_new_native_constructor("WeakRef", js_weakref_ctor, 1, js_realm.weakref_proto);
    js_install_props(js_realm.weakref_proto, weakref_proto_props, JS_COUNTOF(weakref_proto_props));
    js_define_global(global, "WeakRef", ctor);

    registry_proto = js_new_object_proto(js_realm.object_proto);
    ctor = js_new_native_constructor("FinalizationRegistry", js_registry_ctor, 1, registry_proto);
    js_install_props(registry_proto, registry_proto_props, JS_COUNTOF(registry_proto_props));
    js_define_global(global, "FinalizationRegistry", ctor);
}
