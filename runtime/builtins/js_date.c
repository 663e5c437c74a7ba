/*
 * js_date.c — the Date constructor and Date.prototype (§21.4).
 *
 * A Date is a JSPrimitiveObject of kind JS_CELL_DATE whose `value` is the
 * time value: milliseconds since 1970-01-01T00:00:00Z as a double, NaN for
 * an invalid date. The calendar arithmetic is the specification's (Day,
 * YearFromTime, MakeDay, MakeDate, TimeClip...), exact for the whole
 * ±8.64e15 ms range. Local time comes from the C library's time zone
 * (localtime_r's tm_gmtoff), which is what node reports when TZ names a
 * zone; the long zone name node prints in toString comes from ICU, so we
 * print "Coordinated Universal Time" for UTC and the zone's abbreviation
 * otherwise.
 *
 * Date.parse accepts the ISO format of §21.4.3.15 (date-only forms are UTC,
 * date-time forms without an offset are local) and, like V8, a legacy
 * format: month names, weekday names, "GMT+hhmm", m/d/y, h:m:s and AM/PM in
 * any reasonable order.
 */
#include "builtins.h"

#include <math.h>
#include <stdio.h>
#include <time.h>

#define MS_PER_DAY 86400000.0

static const char *const day_names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const month_names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* ---- the specification's calendar ------------------------------------- */

static double day_of(double t) { return floor(t / MS_PER_DAY); }

static double time_within_day(double t)
{
    double r = fmod(t, MS_PER_DAY);
    return r < 0 ? r + MS_PER_DAY : r;
}

static double day_from_year(double y)
{
    return 365 * (y - 1970) + floor((y - 1969) / 4) - floor((y - 1901) / 100) + floor((y - 1601) / 400);
}

static bool is_leap(double y)
{
    return fmod(y, 4) == 0 && (fmod(y, 100) != 0 || fmod(y, 400) == 0);
}

static double year_from_time(double t)
{
    double d = day_of(t);
    double y = floor(d / 365.2425) + 1970;
    while (day_from_year(y) > d)
        y--;
    while (day_from_year(y + 1) <= d)
        y++;
    return y;
}

static const int cum_days[2][13] = {
    { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 },
    { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 },
};

/* Splits t into year, month (0-11), date (1-31). */
static void ymd_from_time(double t, double *y, int *m, int *d)
{
    *y = year_from_time(t);
    int day_in_year = (int)(day_of(t) - day_from_year(*y));
    int leap = is_leap(*y);
    int mo = 0;
    while (mo < 11 && day_in_year >= cum_days[leap][mo + 1])
        mo++;
    *m = mo;
    *d = day_in_year - cum_days[leap][mo] + 1;
}

static int week_day(double t)
{
    double r = fmod(day_of(t) + 4, 7);
    return (int)(r < 0 ? r + 7 : r);
}

static double make_time(double h, double m, double s, double ms)
{
    if (!isfinite(h) || !isfinite(m) || !isfinite(s) || !isfinite(ms))
        return NAN;
    return trunc(h) * 3600000.0 + trunc(m) * 60000.0 + trunc(s) * 1000.0 + trunc(ms);
}

static double make_day(double year, double month, double date)
{
    if (!isfinite(year) || !isfinite(month) || !isfinite(date))
        return NAN;
    double y = trunc(year), m = trunc(month), dt = trunc(date);
    double ym = y + floor(m / 12);
    if (fabs(ym) > 400000)
        return NAN;
    int mn = (int)fmod(m, 12);
    if (mn < 0)
        mn += 12;
    double day = day_from_year(ym) + cum_days[is_leap(ym)][mn];
    return day + dt - 1;
}

static double make_date(double day, double time)
{
    if (!isfinite(day) || !isfinite(time))
        return NAN;
    double tv = day * MS_PER_DAY + time;
    return isfinite(tv) ? tv : NAN;
}

static double time_clip(double t)
{
    if (!isfinite(t) || fabs(t) > 8.64e15)
        return NAN;
    return trunc(t) + 0.0; /* +0.0 turns -0 into +0 */
}

/* ---- local time ---------------------------------------------------------- */

