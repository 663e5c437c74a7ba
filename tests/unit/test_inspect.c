/*
 * test_inspect.c — util.inspect and util.format against node 20.
 *
 * Every expected string below was printed by node 20 for the same value
 * (JSON.stringify(util.inspect(v)) in a node script), so these tests pin the
 * exact layout rules: quoting, line breaking at 80 columns, the grouping of
 * long arrays into aligned columns, depth limits, circular references,
 * functions, boxed primitives and errors.
 *
 * Values are built with the runtime's C API; a few helpers below keep the
 * construction readable: O("a", v, "b", v, NULL) makes an object, A(n, ...)
 * an array, S("..") a string, N(d) a number.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "kiln/runtime.h"
#include "node/node.h"
#include "builtins/js_promise.h"

static JSValue S(const char *s) { return js_new_string_cstr(s); }
static JSValue N(double d) { return js_mk_number(d); }
static JSValue D(double d) { return js_mk_double(d); }

/* O("k1", v1, "k2", v2, ..., NULL) */
static JSValue O(const char *k, ...)
{
    JSValue o = js_new_object();
    va_list ap;
    va_start(ap, k);
    while (k) {
        JSValue v = va_arg(ap, JSValue);
        js_set_property_str(o, k, v);
        k = va_arg(ap, const char *);
    }
    va_end(ap);
    return o;
}

static JSValue A(int n, ...)
{
    JSValue vals[256];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        vals[i] = va_arg(ap, JSValue);
    va_end(ap);
    return js_new_array_from((uint32_t)n, vals);
}

static JSValue range(int n, double (*f)(int))
{
    JSValue a = js_new_array(0);
    for (int i = 0; i < n; i++)
        js_array_push(a, js_mk_number(f(i)));
    return a;
}

static const char *inspect(JSValue v)
{
    char *s = js_inspect_utf8(v, NULL, NULL);
    assert_non_null(s);
    return s;
}

#define CHECK(v, expected) assert_string_equal(inspect(v), expected)

static JSValue dummy_fn(JSFunction *callee, JSValue this_val, int32_t argc,
                        const JSValue *argv, JSValue new_target)
{
    return JS_UNDEFINED;
}

/* The builtins may not have installed every constructor yet; inspect
 * names objects after proto.constructor, so make sure the usual ones exist. */
static void ensure_ctor(JSValue proto, const char *name)
{
    if (!js_is_object(proto) || js_has_own_property(proto, JS_ATOM(constructor)) > 0)
        return;
    js_new_native_constructor(name, dummy_fn, 0, proto);
}

static int setup(void **state)
{
    static bool done;
    if (!done) {
        js_node_set_args(0, NULL);
        assert_int_equal(js_runtime_init(), 0);
        ensure_ctor(js_realm.object_proto, "Object");
        ensure_ctor(js_realm.array_proto, "Array");
        ensure_ctor(js_realm.function_proto, "Function");
        ensure_ctor(js_realm.number_proto, "Number");
        ensure_ctor(js_realm.string_proto, "String");
        ensure_ctor(js_realm.boolean_proto, "Boolean");
        ensure_ctor(js_realm.symbol_proto, "Symbol");
        done = true;
    }
    return 0;
}

/* ---- primitives ---------------------------------------------------------- */

static void test_numbers(void **state)
{
    CHECK(N(1), "1");
    CHECK(D(-0.0), "-0");
    CHECK(N(0), "0");
    CHECK(N(1.5), "1.5");
    CHECK(N(1e21), "1e+21");
    CHECK(N(1e-7), "1e-7");
    CHECK(D(NAN), "NaN");
    CHECK(D(-INFINITY), "-Infinity");
    CHECK(N(123456789012345680000.0), "123456789012345680000");
    CHECK(N(0.1 + 0.2), "0.30000000000000004");
}

