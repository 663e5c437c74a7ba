/*
 * generator.c — generator objects (§27.5) and the runtime half of the
 * compiled generator protocol.
 *
 * A generator function is compiled as an LLVM switched-resume coroutine
 * (compiler/lower_gen.c, docs/internals.md "Generators"). Calling it
 * allocates the coroutine frame here (rt_gen_frame_alloc, a scanned GC cell,
 * so every value the body keeps across a `yield` is seen by the collector),
 * creates the generator object (rt_gen_new), binds the parameters and
 * suspends (rt_gen_started); an exception while binding them leaves the
 * object GEN_STARTING and the call throws it (rt_gen_ramp_result). Everything else happens inside
 * gen_resume(): next/throw/return store why they resume (mode) and with
 * what (sent), call the module's resume helper, and read what the body left
 * behind when it suspended again — a yielded value, a whole iterator result
 * (yield*), a return value, or a pending exception.
 *
 * States follow the spec: suspendedStart, suspendedYield, executing,
 * completed. Re-entering an executing generator throws "Generator is
 * already running" as V8 does.
 */
#include "builtins/builtins.h"
#include "kiln/rt_abi.h"

enum { GEN_STARTING, GEN_SUSPENDED_START, GEN_SUSPENDED_YIELD, GEN_EXECUTING, GEN_COMPLETED };
enum { GEN_MODE_NEXT, GEN_MODE_THROW, GEN_MODE_RETURN };
enum { GEN_RUNNING, GEN_YIELDED, GEN_RETURNED, GEN_THREW };

typedef struct JSGenerator {
    JSObject o;
    void *frame;              /* the coroutine frame (GC cell) */
    void (*resume)(void *);   /* the module's helper around llvm.coro.resume */
    JSValue sent;             /* next/throw/return argument; yield* results */
    JSValue out;              /* yielded value, iterator result or return value */
    int32_t state;            /* GEN_SUSPENDED_START ... */
    int32_t mode;             /* GEN_MODE_*: why the body was resumed */
    int32_t outcome;          /* GEN_YIELDED ...: how the body suspended */
    int32_t raw;              /* out is a whole iterator result (yield*) */
} JSGenerator;

static JSGenerator *gen_of(JSValue v) { return (JSGenerator *)js_cell_ptr(v); }

void *rt_gen_frame_alloc(int64_t size) { return rt_alloc_cell((size_t)size); }

/* The prototype is read before the parameters are bound, as V8 does (the
 * spec reads it after FunctionDeclarationInstantiation). */
JSValue rt_gen_new(JSFunction *callee, void *frame, void *resume)
{
    JSValue proto = js_get_property(js_mk_cell(callee), JS_ATOM(prototype));
    if (proto == JS_EXCEPTION) return JS_EXCEPTION;
    if (!js_is_object(proto)) proto = js_realm.generator_proto;
    JSValue g = js_new_object_kind(JS_CELL_GENERATOR, proto, sizeof(JSGenerator));
    JSGenerator *gen = gen_of(g);
    gen->frame = frame;
    gen->resume = (void (*)(void *))resume;
    gen->sent = JS_UNDEFINED;
    gen->out = JS_UNDEFINED;
    gen->state = GEN_STARTING;
    return g;
}

void rt_gen_started(JSValue g) { gen_of(g)->state = GEN_SUSPENDED_START; }

JSValue rt_gen_ramp_result(JSValue g) { return gen_of(g)->state == GEN_STARTING ? JS_EXCEPTION : g; }

void rt_gen_yield(JSValue g, JSValue v, int32_t raw)
{
    JSGenerator *gen = gen_of(g);
    gen->out = v;
    gen->raw = raw;
    gen->outcome = GEN_YIELDED;
}

void rt_gen_finish(JSValue g, JSValue v, int32_t threw)
{
    JSGenerator *gen = gen_of(g);
    gen->out = v;
    gen->raw = 0;
    gen->outcome = threw ? GEN_THREW : GEN_RETURNED;
}

JSValue rt_gen_resumed(JSValue g)
{
    JSGenerator *gen = gen_of(g);
    switch (gen->mode) {
    case GEN_MODE_THROW: return js_throw(gen->sent);
    case GEN_MODE_RETURN: return JS_EMPTY;
    default: return gen->sent;
    }
}

JSValue rt_gen_sent(JSValue g) { return gen_of(g)->sent; }

/* ---- yield* ---------------------------------------------------------------- */

JSValue rt_gen_delegate_start(JSValue g, JSValue iterable)
{
    if (js_is_nullish(iterable))
        return js_throw_not_iterable(iterable);
    JSValue m = js_get_property(iterable, JS_SYM(iterator));
    if (m == JS_EXCEPTION) return JS_EXCEPTION;
    if (!js_is_callable(m))
        return js_throw_not_iterable(iterable);
    JSValue it = js_call(m, iterable, 0, NULL);
    if (it == JS_EXCEPTION) return JS_EXCEPTION;
    if (!js_is_object(it)) return js_throw_type_error("Result of the Symbol.iterator method is not an object");
    JSGenerator *gen = gen_of(g);
    gen->mode = GEN_MODE_NEXT;
    gen->sent = JS_UNDEFINED;
    return it;
}

static JSValue get_method(JSValue o, JSAtom key)
{
    JSValue m = js_get_property(o, key);
    if (m == JS_EXCEPTION || js_is_nullish(m)) return js_is_nullish(m) ? JS_UNDEFINED : m;
    if (!js_is_callable(m)) return js_throw_type_error("%s is not a function", js_value_to_message_text(m));
    return m;
}

