/*
 * cjs.c — the CommonJS loader of a bundled program.
 *
 * The driver compiles every module that the entry reaches through
 * require('literal') into the executable; kiln_program_entry hands the table
 * of modules (path, wrapper code or JSON text) and the compile-time links
 * (module [from] named [spec] -> module [to]) to rt_cjs_run_main. A module
 * runs once, on its first require, as node runs it: the wrapper is called
 * with this = module.exports and (exports, require, module, __filename,
 * __dirname); the module object goes into require.cache before its body
 * runs, so a cycle sees the partial exports. A require that the compiler did
 * not resolve (a computed specifier) looks among the bundled paths at run
 * time with node's candidates (exact, .js, .json, .cjs, /index.js,
 * /index.json, node_modules up the tree) and else throws MODULE_NOT_FOUND.
 * node's modules written in JavaScript (stdlib/, KILN_MOD_STDLIB) are found
 * by name when the program bundled them; the C ones come from
 * js_node_builtin_module, and stdlib code alone reaches the natives under
 * 'kiln:<name>' (js_node_native_module).
 */
#include <stdlib.h>
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"
#include "node/strbuf.h"
#include "kiln/jsstring.h"
#include "builtins/builtins.h"
#include "node/bundle.h"

static const KilnCjsModule *mods;
static int32_t nmods;
static const KilnCjsLink *links;
static int32_t nlinks;
static JSValue cache_obj;   /* require.cache: filename -> module */
static JSValue module_objs; /* array: index -> module object (or undefined) */
static int32_t *parents;

static JSValue load(int32_t i, int32_t parent);

static char *dir_of(const char *path)
{
    const char *s = strrchr(path, '/');
    size_t n = s ? (size_t)(s - path) : 0;
    if (n == 0)
        n = 1;
    char *d = str_fmt("%.*s", (int)n, path);
    return d;
}

/* Joins [dir] and [rel] and removes "." and ".." segments. */
static char *normalize(const char *dir, const char *rel)
{
    char *in = rel[0] == '/' ? str_fmt("%s", rel) : str_fmt("%s/%s", dir, rel);
    size_t n = strlen(in);
    char *out = str_fmt("%*s", (int)n + 1, "");
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && in[i] == '/')
            i++;
        size_t j = i;
        while (j < n && in[j] != '/')
            j++;
        size_t len = j - i;
        if (len == 0 || (len == 1 && in[i] == '.')) {
        } else if (len == 2 && in[i] == '.' && in[i + 1] == '.') {
            while (o > 0 && out[o - 1] != '/')
                o--;
            if (o > 0)
                o--;
        } else {
            out[o++] = '/';
            memcpy(out + o, in + i, len);
            o += len;
        }
        i = j;
    }
    if (o == 0)
        out[o++] = '/';
    out[o] = 0;
    return out;
}

static int32_t find_path(const char *p)
{
    for (int32_t i = 0; i < nmods; i++)
        if (strcmp(mods[i].path, p) == 0)
            return i;
    return -1;
}

static int32_t find_candidates(const char *base)
{
    static const char *const suffixes[] = {"", ".js", ".json", ".cjs", ".node", "/index.js", "/index.json"};
    for (size_t k = 0; k < JS_COUNTOF(suffixes); k++) {
        int32_t i = find_path(str_fmt("%s%s", base, suffixes[k]));
        if (i >= 0)
            return i;
    }
    return -1;
}

/* The bundled module [spec] names from module [from], or -1. */
static int32_t resolve_index(int32_t from, const char *spec);
int32_t js_bundle_resolve(int32_t from, const char *spec) { return resolve_index(from, spec); }

int32_t js_bundle_find_stdlib(const char *path)
{
    for (int32_t i = 0; i < nmods; i++)
        if (mods[i].kind == KILN_MOD_STDLIB && strcmp(mods[i].path, path) == 0)
            return i;
    return -1;
}
const KilnCjsModule *js_bundle_mods;
int32_t js_bundle_nmods;

/* The bundled stdlib module that [spec] names from [from], or -1: "path"
 * and "node:path" are "node:path"; "internal/x" only from stdlib itself. */
static int32_t find_stdlib(int32_t from, const char *spec)
{
    const char *name = strncmp(spec, "node:", 5) == 0 ? spec + 5 : spec;
    if (strncmp(name, "internal/", 9) == 0 && (name != spec || mods[from].kind != KILN_MOD_STDLIB))
        return -1;
    for (int32_t i = 0; i < nmods; i++)
        if (mods[i].kind == KILN_MOD_STDLIB && strncmp(mods[i].path, "node:", 5) == 0 &&
            strcmp(mods[i].path + 5, name) == 0)
            return i;
    return -1;
}

