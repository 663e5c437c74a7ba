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

/* [[Status]] of a module record (linked, evaluating, evaluating-async,
 * evaluated); an errored module is evaluated with has_error. */
enum { ST_LINKED, ST_EVALUATING, ST_EVALUATING_ASYNC, ST_EVALUATED };

/* The Cyclic Module Record fields of each bundled module (§16.2.1.5). One
 * scanned GC cell for all of them: error, capability and async_state are
 * JavaScript values. */
typedef struct ModRec {
    uint8_t status;          /* ST_* */
    bool has_tla;            /* [[HasTLA]]: its wrapper is an async body */
    bool async_eval;         /* [[AsyncEvaluation]] */
    bool has_error;          /* [[EvaluationError]] is not empty ... */
    JSValue error;           /* ... and is this */
    JSValue capability;      /* [[TopLevelCapability]]: a promise, or undefined */
    int32_t dfs_index, dfs_anc, cycle_root;
    int64_t async_order;     /* when async_eval was set: the order ancestors run in */
    int32_t pending;         /* [[PendingAsyncDependencies]] */
    int32_t *parents;        /* [[AsyncParentModules]] */
    int32_t nparents, capparents;
    JSValue async_state;     /* top-level await: the body's async state (keeps its frame) */
    const JSFrame *frame;    /* ... and its shadow frame: the await it waits at */
} ModRec;

