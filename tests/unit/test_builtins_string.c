/* Unit tests for String and String.prototype (js_string.c); expected values
 * are node 20's. */
#include "test_builtins_harness.h"

static void test_case_mapping(void **state)
{
    (void)state;
    EXPECT(CALL0("String.prototype.toLowerCase", S("ΑΣ ΑΣΑ Σ")), "\"ας ασα σ\"");
    EXPECT(CALL0("String.prototype.toUpperCase", S("ǅ")), "\"Ǆ\"");
    EXPECT(CALL0("String.prototype.toUpperCase", S("ﬃ")), "\"FFI\"");
    EXPECT(CALL0("String.prototype.toUpperCase", S("straße")), "\"STRASSE\"");
    EXPECT(CALL0("String.prototype.toLowerCase", S("İ")), "\"i\xCC\x87\"");
    EXPECT(CALL0("String.prototype.toUpperCase", S("ÿµ")), "\"ŸΜ\"");
    EXPECT(CALL0("String.prototype.toLowerCase", S("Straße ÀÉÎ")), "\"straße àéî\"");
    EXPECT(CALL0("String.prototype.toUpperCase", S("hello, World 1")), "\"HELLO, WORLD 1\"");
    EXPECT(CALL0("String.prototype.toUpperCase", S("\xF0\x90\x90\xA8")), "\"\xF0\x90\x90\x80\""); /* Deseret */
}

static void test_search(void **state)
{
    (void)state;
    JSValue s = S("hello world, hello");
    EXPECT(CALL("String.prototype.indexOf", s, S("hello")), "0");
    EXPECT(CALL("String.prototype.indexOf", s, S("hello"), N(1)), "13");
    EXPECT(CALL("String.prototype.indexOf", s, S("")), "0");
    EXPECT(CALL("String.prototype.indexOf", s, S(""), N(99)), "18");
    EXPECT(CALL("String.prototype.lastIndexOf", s, S("hello")), "13");
    EXPECT(CALL("String.prototype.lastIndexOf", s, S("hello"), N(12)), "0");
    EXPECT(CALL("String.prototype.includes", s, S("world")), "true");
    EXPECT(CALL("String.prototype.startsWith", s, S("world"), N(6)), "true");
    EXPECT(CALL("String.prototype.endsWith", s, S("world"), N(11)), "true");
    EXPECT(CALL("String.prototype.endsWith", s, S("hello")), "true");
    EXPECT(CALL("String.prototype.indexOf", S("ünïcödé"), S("cöd")), "3");
}

static void test_substrings(void **state)
{
    (void)state;
    JSValue s = S("abcdef");
    EXPECT(CALL("String.prototype.slice", s, N(1), N(-1)), "\"bcde\"");
    EXPECT(CALL("String.prototype.slice", s, N(-2)), "\"ef\"");
    EXPECT(CALL("String.prototype.substring", s, N(4), N(1)), "\"bcd\"");
    EXPECT(CALL("String.prototype.substr", s, N(-3), N(2)), "\"de\"");
    EXPECT(CALL("String.prototype.charAt", s, N(2)), "\"c\"");
    EXPECT(CALL("String.prototype.charAt", s, N(9)), "\"\"");
    EXPECT(CALL("String.prototype.charCodeAt", s, N(0)), "97");
    EXPECT(CALL("String.prototype.charCodeAt", s, N(9)), "null"); /* NaN */
    EXPECT(CALL("String.prototype.at", s, N(-1)), "\"f\"");
    EXPECT(CALL("String.prototype.codePointAt", S("a\xF0\x9F\x98\x80"), N(1)), "128512");
    EXPECT(CALL("String.prototype.concat", s, N(1), JS_NULL), "\"abcdef1null\"");
}

static void test_split_and_replace(void **state)
{
    (void)state;
    EXPECT(CALL("String.prototype.split", S("a,b,,c"), S(",")), "[\"a\",\"b\",\"\",\"c\"]");
    EXPECT(CALL("String.prototype.split", S("a-b-c"), S("-"), N(2)), "[\"a\",\"b\"]");
    EXPECT(CALL("String.prototype.split", S("abc"), S("")), "[\"a\",\"b\",\"c\"]");
    EXPECT(CALL("String.prototype.split", S(""), S("")), "[]");
    EXPECT(CALL("String.prototype.split", S(""), S("x")), "[\"\"]");
    EXPECT(CALL("String.prototype.split", S("abc")), "[\"abc\"]");
    EXPECT(CALL("String.prototype.split", S("a<>b<>"), S("<>")), "[\"a\",\"b\",\"\"]");
    EXPECT(CALL("String.prototype.replace", S("aXbXc"), S("X"), S("$&$&$$")), "\"aXX$bXc\"");
    EXPECT(CALL("String.prototype.replaceAll", S("aXbXc"), S("X"), S("$`")), "\"aabaXbc\"");
    EXPECT(CALL("String.prototype.replaceAll", S("abc"), S(""), S("-")), "\"-a-b-c-\"");
    EXPECT(CALL("String.prototype.replace", S("abc"), S("z"), S("-")), "\"abc\"");
}