/* Offset of local time from UTC, in ms, at UTC time t. */
static double tz_offset_at(double t, char *zone, size_t zone_cap)
{
    time_t secs = (time_t)floor(t / 1000);
    struct tm tm;
    if (!localtime_r(&secs, &tm)) {
        if (zone)
            snprintf(zone, zone_cap, "UTC");
        return 0;
    }
    if (zone)
        snprintf(zone, zone_cap, "%s", tm.tm_zone ? tm.tm_zone : "UTC");
    return (double)tm.tm_gmtoff * 1000.0;
}

static double local_time(double t)
{
    return t + tz_offset_at(t, NULL, 0);
}

/* UTC(t) for a local time value t. */
static double utc_of_local(double t)
{
    if (!isfinite(t))
        return NAN;
    double off = tz_offset_at(t, NULL, 0);
    off = tz_offset_at(t - off, NULL, 0);
    return t - off;
}

double js_date_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return floor((double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6);
}

/* ---- parsing ------------------------------------------------------------- */

typedef struct Scan {
    const JSString *s;
    uint32_t i, n;
} Scan;

static int sc_peek(Scan *sc) { return sc->i < sc->n ? js_flat_char_at(sc->s, sc->i) : -1; }

static bool sc_digits(Scan *sc, int count, int *out)
{
    int v = 0;
    for (int k = 0; k < count; k++) {
        int c = sc_peek(sc);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
        sc->i++;
    }
    *out = v;
    return true;
}

static bool sc_eat(Scan *sc, int c)
{
    if (sc_peek(sc) != c)
        return false;
    sc->i++;
    return true;
}

