/*
 * esm.c — ES modules of a bundled program: instantiation, evaluation in the
 * spec's order, namespace objects, import.meta and import().
 *
 * The driver resolved every import at compile time: a module's top-level
 * bindings are i64 globals ("esm.<i>.<name>") that importers read directly,
 * so linking is done before the program starts. What is left for run time:
 *
 *   - instantiation: every ES module's body function is called once with
 *     argc 0 and creates its hoisted function declarations (a cycle may call
 *     them before their module runs); each module's namespace object is
 *     created and stored in its ns cell;
 *   - evaluation (js_esm_evaluate): a depth-first walk over the modules
 *     each one imports, in source order, running each body once after its
 *     dependencies (post-order); a module already being evaluated (a cycle)
 *     is skipped, an errored one rethrows its error. A CommonJS, JSON or
 *     built-in dependency is loaded as require() would and its cells
 *     (default = module.exports, named exports = a snapshot of its
 *     properties, the namespace) are filled;
 *   - import(): resolves at run time among the bundled modules, evaluates in
 *     a microtask and settles the promise with the namespace.
 */
#include <stdlib.h>
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"
#include "node/bundle.h"
#include "kiln/jsstring.h"
#include "builtins/builtins.h"
#include "builtins/js_promise.h"
#include "internal.h"

enum { ST_NEW, ST_EVALUATING, ST_EVALUATED, ST_ERRORED };

static uint8_t *state;
static JSValue errors;  /* array: index -> the error an errored module threw */
static JSValue metas;   /* array of [path string, import.meta object] pairs */

/* ---- namespace objects ------------------------------------------------------- */

void js_module_ns_refresh(JSModuleNS *ns)
{
    for (int32_t i = 0; i < ns->n; i++) {
        JSValue *slot;
        JSShapeProp *p = js_find_own_shaped(&ns->o, ns->e[i].key, &slot);
        if (!p) continue;
        JSValue v = *ns->e[i].cell;
        *slot = v == JS_EMPTY ? JS_UNDEFINED : v; /* a TDZ read throws before it gets here */
    }
}

bool js_module_ns_uninitialized(const JSObject *o, JSAtom key)
{
    if (!js_is_module_ns_obj(o)) return false;
    const JSModuleNS *ns = (const JSModuleNS *)o;
    for (int32_t i = 0; i < ns->n; i++)
        if (ns->e[i].key == key) return *ns->e[i].cell == JS_EMPTY;
    return false;
}

void js_module_ns_throw_tdz(JSAtom key, bool get)
{
    char *k = js_string_to_utf8(key, NULL);
    if (get) js_throw_reference_error("Cannot access '%s' before initialization", k);
    else js_throw_reference_error("%s is not defined", k);
}

