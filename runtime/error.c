/*
 * error.c — Error objects: the seven native error constructors and their
 * prototypes, Error.prototype.toString, stack capture, Error.captureStackTrace,
 * and the registry of source texts (rt_register_source).
 *
 * An error object (kind JS_CELL_ERROR) is laid out as a JSErrorObject: the
 * "    at ..." lines are captured from the shadow stack (rt_frame_top) when
 * the object is constructed, and `stack` is an accessor on the object that
 * joins the header "Name: message" — computed at the first read, as V8 does,
 * so a subclass that sets this.name after super() shows its own name —
 * with those lines. Frames print as node prints them:
 *     at fname (file:line:col)
 *     at file:line:col            (anonymous functions)
 */
#include <stdio.h>
#include <string.h>
#include "internal.h"

typedef struct JSErrorObject {
    JSObject o;
    JSValue frames;        /* +24 the "\n    at ..." text (string) */
    JSValue stack;         /* +32 formatted stack once read or set; JS_EMPTY before */
    JSValue inline_slots[];/* +40 */
} JSErrorObject;
#define ERROR_INLINE_SLOTS 4

static const char *const error_names[JS_ERROR_TYPE_COUNT] = {
    "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError",
    "TypeError", "URIError", "AggregateError",
};

static JSValue stack_getter_fn, stack_setter_fn;
static int stack_trace_limit = 10;

/* ---- sources ---------------------------------------------------------------- */

typedef struct Source { const char *path; const char *text; int64_t len; } Source;
static Source *sources;
static size_t nsources, capsources;

void rt_register_source(const char *path, const char *text, int64_t len)
{
    if (nsources == capsources) {
        size_t cap = capsources ? capsources * 2 : 16;
        Source *n = rt_alloc_cell(cap * sizeof *n);
        if (sources) memcpy(n, sources, nsources * sizeof *n);
        sources = n;
        capsources = cap;
    }
    sources[nsources++] = (Source){ path, text, len };
}

const char *js_source_text(const char *path, int64_t *len)
{
    for (size_t i = nsources; i-- > 0;) {
        if (strcmp(sources[i].path, path) == 0) {
            if (len) *len = sources[i].len;
            return sources[i].text;
        }
    }
    return NULL;
}

/* ---- stack capture ---------------------------------------------------------- */

static JSValue capture_frames(void)
{
    /* Error.stackTraceLimit, when it is a number, bounds the frames */
    JSValue ctor = js_realm.error_ctor[JS_ERROR];
    if (js_is_object(ctor)) {
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(js_obj(ctor), JS_ATOM(stackTraceLimit), &slot);
        if (p && !(p->attrs & JS_PROP_ACCESSOR) && js_is_number(*slot)) {
            double d = js_to_double(*slot);
            stack_trace_limit = d != d || d < 0 ? 0 : d > 1000 ? 1000 : (int)d;
        } else {
            stack_trace_limit = 0;
        }
    }
    JSStringBuilder sb;
    js_sb_init(&sb);
    int n = 0;
    char buf[64];
    /* node hides its error machinery and argument validators: the frames of
     * stdlib's internal modules on top of the stack are left out, so a
     * stack begins at the public function (stdlib/internal/errors.js) */
    JSFrame *top = rt_frame_top;
    while (top && top->info && top->info->file && !strncmp(top->info->file, "node:internal/", 14))
        top = top->prev;
    for (JSFrame *f = top; f && n < stack_trace_limit; f = f->prev, n++) {
        const JSFuncInfo *info = f->info;
        js_sb_puts(&sb, "\n    at ");
        const char *name = info && info->name ? info->name : "";
        const char *file = info && info->file ? info->file : "<anonymous>";
        if (*name) {
            js_sb_puts(&sb, name);
            js_sb_puts(&sb, " (");
        }
        js_sb_puts(&sb, file);
        snprintf(buf, sizeof buf, ":%u:%u", f->line, f->col);
        js_sb_puts(&sb, buf);
        if (*name) js_sb_putc(&sb, ')');
    }
    return js_sb_finish(&sb);
}

/* "Name: message" as Error.prototype.toString would print it, without
 * calling user code that could throw (getters are still honoured). */