static void test_other_primitives(void **state)
{
    CHECK(JS_UNDEFINED, "undefined");
    CHECK(JS_NULL, "null");
    CHECK(JS_TRUE, "true");
    CHECK(JS_FALSE, "false");
    CHECK(js_new_symbol(S("a")), "Symbol(a)");
    CHECK(js_new_symbol(JS_UNDEFINED), "Symbol()");
}

static void test_strings(void **state)
{
    CHECK(S("abc"), "'abc'");
    CHECK(S("it's"), "\"it's\"");
    CHECK(S("say \"hi\" it's"), "`say \"hi\" it's`");
    CHECK(S("a'b\"c`d"), "'a\\'b\"c`d'");
    CHECK(S("a'b\"c${d}"), "'a\\'b\"c${d}'");
    CHECK(S("new\nline"), "'new\\nline'");
    CHECK(S("tab\t"), "'tab\\t'");
    CHECK(S("back\\slash"), "'back\\\\slash'");
    CHECK(S("\xc3\xa9\xe6\x97\xa5\xe6\x9c\xac"), "'\xc3\xa9\xe6\x97\xa5\xe6\x9c\xac'");
    uint16_t ctl[3] = { 0, 0x7f, 0x9f };
    CHECK(js_new_string_utf16(ctl, 3), "'\\x00\\x7F\\x9F'");
    uint16_t lone[2] = { 0xd800, 'x' };
    CHECK(js_new_string_utf16(lone, 2), "'\\ud800x'");
    uint16_t pair[2] = { 0xd83d, 0xde00 };
    CHECK(js_new_string_utf16(pair, 2), "'\xf0\x9f\x98\x80'");
}

/* ---- arrays -------------------------------------------------------------- */

static double ident(int i) { return i; }
static double square(int i) { return (double)i * i; }
static double seven(int i) { return 7; }
static double alternating(int i) { return i % 2 ? -i * 1000.0 : i; }

static void test_arrays_short(void **state)
{
    CHECK(js_new_array(0), "[]");
    CHECK(A(3, N(1), N(2), N(3)), "[ 1, 2, 3 ]");
    CHECK(A(2, S("a"), S("b")), "[ 'a', 'b' ]");
    CHECK(A(6, JS_UNDEFINED, JS_NULL, D(NAN), D(-0.0), N(0), S("x")),
          "[ undefined, null, NaN, -0, 0, 'x' ]");
    CHECK(A(1, A(2, N(1), A(2, N(2), A(2, N(3), A(1, N(4)))))), "[ [ 1, [ 2, [Array] ] ] ]");
    CHECK(A(1, A(3, N(1), N(2), A(3, N(3), N(4), A(2, N(5), A(1, N(6)))))),
          "[ [ 1, 2, [ 3, 4, [Array] ] ] ]");
    CHECK(A(10, N(1.5), N(22.25), N(333.125), N(4), N(5), N(6), N(7), N(8), N(9), N(10)),
          "[ 1.5, 22.25, 333.125, 4, 5, 6, 7, 8, 9, 10 ]");
}

static void test_arrays_holes(void **state)
{
    CHECK(A(2, JS_EMPTY, N(1)), "[ <1 empty item>, 1 ]");
    CHECK(A(3, N(1), JS_EMPTY, N(2)), "[ 1, <1 empty item>, 2 ]");
    CHECK(A(2, JS_EMPTY, JS_EMPTY), "[ <2 empty items> ]");
    CHECK(js_new_array(5), "[ <5 empty items> ]");
    CHECK(A(9, JS_EMPTY, JS_EMPTY, JS_EMPTY, N(1), N(2), N(3), N(4), N(5), N(6)),
          "[ <3 empty items>, 1, 2, 3, 4, 5, 6 ]");
}

