/*
 * console_table.c — console.table(data[, properties]) as node 20 draws it:
 * a box of Unicode line characters with an "(index)" column, one column
 * per property seen in the rows (in Object.keys order of a null-prototype
 * map, so integer-like names come first), and a "Values" column for rows
 * that are primitives. Cells are util.inspect'ed with depth 0 (objects with
 * more than two keys collapse to [Object]), at most 3 array items and no
 * line breaking, and are left-justified.
 *
 * TODO(#2-later): Map, Set and their iterators get "(iteration index)",
 * "Key" and "Values" columns in node.
 */
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"

static char *cell_inspect(JSValue v)
{
    JSInspectOptions o;
    js_inspect_default_options(&o);
    o.depth = 0;
    if (js_is_object(v) && js_is_array_value(v) <= 0 && !js_is_function(v)) {
        uint32_t n;
        JSAtom *k = js_own_property_keys(v, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &n);
        if (!k)
            return NULL;
        if (n > 2)
            o.depth = -1;
    }
    o.max_array_length = 3;
    o.break_length = INT32_MAX;
    return js_inspect_utf8(v, &o, NULL);
}

/* A column: header and cells (NULL = empty). */
typedef struct Column {
    char *head;
    char **cells;
    uint32_t ncells;
} Column;

static void put_repeat(StrBuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        sb_puts(b, s);
}

static void render_row(StrBuf *b, char **row, uint32_t n, const size_t *widths)
{
    sb_puts(b, "\xe2\x94\x82 ");                        /* "│ " */
    for (uint32_t i = 0; i < n; i++) {
        const char *cell = row[i] ? row[i] : "";
        size_t w = js_utf8_width(cell, strlen(cell));
        sb_puts(b, cell);
        sb_spaces(b, (int)(widths[i] - w));
        if (i + 1 != n)
            sb_puts(b, " \xe2\x94\x82 ");               /* " │ " */
    }
    sb_puts(b, " \xe2\x94\x82");                        /* " │" */
}

static char *render_table(Column *cols, uint32_t ncols)
{
    uint32_t rows = 0;
    size_t *widths = rt_alloc_atomic((ncols + 1) * sizeof(size_t));
    for (uint32_t i = 0; i < ncols; i++) {
        widths[i] = js_utf8_width(cols[i].head, strlen(cols[i].head));
        if (cols[i].ncells > rows)
            rows = cols[i].ncells;
    }
    for (uint32_t i = 0; i < ncols; i++)
        for (uint32_t j = 0; j < cols[i].ncells; j++)
            if (cols[i].cells[j]) {
                size_t w = js_utf8_width(cols[i].cells[j], strlen(cols[i].cells[j]));
                if (w > widths[i])
                    widths[i] = w;
            }
    StrBuf b;
    sb_init(&b);
    /* ┌───┬───┐ */
    sb_puts(&b, "\xe2\x94\x8c");
    for (uint32_t i = 0; i < ncols; i++) {
        put_repeat(&b, "\xe2\x94\x80", widths[i] + 2);
        sb_puts(&b, i + 1 < ncols ? "\xe2\x94\xac" : "\xe2\x94\x90");
    }
    sb_putc(&b, '\n');
    char **row = rt_alloc_cell((ncols + 1) * sizeof(char *));
    for (uint32_t i = 0; i < ncols; i++)
        row[i] = cols[i].head;
    render_row(&b, row, ncols, widths);
    sb_putc(&b, '\n');
    /* ├───┼───┤ */
    sb_puts(&b, "\xe2\x94\x9c");
    for (uint32_t i = 0; i < ncols; i++) {
        put_repeat(&b, "\xe2\x94\x80", widths[i] + 2);
        sb_puts(&b, i + 1 < ncols ? "\xe2\x94\xbc" : "\xe2\x94\xa4");
    }
    sb_putc(&b, '\n');
    for (uint32_t j = 0; j < rows; j++) {
        for (uint32_t i = 0; i < ncols; i++)
            row[i] = j < cols[i].ncells ? cols[i].cells[j] : NULL;
        render_row(&b, row, ncols, widths);
        sb_putc(&b, '\n');
    }
    /* └───┴───┘ */
    sb_puts(&b, "\xe2\x94\x94");
    for (uint32_t i = 0; i < ncols; i++) {
        put_repeat(&b, "\xe2\x94\x80", widths[i] + 2);
        sb_puts(&b, i + 1 < ncols ? "\xe2\x94\xb4" : "\xe2\x94\x98");
    }
    return sb_str(&b);
}

