/*
 * fatal.c — printing an uncaught exception the way node 20 does, on stderr.
 *
 * For an error object (one whose prototype chain reaches Error.prototype):
 *
 *     /path/file.js:LINE
 *     <the source line>
 *     <spaces>^
 *     <blank line>
 *     <util.inspect(error)>        (its stack, plus own extra properties)
 *
 * For any other value, a blank line first, then the same three lines, then
 * util.inspect(value) for objects, or String(value) for primitives followed
 * by node's hint "(Use `node --trace-uncaught ...` to show where the
 * exception was thrown)". node's closing "Node.js v20.x" line is left out.
 *
 * The throw site comes from the runtime when it records one (the optional
 * js_exception_site, see below); otherwise, for errors, from the first
 * "    at" line of the stack (where the error was created, which for the
 * usual `throw new Error(...)` is the same line). The source line comes from
 * the text the compiled program registered with rt_register_source.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "node/node.h"
#include "node/strbuf.h"

/* Optional runtime hook: where the pending exception was thrown (the
 * innermost compiled frame at rt_throw time). 1 if known. Declared weak so
 * that the node layer links whether or not the runtime provides it. */
int js_exception_site(const char **file, uint32_t *line, uint32_t *col) __attribute__((weak));

typedef struct Site {
    char *file;
    uint32_t line, col;     /* 1-based */
} Site;

static bool parse_uint(const char *s, size_t n, uint32_t *out)
{
    if (n == 0)
        return false;
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (uint32_t)(s[i] - '0');
    }
    *out = v;
    return true;
}

/* "    at name (file:L:C)" or "    at file:L:C" → site. */
static bool site_from_stack(const char *stack, Site *site)
{
    const char *at = strstr(stack, "\n    at ");
    if (!at)
        return false;
    at += 8;
    const char *end = strchr(at, '\n');
    size_t n = end ? (size_t)(end - at) : strlen(at);
    char *line = str_ndup(at, n);
    char *loc = line;
    if (n && line[n - 1] == ')') {
        line[n - 1] = 0;
        char *open = strrchr(line, '(');
        if (!open)
            return false;
        loc = open + 1;
    }
    char *c2 = strrchr(loc, ':');
    if (!c2)
        return false;
    *c2 = 0;
    char *c1 = strrchr(loc, ':');
    if (!c1)
        return false;
    *c1 = 0;
    if (!parse_uint(c1 + 1, strlen(c1 + 1), &site->line) ||
        !parse_uint(c2 + 1, strlen(c2 + 1), &site->col))
        return false;
    site->file = loc;
    return true;
}

static bool is_error_value(JSValue v)
{
    if (!js_is_object(v))
        return false;
    if (js_cell_kind(v) == JS_CELL_ERROR)
        return true;
    for (JSValue p = js_get_prototype(v); js_is_object(p); p = js_get_prototype(p))
        if (p == js_realm.error_proto[JS_ERROR])
            return true;
    return false;
}

/* "file:LINE\n<source line>\n<caret>\n", or "" when unknown. */
static char *arrow(const Site *s)
{
    if (!s->file)
        return "";
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s:%u\n", s->file, s->line);
    int64_t len = 0;
    const char *text = js_source_text(s->file, &len);
    if (text && s->line > 0) {
        int64_t i = 0;
        for (uint32_t l = 1; l < s->line && i < len; i++)
            if (text[i] == '\n')
                l++;
        int64_t e = i;
        while (e < len && text[e] != '\n' && text[e] != '\r')
            e++;
        sb_put(&b, text + i, (size_t)(e - i));
        sb_putc(&b, '\n');
        /* caret under the column (columns count UTF-16 units; tabs kept) */
        uint32_t col = s->col ? s->col - 1 : 0;
        for (uint32_t k = 0; k < col && i + k < e; k++)
            sb_putc(&b, text[i + k] == '\t' ? '\t' : ' ');
        sb_puts(&b, "^\n");
    }
    return sb_str(&b);
}

static void write_err(const char *s)
{
    js_node_write(2, s, strlen(s));
}

void js_report_uncaught(JSValue exc)
{
    Site site = { 0 };
    const char *f = NULL;
    uint32_t line = 0, col = 0;
    if (js_exception_site && js_exception_site(&f, &line, &col) && f) {
        site.file = (char *)f;
        site.line = line;
        site.col = col;
    }
    if (is_error_value(exc)) {
        if (!site.file) {
            JSValue st = js_get_property(exc, JS_ATOM(stack));
            if (st == JS_EXCEPTION)
                rt_take_exception();
            else if (js_is_string(st))
                site_from_stack(js_string_to_utf8(st, NULL), &site);
        }
        char *text = js_inspect_utf8(exc, NULL, NULL);
        if (!text) {
            rt_take_exception();
            text = "<inspection threw>";
        }
        StrBuf b;
        sb_init(&b);
        sb_puts(&b, arrow(&site));
        if (site.file)
            sb_putc(&b, '\n');
        sb_puts(&b, text);
        sb_putc(&b, '\n');
        write_err(sb_str(&b));
        return;
    }
    StrBuf b;
    sb_init(&b);
    sb_putc(&b, '\n');
    sb_puts(&b, arrow(&site));
    if (js_is_object(exc)) {
        char *text = js_inspect_utf8(exc, NULL, NULL);
        if (!text) {
            rt_take_exception();
            text = "<inspection threw>";
        }
        sb_puts(&b, text);
        sb_putc(&b, '\n');
    } else {
        if (!js_is_symbol(exc)) {
            JSValue s = js_to_string(exc);
            if (s == JS_EXCEPTION)
                rt_take_exception();
            else
                sb_put_jsstring(&b, s);
        }
        sb_putc(&b, '\n');
        sb_puts(&b, "(Use `node --trace-uncaught ...` to show where the exception was thrown)\n");
    }
    write_err(sb_str(&b));
}