static void test_arrays_grouped(void **state)
{
    CHECK(range(7, ident), "[\n  0, 1, 2, 3,\n  4, 5, 6\n]");
    CHECK(range(26, square),
          "[\n    0,   1,   4,   9,  16,  25,  36,\n   49,  64,  81, 100, 121, 144, 169,\n"
          "  196, 225, 256, 289, 324, 361, 400,\n  441, 484, 529, 576, 625\n]");
    CHECK(range(101, ident),
          "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n"
          "  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n"
          "  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n"
          "  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n"
          "  96, 97, 98, 99,\n  ... 1 more item\n]");
    CHECK(range(120, seven),
          "[\n  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n"
          "  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n"
          "  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n"
          "  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,\n"
          "  7, 7, 7, 7,\n  ... 20 more items\n]");
    CHECK(range(10, alternating),
          "[\n      0, -1000,     2,\n  -3000,     4, -5000,\n      6, -7000,     8,\n  -9000\n]");

    JSValue s = js_new_array(0);
    char buf[8];
    for (int i = 0; i < 30; i++) {
        snprintf(buf, sizeof buf, "s%d", i);
        js_array_push(s, S(buf));
    }
    CHECK(s, "[\n  's0',  's1',  's2',  's3',  's4',\n  's5',  's6',  's7',  's8',  's9',\n"
             "  's10', 's11', 's12', 's13', 's14',\n  's15', 's16', 's17', 's18', 's19',\n"
             "  's20', 's21', 's22', 's23', 's24',\n  's25', 's26', 's27', 's28', 's29'\n]");
    CHECK(A(8, N(1), S("a"), N(2), S("b"), N(3), S("c"), N(4), S("d")),
          "[\n  1, 'a', 2, 'b',\n  3, 'c', 4, 'd'\n]");
    CHECK(A(8, S("a"), S("bb"), S("ccc"), S("dddd"), S("eeeee"), S("ffffff"), S("ggggggg"), S("hhhhhhhh")),
          "[\n  'a',       'bb',\n  'ccc',     'dddd',\n  'eeeee',   'ffffff',\n  'ggggggg', 'hhhhhhhh'\n]");
}

static void test_arrays_extra_keys(void **state)
{
    JSValue a = A(3, N(1), N(2), N(3));
    js_set_property_str(a, "foo", S("bar"));
    CHECK(a, "[ 1, 2, 3, foo: 'bar' ]");
    a = range(7, ident);
    for (int i = 0; i < 7; i++)
        js_set_index(a, (uint32_t)i, N(i + 1), false);
    js_set_property_str(a, "foo", S("bar"));
    CHECK(a, "[ 1, 2, 3, 4, 5, 6, 7, foo: 'bar' ]");
}

/* ---- objects ------------------------------------------------------------- */

static void test_objects(void **state)
{
    CHECK(js_new_object(), "{}");
    CHECK(O("a", N(1), NULL), "{ a: 1 }");
    CHECK(O("a", N(1), "b-c", N(2), "3", N(3), "_x", N(4), "$y", N(5), NULL),
          "{ '3': 3, a: 1, 'b-c': 2, _x: 4, '$y': 5 }");
    CHECK(O("s", S("str"), "n", JS_NULL, "u", JS_UNDEFINED, "t", JS_TRUE, NULL),
          "{ s: 'str', n: null, u: undefined, t: true }");
    CHECK(js_new_object_proto(JS_NULL), "[Object: null prototype] {}");
    CHECK(O("a b", N(1), "it's", N(2), "x\ny", N(3), "__proto__x", N(1), NULL),
          "{ 'a b': 1, \"it's\": 2, 'x\\ny': 3, __proto__x: 1 }");
    JSValue np = js_new_object_proto(JS_NULL);
    js_set_property_str(np, "a", N(1));
    CHECK(np, "[Object: null prototype] { a: 1 }");
}

