/* Unit tests for JSON.parse and JSON.stringify (js_json.c): round trips,
 * indentation, replacers, toJSON, escaping and node 20's error messages. */
#include "test_builtins_harness.h"

static JSValue parse(const char *text) { return CALL("JSON.parse", JS_UNDEFINED, S(text)); }

static void test_round_trip(void **state)
{
    (void)state;
    static const char *const docs[] = {
        "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
        "[1,-2,3.5,1e+21,-0.000001,1.7976931348623157e+308,5e-324]",
        "\"\\u0000\\b\\f\\n\\r\\t\\\"\\\\\"",
        "{\"__proto__\":1,\"\":2}",
        "[[[[[]]]],{}]",
        "\"h\u00e9llo \u2028 \U0001F600\"",
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++)
        EXPECT(parse(docs[i]), docs[i]);
    EXPECT(parse(" \t\n\r[ 1 , 2 ] "), "[1,2]");
    EXPECT(parse("-0"), "0");
    EXPECT(parse("1E2"), "100");
    EXPECT(parse("\"\\ud800\""), "\"\\ud800\"");
    EXPECT(parse("\"\\/\""), "\"/\"");
}

static void test_parse_errors(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        { "{\"a\":}", "<SyntaxError: Unexpected token '}', \"{\"a\":}\" is not valid JSON>" },
        { "", "<SyntaxError: Unexpected end of JSON input>" },
        { "{", "<SyntaxError: Expected property name or '}' in JSON at position 1>" },
        { "[1,2", "<SyntaxError: Expected ',' or ']' after array element in JSON at position 4>" },
        { "{\"a\" 1}", "<SyntaxError: Expected ':' after property name in JSON at position 5>" },
        { "tru", "<SyntaxError: Unexpected end of JSON input>" },
        { "\"abc", "<SyntaxError: Unterminated string in JSON at position 4>" },
        { "\"a\\x\"", "<SyntaxError: Bad escaped character in JSON at position 3>" },
        { "01", "<SyntaxError: Unexpected number in JSON at position 1>" },
        { "1.", "<SyntaxError: Unterminated fractional number in JSON at position 2>" },
        { "-", "<SyntaxError: No number after minus sign in JSON at position 1>" },
        { "[1,]", "<SyntaxError: Unexpected token ']', \"[1,]\" is not valid JSON>" },
        { "{\"a\":1,}", "<SyntaxError: Expected double-quoted property name in JSON at position 7>" },
        { "\"\x01\"", "<SyntaxError: Bad control character in string literal in JSON at position 1>" },
        { "1 2", "<SyntaxError: Unexpected non-whitespace character after JSON at position 2>" },
        { "\"\\u12\"", "<SyntaxError: Bad Unicode escape in JSON at position 5>" },
        { "{\"a\":1 \"b\":2}", "<SyntaxError: Expected ',' or '}' after property value in JSON at position 7>" },
        { "1e", "<SyntaxError: Exponent part is missing a number in JSON at position 2>" },
        { "undefined", "<SyntaxError: \"undefined\" is not valid JSON>" },
        { "\"\\", "<SyntaxError: Unexpected end of JSON input>" },
        { "{\"aaaaaaaaaaaaaaaaa\":}", "<SyntaxError: Unexpected token '}', ...\"aaaaaaaa\":}\" is not valid JSON>" },
        { "{\"a\":}aaaaaaaaaaaaaaaaaaaaaaaaa",
          "<SyntaxError: Unexpected token '}', \"{\"a\":}aaaaaaaaa\"... is not valid JSON>" },
        { "[1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,x,1,2,3,4,5,6,7,8,9,0]",
          "<SyntaxError: Unexpected token 'x', ...\"3,4,5,6,7,x,1,2,3,4,\"... is not valid JSON>" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        EXPECT(parse(cases[i][0]), cases[i][1]);
}

static void test_stringify(void **state)
{
    (void)state;
    JSValue doc = P("{\"a\":[1,{\"b\":2}],\"c\":\"x\"}");
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, doc, JS_NULL, N(2)),
           "\"{\\n  \\\"a\\\": [\\n    1,\\n    {\\n      \\\"b\\\": 2\\n    }\\n  ],\\n  \\\"c\\\": \\\"x\\\"\\n}\"");
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, P("{\"a\":1,\"b\":[1,2]}"), JS_NULL, S("--")),
           "\"{\\n--\\\"a\\\": 1,\\n--\\\"b\\\": [\\n----1,\\n----2\\n--]\\n}\"");
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, P("{}"), JS_NULL, N(4)), "\"{}\"");
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, P("[]"), JS_NULL, N(4)), "\"[]\"");
    /* property list from an array replacer, numbers converted, duplicates dropped */
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, P("{\"a\":1,\"b\":2,\"1\":3}"), P("[\"b\",1,\"b\"]")),
           "\"{\\\"b\\\":2,\\\"1\\\":3}\"");
    /* undefined, functions and symbols: omitted in objects, null in arrays */
    JSValue arr = js_new_array_from(3, (JSValue[]){ JS_UNDEFINED, G("Math.max"),
                                                     js_new_symbol(JS_UNDEFINED) });
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, arr), "\"[null,null,null]\"");
    JSValue obj = js_new_object();
    js_set_property_str(obj, "u", JS_UNDEFINED);
    js_set_property_str(obj, "f", G("Math.max"));
    js_set_property_str(obj, "n", N(NAN));
    js_set_property_str(obj, "i", N(-INFINITY));
    js_set_property_str(obj, "z", N(-0.0));
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, obj), "\"{\\\"n\\\":null,\\\"i\\\":null,\\\"z\\\":0}\"");
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, JS_UNDEFINED), "undefined");
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, N(1e21)), "\"1e+21\"");
    /* lone surrogates and control characters are escaped, pairs are not */
    uint16_t units[] = { 0xD800, 'x', 0x7, 0xD83D, 0xDE00, 0x2028 };
    JSValue s = js_new_string_utf16(units, 6);
    JSValue out = CALL("JSON.stringify", JS_UNDEFINED, s);
    uint16_t want[] = { '"', '\\', 'u', 'd', '8', '0', '0', 'x', '\\', 'u', '0', '0', '0', '7',
                        0xD83D, 0xDE00, 0x2028, '"' };
    assert_true(js_string_equals(out, js_new_string_utf16(want, sizeof want / 2)));
    /* wrapper objects unwrap */
    JSValue wrapped = js_new_array_from(2, (JSValue[]){ js_to_object(N(5)), js_to_object(S("s")) });
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, wrapped), "\"[5,\\\"s\\\"]\"");
}

