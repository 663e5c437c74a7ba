/* Unit tests for Promise (js_promise.c): settlement, reaction order on the
 * microtask queue, thenable adoption, combinators and the unhandled
 * rejection list. */
#include "test_builtins_harness.h"
#include "js_promise.h"
#include "node/node.h"

static JSValue log_array;

static JSValue record(JSFunction *callee, JSValue this_val, int32_t argc,
                      const JSValue *argv, JSValue new_target)
{
    JSValue pair[2] = { callee->env->vars[0], js_arg(argc, argv, 0) };
    js_array_push(log_array, js_new_array_from(2, pair));
    return js_arg(argc, argv, 0);
}

static JSValue recorder(const char *tag)
{
    JSValue t = S(tag);
    return js_new_native_function_data("rec", record, 1, 1, &t);
}

static void test_order_and_values(void **state)
{
    (void)state;
    log_array = js_new_array(0);
    JSValue p1 = CALL("Promise.resolve", G("Promise"), N(1));
    JSValue p2 = CALL("Promise.prototype.then", p1, recorder("a"));
    CALL("Promise.prototype.then", p2, recorder("c"));
    CALL("Promise.prototype.then", p1, recorder("b"));
    JSValue rej = CALL("Promise.reject", G("Promise"), S("no"));
    CALL("Promise.prototype.catch", rej, recorder("caught"));
    EXPECT(log_array, "[]");                       /* nothing runs synchronously */
    assert_int_equal(js_run_microtasks(), 0);
    EXPECT(log_array, "[[\"a\",1],[\"b\",1],[\"caught\",\"no\"],[\"c\",1]]");
    JSValue r;
    assert_int_equal(js_promise_state(p2, &r), JS_PROMISE_FULFILLED);
    EXPECT(r, "1");
    assert_true(js_promise_take_unhandled_rejection() == JS_EMPTY);
}

static void test_combinators(void **state)
{
    (void)state;
    log_array = js_new_array(0);
    JSValue all = CALL("Promise.all", G("Promise"), P("[1,2,3]"));
    CALL("Promise.prototype.then", all, recorder("all"));
    JSValue any = CALL("Promise.any", G("Promise"), P("[]"));
    CALL("Promise.prototype.catch", any, recorder("any"));
    assert_int_equal(js_run_microtasks(), 0);
    EXPECT(js_get_index(log_array, 0), "[\"any\",{}]");
    EXPECT(js_get_index(log_array, 1), "[\"all\",[1,2,3]]");
}

static void test_unhandled(void **state)
{
    (void)state;
    JSValue p = js_promise_new();
    js_promise_reject_value(p, S("lost"));
    assert_int_equal(js_run_microtasks(), 0);
    EXPECT(js_promise_take_unhandled_rejection(), "\"lost\"");
    assert_true(js_promise_take_unhandled_rejection() == JS_EMPTY);
    /* a handler attached before the check clears it */
    JSValue q = js_promise_new();
    js_promise_reject_value(q, S("late"));
    CALL("Promise.prototype.catch", q, recorder("x"));
    assert_int_equal(js_run_microtasks(), 0);
    assert_true(js_promise_take_unhandled_rejection() == JS_EMPTY);
    EXPECT(js_construct(G("Promise"), 1, (JSValue[]){ N(1) }, JS_UNDEFINED),
           "<TypeError: Promise resolver 1 is not a function>");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_and_values),
        cmocka_unit_test(test_combinators),
        cmocka_unit_test(test_unhandled),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