static void test_objects_nested(void **state)
{
    CHECK(O("a", O("b", O("c", O("d", N(1), NULL), NULL), NULL), NULL), "{ a: { b: { c: [Object] } } }");
    CHECK(O("a", A(3, N(1), N(2), O("b", A(1, N(3)), NULL)), NULL), "{ a: [ 1, 2, { b: [Array] } ] }");
    CHECK(O("a", O("b", O("c", js_new_object(), NULL), NULL), NULL), "{ a: { b: { c: {} } } }");
    CHECK(O("a", O("b", O("c", js_new_array(0), NULL), NULL), NULL), "{ a: { b: { c: [] } } }");
    CHECK(O("a", O("b", O("c", A(1, N(1)), NULL), NULL), NULL), "{ a: { b: { c: [Array] } } }");
    CHECK(O("a-b", O("c-d", N(1), NULL), "x", A(2, O("y", N(1), NULL), O("z", A(2, N(1), N(2)), NULL)), NULL),
          "{ 'a-b': { 'c-d': 1 }, x: [ { y: 1 }, { z: [Array] } ] }");
}

static void test_objects_line_breaking(void **state)
{
    CHECK(O("long1", S("aaaaaaaaaaaaaaaaaaaa"), "long2", S("bbbbbbbbbbbbbbbbbbbbbbbb"),
            "long3", S("cccccccccccccccccccccccc"), NULL),
          "{\n  long1: 'aaaaaaaaaaaaaaaaaaaa',\n  long2: 'bbbbbbbbbbbbbbbbbbbbbbbb',\n"
          "  long3: 'cccccccccccccccccccccccc'\n}");
    JSValue o = js_new_object();
    char k[2] = "a";
    for (int i = 0; i < 26; i++) {
        k[0] = (char)('a' + i);
        js_set_property_str(o, k, N(i + 1));
    }
    CHECK(o, "{\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n  e: 5,\n  f: 6,\n  g: 7,\n  h: 8,\n  i: 9,\n"
             "  j: 10,\n  k: 11,\n  l: 12,\n  m: 13,\n  n: 14,\n  o: 15,\n  p: 16,\n  q: 17,\n"
             "  r: 18,\n  s: 19,\n  t: 20,\n  u: 21,\n  v: 22,\n  w: 23,\n  x: 24,\n  y: 25,\n  z: 26\n}");
    char x100[101];
    memset(x100, 'x', 100);
    x100[100] = 0;
    CHECK(O("a", S(x100), NULL), "{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}");
    CHECK(A(1, S(x100)), "[\n  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n]");
    CHECK(O("s", S("line1\nline2\nline3 and some more text to make it long enough ok"), NULL),
          "{\n  s: 'line1\\nline2\\nline3 and some more text to make it long enough ok'\n}");
}

static void test_long_string_split(void **state)
{
    /* inside a container, a string longer than the line splits at \n */
    char text[200] = "";
    for (int i = 0; i < 4; i++)
        strcat(text, "a fairly long line of text that goes on\n");
    CHECK(A(1, S(text)),
          "[\n  'a fairly long line of text that goes on\\n' +\n"
          "    'a fairly long line of text that goes on\\n' +\n"
          "    'a fairly long line of text that goes on\\n' +\n"
          "    'a fairly long line of text that goes on\\n'\n]");
}

static void test_circular(void **state)
{
    JSValue c = O("name", S("c"), NULL);
    js_set_property_str(c, "self", c);
    JSValue inner = O("c", c, NULL);
    js_set_property_str(c, "arr", A(2, c, inner));
    CHECK(c, "<ref *1> {\n  name: 'c',\n  self: [Circular *1],\n  arr: [ [Circular *1], { c: [Circular *1] } ]\n}");
    JSValue a = js_new_array(0);
    js_array_push(a, a);
    CHECK(a, "<ref *1> [ [Circular *1] ]");
}

/* ---- functions, accessors, symbols --------------------------------------- */