static const int days_in_month[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/* The ISO format (§21.4.1.32); returns false when the text is not in it. */
static bool parse_iso(const JSString *s, double *out)
{
    Scan sc = { s, 0, s->length };
    int y, mo = 1, d = 1, h = 0, mi = 0, sec = 0;
    double ms = 0;
    int sign = 1;
    if (sc_eat(&sc, '+') || (sc_peek(&sc) == '-' && (sign = -1, sc.i++, true))) {
        if (!sc_digits(&sc, 6, &y))
            return false;
        if (sign < 0 && y == 0)
            return false;
    } else if (!sc_digits(&sc, 4, &y)) {
        return false;
    }
    double year = sign * (double)y;
    bool date_only = true, has_offset = false;
    double offset = 0;
    if (sc_eat(&sc, '-')) {
        if (!sc_digits(&sc, 2, &mo) || mo < 1 || mo > 12)
            return false;
        if (sc_eat(&sc, '-') && (!sc_digits(&sc, 2, &d) || d < 1 || d > days_in_month[mo - 1]))
            return false;
    }
    if (sc_peek(&sc) == 'T' || sc_peek(&sc) == 't' || (sc_peek(&sc) == ' ' && sc.i + 1 < sc.n)) {
        sc.i++;
        date_only = false;
        if (!sc_digits(&sc, 2, &h) || !sc_eat(&sc, ':') || !sc_digits(&sc, 2, &mi))
            return false;
        if (sc_eat(&sc, ':')) {
            if (!sc_digits(&sc, 2, &sec))
                return false;
            if (sc_eat(&sc, '.') || sc_eat(&sc, ',')) {
                int c = sc_peek(&sc), ndig = 0;
                if (c < '0' || c > '9')
                    return false;
                double scale = 100;
                while ((c = sc_peek(&sc)) >= '0' && c <= '9') {
                    if (ndig++ < 3) {
                        ms += (c - '0') * scale;
                        scale /= 10;
                    }
                    sc.i++;
                }
            }
        }
        if (h > 24 || mi > 59 || sec > 59 || (h == 24 && (mi || sec || ms)))
            return false;
        int c = sc_peek(&sc);
        if (c == 'Z' || c == 'z') {
            sc.i++;
            has_offset = true;
        } else if (c == '+' || c == '-') {
            sc.i++;
            int oh, om;
            if (!sc_digits(&sc, 2, &oh))
                return false;
            sc_eat(&sc, ':');
            if (!sc_digits(&sc, 2, &om) || oh > 23 || om > 59)
                return false;
            offset = (c == '-' ? -1 : 1) * (oh * 3600000.0 + om * 60000.0);
            has_offset = true;
        }
    }
    if (sc.i != sc.n)
        return false;
    double t = make_date(make_day(year, mo - 1, d), make_time(h, mi, sec, ms));
    if (date_only || has_offset)
        t -= offset;
    else
        t = utc_of_local(t);
    *out = t;
    return true;
}

static int lower_ascii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* V8-style legacy dates: "Tue Nov 22 2026 19:23:55 GMT+0100", "November 22,
 * 2026", "2026/11/22", "11/22/2026 10:00 PM", "Thu, 01 Jan 1970 00:00:00 GMT". */
static double parse_legacy(const JSString *s)
{
    Scan sc = { s, 0, s->length };
    double year = NAN, month = NAN, day = NAN;
    int h = -1, mi = 0, sec = 0, ms = 0;
    int ampm = 0; /* 1 am, 2 pm */
    bool has_tz = false;
    double tz = 0;
    int nums[3], nnums = 0;
    while (sc.i < sc.n) {
        int c = sc_peek(&sc);
        if (c == ' ' || c == ',' || c == '\t' || c == '\n') {
            sc.i++;
        } else if (c == '(') { /* comment */
            int depth = 0;
            do {
                c = sc_peek(&sc);
                if (c == '(')
                    depth++;
                else if (c == ')')
                    depth--;
                sc.i++;
            } while (depth > 0 && sc.i < sc.n);
        } else if ((c | 32) >= 'a' && (c | 32) <= 'z') {
            char word[16];
            int len = 0;
            while (((c = sc_peek(&sc)) | 32) >= 'a' && (c | 32) <= 'z') {
                if (len < 15)
                    word[len++] = (char)lower_ascii(c);
                sc.i++;
            }
            word[len] = '\0';
            if (sc_peek(&sc) == '.')
                sc.i++;
            if (!strcmp(word, "am") || !strcmp(word, "pm")) {
                ampm = word[0] == 'a' ? 1 : 2;
                continue;
            }
            if (!strcmp(word, "gmt") || !strcmp(word, "utc") || !strcmp(word, "ut") || !strcmp(word, "z")) {
                has_tz = true;
                continue;
            }
            if (!strcmp(word, "t") && h < 0)
                continue;
            bool known = false;
            for (int k = 0; k < 12 && len >= 3; k++)
                if (!strncmp(word, "janfebmaraprmayjunjulaugsepoctnovdec" + 3 * k, 3)) {
                    month = k;
                    known = true;
                }
            for (int k = 0; k < 7 && !known && len >= 3; k++)
                if (!strncmp(word, "sunmontuewedthufrisat" + 3 * k, 3))
                    known = true;
            if (!known)
                return NAN;
        } else if ((c == '+' || c == '-') && (has_tz || h >= 0) && sc.i + 1 < sc.n &&
                   js_flat_char_at(s, sc.i + 1) >= '0' && js_flat_char_at(s, sc.i + 1) <= '9') {
            int sign = c == '-' ? -1 : 1;
            sc.i++;
            int v = 0, nd = 0;
            while ((c = sc_peek(&sc)) >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                nd++;
                sc.i++;
            }
            int oh = nd <= 2 ? v : v / 100, om = nd <= 2 ? 0 : v % 100;
            if (sc_eat(&sc, ':')) {
                int m2 = 0;
                while ((c = sc_peek(&sc)) >= '0' && c <= '9') {
                    m2 = m2 * 10 + (c - '0');
                    sc.i++;
                }
                om = m2;
            }
            tz = sign * (oh * 60.0 + om) * 60000.0;
            has_tz = true;
        } else if (c >= '0' && c <= '9') {
            int v = 0, nd = 0;
            while ((c = sc_peek(&sc)) >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                nd++;
                sc.i++;
            }
            if (sc_peek(&sc) == ':' && h < 0) {
                h = v;
                sc.i++;
                if (!sc_digits(&sc, 2, &mi))
                    return NAN;
                if (sc_eat(&sc, ':') && !sc_digits(&sc, 2, &sec))
                    return NAN;
                if (sc_eat(&sc, '.')) {
                    int m3 = 0, k = 0;
                    while ((c = sc_peek(&sc)) >= '0' && c <= '9') {
                        if (k++ < 3)
                            m3 = m3 * 10 + (c - '0');
                        sc.i++;
                    }
                    while (k++ < 3)
                        m3 *= 10;
                    ms = m3;
                }
            } else if (sc_peek(&sc) == '/' || sc_peek(&sc) == '-') {
                int sep = sc_peek(&sc);
                /* a/b/c: y/m/d when a has 4 digits, else m/d/y */
                int a = v, b, cc = -1, ndc = 0;
                sc.i++;
                b = 0;
                while ((c = sc_peek(&sc)) >= '0' && c <= '9') {
                    b = b * 10 + (c - '0');
                    sc.i++;
                }
                if (sc_eat(&sc, sep)) {
                    cc = 0;
                    while ((c = sc_peek(&sc)) >= '0' && c <= '9') {
                        cc = cc * 10 + (c - '0');
                        ndc++;
                        sc.i++;
                    }
                }
                if (nd >= 3) {
                    year = a;
                    month = b - 1;
                    day = cc < 0 ? 1 : cc;
                } else {
                    month = a - 1;
                    day = b;
                    if (cc >= 0)
                        year = ndc <= 2 ? (cc < 50 ? 2000 + cc : 1900 + cc) : cc;
                }
                if (month < 0 || month > 11 || day < 1 || day > 31)
                    return NAN;
            } else if (nnums < 3) {
                nums[nnums++] = nd >= 3 ? -v - 1 : v; /* mark long numbers as years */
            } else {
                return NAN;
            }
        } else {
            return NAN;
        }
    }
    for (int k = 0; k < nnums; k++) {
        int v = nums[k];
        if (v < 0) {
            year = -(double)v - 1;
        } else if (isnan(day) && v >= 1 && v <= 31 && (!isnan(month) || k == 0)) {
            day = v;
        } else if (isnan(year)) {
            year = v < 50 ? 2000 + v : (v < 100 ? 1900 + v : v);
        } else {
            return NAN;
        }
    }
    if (isnan(year) || isnan(month))
        return NAN;
    if (isnan(day))
        day = 1;
    if (h < 0)
        h = 0;
    if (ampm == 2 && h < 12)
        h += 12;
    else if (ampm == 1 && h == 12)
        h = 0;
    double t = make_date(make_day(year, month, day), make_time(h, mi, sec, ms));
    return has_tz ? t - tz : utc_of_local(t);
}

double js_date_parse_string(JSValue str)
{
    const JSString *s = js_string_flatten(js_str(str));
    double t;
    if (parse_iso(s, &t))
        return time_clip(t);
    return time_clip(parse_legacy(s));
}

/* ---- formatting ------------------------------------------------------------ */

static void fmt_offset(char *buf, size_t cap, double off_ms, bool colon)
{
    int off = (int)(off_ms / 60000);
    char sign = off < 0 ? '-' : '+';
    if (off < 0)
        off = -off;
    snprintf(buf, cap, colon ? "%c%02d:%02d" : "%c%02d%02d", sign, off / 60, off % 60);
}

static const char *zone_long_name(const char *abbr)
{
    if (!strcmp(abbr, "UTC") || !strcmp(abbr, "GMT") || !strcmp(abbr, "UCT"))
        return "Coordinated Universal Time";
    return abbr;
}

static void fmt_year(char *buf, size_t cap, double y)
{
    if (y >= 0)
        snprintf(buf, cap, "%04.0f", y);
    else
        snprintf(buf, cap, "-%06.0f", -y);
}

enum { FMT_FULL, FMT_DATE, FMT_TIME };

static JSValue date_to_string_fmt(double tv, int which)
{
    if (isnan(tv))
        return js_str_c("Invalid Date");
    char zone[64];
    double off = tz_offset_at(tv, zone, sizeof zone);
    double t = tv + off;
    double y;
    int m, d;
    ymd_from_time(t, &y, &m, &d);
    double tod = time_within_day(t);
    int hh = (int)(tod / 3600000), mm = (int)fmod(tod / 60000, 60), ss = (int)fmod(tod / 1000, 60);
    char ybuf[16], obuf[16], date[64], tim[160], out[240];
    fmt_year(ybuf, sizeof ybuf, y);
    fmt_offset(obuf, sizeof obuf, off, false);
    snprintf(date, sizeof date, "%s %s %02d %s", day_names[week_day(t)], month_names[m], d, ybuf);
    snprintf(tim, sizeof tim, "%02d:%02d:%02d GMT%s (%s)", hh, mm, ss, obuf, zone_long_name(zone));
    if (which == FMT_DATE)
        return js_str_c(date);
    if (which == FMT_TIME)
        return js_str_c(tim);
    snprintf(out, sizeof out, "%s %s", date, tim);
    return js_str_c(out);
}

JSValue js_date_to_iso_string(double tv)
{
    double y;
    int m, d;
    ymd_from_time(tv, &y, &m, &d);
    double tod = time_within_day(tv);
    char ybuf[16], out[64];
    if (y >= 0 && y <= 9999)
        snprintf(ybuf, sizeof ybuf, "%04.0f", y);
    else
        snprintf(ybuf, sizeof ybuf, "%c%06.0f", y < 0 ? '-' : '+', fabs(y));
    snprintf(out, sizeof out, "%s-%02d-%02dT%02d:%02d:%02d.%03dZ", ybuf, m + 1, d,
             (int)(tod / 3600000), (int)fmod(tod / 60000, 60), (int)fmod(tod / 1000, 60),
             (int)fmod(tod, 1000));
    return js_str_c(out);
}

/* ---- the object ------------------------------------------------------------ */

static int this_time(JSValue this_val, double *out)
{
    if (js_is_cell(this_val) && js_cell_kind(this_val) == JS_CELL_DATE) {
        *out = js_to_double(((JSPrimitiveObject *)js_cell_ptr(this_val))->value);
        return 0;
    }
    js_throw_type_error("this is not a Date object.");
    return -1;
}

static JSValue set_time(JSValue this_val, double t)
{
    t = time_clip(t);
    ((JSPrimitiveObject *)js_cell_ptr(this_val))->value = js_mk_number(t);
    return js_mk_number(t);
}

bool js_is_date(JSValue v)
{
    return js_is_cell(v) && js_cell_kind(v) == JS_CELL_DATE;
}

double js_date_value(JSValue v)
{
    return js_to_double(((JSPrimitiveObject *)js_cell_ptr(v))->value);
}

static JS_NATIVE(js_date_ctor)
{
    if (js_is_undefined(new_target))
        return date_to_string_fmt(js_date_now(), FMT_FULL);
    double tv;
    if (argc == 0) {
        tv = js_date_now();
    } else if (argc == 1) {
        JSValue v = argv[0];
        if (js_is_date(v)) {
            tv = js_date_value(v);
        } else {
            JSValue prim = js_to_primitive(v, JS_HINT_DEFAULT);
            if (prim == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (js_is_string(prim)) {
                tv = js_date_parse_string(prim);
            } else if (js_to_number(prim, &tv) < 0) {
                return JS_EXCEPTION;
            }
        }
        tv = time_clip(tv);
    } else {
        double f[7] = { NAN, 0, 1, 0, 0, 0, 0 };
        for (int32_t i = 0; i < argc && i < 7; i++)
            if (js_to_number(argv[i], &f[i]) < 0)
                return JS_EXCEPTION;
        if (isfinite(f[0])) {
            double yi = trunc(f[0]);
            if (yi >= 0 && yi <= 99)
                f[0] = 1900 + yi;
        }
        tv = time_clip(utc_of_local(make_date(make_day(f[0], f[1], f[2]),
                                              make_time(f[3], f[4], f[5], f[6]))));
    }
    JSValue obj = js_create_from_ctor(new_target, js_realm.date_proto, JS_CELL_DATE,
                                      sizeof(JSPrimitiveObject));
    if (obj == JS_EXCEPTION)
        return JS_EXCEPTION;
    ((JSPrimitiveObject *)js_cell_ptr(obj))->value = js_mk_number(tv);
    return obj;
}

static JS_NATIVE(js_date_now_fn)
{
    return js_mk_number(js_date_now());
}

static JS_NATIVE(js_date_parse)
{
    JSValue s = js_to_string(js_arg(argc, argv, 0));
    if (s == JS_EXCEPTION)
        return JS_EXCEPTION;
    return js_mk_number(js_date_parse_string(s));
}

static JS_NATIVE(js_date_utc)
{
    double f[7] = { NAN, 0, 1, 0, 0, 0, 0 };
    for (int32_t i = 0; i < argc && i < 7; i++)
        if (js_to_number(argv[i], &f[i]) < 0)
            return JS_EXCEPTION;
    if (isfinite(f[0])) {
        double yi = trunc(f[0]);
        if (yi >= 0 && yi <= 99)
            f[0] = 1900 + yi;
    }
    return js_mk_number(time_clip(make_date(make_day(f[0], f[1], f[2]), make_time(f[3], f[4], f[5], f[6]))));
}

/* Getters: data = field | utc << 4. Fields: 0 year, 1 month, 2 date, 3
 * hours, 4 minutes, 5 seconds, 6 ms, 7 weekday, 8 time, 9 tz offset, 10 getYear. */
static JS_NATIVE(js_date_getter)
{
    int magic = js_get_int32(callee->env->vars[0]);
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    int field = magic & 15;
    bool utc = magic >> 4;
    if (isnan(tv))
        return js_mk_double(NAN);
    if (field == 8)
        return js_mk_number(tv);
    if (field == 9)
        return js_mk_number((tv - local_time(tv)) / 60000);
    double t = utc ? tv : local_time(tv);
    double y;
    int m, d;
    switch (field) {
    case 0: case 1: case 2: case 10:
        ymd_from_time(t, &y, &m, &d);
        return js_mk_number(field == 0 ? y : field == 1 ? m : field == 2 ? d : y - 1900);
    case 3: return js_mk_number(floor(time_within_day(t) / 3600000));
    case 4: return js_mk_number(fmod(floor(time_within_day(t) / 60000), 60));
    case 5: return js_mk_number(fmod(floor(time_within_day(t) / 1000), 60));
    case 6: return js_mk_number(fmod(time_within_day(t), 1000));
    default: return js_mk_number(week_day(t));
    }
}

/* Setters: data = first | nargs << 4 | utc << 8; first is the field index
 * (0 year .. 6 ms) of the first argument. */
static JS_NATIVE(js_date_setter)
{
    int magic = js_get_int32(callee->env->vars[0]);
    int first = magic & 15, n = (magic >> 4) & 15;
    bool utc = (magic >> 8) & 1;
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    double args[4];
    int given = argc < n ? argc : n;
    if (given == 0) {
        args[0] = NAN;
        given = 1;
    } else {
        for (int i = 0; i < given; i++)
            if (js_to_number(argv[i], &args[i]) < 0)
                return JS_EXCEPTION;
    }
    if (isnan(tv)) {
        if (first != 0)
            return js_mk_double(NAN);
        tv = 0; /* setFullYear on an invalid date starts from +0 (local) */
        if (!utc)
            tv = utc_of_local(0);
    }
    double t = utc ? tv : local_time(tv);
    double f[7];
    int m, d;
    ymd_from_time(t, &f[0], &m, &d);
    f[1] = m;
    f[2] = d;
    double tod = time_within_day(t);
    f[3] = floor(tod / 3600000);
    f[4] = fmod(floor(tod / 60000), 60);
    f[5] = fmod(floor(tod / 1000), 60);
    f[6] = fmod(tod, 1000);
    for (int i = 0; i < given; i++)
        f[first + i] = args[i];
    double nd = make_date(make_day(f[0], f[1], f[2]), make_time(f[3], f[4], f[5], f[6]));
    return set_time(this_val, utc ? nd : utc_of_local(nd));
}

static JS_NATIVE(js_date_set_time)
{
    double tv, t;
    if (this_time(this_val, &tv) < 0 || js_to_number(js_arg(argc, argv, 0), &t) < 0)
        return JS_EXCEPTION;
    return set_time(this_val, t);
}

static JS_NATIVE(js_date_set_year)
{
    double tv, y;
    if (this_time(this_val, &tv) < 0 || js_to_number(js_arg(argc, argv, 0), &y) < 0)
        return JS_EXCEPTION;
    double t = isnan(tv) ? 0 : local_time(tv);
    if (isnan(y))
        return set_time(this_val, NAN);
    double yi = trunc(y);
    if (yi >= 0 && yi <= 99)
        yi += 1900;
    double yy;
    int m, d;
    ymd_from_time(t, &yy, &m, &d);
    double nd = make_date(make_day(yi, m, d), time_within_day(t));
    return set_time(this_val, utc_of_local(nd));
}

static JS_NATIVE(js_date_to_string)
{
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    return date_to_string_fmt(tv, FMT_FULL);
}

static JS_NATIVE(js_date_to_date_string)
{
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    return date_to_string_fmt(tv, FMT_DATE);
}

static JS_NATIVE(js_date_to_time_string)
{
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    return date_to_string_fmt(tv, FMT_TIME);
}

static JS_NATIVE(js_date_to_utc_string)
{
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    if (isnan(tv))
        return js_str_c("Invalid Date");
    double y;
    int m, d;
    ymd_from_time(tv, &y, &m, &d);
    double tod = time_within_day(tv);
    char ybuf[16], out[96];
    fmt_year(ybuf, sizeof ybuf, y);
    snprintf(out, sizeof out, "%s, %02d %s %s %02d:%02d:%02d GMT", day_names[week_day(tv)], d,
             month_names[m], ybuf, (int)(tod / 3600000), (int)fmod(tod / 60000, 60),
             (int)fmod(tod / 1000, 60));
    return js_str_c(out);
}

static JS_NATIVE(js_date_to_iso_string_fn)
{
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    if (isnan(tv))
        return js_throw_range_error("Invalid time value");
    return js_date_to_iso_string(tv);
}

static JS_NATIVE(js_date_to_json)
{
    JSValue o = js_to_object(this_val);
    if (o == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue tv = js_to_primitive(o, JS_HINT_NUMBER);
    if (tv == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_number(tv) && !isfinite(js_to_double(tv)))
        return JS_NULL;
    return js_call_method(o, js_atom_from_cstr("toISOString"), 0, NULL);
}

/* en-US forms as Intl prints them by default: "11/22/2026, 7:23:55 PM". */
static JSValue locale_string(JSValue this_val, int which)
{
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    if (isnan(tv))
        return js_str_c("Invalid Date");
    double t = local_time(tv);
    double y;
    int m, d;
    ymd_from_time(t, &y, &m, &d);
    double tod = time_within_day(t);
    int hh = (int)(tod / 3600000), mm = (int)fmod(tod / 60000, 60), ss = (int)fmod(tod / 1000, 60);
    char date[48], tim[48], out[100];
    snprintf(date, sizeof date, "%d/%d/%.0f", m + 1, d, y);
    snprintf(tim, sizeof tim, "%d:%02d:%02d %s", hh % 12 == 0 ? 12 : hh % 12, mm, ss, hh < 12 ? "AM" : "PM");
    if (which == FMT_DATE)
        return js_str_c(date);
    if (which == FMT_TIME)
        return js_str_c(tim);
    snprintf(out, sizeof out, "%s, %s", date, tim);
    return js_str_c(out);
}

static JS_NATIVE(js_date_to_locale_string) { return locale_string(this_val, FMT_FULL); }
static JS_NATIVE(js_date_to_locale_date_string) { return locale_string(this_val, FMT_DATE); }
static JS_NATIVE(js_date_to_locale_time_string) { return locale_string(this_val, FMT_TIME); }

static JS_NATIVE(js_date_value_of)
{
    double tv;
    if (this_time(this_val, &tv) < 0)
        return JS_EXCEPTION;
    return js_mk_number(tv);
}

/* Date.prototype[Symbol.toPrimitive](hint) */
static JS_NATIVE(js_date_to_primitive)
{
    if (!js_is_object(this_val))
        return js_throw_type_error("Date.prototype [ @@toPrimitive ] called on non-object");
    JSValue hint = js_arg(argc, argv, 0);
    bool string_first;
    if (js_is_string(hint) && (js_string_eq_ascii(hint, "string") || js_string_eq_ascii(hint, "default")))
        string_first = true;
    else if (js_is_string(hint) && js_string_eq_ascii(hint, "number"))
        string_first = false;
    else
        return js_throw_type_error("Invalid hint: %s", js_value_to_message_text(hint));
    JSAtom order[2] = { string_first ? JS_ATOM(toString) : JS_ATOM(valueOf),
                        string_first ? JS_ATOM(valueOf) : JS_ATOM(toString) };
    for (int i = 0; i < 2; i++) {
        JSValue f = js_get_property(this_val, order[i]);
        if (f == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_callable(f)) {
            JSValue r = js_call(f, this_val, 0, NULL);
            if (r == JS_EXCEPTION || !js_is_object(r))
                return r;
        }
    }
    return js_throw_type_error("Cannot convert object to primitive value");
}

static void def_magic(JSValue proto, const char *name, JSCode fn, int length, int magic)
{
    JSValue data = js_mk_int32(magic);
    js_define_property_value_str(proto, name, js_new_native_function_data(name, fn, length, 1, &data),
                                 JS_PROP_C_W);
}

static const JSPropDef date_props[] = {
    JS_CFUNC_DEF("now", 0, js_date_now_fn),
    JS_CFUNC_DEF("parse", 1, js_date_parse),
    JS_CFUNC_DEF("UTC", 7, js_date_utc),
};

static const JSPropDef date_proto_props[] = {
    JS_CFUNC_DEF("toString", 0, js_date_to_string),
    JS_CFUNC_DEF("toDateString", 0, js_date_to_date_string),
    JS_CFUNC_DEF("toTimeString", 0, js_date_to_time_string),
    JS_CFUNC_DEF("toISOString", 0, js_date_to_iso_string_fn),
    JS_CFUNC_DEF("toUTCString", 0, js_date_to_utc_string),
    JS_CFUNC_DEF("toLocaleString", 0, js_date_to_locale_string),
    JS_CFUNC_DEF("toLocaleDateString", 0, js_date_to_locale_date_string),
    JS_CFUNC_DEF("toLocaleTimeString", 0, js_date_to_locale_time_string),
    JS_CFUNC_DEF("valueOf", 0, js_date_value_of),
    JS_CFUNC_DEF("setTime", 1, js_date_set_time),
    JS_CFUNC_DEF("setYear", 1, js_date_set_year),
    JS_CFUNC_DEF("toJSON", 1, js_date_to_json),
    { "[Symbol.toPrimitive]", JS_DEF_CFUNC, JS_PROP_CONFIGURABLE, 1, js_date_to_primitive, NULL, 0, NULL },
};

void js_init_date(JSValue global)
{
    if (!js_is_object(js_realm.date_proto))
        js_realm.date_proto = js_new_object_proto(js_realm.object_proto);
    JSValue proto = js_realm.date_proto;
    JSValue ctor = js_new_native_constructor("Date", js_date_ctor, 7, proto);
    js_install_props(ctor, date_props, JS_COUNTOF(date_props));
    js_install_props(proto, date_proto_props, JS_COUNTOF(date_proto_props));
    static const char *const fields[] = { "FullYear", "Month", "Date", "Hours", "Minutes",
                                          "Seconds", "Milliseconds" };
    char name[40];
    for (int utc = 0; utc < 2; utc++) {
        for (int f = 0; f < 7; f++) {
            snprintf(name, sizeof name, "get%s%s", utc ? "UTC" : "", fields[f]);
            def_magic(proto, name, js_date_getter, 0, f | utc << 4);
            static const int nargs[] = { 3, 2, 1, 4, 3, 2, 1 };
            snprintf(name, sizeof name, "set%s%s", utc ? "UTC" : "", fields[f]);
            def_magic(proto, name, js_date_setter, nargs[f], f | nargs[f] << 4 | utc << 8);
        }
        def_magic(proto, utc ? "getUTCDay" : "getDay", js_date_getter, 0, 7 | utc << 4);
    }
    def_magic(proto, "getTime", js_date_getter, 0, 8);
    def_magic(proto, "getTimezoneOffset", js_date_getter, 0, 9);
    def_magic(proto, "getYear", js_date_getter, 0, 10);
    js_define_property_value_str(proto, "toGMTString", js_get_property_str(proto, "toUTCString"),
                                 JS_PROP_C_W);
    js_define_global(global, "Date", ctor);
}