static JSValue error_header(JSValue obj)
{
    JSValue name = js_get_property(obj, JS_ATOM(name));
    if (name == JS_EXCEPTION) { rt_take_exception(); name = JS_UNDEFINED; }
    JSValue msg = js_get_property(obj, JS_ATOM(message));
    if (msg == JS_EXCEPTION) { rt_take_exception(); msg = JS_UNDEFINED; }
    JSValue ns = name == JS_UNDEFINED ? js_new_string_cstr("Error") : js_to_string(name);
    if (ns == JS_EXCEPTION) { rt_take_exception(); ns = js_new_string_cstr("Error"); }
    JSValue ms = msg == JS_UNDEFINED ? JS_ATOM(empty) : js_to_string(msg);
    if (ms == JS_EXCEPTION) { rt_take_exception(); ms = JS_ATOM(empty); }
    if (js_string_length(ns) == 0) return ms;
    if (js_string_length(ms) == 0) return ns;
    JSStringBuilder sb;
    js_sb_init(&sb);
    js_sb_put_string(&sb, ns);
    js_sb_puts(&sb, ": ");
    js_sb_put_string(&sb, ms);
    return js_sb_finish(&sb);
}

static JSValue stack_getter(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue nt)
{
    if (!js_is_object(this_val) || js_obj(this_val)->h.kind != JS_CELL_ERROR) return JS_UNDEFINED;
    JSErrorObject *e = (JSErrorObject *)js_obj(this_val);
    if (e->stack != JS_EMPTY) return e->stack;
    JSValue h = error_header(this_val);
    e->stack = js_is_string(e->frames) ? js_string_concat(h, e->frames) : h;
    return e->stack;
}

static JSValue stack_setter(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue nt)
{
    if (!js_is_object(this_val)) return JS_UNDEFINED;
    if (js_obj(this_val)->h.kind == JS_CELL_ERROR) {
        ((JSErrorObject *)js_obj(this_val))->stack = js_arg(argc, argv, 0);
        return JS_UNDEFINED;
    }
    js_define_property_value(this_val, JS_ATOM(stack), js_arg(argc, argv, 0), JS_PROP_C_W);
    return JS_UNDEFINED;
}

void js_capture_stack(JSValue obj)
{
    if (!js_is_object(obj)) return;
    JSObject *o = js_obj(obj);
    if (o->h.kind == JS_CELL_ERROR) {
        JSErrorObject *e = (JSErrorObject *)o;
        e->frames = capture_frames();
        e->stack = JS_EMPTY;
        JSValue *slot;
        if (!js_find_own_shaped(o, JS_ATOM(stack), &slot))
            js_define_property_getset(obj, JS_ATOM(stack), stack_getter_fn, stack_setter_fn, JS_PROP_CONFIGURABLE);
        return;
    }
    JSValue s = js_string_concat(error_header(obj), capture_frames());
    if (s == JS_EXCEPTION) { rt_take_exception(); return; }
    js_define_property_value(obj, JS_ATOM(stack), s, JS_PROP_C_W);
}

/* ---- construction ----------------------------------------------------------- */

JSValue js_error_alloc(JSValue proto)
{
    JSErrorObject *e = rt_alloc_cell(sizeof(JSErrorObject) + ERROR_INLINE_SLOTS * sizeof(JSValue));
    e->o.h.kind = JS_CELL_ERROR;
    e->o.h.shape = js_shape_root(proto, offsetof(JSErrorObject, inline_slots), ERROR_INLINE_SLOTS);
    e->frames = JS_UNDEFINED;
    e->stack = JS_EMPTY;
    return js_mk_cell(e);
}

JSValue js_new_error(JSErrorType type, JSValue message)
{
    JSValue e = js_error_alloc(js_realm.error_proto[type]);
    js_capture_stack(e);
    if (message != JS_UNDEFINED)
        js_define_property_value(e, JS_ATOM(message), message, JS_PROP_C_W);
    return e;
}

static JSValue error_ctor(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue new_target)
{
    JSErrorType type = (JSErrorType)js_get_int32(callee->env->vars[0]);
    JSValue nt = new_target == JS_UNDEFINED ? js_mk_cell(callee) : new_target;
    JSValue proto = js_realm.error_proto[type];
    if (nt != js_mk_cell(callee)) {
        JSValue p = js_get_property(nt, JS_ATOM(prototype));
        if (p == JS_EXCEPTION) return p;
        if (js_is_object(p)) proto = p;
    }
    JSValue obj = js_error_alloc(proto);
    js_capture_stack(obj);
    int mi = 0;
    if (type == JS_AGGREGATE_ERROR) mi = 1;
    JSValue msg = js_arg(argc, argv, mi);
    if (msg != JS_UNDEFINED) {
        JSValue s = js_to_string(msg);
        if (s == JS_EXCEPTION) return s;
        js_define_property_value(obj, JS_ATOM(message), s, JS_PROP_C_W);
    }
    JSValue opts = js_arg(argc, argv, mi + 1);
    if (js_is_object(opts)) {
        int has = js_has_property(opts, JS_ATOM(cause));
        if (has < 0) return JS_EXCEPTION;
        if (has) {
            JSValue c = js_get_property(opts, JS_ATOM(cause));
            if (c == JS_EXCEPTION) return c;
            js_define_property_value(obj, JS_ATOM(cause), c, JS_PROP_C_W);
        }
    }
    if (type == JS_AGGREGATE_ERROR) {
        JSValue errs = js_new_array(0);
        JSValue it = rt_get_iterator(js_arg(argc, argv, 0));
        if (it == JS_EXCEPTION) return it;
        for (;;) {
            JSValue v = rt_iterator_step(it);
            if (v == JS_EXCEPTION) return v;
            if (v == JS_EMPTY) break;
            js_array_push(errs, v);
        }
        js_define_property_value(obj, JS_ATOM(errors), errs, JS_PROP_C_W);
    }
    return obj;
}