static void test_functions(void **state)
{
    JSValue f = js_new_native_function("f", dummy_fn, 0);
    CHECK(f, "[Function: f]");
    CHECK(js_new_native_function("", dummy_fn, 0), "[Function (anonymous)]");
    JSValue ff = js_new_native_function("ff", dummy_fn, 0);
    js_set_property_str(ff, "x", N(1));
    CHECK(ff, "[Function: ff] { x: 1 }");
    CHECK(O("f", f, NULL), "{ f: [Function: f] }");
}

static void test_accessors(void **state)
{
    JSValue g = js_new_native_function("get", dummy_fn, 0);
    JSValue s = js_new_native_function("set", dummy_fn, 1);
    JSValue o = js_new_object();
    js_define_property_getset(o, js_atom_from_cstr("a"), g, JS_UNDEFINED, JS_PROP_C_W_E);
    js_define_property_getset(o, js_atom_from_cstr("b"), JS_UNDEFINED, s, JS_PROP_C_W_E);
    js_define_property_getset(o, js_atom_from_cstr("c"), g, s, JS_PROP_C_W_E);
    CHECK(o, "{ a: [Getter], b: [Setter], c: [Getter/Setter] }");
}

static void test_symbol_keys(void **state)
{
    JSValue o = js_new_object();
    js_define_property_value(o, js_new_symbol(S("s")), N(1), JS_PROP_C_W_E);
    js_define_property_value(o, js_new_symbol(JS_UNDEFINED), N(2), JS_PROP_C_W_E);
    js_define_property_value(o, JS_SYM(iterator), N(3), JS_PROP_C_W_E);
    CHECK(o, "{ [Symbol(s)]: 1, [Symbol()]: 2, [Symbol(Symbol.iterator)]: 3 }");
    /* non-enumerable properties are hidden */
    js_define_property_value(o, js_atom_from_cstr("hidden"), N(4), JS_PROP_C_W);
    CHECK(o, "{ [Symbol(s)]: 1, [Symbol()]: 2, [Symbol(Symbol.iterator)]: 3 }");
}

/* ---- errors -------------------------------------------------------------- */

static void set_stack(JSValue e, const char *s)
{
    js_set_property(e, JS_ATOM(stack), S(s), false);
}

static void test_errors(void **state)
{
    JSValue e = js_new_error(JS_TYPE_ERROR, S("bad"));
    set_stack(e, "TypeError: bad");
    CHECK(e, "[TypeError: bad]");
    js_set_property_str(e, "code", N(5));
    CHECK(e, "[TypeError: bad] { code: 5 }");
    CHECK(O("err", e, NULL), "{ err: [TypeError: bad] { code: 5 } }");

    e = js_new_error(JS_ERROR, S("x"));
    set_stack(e, "Error: x\n    at f (/a.js:1:2)\n    at /a.js:3:4");
    CHECK(e, "Error: x\n    at f (/a.js:1:2)\n    at /a.js:3:4");
    CHECK(O("e", e, NULL), "{\n  e: Error: x\n      at f (/a.js:1:2)\n      at /a.js:3:4\n}");
    CHECK(A(1, e), "[\n  Error: x\n      at f (/a.js:1:2)\n      at /a.js:3:4\n]");
    js_set_property_str(e, "name", S("Custom"));
    CHECK(e, "Error: x\n    at f (/a.js:1:2)\n    at /a.js:3:4 {\n  name: 'Custom'\n}");

    e = js_new_error(JS_ERROR, S("nomsg"));
    set_stack(e, "");
    CHECK(e, "[Error: nomsg]");
    e = js_new_error(JS_ERROR, S(""));
    set_stack(e, "Error\n    at x (/b.js:1:1)");
    CHECK(e, "Error\n    at x (/b.js:1:1)");
}

/* ---- util.format --------------------------------------------------------- */

static const char *fmt(int argc, ...)
{
    JSValue argv[16];
    va_list ap;
    va_start(ap, argc);
    for (int i = 0; i < argc; i++)
        argv[i] = va_arg(ap, JSValue);
    va_end(ap);
    char *s = js_format_utf8(NULL, argc, argv, NULL);
    assert_non_null(s);
    return s;
}