static int32_t resolve_index(int32_t from, const char *spec)
{
    for (int32_t i = 0; i < nlinks; i++)
        if (links[i].from == from && strcmp(links[i].spec, spec) == 0)
            return links[i].to;
    int32_t b = find_stdlib(from, spec);
    if (b >= 0 || mods[from].kind == KILN_MOD_STDLIB || strncmp(spec, "kiln:", 5) == 0)
        return b; /* stdlib reaches no files, and no file is named kiln: */
    char *dir = dir_of(mods[from].path);
    if (spec[0] == '/' || strncmp(spec, "./", 2) == 0 || strncmp(spec, "../", 3) == 0 ||
        strcmp(spec, ".") == 0 || strcmp(spec, "..") == 0)
        return find_candidates(normalize(dir, spec));
    /* node_modules up the tree; a package directory's "main" is known only
     * through a compile-time link from some module */
    for (;;) {
        char *base = normalize(dir, str_fmt("node_modules/%s", spec));
        int32_t i = find_candidates(base);
        if (i >= 0)
            return i;
        for (int32_t l = 0; l < nlinks; l++) {
            const char *p = mods[links[l].to].path;
            size_t bl = strlen(base);
            if (strncmp(p, base, bl) == 0 && p[bl] == '/' && strcmp(links[l].spec, spec) == 0)
                return links[l].to;
        }
        if (strcmp(dir, "/") == 0)
            break;
        dir = dir_of(dir);
    }
    return -1;
}

static JSValue throw_not_found(int32_t from, const char *spec)
{
    StrBuf sb;
    sb_init(&sb);
    sb_printf(&sb, "Cannot find module '%s'\nRequire stack:", spec);
    JSValue stack = js_new_array(0);
    for (int32_t i = from; i >= 0; i = parents[i]) {
        sb_printf(&sb, "\n- %s", mods[i].path);
        js_array_push(stack, js_new_string_from_utf8(mods[i].path, strlen(mods[i].path)));
    }
    JSValue err = js_new_error(JS_ERROR, js_new_string_from_utf8(sb_str(&sb), sb.len));
    js_define_property_value_str(err, "code", js_new_string_from_utf8("MODULE_NOT_FOUND", 16), JS_PROP_C_W_E);
    js_define_property_value_str(err, "requireStack", stack, JS_PROP_C_W_E);
    return js_throw(err);
}

static JSValue spec_arg(int32_t argc, const JSValue *argv, char **out)
{
    JSValue id = js_arg(argc, argv, 0);
    if (!js_is_string(id))
        return js_node_throw_invalid_arg_type("id", "of type string", id);
    *out = js_string_to_utf8(id, NULL);
    if (!**out)
        return js_node_throw_code(JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                                  "The argument 'id' must be a non-empty string. Received ''");
    return JS_UNDEFINED;
}

/* require(id): data[0] = the requiring module's index */
static JSValue js_require(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                          JSValue new_target)
{
    int32_t from = js_get_int32(callee->env->vars[0]);
    char *spec;
    if (spec_arg(argc, argv, &spec) == JS_EXCEPTION)
        return JS_EXCEPTION;
    int32_t i = resolve_index(from, spec);
    if (i >= 0)
        return load(i, from);
    if (strncmp(spec, "kiln:", 5) == 0) {
        JSValue n = mods[from].kind == KILN_MOD_STDLIB ? js_node_native_module(spec + 5) : JS_UNDEFINED;
        return n != JS_UNDEFINED ? n : throw_not_found(from, spec);
    }
    JSValue b = js_node_builtin_module(spec);
    if (b != JS_UNDEFINED)
        return b;
    return throw_not_found(from, spec);
}

/* require.resolve(id) */
static JSValue js_require_resolve(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                                  JSValue new_target)
{
    int32_t from = js_get_int32(callee->env->vars[0]);
    char *spec;
    if (spec_arg(argc, argv, &spec) == JS_EXCEPTION)
        return JS_EXCEPTION;
    int32_t i = resolve_index(from, spec);
    if (i >= 0 && mods[i].kind == KILN_MOD_STDLIB)
        return js_arg(argc, argv, 0);
    if (i >= 0)
        return js_new_string_from_utf8(mods[i].path, strlen(mods[i].path));
    if (js_node_builtin_module(spec) != JS_UNDEFINED)
        return js_arg(argc, argv, 0);
    return throw_not_found(from, spec);
}

static JSValue str(const char *s) { return js_new_string_from_utf8(s, strlen(s)); }