/* Converts a JS array of strings (holes = empty) to a column. */
static int column_from_array(JSValue arr, Column *col)
{
    int64_t n;
    if (js_get_length(arr, &n) < 0)
        return -1;
    col->ncells = (uint32_t)n;
    col->cells = rt_alloc_cell(((size_t)n + 1) * sizeof(char *));
    for (uint32_t j = 0; j < (uint32_t)n; j++) {
        JSAtom idx = js_atom_from_uint32(j);
        int has = js_get_own_property(arr, idx, NULL);
        if (has < 0)
            return -1;
        if (has) {
            JSValue v = js_get_property(arr, idx);
            if (v == JS_EXCEPTION)
                return -1;
            col->cells[j] = js_string_to_utf8(v, NULL);
        }
    }
    return 0;
}

/* The table text, or NULL with an exception pending. */
char *js_console_table_text(JSValue data, JSValue properties)
{
    bool have_props = properties != JS_UNDEFINED;
    uint32_t nprops = 0;
    JSAtom *props = NULL;
    if (have_props) {
        int64_t n;
        if (js_get_length(properties, &n) < 0)
            return NULL;
        nprops = (uint32_t)n;
        props = rt_alloc_cell(((size_t)n + 1) * sizeof(JSAtom));
        for (uint32_t i = 0; i < nprops; i++) {
            JSValue p = js_get_index(properties, i);
            if (p == JS_EXCEPTION || (props[i] = js_value_to_atom(p)) == JS_EXCEPTION)
                return NULL;
        }
    }
    JSValue map = js_new_object_proto(JS_NULL);
    JSValue values = js_new_array(0);
    bool has_primitives = false;
    uint32_t nindex;
    JSAtom *index = js_own_property_keys(data, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &nindex);
    if (!index)
        return NULL;
    for (uint32_t i = 0; i < nindex; i++) {
        JSValue item = js_get_property(data, index[i]);
        if (item == JS_EXCEPTION)
            return NULL;
        bool primitive = !js_is_object(item);
        if (!have_props && primitive) {
            has_primitives = true;
            char *s = cell_inspect(item);
            if (!s || js_set_index(values, i, js_new_string_cstr(s), true) < 0)
                return NULL;
            continue;
        }
        uint32_t nkeys = nprops;
        JSAtom *keys = props;
        if (!have_props && !(keys = js_own_property_keys(item, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &nkeys)))
            return NULL;
        for (uint32_t k = 0; k < nkeys; k++) {
            JSValue col = js_get_property(map, keys[k]);
            if (col == JS_EXCEPTION)
                return NULL;
            if (col == JS_UNDEFINED) {
                col = js_new_array(0);
                if (js_define_property_value(map, keys[k], col, JS_PROP_C_W_E) < 0)
                    return NULL;
            }
            int own = primitive ? 0 : js_get_own_property(item, keys[k], NULL);
            if (own < 0)
                return NULL;
            JSValue cell;
            if ((primitive && have_props) || !own) {
                cell = js_new_string_cstr("");
            } else {
                JSValue v = js_get_property(item, keys[k]);
                if (v == JS_EXCEPTION)
                    return NULL;
                char *s = cell_inspect(v);
                if (!s)
                    return NULL;
                cell = js_new_string_cstr(s);
            }
            if (js_set_index(col, i, cell, true) < 0)
                return NULL;
        }
    }
    uint32_t nmap;
    JSAtom *mkeys = js_own_property_keys(map, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &nmap);
    if (!mkeys)
        return NULL;
    uint32_t ncols = nmap + 1 + (has_primitives ? 1 : 0);
    Column *cols = rt_alloc_cell(ncols * sizeof(Column));
    cols[0].head = "(index)";
    cols[0].ncells = nindex;
    cols[0].cells = rt_alloc_cell((nindex + 1) * sizeof(char *));
    for (uint32_t i = 0; i < nindex; i++)
        cols[0].cells[i] = js_string_to_utf8(index[i], NULL);
    for (uint32_t c = 0; c < nmap; c++) {
        cols[c + 1].head = js_string_to_utf8(mkeys[c], NULL);
        JSValue arr = js_get_property(map, mkeys[c]);
        if (arr == JS_EXCEPTION || column_from_array(arr, &cols[c + 1]) < 0)
            return NULL;
    }
    if (has_primitives) {
        cols[ncols - 1].head = "Values";
        if (column_from_array(values, &cols[ncols - 1]) < 0)
            return NULL;
    }
    return render_table(cols, ncols);
}