static void test_format(void **state)
{
    assert_string_equal(fmt(2, S("%s"), S("a")), "a");
    assert_string_equal(fmt(3, S("%s %s"), N(1), D(-0.0)), "1 -0");
    assert_string_equal(fmt(2, S("%d"), S("42")), "42");
    assert_string_equal(fmt(2, S("%d"), JS_TRUE), "1");
    assert_string_equal(fmt(2, S("%i"), S("0x1A")), "26");
    assert_string_equal(fmt(2, S("%i"), N(3.9)), "3");
    assert_string_equal(fmt(2, S("%f"), S("3.5abc")), "3.5");
    assert_string_equal(fmt(2, S("%O"), O("a", O("b", O("c", O("d", N(1), NULL), NULL), NULL), NULL)),
                        "{ a: { b: { c: [Object] } } }");
    assert_string_equal(fmt(3, S("%c%s"), S("color: red"), S("x")), "x");
    assert_string_equal(fmt(2, S("100%% %s"), S("sure")), "100% sure");
    assert_string_equal(fmt(4, S("%s"), S("a"), S("b"), N(3)), "a b 3");
    assert_string_equal(fmt(2, S("%x %s"), N(1)), "%x 1");
    assert_string_equal(fmt(1, S("no args %s")), "no args %s");
    assert_string_equal(fmt(3, N(1), S("a"), O("b", N(2), NULL)), "1 a { b: 2 }");
    assert_string_equal(fmt(1, S("%s")), "%s");
    assert_string_equal(fmt(2, S("%%"), N(1)), "% 1");
    assert_string_equal(fmt(3, S("%s"), JS_NULL, JS_UNDEFINED), "null undefined");
    assert_string_equal(fmt(4, S("%d %i %f"), D(-0.0), D(-0.0), D(-0.0)), "-0 0 0");
    assert_string_equal(fmt(2, S("%s"), js_new_symbol(S("s"))), "Symbol(s)");
    assert_string_equal(fmt(2, S("%d"), js_new_symbol(S("s"))), "NaN");
    assert_string_equal(fmt(0), "");
}

/* ---- options ------------------------------------------------------------- */

static void test_options(void **state)
{
    JSInspectOptions o;
    js_inspect_default_options(&o);
    o.depth = 0;
    assert_string_equal(js_inspect_utf8(O("a", O("b", N(1), NULL), NULL), &o, NULL), "{ a: [Object] }");
    js_inspect_default_options(&o);
    o.depth = INT32_MAX;
    assert_string_equal(js_inspect_utf8(O("a", O("b", O("c", O("d", N(1), NULL), NULL), NULL), NULL), &o, NULL),
                        "{\n  a: { b: { c: { d: 1 } } }\n}");
    js_inspect_default_options(&o);
    o.compact = -1;
    assert_string_equal(js_inspect_utf8(O("a", N(1), NULL), &o, NULL), "{ a: 1 }");
    js_inspect_default_options(&o);
    o.break_length = INT32_MAX;
    o.compact = -1;
    assert_string_equal(js_inspect_utf8(range(30, ident), &o, NULL),
                        "[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29 ]");
    js_inspect_default_options(&o);
    o.show_hidden = true;
    assert_string_equal(js_inspect_utf8(A(3, N(1), N(2), N(3)), &o, NULL), "[ 1, 2, 3, [length]: 3 ]");
    js_inspect_default_options(&o);
    o.numeric_separator = true;
    assert_string_equal(js_inspect_utf8(A(3, N(1234567), N(-1234.5678), N(123)), &o, NULL),
                        "[ 1_234_567, -1_234.567_8, 123 ]");
}

/* A 300-deep chain prints in full with depth: Infinity. */
static void test_deep_nesting(void **state)
{
    JSValue head = js_new_object();
    for (int i = 0; i < 300; i++)
        head = O("next", head, NULL);
    JSInspectOptions o;
    js_inspect_default_options(&o);
    o.depth = INT32_MAX;
    char *s = js_inspect_utf8(head, &o, NULL);
    assert_non_null(s);
    assert_non_null(strstr(s, "next: {}"));
}