static ModRec *recs;
static int32_t executing = -1;  /* the module whose body is starting */
static int64_t async_counter;
static bool main_pending;       /* the main module's evaluation has not settled */
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
    recs = rt_alloc_cell(sizeof(ModRec) * ((size_t)n + 1));
    metas = js_new_array(0);
    for (int32_t i = 0; i < n; i++) {
        recs[i].error = recs[i].capability = recs[i].async_state = JS_UNDEFINED;
        recs[i].cycle_root = i;
        if (mods[i].kind != KILN_MOD_ESM) continue;
        *mods[i].ns_cell = new_namespace(mods[i].nexports, mods[i].export_names, mods[i].export_cells);
        /* the wrapper of a module with top-level await is an async body:
         * its instantiate call returns an (already fulfilled) promise */
        JSValue r = mods[i].code(NULL, JS_UNDEFINED, 0, NULL, JS_UNDEFINED);
        recs[i].has_tla = r != JS_UNDEFINED && js_is_promise(r);
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

/* Runs the body of ES module [i] (the wrapper's argc-1 call). A module with
 * top-level await returns its async body's promise, after running the body
 * up to its first await (ExecuteAsyncModule); the fulfilment and rejection
 * reactions continue the graph. Others return JS_UNDEFINED or JS_EXCEPTION. */
static void async_fulfilled(JSValue data, JSValue arg, bool rejected);

static char *file_url(const char *path);

static JSValue execute(int32_t i)
{
    JSValue one = js_mk_int32(1);
    int32_t saved = executing;
    executing = i;
    JSValue r = js_bundle_mods[i].code(NULL, JS_UNDEFINED, 1, &one, JS_UNDEFINED);
    executing = saved;
    if (r != JS_EXCEPTION && recs[i].has_tla)
        js_promise_then_native(r, async_fulfilled, js_mk_int32(i));
    return r;
}

static void set_error(int32_t i, JSValue err)
{
    recs[i].status = ST_EVALUATED;
    recs[i].has_error = true;
    recs[i].error = err;
}

static void add_parent(int32_t dep, int32_t i)
{
    ModRec *d = &recs[dep];
    if (d->nparents == d->capparents) {
        int32_t cap = d->capparents ? d->capparents * 2 : 4;
        int32_t *p = rt_alloc_cell(sizeof(int32_t) * (size_t)cap);
        if (d->nparents) memcpy(p, d->parents, sizeof(int32_t) * (size_t)d->nparents);
        d->parents = p;
        d->capparents = cap;
    }
    d->parents[d->nparents++] = i;
}

/* InnerModuleEvaluation (§16.2.1.5.3.1): the new DFS index, or -1 with the
 * exception pending. [stack] collects the modules of the current strongly
 * connected component. */
static int32_t inner_evaluate(int32_t i, int32_t *stack, int32_t *sp, int32_t index)
{
    const KilnCjsModule *m = &js_bundle_mods[i];
    ModRec *r = &recs[i];
    if (m->kind != KILN_MOD_ESM) {
        /* not a cyclic module record: loaded at once, like require() */
        if (r->status == ST_EVALUATED) return index;
        r->status = ST_EVALUATED;
        return load_value_module(i) == JS_EXCEPTION ? -1 : index;
    }
    if (r->status == ST_EVALUATING_ASYNC || r->status == ST_EVALUATED) {
        if (!r->has_error) return index;
        js_throw(r->error);
        return -1;
    }
    if (r->status == ST_EVALUATING) return index;
    r->status = ST_EVALUATING;
    r->dfs_index = r->dfs_anc = index++;
    r->pending = 0;
    stack[(*sp)++] = i;
    for (int32_t k = 0; k < m->ndeps; k++) {
        int32_t d = m->deps[k];
        index = inner_evaluate(d, stack, sp, index);
        if (index < 0) return -1;
        if (js_bundle_mods[d].kind != KILN_MOD_ESM) continue;
        if (recs[d].status == ST_EVALUATING) {
            if (recs[d].dfs_anc < r->dfs_anc) r->dfs_anc = recs[d].dfs_anc;
        } else {
            d = recs[d].cycle_root;
            if (recs[d].has_error) {
                js_throw(recs[d].error);
                return -1;
            }
        }
        if (recs[d].async_eval) {
            r->pending++;
            add_parent(d, i);
        }
    }
    if (r->pending > 0 || r->has_tla) {
        r->async_eval = true;
        r->async_order = ++async_counter;
        if (r->pending == 0 && execute(i) == JS_EXCEPTION) return -1; /* not after the first await */
    } else if (execute(i) == JS_EXCEPTION) {
        return -1;
    }
    if (r->dfs_anc == r->dfs_index) {
        int32_t j;
        do {
            j = stack[--(*sp)];
            recs[j].status = recs[j].async_eval ? ST_EVALUATING_ASYNC : ST_EVALUATED;
            recs[j].cycle_root = i;
        } while (j != i);
    }
    return index;
}

/* Module.Evaluate() (§16.2.1.5.3): the promise of module [i]'s evaluation,
 * settled at once unless a module of its graph has top-level await. */
static JSValue evaluate(int32_t i)
{
    JSValue cap;
    if (js_bundle_mods[i].kind != KILN_MOD_ESM) {
        cap = js_promise_new();
        if (inner_evaluate(i, NULL, NULL, 0) < 0) js_promise_reject_value(cap, rt_take_exception());
        else js_promise_resolve_value(cap, JS_UNDEFINED);
        return cap;
    }
    if (recs[i].status == ST_EVALUATING_ASYNC || recs[i].status == ST_EVALUATED) i = recs[i].cycle_root;
    if (recs[i].capability != JS_UNDEFINED) return recs[i].capability;
    cap = js_promise_new();
    recs[i].capability = cap;
    int32_t *stack = calloc((size_t)js_bundle_nmods + 1, sizeof *stack), sp = 0;
    if (inner_evaluate(i, stack, &sp, 0) < 0) {
        JSValue err = rt_take_exception();
        for (int32_t k = 0; k < sp; k++) set_error(stack[k], err);
        js_promise_reject_value(cap, err);
    } else if (!recs[i].async_eval) {
        js_promise_resolve_value(cap, JS_UNDEFINED);
    }
    free(stack);
    return cap;
}

static void async_rejected(int32_t i, JSValue err);

/* GatherAvailableAncestors: the parents of [i] whose last pending
 * dependency it was, and (through those without top-level await, which will
 * run synchronously) theirs. */
static void gather_ancestors(int32_t i, int32_t *list, int32_t *n)
{
    for (int32_t k = 0; k < recs[i].nparents; k++) {
        int32_t m = recs[i].parents[k];
        bool seen = false;
        for (int32_t q = 0; q < *n && !seen; q++) seen = list[q] == m;
        if (seen || recs[recs[m].cycle_root].has_error) continue;
        if (--recs[m].pending == 0) {
            list[(*n)++] = m;
            if (!recs[m].has_tla) gather_ancestors(m, list, n);
        }
    }
}

static int cmp_async_order(const void *a, const void *b)
{
    int64_t x = recs[*(const int32_t *)a].async_order, y = recs[*(const int32_t *)b].async_order;
    return x < y ? -1 : x > y;
}

/* AsyncModuleExecutionFulfilled / Rejected: the reactions to the promise of
 * a module body with top-level await (data: the module's index). */
static void async_fulfilled(JSValue data, JSValue arg, bool rejected)
{
    int32_t i = js_get_int32(data);
    if (rejected) {
        async_rejected(i, arg);
        return;
    }
    if (recs[i].status == ST_EVALUATED) return; /* errored meanwhile */
    recs[i].async_eval = false;
    recs[i].status = ST_EVALUATED;
    if (recs[i].capability != JS_UNDEFINED) js_promise_resolve_value(recs[i].capability, JS_UNDEFINED);
    int32_t *list = calloc((size_t)js_bundle_nmods + 1, sizeof *list), n = 0;
    gather_ancestors(i, list, &n);
    qsort(list, (size_t)n, sizeof *list, cmp_async_order);
    for (int32_t k = 0; k < n; k++) {
        int32_t m = list[k];
        if (recs[m].status == ST_EVALUATED) continue; /* errored */
        if (recs[m].has_tla) {
            if (execute(m) == JS_EXCEPTION) async_rejected(m, rt_take_exception());
        } else if (execute(m) == JS_EXCEPTION) {
            async_rejected(m, rt_take_exception());
        } else {
            recs[m].async_eval = false;
            recs[m].status = ST_EVALUATED;
            if (recs[m].capability != JS_UNDEFINED) js_promise_resolve_value(recs[m].capability, JS_UNDEFINED);
        }
    }
    free(list);
}

static void async_rejected(int32_t i, JSValue err)
{
    if (recs[i].status == ST_EVALUATED) return; /* already errored */
    set_error(i, err);
    /* the module's own capability first, then its importers' (ES2025; the
     * order test262's rejection-order.js checks) */
    if (recs[i].capability != JS_UNDEFINED) js_promise_reject_value(recs[i].capability, err);
    for (int32_t k = 0; k < recs[i].nparents; k++) async_rejected(recs[i].parents[k], err);
}

void rt_esm_async_started(JSValue st, void *frame)
{
    if (executing < 0) return;
    recs[executing].async_state = st;
    recs[executing].frame = frame;
}

/* ---- the main module --------------------------------------------------------- */

/* Microtask: rethrows the rejection of the main module's evaluation, which
 * node reports as an uncaught exception (data: the reason). */
static JSValue rethrow_job(int ndata, JSValue *data)
{
    (void)ndata;
    return js_throw(data[0]);
}

static void main_settled(JSValue data, JSValue arg, bool rejected)
{
    (void)data;
    main_pending = false;
    if (rejected) js_enqueue_microtask_job(rethrow_job, 1, &arg);
}

JSValue js_esm_evaluate(int32_t i)
{
    JSValue p = evaluate(i);
    JSValue res;
    switch (js_promise_state(p, &res)) {
    case JS_PROMISE_REJECTED:
        js_promise_mark_handled(p);
        return js_throw(res);
    case JS_PROMISE_PENDING:
        main_pending = true;
        js_promise_then_native(p, main_settled, JS_UNDEFINED);
        return JS_UNDEFINED;
    default: return JS_UNDEFINED;
    }
}

/* node's handleProcessExit: when the loop ran dry with the main module's
 * evaluation still pending, warn about each stalled top-level await (a
 * module with top-level await whose dependencies are done but whose body
 * has not finished) and exit with 13 unless process.exitCode was set. */
bool js_esm_exit_unsettled(void)
{
    if (!main_pending) return false;
    for (int32_t i = 0; i < js_bundle_nmods; i++) {
        ModRec *r = &recs[i];
        if (!r->has_tla || r->status != ST_EVALUATING_ASYNC || !r->async_eval || r->pending || !r->frame)
            continue;
        const JSFrame *fr = r->frame;
        const char *path = js_bundle_mods[i].path;
        StrBuf b;
        sb_init(&b);
        sb_printf(&b, "Warning: Detected unsettled top-level await at %s:%u\n", file_url(path), fr->line);
        int64_t len = 0;
        const char *text = js_source_text(file_url(path), &len);
        if (text && fr->line > 0) {
            int64_t s = 0;
            for (uint32_t l = 1; l < fr->line && s < len; s++)
                if (text[s] == '\n') l++;
            int64_t e = s;
            while (e < len && text[e] != '\n' && text[e] != '\r') e++;
            sb_printf(&b, "%.*s\n", (int)(e - s), text + s);
            for (uint32_t k = 1; k < fr->col && s + k - 1 < e; k++) sb_printf(&b, "%c", text[s + k - 1] == '\t' ? '\t' : ' ');
            sb_printf(&b, "^\n");
        }
        sb_printf(&b, "\n\n\n");
        js_node_write(2, sb_str(&b), strlen(sb_str(&b)));
    }
    return true;
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

/* ContinueDynamicImport's reaction to the evaluation promise: data =
 * [promise, module index]. */
static void import_evaluated(JSValue data, JSValue arg, bool rejected)
{
    JSValue p = js_get_index(data, 0);
    if (rejected) js_promise_reject_value(p, arg);
    else js_promise_resolve_value(p, *js_bundle_mods[js_get_int32(js_get_index(data, 1))].ns_cell);
}

/* Microtask: data = {promise, module index}. */
static JSValue import_job(int ndata, JSValue *data)
{
    (void)ndata;
    JSValue pair = js_new_array(0);
    js_array_push(pair, data[0]);
    js_array_push(pair, data[1]);
    js_promise_then_native(evaluate(js_get_int32(data[1])), import_evaluated, pair);
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

/* EvaluateImportCall's options (import attributes): validated, then unused
 * (the driver resolved `with { type: 'json' }` at compile time). */
static int check_import_options(JSValue options)
{
    if (!js_is_object(options)) {
        js_throw_type_error("The second argument to import() must be an object");
        return -1;
    }
    JSValue w = js_get_property_str(options, "with");
    if (w == JS_EXCEPTION) return -1;
    if (w == JS_UNDEFINED) return 0;
    if (!js_is_object(w)) {
        js_throw_type_error("The 'assert' option must be an object"); /* node 20's V8 */
        return -1;
    }
    uint32_t n;
    JSAtom *keys = js_own_property_keys(w, JS_GPN_STRINGS | JS_GPN_ENUM_ONLY, &n);
    if (!keys) return -1;
    for (uint32_t k = 0; k < n; k++) {
        JSValue v = js_get_property(w, keys[k]);
        if (v == JS_EXCEPTION) return -1;
        if (!js_is_string(v)) {
            js_throw_type_error("Import assertion value must be a string");
            return -1;
        }
    }
    return 0;
}

JSValue rt_dynamic_import_with(int32_t from, JSValue spec, JSValue options)
{
    if (options == JS_UNDEFINED) return rt_dynamic_import(from, spec);
    JSValue s = js_to_string(spec);
    if (s == JS_EXCEPTION || check_import_options(options) < 0) {
        JSValue promise = js_promise_new();
        js_promise_reject_value(promise, rt_take_exception());
        return promise;
    }
    return rt_dynamic_import(from, s);
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
