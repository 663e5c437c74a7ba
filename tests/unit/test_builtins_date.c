/* Unit tests for Date (js_date.c) in the UTC time zone; expected values are
 * node 20's with TZ=UTC. */
#include "test_builtins_harness.h"
#include <time.h>

static JSValue date(int argc, JSValue *argv)
{
    return js_construct(G("Date"), argc, argv, JS_UNDEFINED);
}

static JSValue parse(const char *s) { return CALL("Date.parse", JS_UNDEFINED, S(s)); }

static void test_construct_and_format(void **state)
{
    (void)state;
    JSValue d = date(7, (JSValue[]){ N(2026), N(10), N(22), N(19), N(23), N(55), N(123) });
    EXPECT(CALL0("Date.prototype.toString", d),
           "\"Sun Nov 22 2026 19:23:55 GMT+0000 (Coordinated Universal Time)\"");
    EXPECT(CALL0("Date.prototype.toDateString", d), "\"Sun Nov 22 2026\"");
    EXPECT(CALL0("Date.prototype.toUTCString", d), "\"Sun, 22 Nov 2026 19:23:55 GMT\"");
    EXPECT(CALL0("Date.prototype.toISOString", d), "\"2026-11-22T19:23:55.123Z\"");
    EXPECT(CALL0("Date.prototype.toLocaleString", d), "\"11/22/2026, 7:23:55 PM\"");
    EXPECT(d, "\"2026-11-22T19:23:55.123Z\""); /* toJSON */
    EXPECT(CALL0("Date.prototype.getDay", d), "0");
    EXPECT(CALL0("Date.prototype.getMonth", d), "10");
    EXPECT(CALL0("Date.prototype.getMilliseconds", d), "123");
    EXPECT(CALL0("Date.prototype.getTimezoneOffset", d), "0");
    JSValue bad = date(1, (JSValue[]){ N(NAN) });
    EXPECT(CALL0("Date.prototype.toString", bad), "\"Invalid Date\"");
    EXPECT(CALL0("Date.prototype.toISOString", bad), "<RangeError: Invalid time value>");
    EXPECT(bad, "null");
    EXPECT(CALL0("Date.prototype.toISOString", date(1, (JSValue[]){ N(-1e14) })),
           "\"-001199-02-15T14:13:20.000Z\"");
    EXPECT(CALL0("Date.prototype.toISOString", date(1, (JSValue[]){ N(1e15) })),
           "\"+033658-09-27T01:46:40.000Z\"");
    EXPECT(CALL0("Date.prototype.getTime", date(1, (JSValue[]){ N(8.64e15 + 1) })), "null");
    EXPECT(CALL("Date.UTC", JS_UNDEFINED, N(2020), N(0)), "1577836800000");
    EXPECT(CALL0("Date.prototype.getFullYear", date(2, (JSValue[]){ N(99), N(0) })), "1999");
}

static void test_parse(void **state)
{
    (void)state;
    EXPECT(parse("2020-01-01"), "1577836800000");
    EXPECT(parse("2020-01-01T00:00"), "1577836800000");
    EXPECT(parse("2020-01-01T00:00:00.000+05:30"), "1577817000000");
    EXPECT(parse("+020000-01-01T00:00:00Z"), "568971820800000");
    EXPECT(parse("Tue Nov 22 2026 19:23:55 GMT+0100"), "1795371835000");
    EXPECT(parse("November 22, 2026"), "1795305600000");
    EXPECT(parse("2026/11/22"), "1795305600000");
    EXPECT(parse("11/22/2026 10:00 PM"), "1795384800000");
    EXPECT(parse("Thu, 01 Jan 1970 00:00:00 GMT"), "0");
    EXPECT(parse("1970-01-01 00:00:00"), "0");
    EXPECT(parse("Jan 1 2000"), "946684800000");
    EXPECT(parse("1 January 2000 12:30"), "946729800000");
    EXPECT(parse("2000"), "946684800000");
    EXPECT(parse("2000-02"), "949363200000");
    EXPECT(parse("x"), "null");
    EXPECT(parse("2020-13-01"), "null");
}

static void test_setters(void **state)
{
    (void)state;
    JSValue d = date(3, (JSValue[]){ N(2020), N(0), N(31) });
    EXPECT(CALL("Date.prototype.setMonth", d, N(1)), "1583107200000"); /* Jan 31 + 1 month → Mar 2 */
    EXPECT(CALL("Date.prototype.setHours", d, N(25), N(61)), "1583200860000");
    EXPECT(CALL("Date.prototype.setFullYear", date(1, (JSValue[]){ N(NAN) }), N(2000)), "946684800000");
    EXPECT(CALL("Date.prototype.setDate", date(1, (JSValue[]){ N(NAN) }), N(1)), "null");
    EXPECT(CALL("Date.prototype.setTime", d, N(0)), "0");
    EXPECT(CALL0("Date.prototype.getTime", N(0)), "<TypeError: this is not a Date object.>");
    double before = js_date_now();
    double now = js_to_double(CALL0("Date.now", JS_UNDEFINED));
    assert_true(now >= before && now - before < 10000);
}

static int setup(void **state)
{
    setenv("TZ", "UTC", 1);
    tzset();
    return builtins_test_setup(state);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_construct_and_format),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_setters),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