char *js_console_table_text(JSValue data, JSValue properties);

/* require('node:util'): format, formatWithOptions, inspect, inherits */
static void test_util_module(void **state)
{
    JSValue util = js_node_builtin_module("node:util");
    assert_true(js_is_object(util));
    assert_true(js_node_builtin_module("util") == util);
    assert_true(js_node_builtin_module("http") == JS_UNDEFINED);
    JSValue args[3] = { S("%s=%d"), S("x"), N(5) };
    JSValue r = js_call(js_get_property_str(util, "format"), util, 3, args);
    assert_string_equal(js_string_to_utf8(r, NULL), "x=5");
    JSValue wargs[2] = { O("depth", N(0), NULL), O("a", O("b", N(1), NULL), NULL) };
    r = js_call(js_get_property_str(util, "formatWithOptions"), util, 2, wargs);
    assert_string_equal(js_string_to_utf8(r, NULL), "{ a: [Object] }");
    JSValue iargs[2] = { A(3, N(1), N(2), N(3)), O("maxArrayLength", N(1), NULL) };
    r = js_call(js_get_property_str(util, "inspect"), util, 2, iargs);
    assert_string_equal(js_string_to_utf8(r, NULL), "[ 1, ... 2 more items ]");
    JSValue ctor = js_new_native_constructor("Child", dummy_fn, 0, js_new_object());
    JSValue super = js_new_native_constructor("Parent", dummy_fn, 0, js_new_object());
    JSValue hargs[2] = { ctor, super };
    assert_true(js_call(js_get_property_str(util, "inherits"), util, 2, hargs) == JS_UNDEFINED);
    assert_true(js_get_prototype(js_get_property_str(ctor, "prototype")) == js_get_property_str(super, "prototype"));
    assert_true(js_get_property_str(ctor, "super_") == super);
}

/* console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]) and
 * console.table([1, 'two', { three: 3 }]) */
static void test_console_table(void **state)
{
    JSValue rows = A(2, O("a", N(1), "b", S("Y"), NULL), O("a", S("Z"), "b", N(2), NULL));
    assert_string_equal(js_console_table_text(rows, JS_UNDEFINED),
        "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2510\n"
        "\u2502 (index) \u2502 a   \u2502 b   \u2502\n"
        "\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2524\n"
        "\u2502 0       \u2502 1   \u2502 'Y' \u2502\n"
        "\u2502 1       \u2502 'Z' \u2502 2   \u2502\n"
        "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2518");
    JSValue mixed = A(3, N(1), S("two"), O("three", N(3), NULL));
    assert_string_equal(js_console_table_text(mixed, JS_UNDEFINED),
        "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n"
        "\u2502 (index) \u2502 three \u2502 Values \u2502\n"
        "\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n"
        "\u2502 0       \u2502       \u2502 1      \u2502\n"
        "\u2502 1       \u2502       \u2502 'two'  \u2502\n"
        "\u2502 2       \u2502 3     \u2502        \u2502\n"
        "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518");
}

/* new Map([['a', 1], ['b', { c: [1, 2] }]]), new Set([1, 'two', [3]]),
 * Promise.resolve(42), a pending promise, new Map() */