/* Appends [m] to the children of module [parent] (unless [scan] finds it). */
static void add_child(int32_t parent, JSValue m, bool scan)
{
    JSValue pm = js_get_index(module_objs, (uint32_t)parent);
    if (!js_is_object(pm))
        return;
    JSValue ch = js_get_property_str(pm, "children");
    if (!js_is_object(ch))
        return;
    if (scan) {
        JSValue len = js_get_property_str(ch, "length");
        uint32_t n = js_is_int32(len) ? (uint32_t)js_get_int32(len) : 0;
        for (uint32_t k = 0; k < n; k++)
            if (js_get_index(ch, k) == m)
                return;
    }
    js_array_push(ch, m);
}

JSValue js_cjs_load(int32_t i, int32_t parent) { return load(i, parent); }

static JSValue load(int32_t i, int32_t parent)
{
    JSValue m = js_get_index(module_objs, (uint32_t)i);
    if (m == JS_EXCEPTION)
        return JS_EXCEPTION;
    bool internal = mods[i].kind == KILN_MOD_STDLIB;
    if (m != JS_UNDEFINED) {
        if (parent >= 0 && !internal) /* node's updateChildren(parent, cached, scan) */
            add_child(parent, m, true);
        return js_get_property_str(m, "exports");
    }
    if (mods[i].kind == KILN_MOD_ESM) {
        const char *from = parent >= 0 ? mods[parent].path : mods[i].path;
        return js_node_throw_code(JS_ERROR, "ERR_REQUIRE_ESM",
                                  "require() of ES Module %s from %s not supported.\n"
                                  "Instead change the require of %s to a dynamic import() which is available in all CommonJS modules.",
                                  mods[i].path, from, mods[i].path);
    }
    if (mods[i].kind == KILN_MOD_BUILTIN)
        return js_node_builtin_module(mods[i].path);
    parents[i] = parent;
    m = js_new_object();
    JSValue exports = js_new_object();
    JSValue filename = str(mods[i].path);
    JSValue dirname = str(dir_of(mods[i].path));
    js_define_property_value_str(m, "id", parent < 0 ? str(".") : filename, JS_PROP_C_W_E);
    js_define_property_value_str(m, "path", dirname, JS_PROP_C_W_E);
    js_define_property_value_str(m, "exports", exports, JS_PROP_C_W_E);
    js_define_property_value_str(m, "filename", filename, JS_PROP_C_W_E);
    js_define_property_value_str(m, "loaded", JS_FALSE, JS_PROP_C_W_E);
    js_define_property_value_str(m, "children", js_new_array(0), JS_PROP_C_W_E);
    js_set_property_value(module_objs, js_mk_int32(i), m, true);
    if (!internal)
        js_set_property_str(cache_obj, mods[i].path, m);
    if (parent >= 0 && !internal)
        add_child(parent, m, false);
    if (!mods[i].code) {
        JSValue v = js_json_parse_string(js_new_string_from_utf8(mods[i].json, (size_t)mods[i].json_len));
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        js_set_property_str(m, "exports", v);
    } else {
        JSValue data = js_mk_int32(i);
        JSValue req = js_new_native_function_data("require", js_require, 1, 1, &data);
        JSValue res = js_new_native_function_data("resolve", js_require_resolve, 1, 1, &data);
        js_define_property_value_str(req, "resolve", res, JS_PROP_C_W_E);
        js_define_property_value_str(req, "cache", cache_obj, JS_PROP_C_W_E);
        js_define_property_value_str(req, "main", js_get_index(module_objs, 0), JS_PROP_C_W_E);
        JSValue args[5] = {exports, req, m, filename, dirname};
        JSValue r = mods[i].code(NULL, exports, 5, args, JS_UNDEFINED);
        if (r == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    js_set_property_str(m, "loaded", JS_TRUE);
    return js_get_property_str(m, "exports");
}

JSValue rt_cjs_run_main(const KilnCjsModule *m, int32_t n, const KilnCjsLink *l, int32_t nl)
{
    mods = m;
    nmods = n;
    links = l;
    nlinks = nl;
    cache_obj = js_new_object();
    module_objs = js_new_array(0);
    parents = calloc((size_t)n + 1, sizeof *parents);
    js_bundle_mods = m;
    js_bundle_nmods = n;
    js_esm_instantiate_all();
    JSValue r = m[0].kind == KILN_MOD_ESM ? js_esm_evaluate(0) : load(0, -1);
    return r == JS_EXCEPTION ? JS_EXCEPTION : JS_UNDEFINED;
}