static JSValue to_json_fn(JSFunction *callee, JSValue this_val, int32_t argc,
                          const JSValue *argv, JSValue new_target)
{
    /* returns "key:<key>" */
    return js_string_concat(S("key:"), js_arg(argc, argv, 0));
}

static JSValue double_numbers(JSFunction *callee, JSValue this_val, int32_t argc,
                              const JSValue *argv, JSValue new_target)
{
    JSValue v = js_arg(argc, argv, 1);
    if (js_is_number(v))
        return N(js_to_double(v) * 2);
    return v;
}

static void test_to_json_and_replacer(void **state)
{
    (void)state;
    JSValue inner = js_new_object();
    js_set_property_str(inner, "toJSON", js_new_native_function("toJSON", to_json_fn, 1));
    JSValue outer = js_new_object();
    js_set_property_str(outer, "k", inner);
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, outer), "\"{\\\"k\\\":\\\"key:k\\\"}\"");
    JSValue f = js_new_native_function("f", double_numbers, 2);
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, P("{\"a\":[1,2],\"b\":\"x\"}"), f),
           "\"{\\\"a\\\":[2,4],\\\"b\\\":\\\"x\\\"}\"");
    /* the reviver of JSON.parse */
    EXPECT(CALL("JSON.parse", JS_UNDEFINED, S("[1,{\"a\":2}]"), f), "[2,{\"a\":4}]");
}

static void test_cycles(void **state)
{
    (void)state;
    JSValue a = P("[1]");
    js_array_push(a, a);
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, a),
           "<TypeError: Converting circular structure to JSON\n"
           "    --> starting at object with constructor 'Array'\n"
           "    --- index 1 closes the circle>");
    JSValue o = P("{\"p\":{\"q\":[0,{}]}}");
    JSValue p = js_get_property_str(o, "p");
    JSValue q1 = js_get_index(js_get_property_str(p, "q"), 1);
    js_set_property_str(q1, "r", p);
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, o),
           "<TypeError: Converting circular structure to JSON\n"
           "    --> starting at object with constructor 'Object'\n"
           "    |     property 'q' -> object with constructor 'Array'\n"
           "    |     index 1 -> object with constructor 'Object'\n"
           "    --- property 'r' closes the circle>");
    /* the same object twice (not a cycle) is fine */
    JSValue shared = P("{\"x\":1}");
    JSValue two = js_new_array_from(2, (JSValue[]){ shared, shared });
    EXPECT(CALL("JSON.stringify", JS_UNDEFINED, two), "\"[{\\\"x\\\":1},{\\\"x\\\":1}]\"");
}

static void test_deep_nesting(void **state)
{
    (void)state;
    size_t n = 100000;
    char *deep = malloc(2 * n + 1);
    memset(deep, '[', n);
    memset(deep + n, ']', n);
    deep[2 * n] = '\0';
    EXPECT(parse(deep), "<RangeError: Maximum call stack size exceeded>");
    free(deep);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_stringify),
        cmocka_unit_test(test_to_json_and_replacer),
        cmocka_unit_test(test_cycles),
        cmocka_unit_test(test_deep_nesting),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