static void test_collections_and_promises(void **state)
{
    JSValue map = js_construct(js_get_property_str(js_realm.global, "Map"), 0, NULL, JS_UNDEFINED);
    assert_true(js_is_object(map));
    JSValue set_fn = js_get_property_str(map, "set");
    JSValue kv1[2] = { S("a"), N(1) }, kv2[2] = { S("b"), O("c", A(2, N(1), N(2)), NULL) };
    js_call(set_fn, map, 2, kv1);
    js_call(set_fn, map, 2, kv2);
    CHECK(map, "Map(2) { 'a' => 1, 'b' => { c: [ 1, 2 ] } }");
    JSValue set = js_construct(js_get_property_str(js_realm.global, "Set"), 0, NULL, JS_UNDEFINED);
    JSValue add = js_get_property_str(set, "add");
    JSValue items[3] = { N(1), S("two"), A(1, N(3)) };
    for (int i = 0; i < 3; i++)
        js_call(add, set, 1, &items[i]);
    CHECK(set, "Set(3) { 1, 'two', [ 3 ] }");
    CHECK(js_construct(js_get_property_str(js_realm.global, "Map"), 0, NULL, JS_UNDEFINED), "Map(0) {}");
    JSValue p = js_promise_new();
    CHECK(p, "Promise { <pending> }");
    js_promise_resolve_value(p, N(42));
    js_run_microtasks();
    CHECK(p, "Promise { 42 }");
}

/* Runs js_report_uncaught with stderr sent to a temporary file; returns
 * what it printed. */
static char *report_text(JSValue exc)
{
    static char buf[4096];
    fflush(stderr);
    int saved = dup(2);
    FILE *tmp = tmpfile();
    assert_non_null(tmp);
    dup2(fileno(tmp), 2);
    js_report_uncaught(exc);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    rewind(tmp);
    size_t n = fread(buf, 1, sizeof buf - 1, tmp);
    buf[n] = 0;
    fclose(tmp);
    return buf;
}

/* The uncaught-exception report, as node prints it for
 *     function f() {
 *       throw new TypeError("bad");
 *     }
 * and for `throw 42` and `throw {a: 1}` (no throw site known here). */
static void test_uncaught_report(void **state)
{
    static const char src[] = "function f() {\n  throw new TypeError(\"bad\");\n}\nf();\n";
    rt_register_source("/x.js", src, (int64_t)sizeof src - 1);
    JSValue e = js_new_error(JS_TYPE_ERROR, S("bad"));
    set_stack(e, "TypeError: bad\n    at f (/x.js:2:3)\n    at /x.js:4:1");
    assert_string_equal(report_text(e),
        "/x.js:2\n  throw new TypeError(\"bad\");\n  ^\n\nTypeError: bad\n    at f (/x.js:2:3)\n    at /x.js:4:1\n");
    assert_string_equal(report_text(N(42)),
        "\n42\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n");
    assert_string_equal(report_text(O("a", N(1), NULL)), "\n{ a: 1 }\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_numbers, setup),
        cmocka_unit_test_setup(test_other_primitives, setup),
        cmocka_unit_test_setup(test_strings, setup),
        cmocka_unit_test_setup(test_arrays_short, setup),
        cmocka_unit_test_setup(test_arrays_holes, setup),
        cmocka_unit_test_setup(test_arrays_grouped, setup),
        cmocka_unit_test_setup(test_arrays_extra_keys, setup),
        cmocka_unit_test_setup(test_objects, setup),
        cmocka_unit_test_setup(test_objects_nested, setup),
        cmocka_unit_test_setup(test_objects_line_breaking, setup),
        cmocka_unit_test_setup(test_long_string_split, setup),
        cmocka_unit_test_setup(test_circular, setup),
        cmocka_unit_test_setup(test_functions, setup),
        cmocka_unit_test_setup(test_accessors, setup),
        cmocka_unit_test_setup(test_symbol_keys, setup),
        cmocka_unit_test_setup(test_errors, setup),
        cmocka_unit_test_setup(test_format, setup),
        cmocka_unit_test_setup(test_options, setup),
        cmocka_unit_test_setup(test_deep_nesting, setup),
        cmocka_unit_test_setup(test_console_table, setup),
        cmocka_unit_test_setup(test_util_module, setup),
        cmocka_unit_test_setup(test_uncaught_report, setup),
        cmocka_unit_test_setup(test_collections_and_promises, setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