static JSValue close_object(JSValue it)
{
    JSValue m = get_method(it, JS_ATOM(return));
    if (m == JS_EXCEPTION || js_is_undefined(m)) return m;
    return js_call(m, it, 0, NULL);
}

/* One step of yield* (§15.5.5): passes gen->mode/sent on to the inner
 * iterator. Returns -1 on exception, 0 when the inner result was yielded
 * (stored raw in the generator), 1 when the inner iterator is done (value in
 * gen->sent: the value of the yield* expression), 2 when the generator must
 * return gen->sent. */
int32_t rt_gen_delegate_step(JSValue g, JSValue it)
{
    JSGenerator *gen = gen_of(g);
    JSValue v = gen->sent, r;
    int32_t mode = gen->mode;
    if (mode == GEN_MODE_NEXT) {
        JSValue m = js_get_property(it, JS_ATOM(next));
        if (m == JS_EXCEPTION) return -1;
        r = js_call(m, it, 1, &v);
    } else {
        JSValue m = get_method(it, mode == GEN_MODE_THROW ? JS_ATOM(throw) : JS_ATOM(return));
        if (m == JS_EXCEPTION) return -1;
        if (js_is_undefined(m)) {
            if (mode == GEN_MODE_RETURN) return 2;
            if (close_object(it) == JS_EXCEPTION) return -1;
            js_throw_type_error("The iterator does not provide a 'throw' method.");
            return -1;
        }
        r = js_call(m, it, 1, &v);
    }
    if (r == JS_EXCEPTION) return -1;
    if (!js_is_object(r)) {
        js_throw_type_error("Iterator result %s is not an object", js_value_to_message_text(r));
        return -1;
    }
    JSValue done = js_get_property(r, JS_ATOM(done));
    if (done == JS_EXCEPTION) return -1;
    if (js_to_boolean(done)) {
        JSValue val = js_get_property(r, JS_ATOM(value));
        if (val == JS_EXCEPTION) return -1;
        gen->sent = val;
        return mode == GEN_MODE_RETURN ? 2 : 1;
    }
    rt_gen_yield(g, r, 1);
    return 0;
}

/* ---- %GeneratorPrototype% ------------------------------------------------------ */

static JSValue gen_resume(JSValue this_val, int32_t mode, JSValue v, const char *name)
{
    if (!js_is_cell(this_val) || js_cell_kind(this_val) != JS_CELL_GENERATOR)
        return js_throw_type_error("%s method called on incompatible %s", name,
                                   js_value_to_message_text(this_val));
    JSGenerator *gen = gen_of(this_val);
    switch (gen->state) {
    case GEN_EXECUTING: return js_throw_type_error("Generator is already running");
    case GEN_SUSPENDED_START:
        if (mode == GEN_MODE_NEXT) break;
        gen->state = GEN_COMPLETED;
        gen->frame = NULL;
        /* fall through */
    case GEN_COMPLETED:
        if (mode == GEN_MODE_THROW) return js_throw(v);
        return js_create_iter_result(mode == GEN_MODE_RETURN ? v : JS_UNDEFINED, true);
    default: break;
    }
    gen->mode = mode;
    gen->sent = v;
    gen->outcome = GEN_RUNNING;
    gen->state = GEN_EXECUTING;
    gen->resume(gen->frame);
    if (gen->outcome == GEN_YIELDED) {
        gen->state = GEN_SUSPENDED_YIELD;
        JSValue out = gen->out;
        gen->out = JS_UNDEFINED;
        return gen->raw ? out : js_create_iter_result(out, false);
    }
    gen->state = GEN_COMPLETED;
    gen->frame = NULL; /* the finished frame becomes garbage */
    JSValue out = gen->out;
    gen->out = JS_UNDEFINED;
    gen->sent = JS_UNDEFINED;
    if (gen->outcome == GEN_THREW) return JS_EXCEPTION;
    return js_create_iter_result(out, true);
}

static JSValue arg0(int32_t argc, const JSValue *argv) { return argc > 0 ? argv[0] : JS_UNDEFINED; }

static JS_NATIVE(js_generator_next)
{
    (void)callee; (void)new_target;
    return gen_resume(this_val, GEN_MODE_NEXT, arg0(argc, argv), "next");
}

static JS_NATIVE(js_generator_return)
{
    (void)callee; (void)new_target;
    return gen_resume(this_val, GEN_MODE_RETURN, arg0(argc, argv), "return");
}

static JS_NATIVE(js_generator_throw)
{
    (void)callee; (void)new_target;
    return gen_resume(this_val, GEN_MODE_THROW, arg0(argc, argv), "throw");
}

static const JSPropDef generator_proto_props[] = {
    JS_CFUNC_DEF("next", 1, js_generator_next),
    JS_CFUNC_DEF("return", 1, js_generator_return),
    JS_CFUNC_DEF("throw", 1, js_generator_throw),
    JS_PROP_STRING_DEF("[Symbol.toStringTag]", "Generator", JS_PROP_CONFIGURABLE),
};

void js_init_generators(void)
{
    if (js_is_object(js_realm.generator_proto))
        js_install_props(js_realm.generator_proto, generator_proto_props, JS_COUNTOF(generator_proto_props));
    if (js_is_object(js_realm.generator_function_proto)) {
        js_define_property_value(js_realm.generator_function_proto, JS_ATOM(prototype), js_realm.generator_proto,
                                 JS_PROP_CONFIGURABLE);
        js_define_property_value(js_realm.generator_proto, JS_ATOM(constructor),
                                 js_realm.generator_function_proto, JS_PROP_CONFIGURABLE);
    }
}
