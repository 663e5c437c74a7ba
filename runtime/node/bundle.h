/*
 * bundle.h — the module table that the compiled program hands to the
 * loaders (cjs.c for CommonJS, esm.c for ES modules). kc_lower_bundle
 * (compiler/lower.c) emits it; the two layouts must agree.
 */
#ifndef KILN_NODE_BUNDLE_H
#define KILN_NODE_BUNDLE_H

#include "kiln/value.h"

/* KILN_MOD_STDLIB: a CommonJS module of stdlib/, path "node:<name>"; it is
 * loaded like KILN_MOD_CJS but, like node's own modules, never appears in
 * require.cache or a module's children, and only it may require 'kiln:'. */
enum { KILN_MOD_CJS, KILN_MOD_ESM, KILN_MOD_JSON, KILN_MOD_BUILTIN, KILN_MOD_STDLIB };

typedef struct KilnCjsModule {
    const char *path;        /* absolute filename; builtins: their name ("node:util") */
    JSCode code;             /* CJS wrapper or ESM body (argc 0: instantiate, 1: evaluate); NULL otherwise */
    const char *json;        /* JSON module: its text */
    int64_t json_len;
    int32_t kind, ndeps;     /* KILN_MOD_*; ESM: the modules it imports, in order */
    const int32_t *deps;
    JSValue *ns_cell;        /* the cell `import * as ns` reads (filled by the loader) */
    int32_t nexports, ncells;
    const char *const *export_names; /* ESM: sorted export names ... */
    JSValue *const *export_cells;    /* ... and the cells they read */
    const char *const *cell_names;   /* CJS/JSON/builtin imported by ESM: names ("default" = module.exports) */
    JSValue *const *cell_ptrs;       /* ... and their cells, filled when it has been loaded */
} KilnCjsModule;

typedef struct KilnCjsLink {
    int32_t from, to;
    const char *spec;
} KilnCjsLink;

/* cjs.c */
extern const KilnCjsModule *js_bundle_mods;
extern int32_t js_bundle_nmods;
/* The bundled module [spec] names from module [from], or -1. */
int32_t js_bundle_resolve(int32_t from, const char *spec);
/* The bundled stdlib module whose path is [path] ("node:internal/fs/streams"),
 * or -1: how the C half of a module reaches a JavaScript helper that the
 * driver bundled for it. */
int32_t js_bundle_find_stdlib(const char *path);
/* require() of module i by [parent] (-1: the main module): its exports. */
JSValue js_cjs_load(int32_t i, int32_t parent);

/* esm.c */
/* Instantiates every bundled ES module (hoisted functions, namespaces). */
void js_esm_instantiate_all(void);
/* Evaluates module [i] and what it imports, in the spec's order;
 * JS_UNDEFINED or JS_EXCEPTION (thrown before any top-level await). A
 * rejection after one is reported as an uncaught exception. */
JSValue js_esm_evaluate(int32_t i);

#endif