/* A namespace over [n] (name, cell) pairs, the names sorted. */
static JSValue new_namespace(int32_t n, const char *const *names, JSValue *const *cells)
{
    JSValue v = js_new_object_kind(JS_CELL_ARGUMENTS, JS_NULL,
                                   sizeof(JSModuleNS) + sizeof(JSModuleNSEntry) * (size_t)(n > 0 ? n : 0));
    JSModuleNS *ns = (JSModuleNS *)js_obj(v);
    ns->n = n;
    for (int32_t i = 0; i < n; i++) {
        ns->e[i].key = js_atom_from_cstr(names[i]);
        ns->e[i].cell = cells[i];
        js_object_add_property(&ns->o, ns->e[i].key, JS_UNDEFINED, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE);
    }
    js_object_add_property(&ns->o, JS_SYM(toStringTag), js_new_string_from_utf8("Module", 6), 0);
    ns->o.h.flags |= JS_MODULE_NS | JS_OBJ_NOT_EXTENSIBLE;
    js_module_ns_refresh(ns);
    return v;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The namespace of a CommonJS, JSON or built-in module whose exports are
 * [exports]: `default` and a snapshot of its own enumerable string keys
 * (all string keys of a built-in). node finds a CommonJS module's names
 * with a lexer, so it may list fewer. */
static JSValue value_namespace(JSValue exports, bool builtin)
{
    uint32_t nk = 0;
    JSAtom *keys = NULL;
    if (js_is_object(exports)) {
        keys = js_own_property_keys(exports, JS_GPN_STRINGS | (builtin ? 0 : JS_GPN_ENUM_ONLY), &nk);
        if (!keys) return JS_EXCEPTION;
    }
    const char **names = calloc(nk + 1, sizeof *names);
    JSValue **cells = calloc(nk + 1, sizeof *cells);
    int32_t n = 0;
    names[n++] = "default";
    for (uint32_t k = 0; k < nk; k++) {
        char *s = js_string_to_utf8(keys[k], NULL);
        if (strcmp(s, "default") != 0) names[n++] = s;
    }
    qsort(names, (size_t)n, sizeof *names, cmp_cstr);
    for (int32_t i = 0; i < n; i++) {
        JSValue *cell = rt_alloc_cell(sizeof(JSValue));
        if (!strcmp(names[i], "default")) {
            *cell = exports;
        } else {
            *cell = js_get_property_str(exports, names[i]);
            if (*cell == JS_EXCEPTION) return JS_EXCEPTION;
        }
        cells[i] = cell;
    }
    JSValue ns = new_namespace(n, names, cells);
    free(names);
    free(cells);
    return ns;
}

void js_esm_instantiate_all(void)
{
    int32_t n = js_bundle_nmods;
    const KilnCjsModule *mods = js_bundle_mods;
    state = calloc((size_t)n + 1, 1);
    errors = js_new_array(0);
    metas = js_new_array(0);
    for (int32_t i = 0; i < n; i++) {
        if (mods[i].kind != KILN_MOD_ESM) continue;
        *mods[i].ns_cell = new_namespace(mods[i].nexports, mods[i].export_names, mods[i].export_cells);
        mods[i].code(NULL, JS_UNDEFINED, 0, NULL, JS_UNDEFINED);
    }
}

/* ---- evaluation -------------------------------------------------------------- */

/* Loads a CommonJS, JSON or built-in dependency and fills its cells. */
static JSValue load_value_module(int32_t i)
{
    const KilnCjsModule *m = &js_bundle_mods[i];
    JSValue exports = js_cjs_load(i, -1);
    if (exports == JS_EXCEPTION) return JS_EXCEPTION;
    if (exports == JS_UNDEFINED && m->kind == KILN_MOD_BUILTIN)
        return js_node_throw_code(JS_ERROR, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", m->path);
    for (int32_t k = 0; k < m->ncells; k++) {
        JSValue v = !strcmp(m->cell_names[k], "default") ? exports : js_get_property_str(exports, m->cell_names[k]);
        if (v == JS_EXCEPTION) return JS_EXCEPTION;
        *m->cell_ptrs[k] = v;
    }
    if (*m->ns_cell == JS_UNDEFINED || *m->ns_cell == JS_EMPTY) {
        JSValue ns = value_namespace(exports, m->kind == KILN_MOD_BUILTIN);
        if (ns == JS_EXCEPTION) return JS_EXCEPTION;
        *m->ns_cell = ns;
    }
    return JS_UNDEFINED;
}

JSValue js_esm_evaluate(int32_t i)
{
    const KilnCjsModule *m = &js_bundle_mods[i];
    if (m->kind != KILN_MOD_ESM) {
        if (state[i] == ST_EVALUATED) return JS_UNDEFINED;
        state[i] = ST_EVALUATED;
        return load_value_module(i);
    }
    switch (state[i]) {
    case ST_EVALUATING:
    case ST_EVALUATED: return JS_UNDEFINED;
    case ST_ERRORED: return js_throw(js_get_index(errors, (uint32_t)i));
    default: break;
    }
    state[i] = ST_EVALUATING;
    JSValue r = JS_UNDEFINED;
    for (int32_t k = 0; k < m->ndeps && r != JS_EXCEPTION; k++) r = js_esm_evaluate(m->deps[k]);
    if (r != JS_EXCEPTION) {
        JSValue one = js_mk_int32(1);
        r = m->code(NULL, JS_UNDEFINED, 1, &one, JS_UNDEFINED);
    }
    if (r == JS_EXCEPTION) {
        JSValue err = rt_take_exception();
        state[i] = ST_ERRORED;
        js_set_property_value(errors, js_mk_int32(i), err, true);
        return js_throw(err);
    }
    state[i] = ST_EVALUATED;
    return JS_UNDEFINED;
}

/* ---- import.meta ------------------------------------------------------------- */

static JSValue str(const char *s) { return js_new_string_from_utf8(s, strlen(s)); }

/* file:// URL of an absolute path (percent-encoding what a URL path must). */
static char *file_url(const char *path)
{
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/-._~!$&'()*+,;=:@", *p))
            sb_printf(&sb, "%c", *p);
        else
            sb_printf(&sb, "%%%02X", *p);
    }
    return str_fmt("%s", sb_str(&sb));
}

JSValue rt_import_meta(const char *path)
{
    JSValue len = js_get_property_str(metas, "length");
    uint32_t n = js_is_int32(len) ? (uint32_t)js_get_int32(len) : 0;
    for (uint32_t k = 0; k + 1 < n; k += 2) {
        char *p = js_string_to_utf8(js_get_index(metas, k), NULL);
        if (!strcmp(p, path)) return js_get_index(metas, k + 1);
    }
    JSValue meta = js_new_object_kind(JS_CELL_OBJECT, JS_NULL, 0);
    const char *slash = strrchr(path, '/');
    char *dir = str_fmt("%.*s", slash && slash != path ? (int)(slash - path) : 1, path);
    js_define_property_value_str(meta, "dirname", str(dir), JS_PROP_C_W_E);
    js_define_property_value_str(meta, "filename", str(path), JS_PROP_C_W_E);
    js_define_property_value_str(meta, "url", str(file_url(path)), JS_PROP_C_W_E);
    js_array_push(metas, str(path));
    js_array_push(metas, meta);
    return meta;
}

/* ---- import() ---------------------------------------------------------------- */

/* Microtask: data = {promise, module index}. */
static JSValue import_job(int ndata, JSValue *data)
{
    (void)ndata;
    int32_t i = js_get_int32(data[1]);
    JSValue r = js_esm_evaluate(i);
    if (r == JS_EXCEPTION) js_promise_reject_value(data[0], rt_take_exception());
    else js_promise_resolve_value(data[0], *js_bundle_mods[i].ns_cell);
    return JS_UNDEFINED;
}

/* Microtask: data = {promise, built-in module}. */
static JSValue import_builtin_job(int ndata, JSValue *data)
{
    (void)ndata;
    JSValue ns = value_namespace(data[1], true);
    if (ns == JS_EXCEPTION) js_promise_reject_value(data[0], rt_take_exception());
    else js_promise_resolve_value(data[0], ns);
    return JS_UNDEFINED;
}

static bool is_relative(const char *s)
{
    return s[0] == '/' || !strncmp(s, "./", 2) || !strncmp(s, "../", 3) || !strcmp(s, ".") || !strcmp(s, "..");
}

JSValue rt_dynamic_import(int32_t from, JSValue spec)
{
    JSValue promise = js_promise_new();
    JSValue s = js_to_string(spec);
    if (s == JS_EXCEPTION) {
        js_promise_reject_value(promise, rt_take_exception());
        return promise;
    }
    char *name = js_string_to_utf8(s, NULL);
    int32_t i = js_bundle_resolve(from, name);
    if (i >= 0) {
        JSValue data[2] = {promise, js_mk_int32(i)};
        js_enqueue_microtask_job(import_job, 2, data);
        return promise;
    }
    JSValue b = js_node_builtin_module(name);
    if (b != JS_UNDEFINED) {
        JSValue data[2] = {promise, b};
        js_enqueue_microtask_job(import_builtin_job, 2, data);
        return promise;
    }
    const char *parent = js_bundle_mods[from].path;
    if (!strncmp(name, "node:", 5))
        js_node_throw_code(JS_ERROR, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", name);
    else if (is_relative(name)) {
        const char *slash = strrchr(parent, '/');
        char *full = name[0] == '/' ? name : str_fmt("%.*s/%s", (int)(slash ? slash - parent : 0), parent, name);
        js_node_throw_code(JS_ERROR, "ERR_MODULE_NOT_FOUND", "Cannot find module '%s' imported from %s", full, parent);
    } else {
        js_node_throw_code(JS_ERROR, "ERR_MODULE_NOT_FOUND", "Cannot find package '%s' imported from %s", name, parent);
    }
    js_promise_reject_value(promise, rt_take_exception());
    return promise;
}
