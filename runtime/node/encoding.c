/*
 * encoding.c — node's Buffer encodings over plain arrays (see encoding.h
 * for the rules each one follows).
 */
#include <string.h>
#include "node/encoding.h"

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static bool name_is(const char *name, size_t len, const char *want)
{
    size_t n = strlen(want);
    if (n != len) return false;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)name[i]) != want[i]) return false;
    return true;
}

JSEncoding js_encoding_parse(const char *name, size_t len)
{
    static const struct { const char *name; JSEncoding e; } names[] = {
        { "utf8", JS_ENC_UTF8 }, { "utf-8", JS_ENC_UTF8 },
        { "utf16le", JS_ENC_UTF16LE }, { "utf-16le", JS_ENC_UTF16LE },
        { "ucs2", JS_ENC_UTF16LE }, { "ucs-2", JS_ENC_UTF16LE },
        { "latin1", JS_ENC_LATIN1 }, { "binary", JS_ENC_LATIN1 },
        { "ascii", JS_ENC_ASCII }, { "base64", JS_ENC_BASE64 },
        { "base64url", JS_ENC_BASE64URL }, { "hex", JS_ENC_HEX },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (name_is(name, len, names[i].name)) return names[i].e;
    return JS_ENC_INVALID;
}

const char *js_encoding_name(JSEncoding e)
{
    switch (e) {
    case JS_ENC_UTF8: return "utf8";
    case JS_ENC_UTF16LE: return "utf16le";
    case JS_ENC_LATIN1: return "latin1";
    case JS_ENC_ASCII: return "ascii";
    case JS_ENC_BASE64: return "base64";
    case JS_ENC_BASE64URL: return "base64url";
    case JS_ENC_HEX: return "hex";
    default: return "";
    }
}

/* ---- UTF-8 ---------------------------------------------------------------- */

/* The code point at *i (pairs combined, lone surrogates → U+FFFD); advances *i. */
static uint32_t next_cp(const JSUnits *u, size_t *i)
{
    uint16_t c = js_units_at(u, *i);
    (*i)++;
    if (c < 0xD800 || c > 0xDFFF) return c;
    if (c <= 0xDBFF && *i < u->n) {
        uint16_t d = js_units_at(u, *i);
        if (d >= 0xDC00 && d <= 0xDFFF) {
            (*i)++;
            return 0x10000 + (((uint32_t)c - 0xD800) << 10) + (d - 0xDC00);
        }
    }
    return 0xFFFD;
}

static size_t cp_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

size_t js_utf8_encode(const JSUnits *u, uint8_t *dst, size_t cap, size_t *consumed)
{
    size_t o = 0, i = 0;
    if (u->l) {
        /* one-byte strings: no surrogates */
        for (; i < u->n; i++) {
            uint8_t c = u->l[i];
            if (c < 0x80) {
                if (o + 1 > cap) break;
                dst[o++] = c;
            } else {
                if (o + 2 > cap) break;
                dst[o++] = (uint8_t)(0xC0 | (c >> 6));
                dst[o++] = (uint8_t)(0x80 | (c & 0x3F));
            }
        }
    } else {
        while (i < u->n) {
            size_t save = i;
            uint32_t cp = next_cp(u, &i);
            size_t k = cp_len(cp);
            if (o + k > cap) { i = save; break; }
            switch (k) {
            case 1: dst[o++] = (uint8_t)cp; break;
            case 2:
                dst[o++] = (uint8_t)(0xC0 | (cp >> 6));
                dst[o++] = (uint8_t)(0x80 | (cp & 0x3F));
                break;
            case 3:
                dst[o++] = (uint8_t)(0xE0 | (cp >> 12));
                dst[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
                dst[o++] = (uint8_t)(0x80 | (cp & 0x3F));
                break;
            default:
                dst[o++] = (uint8_t)(0xF0 | (cp >> 18));
                dst[o++] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
                dst[o++] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
                dst[o++] = (uint8_t)(0x80 | (cp & 0x3F));
                break;
            }
        }
    }
    if (consumed) *consumed = i;
    return o;
}

static size_t utf8_length(const JSUnits *u)
{
    size_t n = 0, i = 0;
    if (u->l) {
        for (; i < u->n; i++) n += u->l[i] < 0x80 ? 1 : 2;
        return n;
    }
    while (i < u->n) n += cp_len(next_cp(u, &i));
    return n;
}

/* The WHATWG UTF-8 decoder: a byte that cannot continue the sequence ends
 * it with one U+FFFD and is looked at again as a lead byte. */
size_t js_utf8_decode(const uint8_t *s, size_t n, uint16_t *dst)
{
    size_t i = 0, o = 0;
    while (i < n) {
        uint8_t b = s[i++];
        if (b < 0x80) { dst[o++] = b; continue; }
        int need;
        uint32_t cp;
        uint8_t lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
        else if (b >= 0xE0 && b <= 0xEF) {
            need = 2; cp = b & 0x0F;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3; cp = b & 0x07;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else { dst[o++] = 0xFFFD; continue; }
        bool ok = true;
        for (int k = 0; k < need; k++) {
            if (i >= n || s[i] < lo || s[i] > hi) { ok = false; break; }
            cp = (cp << 6) | (s[i++] & 0x3F);
            lo = 0x80; hi = 0xBF;
        }
        if (!ok) { dst[o++] = 0xFFFD; continue; }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            dst[o++] = (uint16_t)(0xD800 + (cp >> 10));
            dst[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else {
            dst[o++] = (uint16_t)cp;
        }
    }
    return o;
}

bool js_utf8_valid(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint8_t b = s[i++];
        if (b < 0x80) continue;
        int need;
        uint8_t lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) need = 1;
        else if (b >= 0xE0 && b <= 0xEF) { need = 2; if (b == 0xE0) lo = 0xA0; if (b == 0xED) hi = 0x9F; }
        else if (b >= 0xF0 && b <= 0xF4) { need = 3; if (b == 0xF0) lo = 0x90; if (b == 0xF4) hi = 0x8F; }
        else return false;
        for (int k = 0; k < need; k++) {
            if (i >= n || s[i] < lo || s[i] > hi) return false;
            i++;
            lo = 0x80; hi = 0xBF;
        }
    }
    return true;
}

/* ---- base64 ---------------------------------------------------------------- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t js_base64_encoded_len(size_t n, bool url)
{
    return url ? (n * 4 + 2) / 3 : (n + 2) / 3 * 4;
}

size_t js_base64_encode(const uint8_t *s, size_t n, char *dst, bool url)
{
    const char *t = url ? b64url : b64;
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
        dst[o++] = t[v >> 18];
        dst[o++] = t[(v >> 12) & 63];
        dst[o++] = t[(v >> 6) & 63];
        dst[o++] = t[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)s[i] << 16;
        dst[o++] = t[v >> 18];
        dst[o++] = t[(v >> 12) & 63];
        if (!url) { dst[o++] = '='; dst[o++] = '='; }
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
        dst[o++] = t[v >> 18];
        dst[o++] = t[(v >> 12) & 63];
        dst[o++] = t[(v >> 6) & 63];
        if (!url) dst[o++] = '=';
    }
    return o;
}

static int b64_value(uint16_t c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
}

size_t js_base64_decode(const JSUnits *u, uint8_t *dst, size_t cap)
{
    uint32_t acc = 0;
    int bits = 0;
    size_t o = 0;
    for (size_t i = 0; i < u->n && o < cap; i++) {
        uint16_t c = js_units_at(u, i);
        if (c == '=') break;
        int v = b64_value(c);
        if (v < 0) continue;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            dst[o++] = (uint8_t)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    return o;
}

/* ---- hex -------------------------------------------------------------------- */

void js_hex_encode(const uint8_t *s, size_t n, char *dst)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        dst[2 * i] = digits[s[i] >> 4];
        dst[2 * i + 1] = digits[s[i] & 15];
    }
}