/* Error.prototype.toString */
static JSValue error_to_string(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue nt)
{
    if (!js_is_object(this_val))
        return js_throw_type_error("Error.prototype.toString requires that 'this' be an Object");
    JSValue name = js_get_property(this_val, JS_ATOM(name));
    if (name == JS_EXCEPTION) return name;
    JSValue ns = name == JS_UNDEFINED ? js_new_string_cstr("Error") : js_to_string(name);
    if (ns == JS_EXCEPTION) return ns;
    JSValue msg = js_get_property(this_val, JS_ATOM(message));
    if (msg == JS_EXCEPTION) return msg;
    JSValue ms = msg == JS_UNDEFINED ? JS_ATOM(empty) : js_to_string(msg);
    if (ms == JS_EXCEPTION) return ms;
    if (js_string_length(ns) == 0) return ms;
    if (js_string_length(ms) == 0) return ns;
    return js_string_concat(js_string_concat(ns, js_new_string_cstr(": ")), ms);
}

/* Error.captureStackTrace(obj) */
static JSValue error_capture_stack_trace(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue nt)
{
    JSValue obj = js_arg(argc, argv, 0);
    if (!js_is_object(obj))
        return js_throw_type_error("Invalid argument");
    JSValue s = js_string_concat(error_header(obj), capture_frames());
    if (s == JS_EXCEPTION) return s;
    if (js_obj(obj)->h.kind == JS_CELL_ERROR) {
        ((JSErrorObject *)js_obj(obj))->stack = s;
        return JS_UNDEFINED;
    }
    if (js_define_property_value(obj, JS_ATOM(stack), s, JS_PROP_C_W) < 0) return JS_EXCEPTION;
    return JS_UNDEFINED;
}

void js_errors_init(void)
{
    stack_getter_fn = js_new_native_function("stack", stack_getter, 0);
    stack_setter_fn = js_new_native_function("stack", stack_setter, 1);
    for (int t = 0; t < JS_ERROR_TYPE_COUNT; t++) {
        JSValue proto = t == JS_ERROR ? js_realm.error_proto[JS_ERROR]
                                      : js_new_object_proto(js_realm.error_proto[JS_ERROR]);
        js_realm.error_proto[t] = proto;
        JSValue data = js_mk_int32(t);
        int len = t == JS_AGGREGATE_ERROR ? 2 : 1;
        JSValue ctor = js_new_native_function_data(error_names[t], error_ctor, len, 1, &data);
        JSFunction *f = js_func(ctor);
        ((JSFuncInfo *)f->info)->flags |= JS_FUNC_CONSTRUCTOR;
        js_define_property_value(ctor, JS_ATOM(prototype), proto, 0);
        js_define_property_value(proto, JS_ATOM(constructor), ctor, JS_PROP_C_W);
        js_define_property_value(proto, JS_ATOM(name), js_new_string_cstr(error_names[t]), JS_PROP_C_W);
        js_define_property_value(proto, JS_ATOM(message), JS_ATOM(empty), JS_PROP_C_W);
        if (t != JS_ERROR) js_set_prototype(ctor, js_realm.error_ctor[JS_ERROR], false);
        js_realm.error_ctor[t] = ctor;
        js_define_property_value(js_realm.global, js_atom_from_cstr(error_names[t]), ctor, JS_PROP_C_W);
    }
    JSValue tostr = js_new_native_function("toString", error_to_string, 0);
    js_define_property_value(js_realm.error_proto[JS_ERROR], JS_ATOM(toString), tostr, JS_PROP_C_W);
    JSValue cst = js_new_native_function("captureStackTrace", error_capture_stack_trace, 2);
    js_define_property_value(js_realm.error_ctor[JS_ERROR], JS_ATOM(captureStackTrace), cst, JS_PROP_C_W);
    js_define_property_value(js_realm.error_ctor[JS_ERROR], JS_ATOM(stackTraceLimit), js_mk_int32(10), JS_PROP_C_W_E);
}