static void test_padding_trimming_repeat(void **state)
{
    (void)state;
    EXPECT(CALL("String.prototype.padStart", S("5"), N(3), S("0")), "\"005\"");
    EXPECT(CALL("String.prototype.padEnd", S("x"), N(5), S("ab")), "\"xabab\"");
    EXPECT(CALL("String.prototype.padStart", S("abc"), N(2)), "\"abc\"");
    EXPECT(CALL0("String.prototype.trim", S(" \t\n\xC2\xA0x\xEF\xBB\xBF ")), "\"x\"");
    EXPECT(CALL0("String.prototype.trimStart", S("  x  ")), "\"x  \"");
    EXPECT(CALL0("String.prototype.trimEnd", S("  x  ")), "\"  x\"");
    EXPECT(CALL("String.prototype.repeat", S("ab"), N(3)), "\"ababab\"");
    EXPECT(CALL("String.prototype.repeat", S("ab"), N(0)), "\"\"");
    EXPECT(CALL("String.prototype.repeat", S("ab"), N(-1)), "<RangeError: Invalid count value: -1>");
    EXPECT(CALL("String.prototype.repeat", S("ab"), N(INFINITY)), "<RangeError: Invalid count value: Infinity>");
    EXPECT(CALL("String.prototype.repeat", S("ab"), N(1 << 30)), "<RangeError: Invalid string length>");
    EXPECT(CALL0("String.prototype.trim", JS_NULL),
           "<TypeError: String.prototype.trim called on null or undefined>");
}

static void test_statics_and_misc(void **state)
{
    (void)state;
    EXPECT(CALL("String.fromCharCode", JS_UNDEFINED, N(72), N(105), N(65536 + 33)), "\"Hi!\"");
    EXPECT(CALL("String.fromCodePoint", JS_UNDEFINED, N(0x1F600)), "\"\xF0\x9F\x98\x80\"");
    EXPECT(CALL("String.fromCodePoint", JS_UNDEFINED, N(-1)), "<RangeError: Invalid code point -1>");
    EXPECT(CALL("String.raw", JS_UNDEFINED, P("{\"raw\":[\"a\",\"b\",\"c\"]}"), N(1), N(2), N(3)), "\"a1b2c\"");
    EXPECT(CALL("String", JS_UNDEFINED, N(-0.0)), "\"0\"");
    EXPECT(CALL("String", JS_UNDEFINED, js_new_symbol(S("s"))), "\"Symbol(s)\"");
    EXPECT(CALL("String.prototype.localeCompare", S("a"), S("B")), "-1");
    EXPECT(CALL("String.prototype.localeCompare", S("a"), S("A")), "-1");
    EXPECT(CALL("String.prototype.localeCompare", S("résumé"), S("resume")), "1");
    EXPECT(CALL("String.prototype.localeCompare", S("a b"), S("ab")), "-1");
    EXPECT(CALL("String.prototype.localeCompare", S("Z"), S("a")), "1");
    EXPECT(CALL("String.prototype.localeCompare", S("abc"), S("abc")), "0");
    EXPECT(CALL0("String.prototype.toString", N(1)),
           "<TypeError: String.prototype.toString requires that 'this' be a String>");
    JSValue obj = js_construct(G("String"), 1, (JSValue[]){ S("xy") }, JS_UNDEFINED);
    EXPECT(CALL0("String.prototype.valueOf", obj), "\"xy\"");
    EXPECT(js_get_property_str(obj, "length"), "2");
    EXPECT(CALL("Array.from", G("Array"), S("a\xF0\x9F\x98\x80" "b")), "[\"a\",\"\xF0\x9F\x98\x80\",\"b\"]");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_mapping),
        cmocka_unit_test(test_search),
        cmocka_unit_test(test_substrings),
        cmocka_unit_test(test_split_and_replace),
        cmocka_unit_test(test_padding_trimming_repeat),
        cmocka_unit_test(test_statics_and_misc),
    };
    return cmocka_run_group_tests(tests, builtins_test_setup, NULL);
}