static int hex_value(uint16_t c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

size_t js_hex_decode(const JSUnits *u, uint8_t *dst, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i + 1 < u->n && o < cap; i += 2) {
        int a = hex_value(js_units_at(u, i)), b = hex_value(js_units_at(u, i + 1));
        if (a < 0 || b < 0) break;
        dst[o++] = (uint8_t)(a << 4 | b);
    }
    return o;
}

/* ---- all encodings ------------------------------------------------------------- */

size_t js_enc_byte_length(JSEncoding e, const JSUnits *u)
{
    size_t n = u->n;
    switch (e) {
    case JS_ENC_UTF8: return utf8_length(u);
    case JS_ENC_UTF16LE: return n * 2;
    case JS_ENC_BASE64:
    case JS_ENC_BASE64URL:
        if (n > 0 && js_units_at(u, n - 1) == '=') n--;
        if (n > 1 && js_units_at(u, n - 1) == '=') n--;
        return (n * 3) >> 2;
    case JS_ENC_HEX: return n >> 1;
    default: return n;
    }
}

size_t js_enc_write(JSEncoding e, const JSUnits *u, uint8_t *dst, size_t cap)
{
    switch (e) {
    case JS_ENC_UTF8: return js_utf8_encode(u, dst, cap, NULL);
    case JS_ENC_UTF16LE: {
        size_t k = cap / 2 < u->n ? cap / 2 : u->n;
        for (size_t i = 0; i < k; i++) {
            uint16_t c = js_units_at(u, i);
            dst[2 * i] = (uint8_t)c;
            dst[2 * i + 1] = (uint8_t)(c >> 8);
        }
        return k * 2;
    }
    case JS_ENC_BASE64:
    case JS_ENC_BASE64URL: return js_base64_decode(u, dst, cap);
    case JS_ENC_HEX: return js_hex_decode(u, dst, cap);
    default: {
        size_t k = cap < u->n ? cap : u->n;
        for (size_t i = 0; i < k; i++) dst[i] = (uint8_t)js_units_at(u, i);
        return k;
    }
    }
}
