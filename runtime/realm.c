/*
 * realm.c — js_runtime_init: brings up the collector, the stack limit, the
 * atoms, and the realm's intrinsic objects in dependency order, then hands
 * the global object to the builtins and the node layer.
 *
 * Order matters: Object.prototype first (its root shape needs nothing),
 * then Function.prototype (a function whose shape needs the `length` and
 * `name` atoms), then the precomputed function shapes, then every other
 * prototype, the global object, and the Error constructors.
 */
#include "internal.h"

static JSValue function_proto_code(JSFunction *callee, JSValue this_val, int32_t argc,
                                   const JSValue *argv, JSValue new_target)
{
    return JS_UNDEFINED;
}

static const JSFuncInfo function_proto_info = { "", NULL, 0, 0, 0, JS_FUNC_NATIVE | JS_FUNC_STRICT };

static JSValue plain(JSValue proto)
{
    return js_new_object_proto(proto);
}

static int initialised;

int js_runtime_init(void)
{
    if (initialised) return 0;
    initialised = 1;
    js_gc_init();
    js_stack_init();
    for (int k = 0; k < JS_CELL_FIRST_OBJECT; k++) {
        js_static_shapes[k].h.kind = JS_CELL_SHAPE;
        js_static_shapes[k].h.flags = JS_SHAPE_STATIC;
        js_static_shapes[k].proto = JS_NULL;
    }
    js_atoms_init();

    JSRealm *r = &js_realm;
    for (size_t i = 0; i < sizeof(JSRealm) / sizeof(JSValue); i++) ((JSValue *)r)[i] = JS_EMPTY;
    r->object_proto = js_new_object_proto(JS_NULL);

    /* Function.prototype is itself a function that returns undefined */
    JSFunction *fp = rt_alloc_cell(sizeof(JSFunction) + JS_FUNCTION_INLINE_SLOTS * sizeof(JSValue));
    fp->o.h.kind = JS_CELL_FUNCTION;
    fp->o.h.shape = js_shape_root(r->object_proto, offsetof(JSFunction, inline_slots), JS_FUNCTION_INLINE_SLOTS);
    fp->code = function_proto_code;
    fp->info = &function_proto_info;
    fp->home_object = JS_UNDEFINED;
    r->function_proto = js_mk_cell(fp);
    js_object_add_property(&fp->o, JS_ATOM(length), js_mk_int32(0), JS_PROP_CONFIGURABLE);
    js_object_add_property(&fp->o, JS_ATOM(name), JS_ATOM(empty), JS_PROP_CONFIGURABLE);
    js_functions_init();

    /* Array.prototype is an array */
    JSArray *ap = rt_alloc_cell(sizeof *ap);
    ap->o.h.kind = JS_CELL_ARRAY;
    ap->o.h.shape = js_shape_root(r->object_proto, 0, 0);
    r->array_proto = js_mk_cell(ap);

    r->string_proto = js_new_primitive_object(JS_CELL_STRING_OBJECT, r->object_proto, JS_ATOM(empty));
    r->number_proto = js_new_primitive_object(JS_CELL_NUMBER_OBJECT, r->object_proto, js_mk_int32(0));
    r->boolean_proto = js_new_primitive_object(JS_CELL_BOOLEAN_OBJECT, r->object_proto, JS_FALSE);
    r->symbol_proto = plain(r->object_proto);
    r->bigint_proto = plain(r->object_proto);
    r->error_proto[JS_ERROR] = plain(r->object_proto);
    r->iterator_proto = plain(r->object_proto);
    r->async_iterator_proto = plain(r->object_proto);
    r->array_iterator_proto = plain(r->iterator_proto);
    r->string_iterator_proto = plain(r->iterator_proto);
    r->map_iterator_proto = plain(r->iterator_proto);
    r->set_iterator_proto = plain(r->iterator_proto);
    r->regexp_string_iterator_proto = plain(r->iterator_proto);
    r->generator_proto = plain(r->iterator_proto);
    r->async_generator_proto = plain(r->async_iterator_proto);
    r->generator_function_proto = plain(r->function_proto);
    r->async_function_proto = plain(r->function_proto);
    r->async_generator_function_proto = plain(r->function_proto);
    r->promise_proto = plain(r->object_proto);
    r->regexp_proto = plain(r->object_proto);
    r->date_proto = plain(r->object_proto);
    r->map_proto = plain(r->object_proto);
    r->set_proto = plain(r->object_proto);
    r->weakmap_proto = plain(r->object_proto);
    r->weakset_proto = plain(r->object_proto);
    r->weakref_proto = plain(r->object_proto);
    r->array_buffer_proto = plain(r->object_proto);
    r->typed_array_proto = plain(r->object_proto);
    r->data_view_proto = plain(r->object_proto);
    r->arguments_proto_unused = JS_UNDEFINED;
    for (int i = 0; i < (int)JS_COUNTOF(r->extra); i++) r->extra[i] = JS_UNDEFINED;

    r->global = plain(r->object_proto);
    js_object_to_dict(js_obj(r->global));   /* many properties, used as a map */
    rt_global_object = js_obj(r->global);
    js_errors_init();

    js_builtins_init(r->global);
    if (js_has_exception()) return -1;
    js_node_init(r->global);
    if (js_has_exception()) return -1;
    return 0;
}

/* ---- a Script's global declarations (§16.1.7) ------------------------------- */

JSValue rt_declare_global_var(JSValue name)
{
    JSValue g = js_realm.global;
    int r = js_get_own_property(g, name, NULL);
    if (r < 0) return JS_EXCEPTION;
    if (r) return JS_UNDEFINED;   /* an existing property keeps its value and attributes */
    if (!js_is_extensible(g))
        return js_throw_type_error("Cannot define global variable %s", js_string_to_utf8(name, NULL));
    JSPropertyDescriptor d = {
        .value = JS_UNDEFINED, .flags = JS_PROP_WRITABLE | JS_PROP_ENUMERABLE,
        .has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE,
    };
    return js_define_own_property(g, name, &d, true) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

JSValue rt_declare_global_function(JSValue name, JSValue fn)
{
    JSValue g = js_realm.global;
    JSPropertyDescriptor cur;
    int r = js_get_own_property(g, name, &cur);
    if (r < 0) return JS_EXCEPTION;
    JSPropertyDescriptor d = { .value = fn, .has = JS_DESC_HAS_VALUE };
    if (!r || (cur.flags & JS_PROP_CONFIGURABLE)) {
        if (!r && !js_is_extensible(g))
            return js_throw_type_error("Cannot define global function %s", js_string_to_utf8(name, NULL));
        d.flags = JS_PROP_WRITABLE | JS_PROP_ENUMERABLE;
        d.has |= JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
    } else if ((cur.flags & JS_PROP_ACCESSOR) ||
               (cur.flags & (JS_PROP_WRITABLE | JS_PROP_ENUMERABLE)) != (JS_PROP_WRITABLE | JS_PROP_ENUMERABLE)) {
        return js_throw_type_error("Cannot redefine property: %s", js_string_to_utf8(name, NULL));
    }
    if (js_define_own_property(g, name, &d, true) < 0) return JS_EXCEPTION;
    return js_set_property(g, name, fn, false) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}
