/* lower.h — lowering a parsed program to LLVM IR.
 *
 * kc_lower_program resolves the program's scopes, speculates types, and
 * builds a new LLVM module that defines `JSValue kiln_program_entry(void)`:
 * it registers the source text with the runtime, creates the string
 * literals and inline-cache keys, and runs the main module's top-level code
 * as node runs a CommonJS module (top-level declarations are local to the
 * module; `this` is `module.exports`). Constructs the compiler does not handle
 * yet are reported as "not supported yet: <construct>" and give NULL.
 */
#ifndef KC_LOWER_H
#define KC_LOWER_H

#include <stdbool.h>

#include <llvm-c/Core.h>

#include "ast.h"
#include "diag.h"
#include "source.h"
#include "target.h"

typedef struct KcLowerOptions {
  int opt_level;
  bool debug_info;
  /* Name of the module's wrapper function (JSCode signature, called with
   * this = module.exports and argv = (exports, require, module, __filename,
   * __dirname)); "kiln_cjs_0" when NULL. */
  const char *entry_name;
  /* Out: the require('literal') calls of the module (CallExpression nodes
   * in the program's arena), malloc'ed; the caller frees the array. */
  const Node ***requires_out;
  int *nrequires_out;
  /* Out: those of them inside a `try` with a `catch` (a missing module is
   * then node's run-time MODULE_NOT_FOUND, not a compile error). */
  const Node ***requires_in_try_out;
  int *nrequires_in_try_out;
  /* Out: the import('literal') expressions (ImportExpression nodes). */
  const Node ***dyn_imports_out;
  int *ndyn_imports_out;
  /* The module's index in the bundle (import() and import.meta name it). */
  int module_index;
  /* ES module: the global cell every import binding reads, by local name
   * (from the driver's resolution of the module graph). */
  const struct KcImportBinding *imports;
  int nimports;
  /* Code compiled at run time by eval (runtime/eval/rt_eval.c): KC_EVAL_NONE
   * for a module; KC_EVAL_GLOBAL for the code of an indirect eval or of the
   * Function constructor, a global script whose sloppy top-level var and
   * function declarations become properties of the global object and whose
   * entry returns the script's completion value. */
  int eval_kind;
  /* KC_EVAL_DIRECT: the JSEvalScope (kiln/eval.h) of the call site, whose
   * bindings the code reaches through the env its entry's callee holds */
  const void *eval_scope;
  /* KC_EVAL_GLOBAL from the Function constructor: the single function
   * expression of the script does not see its own name ("anonymous"). */
  bool anonymous_function;
  /* Out (may be NULL): set to true when the module can reach eval or the
   * Function constructor (the rule is in resolve.c, note_eval_use). */
  bool *uses_eval_out;
} KcLowerOptions;

enum { KC_EVAL_NONE, KC_EVAL_GLOBAL, KC_EVAL_DIRECT };

typedef struct KcImportBinding {
  const char *local; /* the importing module's local name */
  const char *sym;   /* the i64 global holding the exporter's binding */
} KcImportBinding;

/* One bundled CommonJS module for kc_lower_bundle. */
typedef struct KcBundleModule {
  const char *path;       /* absolute filename; a built-in: its name */
  const char *entry_name; /* wrapper function, or NULL for a JSON or built-in module */
  const char *json;       /* JSON module: its text */
  size_t json_len;
  int kind;               /* 0 CommonJS, 1 ES module, 2 JSON, 3 built-in, 4 stdlib (runtime/node/bundle.h) */
  const int *deps;        /* ES module: the modules it imports, in source order */
  int ndeps;
  const char *ns_sym;     /* its namespace cell (defined by the bundle module) */
  const char *const *export_names; /* ES module: sorted export names and their cells */
  const char *const *export_syms;
  int nexports;
  const char *const *cell_names; /* other kinds: the names ES modules import, and */
  const char *const *cell_syms;  /* the cells (defined by the bundle module) */
  int ncells;
} KcBundleModule;

/* A require('spec') resolved at compile time: module [from] names [spec]. */
typedef struct KcBundleLink {
  int from, to;
  const char *spec;
} KcBundleLink;

/* Lowers the program (main module) into a new module in [ctx]; NULL after
 * reporting diagnostics. */
LLVMModuleRef kc_lower_program(LLVMContextRef ctx, const Node *program, const KcSource *src,
                               const KcTarget *target, const KcLowerOptions *opts,
                               KcDiag *diag);

/* A new module in [ctx] defining `JSValue kiln_program_entry(void)`, which
 * hands the module table (module 0 is the entry) and the compile-time links to
 * the runtime's CommonJS loader (rt_cjs_run_main). The wrapper functions are
 * declared and defined by the modules that kc_lower_program made, linked in
 * afterwards. */
LLVMModuleRef kc_lower_bundle(LLVMContextRef ctx, const KcTarget *target, const KcBundleModule *mods,
                              int nmods, const KcBundleLink *links, int nlinks);

#endif
