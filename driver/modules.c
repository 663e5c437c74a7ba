/*
 * modules.c - the CommonJS module graph, followed at compile time.
 *
 * kiln_bundle lowers the entry, then every file it reaches through
 * require('literal'), each into its own LLVM module with a wrapper function
 * kiln_cjs_<i>, and links them with the table module of kc_lower_bundle into
 * one: the whole program is one compilation unit. Specifiers resolve with
 * node's algorithm (LOAD_AS_FILE: exact, .js, .json, .cjs; LOAD_AS_DIRECTORY:
 * package.json "main", index.js, index.json; LOAD_NODE_MODULES up the
 * directory tree; package.json "exports" and "imports" in pkgjson.c).
 *
 * node's built-in modules come in two kinds. Those written in JavaScript
 * live in stdlib/node/<name>.js (the directory is found next to this
 * executable, kiln_stdlib_dir): a program that names one ("path",
 * "node:path") gets it bundled like any CommonJS module, under the module
 * path "node:path" (which stack traces show, as node's do), and pays for
 * nothing it does not reach. A stdlib module may require its private
 * helpers as 'internal/<name>' (stdlib/internal/<name>.js) and the C
 * natives of the runtime as 'kiln:<name>' (js_node_native_module); user code
 * can name neither. The C modules of builtins[] are left to the runtime
 * (runtime/node/modules.c); when a stdlib file has the same name it wins and
 * reaches the C object as 'kiln:<name>'. An unknown "node:" name and an
 * unresolvable specifier are compile errors at the require that names them.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <llvm-c/Linker.h>

#include "driver.h"
#include "parser.h"

/* The built-in modules runtime/node/modules.c provides in C (one row each;
 * keep the runtime's js_node_builtin_module in step). */
static const char *const builtins[] = {
    "util",
    "timers",
    "process",
    "console",
    "buffer",
    "fs",
    "fs/promises",
    "os",
};

static bool is_c_builtin(const char *spec) {
  if (!strncmp(spec, "node:", 5)) spec += 5;
  for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
    if (!strcmp(spec, builtins[i])) return true;
  return false;
}

static bool is_file(const char *p);

/* stdlib/<sub>/<name>.js when [name] is a plain module name ("path",
 * "assert/strict") and the file exists, else NULL. */
static char *stdlib_file(const char *sub, const char *name) {
  const char *dir = kiln_stdlib_dir();
  if (!dir || !*name || name[0] == '/' || strstr(name, "..") || strstr(name, "//")) return NULL;
  for (const char *p = name; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '/')) return NULL;
  size_t n = strlen(dir) + strlen(sub) + strlen(name) + 8;
  char *f = malloc(n);
  snprintf(f, n, "%s/%s/%s.js", dir, sub, name);
  if (is_file(f)) return f;
  free(f);
  return NULL;
}

static bool is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *read_text(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 14, n = 0, got;
  char *buf = malloc(cap + 1);
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, (cap *= 2) + 1);
  }
  fclose(f);
  buf[n] = 0;
  if (len) *len = n;
  return buf;
}

static char *str_printf(const char *a, const char *b) {
  char *s = malloc(strlen(a) + strlen(b) + 2);
  sprintf(s, "%s/%s", a, b);
  return s;
}

static char *load_as_file(const char *base) {
  static const char *const exts[] = {"", ".js", ".json", ".cjs"};
  char buf[PATH_MAX + 16];
  for (int i = 0; i < 4; i++) {
    snprintf(buf, sizeof buf, "%s%s", base, exts[i]);
    if (is_file(buf)) return realpath(buf, NULL);
  }
  return NULL;
}

/* The "main" string of [dir]/package.json, or NULL (a shallow scan). */
static char *package_main(const char *dir) {
  char *pj = str_printf(dir, "package.json");
  char *text = read_text(pj, NULL);
  free(pj);
  if (!text) return NULL;
  char *result = NULL;
  for (char *p = strstr(text, "\"main\""); p && !result; p = strstr(p + 1, "\"main\"")) {
    char *q = p + 6;
    while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r') q++;
    if (*q != ':') continue;
    q++;
    while (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r') q++;
    if (*q != '"') continue;
    char *e = strchr(q + 1, '"');
    if (!e) break;
    result = strndup(q + 1, (size_t)(e - q - 1));
  }
  free(text);
  return result;
}

static char *load_as_directory(const char *dir) {
  char *main = package_main(dir);
  if (main) {
    char *m = str_printf(dir, main);
    free(main);
    char *r = load_as_file(m);
    if (!r) {
      char *ix = str_printf(m, "index.js");
      if (is_file(ix)) r = realpath(ix, NULL);
      free(ix);
    }
    free(m);
    if (r) return r;
  }
  static const char *const ix[] = {"index.js", "index.json"};
  for (int i = 0; i < 2; i++) {
    char *p = str_printf(dir, ix[i]);
    char *r = is_file(p) ? realpath(p, NULL) : NULL;
    free(p);
    if (r) return r;
  }
  return NULL;
}

static char *load_as(const char *base) {
  char *r = load_as_file(base);
  return r ? r : load_as_directory(base);
}

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A bare [spec] in [nm] (a node_modules folder): through the package's
 * "exports" when it has one, else LOAD_AS_FILE / LOAD_AS_DIRECTORY. */
static char *load_package(const char *nm, const char *spec, bool is_import) {
  const char *slash = strchr(spec, '/');
  if (spec[0] == '@' && slash) slash = strchr(slash + 1, '/');
  size_t nlen = slash ? (size_t)(slash - spec) : strlen(spec);
  char *name = strndup(spec, nlen);
  char *pkg = str_printf(nm, name);
  free(name);
  char *r = NULL;
  if (is_dir(pkg)) {
    char sub[PATH_MAX];
    snprintf(sub, sizeof sub, ".%s", slash ? slash : "");
    if (kiln_package_exports_resolve(pkg, sub, is_import, &r)) {
      free(pkg);
      return r;
    }
  }
  free(pkg);
  char *p = str_printf(nm, spec);
  r = load_as(p);
  free(p);
  return r;
}

/* The absolute path [spec] names from the file [from] (absolute), or NULL;
 * [is_import] picks the "import" rather than the "require" condition of
 * package.json "exports" and "imports". */
static char *resolve_spec_as(const char *from, const char *spec, bool is_import) {
  if (spec[0] == '#') {
    char *r = NULL;
    kiln_package_imports_resolve(from, spec, is_import, &r);
    return r;
  }
  char *dir = strdup(from);
  char *slash = strrchr(dir, '/');
  if (slash) slash[slash == dir ? 1 : 0] = 0;
  char *r = NULL;
  if (spec[0] == '/') {
    r = load_as(spec);
  } else if (!strncmp(spec, "./", 2) || !strncmp(spec, "../", 3) || !strcmp(spec, ".") ||
             !strcmp(spec, "..")) {
    char *p = str_printf(dir, spec);
    r = load_as(p);
    free(p);
  } else {
    for (;;) {
      char *nm = str_printf(!strcmp(dir, "/") ? "" : dir, "node_modules");
      r = is_dir(nm) ? load_package(nm, spec, is_import) : NULL;
      free(nm);
      if (r || !strcmp(dir, "/") || !*dir) break;
      char *s = strrchr(dir, '/');
      if (s == dir) s[1] = 0;
      else *s = 0;
    }
  }
  free(dir);
  return r;
}

static char *resolve_spec(const char *from, const char *spec) { return resolve_spec_as(from, spec, false); }

/* ---- the module graph ---------------------------------------------------- */

/* = KILN_MOD_* of runtime/node/bundle.h; MOD_STDLIB is a CommonJS module of stdlib/ */
enum { MOD_CJS, MOD_ESM, MOD_JSON, MOD_BUILTIN, MOD_STDLIB };

/* import {name as local} from requests[req] ("*" = the namespace) */
typedef struct ImportRec {
  const char *local, *name;
  int req;
  const Node *at;
} ImportRec;

/* export {local as name}, or export {import_name as name} from requests[req] */
typedef struct ExportRec {
  const char *name, *local, *import_name;
  int req; /* -1: a local export */
  const Node *at;
} ExportRec;

typedef struct Dep {
  char *path; /* absolute; a built-in: its name ("node:util", "node:internal/errors") */
  char *file; /* a stdlib module: the file it is read from */
  KcSource *src;
  Node *prog;
  char entry[32];
  int kind;
  bool scanned, lowered;
  char *json_text;
  size_t json_len;
  char ns_sym[32];
  /* ES module records (from the AST) */
  const char **req_spec;
  const Node **req_at;
  int *req_to;
  int nreq;
  ImportRec *imps;
  int nimps;
  ExportRec *exps;
  int nexps;
  int *stars; /* requests of `export * from` */
  int nstars;
  /* other kinds: the names ES modules import from it, and their cells */
  char **cells, **cell_syms;
  int ncells;
  /* bundle table */
  char **enames, **esyms;
  int nexports;
} Dep;

typedef struct Graph {
  Dep *deps;
  int n, cap;
  KcBundleLink *links;
  int nlinks, lcap;
  KcDiag *diag;
  KcArena *arena;
  bool ok;
  unsigned libs; /* KILN_LIB_*: the optional runtime libraries the natives named need */
} Graph;

#define GROW(arr, n, cap)                                                                          \
  do {                                                                                             \
    if ((n) == (cap)) (arr) = realloc((arr), sizeof *(arr) * (size_t)((cap) = (cap) ? (cap) * 2 : 8)); \
  } while (0)

static bool has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

static int kind_of_path(const char *path) {
  if (has_suffix(path, ".json")) return MOD_JSON;
  if (has_suffix(path, ".mjs")) return MOD_ESM;
  if (has_suffix(path, ".cjs")) return MOD_CJS;
  /* "type" governs .js files only: require of an extensionless file (yargs's
   * "yargs/yargs" in a "type": "module" package) loads CommonJS, as node's
   * .js loader does */
  if (!has_suffix(path, ".js")) return MOD_CJS;
  return kiln_package_type_is_module(path) ? MOD_ESM : MOD_CJS;
}

static int find_or_add(Graph *g, char *path, int kind) {
  for (int i = 0; i < g->n; i++)
    if (!strcmp(g->deps[i].path, path)) {
      free(path);
      return i;
    }
  GROW(g->deps, g->n, g->cap);
  Dep *d = &g->deps[g->n];
  memset(d, 0, sizeof *d);
  d->path = path;
  d->kind = kind;
  snprintf(d->entry, sizeof d->entry, "kiln_cjs_%d", g->n);
  snprintf(d->ns_sym, sizeof d->ns_sym, "esm.%d.*ns", g->n);
  return g->n++;
}

static void add_link(Graph *g, int from, int to, const char *spec) {
  for (int i = 0; i < g->nlinks; i++)
    if (g->links[i].from == from && !strcmp(g->links[i].spec, spec)) return;
  GROW(g->links, g->nlinks, g->lcap);
  g->links[g->nlinks++] = (KcBundleLink){from, to, spec};
}

static const char *str_of(const Node *n) {
  return n->kind == NODE_Identifier ? n->ident.name.ptr : n->literal.string.ptr;
}

static bool is_relative(const char *spec) {
  return spec[0] == '/' || !strncmp(spec, "./", 2) || !strncmp(spec, "../", 3) || !strcmp(spec, ".") ||
         !strcmp(spec, "..");
}

/* [dir]/[rel] (or [rel] when absolute) without "." and ".." segments. */
static char *normalize_path(const char *dir, const char *rel) {
  char *in = rel[0] == '/' ? strdup(rel) : str_printf(dir, rel);
  size_t n = strlen(in), o = 0;
  char *out = malloc(n + 2);
  for (size_t i = 0; i < n;) {
    while (i < n && in[i] == '/') i++;
    size_t j = i;
    while (j < n && in[j] != '/') j++;
    size_t len = j - i;
    if (len == 2 && in[i] == '.' && in[i + 1] == '.') {
      while (o > 0 && out[o - 1] != '/') o--;
      if (o > 0) o--;
    } else if (len > 0 && !(len == 1 && in[i] == '.')) {
      out[o++] = '/';
      memcpy(out + o, in + i, len);
      o += len;
    }
    i = j;
  }
  if (o == 0) out[o++] = '/';
  out[o] = 0;
  free(in);
  return out;
}

/* The stdlib module [name] ("path", "internal/errors"), added to the graph
 * as "node:<name>": its index, or -2 when there is no such file. */
static int add_stdlib(Graph *g, const char *name) {
  char *file = !strncmp(name, "internal/", 9) ? stdlib_file("", name) : stdlib_file("node", name);
  if (!file) return -2;
  size_t n = strlen(name) + 6;
  char *path = malloc(n);
  snprintf(path, n, "node:%s", name);
  int before = g->n, j = find_or_add(g, path, MOD_STDLIB);
  if (g->n > before) g->deps[j].file = file;
  else free(file);
  return j;
}

/* A built-in module [spec] from module [from]: the index of its stdlib
 * module (added to the graph), -1 for a C module (or a 'kiln:' native that
 * a stdlib module names), -2 when [spec] names no built-in. */
static int resolve_builtin(Graph *g, int from, const char *spec) {
  bool internal = g->deps[from].kind == MOD_STDLIB;
  if (internal && !strncmp(spec, "kiln:", 5)) {
    if (!strcmp(spec, "kiln:crypto")) g->libs |= KILN_LIB_CRYPTO;
    if (!strcmp(spec, "kiln:zlib")) g->libs |= KILN_LIB_ZLIB;
    if (!strcmp(spec, "kiln:child_process")) g->libs |= KILN_LIB_CHILD_PROCESS;
    if (!strcmp(spec, "kiln:dns")) g->libs |= KILN_LIB_DNS;
    return -1;
  }
  const char *name = strncmp(spec, "node:", 5) ? spec : spec + 5;
  if (!strncmp(name, "internal/", 9)) /* only stdlib names its helpers, and not as node: */
    return internal && name == spec ? add_stdlib(g, spec) : -2;
  int j = add_stdlib(g, name);
  if (j == -2 && is_c_builtin(spec)) return -1;
  return j;
}

/* The module [spec] names from module [from] as `import` resolves it: a
 * relative or absolute specifier names an exact file (node's ES module
 * resolver does not add extensions), a bare one a package. -1 when it
 * names nothing; [from]'s deps may have moved. */
static int resolve_import(Graph *g, int from, const char *spec) {
  int b = resolve_builtin(g, from, spec);
  if (b >= 0) return b;
  if (b == -1) {
    char name[64];
    snprintf(name, sizeof name, "node:%s", strncmp(spec, "node:", 5) ? spec : spec + 5);
    return find_or_add(g, strdup(name), MOD_BUILTIN);
  }
  if (!strncmp(spec, "node:", 5)) return -1;
  char *to;
  if (is_relative(spec)) {
    char *dir = strdup(g->deps[from].path);
    char *slash = strrchr(dir, '/');
    if (slash) slash[slash == dir ? 1 : 0] = 0;
    char *p = spec[0] == '/' ? strdup(spec) : str_printf(dir, spec);
    to = is_file(p) ? realpath(p, NULL) : NULL;
    free(p);
    free(dir);
  } else {
    to = resolve_spec_as(g->deps[from].path, spec, true);
  }
  if (!to) return -1;
  return find_or_add(g, to, kind_of_path(to));
}

static bool attr_type_json(const NodeList *attrs) {
  for (int i = 0; i < attrs->count; i++) {
    const Node *a = attrs->items[i];
    if (!strcmp(str_of(a->import_attribute.key), "type") && !strcmp(a->import_attribute.value->literal.string.ptr, "json"))
      return true;
  }
  return false;
}

/* Adds [spec] (the source of [at]) to module [i]'s requests; its index. */
static int add_request(Graph *g, int i, const Node *src, const NodeList *attrs) {
  const char *spec = src->literal.string.ptr;
  Dep *d = &g->deps[i];
  for (int k = 0; k < d->nreq; k++)
    if (!strcmp(d->req_spec[k], spec)) return k;
  int to = resolve_import(g, i, spec);
  d = &g->deps[i];
  if (to < 0) {
    if (is_relative(spec)) { /* node names the absolute path */
      char *dir = strdup(d->path), *slash = strrchr(dir, '/');
      if (slash) *slash = 0;
      char *full = normalize_path(dir, spec);
      kc_diag_error(g->diag, d->src, src->loc, "Cannot find module '%s' imported from %s", full, d->path);
      free(full);
      free(dir);
    } else {
      kc_diag_error(g->diag, d->src, src->loc, "Cannot find %s '%s' imported from %s",
                    !strncmp(spec, "node:", 5) ? "module" : "package", spec, d->path);
    }
    g->ok = false;
  } else if (g->deps[to].kind == MOD_JSON && !attr_type_json(attrs)) {
    kc_diag_error(g->diag, d->src, src->loc, "Module \"file://%s\" needs an import attribute of type \"json\"",
                  g->deps[to].path);
    g->ok = false;
  } else {
    add_link(g, i, to, spec);
  }
  d->req_spec = realloc(d->req_spec, sizeof *d->req_spec * (size_t)(d->nreq + 1));
  d->req_at = realloc(d->req_at, sizeof *d->req_at * (size_t)(d->nreq + 1));
  d->req_to = realloc(d->req_to, sizeof *d->req_to * (size_t)(d->nreq + 1));
  d->req_spec[d->nreq] = spec;
  d->req_at[d->nreq] = src;
  d->req_to[d->nreq] = to < 0 ? 0 : to;
  return d->nreq++;
}

static void add_import(Dep *d, const char *local, const char *name, int req, const Node *at) {
  d->imps = realloc(d->imps, sizeof *d->imps * (size_t)(d->nimps + 1));
  d->imps[d->nimps++] = (ImportRec){local, name, req, at};
}

static void add_export(Dep *d, const char *name, const char *local, const char *import_name, int req,
                       const Node *at) {
  d->exps = realloc(d->exps, sizeof *d->exps * (size_t)(d->nexps + 1));
  d->exps[d->nexps++] = (ExportRec){name, local, import_name, req, at};
}

static void export_pattern(Dep *d, const Node *p) {
  if (!p) return;
  switch (p->kind) {
  case NODE_Identifier: add_export(d, p->ident.name.ptr, p->ident.name.ptr, NULL, -1, p); break;
  case NODE_ObjectPattern:
    for (int i = 0; i < p->object.properties.count; i++) {
      const Node *q = p->object.properties.items[i];
      export_pattern(d, q->kind == NODE_Property ? q->property.value : q);
    }
    break;
  case NODE_ArrayPattern:
    for (int i = 0; i < p->array.elements.count; i++) export_pattern(d, p->array.elements.items[i]);
    break;
  case NODE_AssignmentPattern: export_pattern(d, p->assign_pattern.left); break;
  case NODE_RestElement: export_pattern(d, p->argument.argument); break;
  default: break;
  }
}

/* The import and export records of ES module [i], from its AST. */
static void scan_esm(Graph *g, int i) {
  const NodeList *body = &g->deps[i].prog->program.body;
  for (int k = 0; k < body->count; k++) {
    const Node *st = body->items[k];
    if (!st) continue;
    if (st->kind == NODE_ImportDeclaration) {
      int req = add_request(g, i, st->import_decl.source, &st->import_decl.attributes);
      Dep *d = &g->deps[i];
      for (int s = 0; s < st->import_decl.specifiers.count; s++) {
        const Node *sp = st->import_decl.specifiers.items[s];
        const char *local = sp->specifier.local->ident.name.ptr;
        if (sp->kind == NODE_ImportDefaultSpecifier) add_import(d, local, "default", req, sp);
        else if (sp->kind == NODE_ImportNamespaceSpecifier) add_import(d, local, "*", req, sp);
        else add_import(d, local, str_of(sp->specifier.imported), req, sp);
      }
    } else if (st->kind == NODE_ExportAllDeclaration) {
      int req = add_request(g, i, st->export_all.source, &st->export_all.attributes);
      Dep *d = &g->deps[i];
      if (st->export_all.exported) {
        add_export(d, str_of(st->export_all.exported), NULL, "*", req, st);
      } else {
        d->stars = realloc(d->stars, sizeof *d->stars * (size_t)(d->nstars + 1));
        d->stars[d->nstars++] = req;
      }
    } else if (st->kind == NODE_ExportNamedDeclaration) {
      const Node *decl = st->export_named.declaration;
      if (decl) {
        Dep *d = &g->deps[i];
        if (decl->kind == NODE_VariableDeclaration) {
          for (int s = 0; s < decl->var_decl.declarations.count; s++)
            export_pattern(d, decl->var_decl.declarations.items[s]->declarator.id);
        } else {
          const Node *id = decl->kind == NODE_ClassDeclaration ? decl->class_.id : decl->function.id;
          add_export(d, id->ident.name.ptr, id->ident.name.ptr, NULL, -1, id);
        }
        continue;
      }
      int req = st->export_named.source ? add_request(g, i, st->export_named.source, &st->export_named.attributes) : -1;
      Dep *d = &g->deps[i];
      for (int s = 0; s < st->export_named.specifiers.count; s++) {
        const Node *sp = st->export_named.specifiers.items[s];
        const char *local = str_of(sp->specifier.local), *name = str_of(sp->specifier.exported);
        if (req >= 0) add_export(d, name, NULL, local, req, sp);
        else add_export(d, name, local, NULL, -1, sp);
      }
    } else if (st->kind == NODE_ExportDefaultDeclaration) {
      const Node *decl = st->export_default.declaration;
      const Node *id = decl->kind == NODE_FunctionDeclaration ? decl->function.id
                       : decl->kind == NODE_ClassDeclaration  ? decl->class_.id
                                                              : NULL;
      add_export(&g->deps[i], "default", id ? id->ident.name.ptr : "*default*", NULL, -1, st);
    }
  }
}

/* ---- export resolution (ResolveExport, §16.2.1.6.3) ------------------------ */

typedef struct Visit {
  int m;
  const char *name;
} Visit;

static char *sym_fmt(int m, const char *a, const char *b) {
  size_t n = strlen(a) + strlen(b) + 32;
  char *s = malloc(n);
  snprintf(s, n, "esm.%d.%s%s", m, a, b);
  return s;
}

/* The cell of a CommonJS/JSON/built-in module's import [name]. */
static char *value_cell(Graph *g, int m, const char *name) {
  Dep *d = &g->deps[m];
  for (int k = 0; k < d->ncells; k++)
    if (!strcmp(d->cells[k], name)) return strdup(d->cell_syms[k]);
  d->cells = realloc(d->cells, sizeof *d->cells * (size_t)(d->ncells + 1));
  d->cell_syms = realloc(d->cell_syms, sizeof *d->cell_syms * (size_t)(d->ncells + 1));
  d->cells[d->ncells] = strdup(name);
  d->cell_syms[d->ncells] = sym_fmt(m, "x.", name);
  return strdup(d->cell_syms[d->ncells++]);
}

/* 1 and the cell's symbol in [*sym], 0 when module [m] has no export
 * [name], -1 when star exports make it ambiguous. */
static int resolve_export(Graph *g, int m, const char *name, Visit **set, int *nset, char **sym) {
  Dep *d = &g->deps[m];
  if (d->kind != MOD_ESM) {
    if (d->kind == MOD_JSON && strcmp(name, "default")) return 0;
    *sym = value_cell(g, m, name);
    return 1;
  }
  for (int k = 0; k < *nset; k++)
    if ((*set)[k].m == m && !strcmp((*set)[k].name, name)) return 0; /* a circular import request */
  *set = realloc(*set, sizeof **set * (size_t)(*nset + 1));
  (*set)[(*nset)++] = (Visit){m, name};
  for (int k = 0; k < d->nexps; k++) {
    ExportRec *e = &d->exps[k];
    if (strcmp(e->name, name)) continue;
    if (e->req < 0) {
      for (int j = 0; j < d->nimps; j++) { /* import {a} from 'x'; export {a} */
        ImportRec *im = &d->imps[j];
        if (strcmp(im->local, e->local)) continue;
        int t = d->req_to[im->req];
        if (!strcmp(im->name, "*")) {
          *sym = strdup(g->deps[t].ns_sym);
          return 1;
        }
        return resolve_export(g, t, im->name, set, nset, sym);
      }
      *sym = sym_fmt(m, e->local, "");
      return 1;
    }
    int t = d->req_to[e->req];
    if (!strcmp(e->import_name, "*")) {
      *sym = strdup(g->deps[t].ns_sym);
      return 1;
    }
    return resolve_export(g, t, e->import_name, set, nset, sym);
  }
  if (!strcmp(name, "default")) return 0;
  char *found = NULL;
  for (int k = 0; k < d->nstars; k++) {
    int t = g->deps[m].req_to[g->deps[m].stars[k]];
    if (g->deps[t].kind != MOD_ESM) continue; /* names unknown at compile time */
    char *s = NULL;
    int r = resolve_export(g, t, name, set, nset, &s);
    if (r < 0) {
      free(found);
      return -1;
    }
    if (r == 0) continue;
    if (!found) {
      found = s;
    } else if (strcmp(found, s)) {
      free(found);
      free(s);
      return -1;
    } else {
      free(s);
    }
  }
  if (!found) return 0;
  *sym = found;
  return 1;
}

static int resolve_export_top(Graph *g, int m, const char *name, char **sym) {
  Visit *set = NULL;
  int nset = 0;
  int r = resolve_export(g, m, name, &set, &nset, sym);
  free(set);
  return r;
}

/* GetExportedNames of module [m], appended to [names] (unique). */
static void exported_names(Graph *g, int m, int **seen, int *nseen, char ***names, int *n) {
  for (int k = 0; k < *nseen; k++)
    if ((*seen)[k] == m) return;
  *seen = realloc(*seen, sizeof **seen * (size_t)(*nseen + 1));
  (*seen)[(*nseen)++] = m;
  Dep *d = &g->deps[m];
  if (d->kind != MOD_ESM) return;
  for (int k = 0; k <= d->nexps + d->nstars; k++) {
    if (k < d->nexps) {
      const char *nm = d->exps[k].name;
      bool dup = false;
      for (int j = 0; j < *n; j++) dup |= !strcmp((*names)[j], nm);
      if (dup) continue;
      *names = realloc(*names, sizeof **names * (size_t)(*n + 1));
      (*names)[(*n)++] = (char *)nm;
    } else if (k < d->nexps + d->nstars) {
      char **sub = NULL;
      int nsub = 0;
      exported_names(g, d->req_to[d->stars[k - d->nexps]], seen, nseen, &sub, &nsub);
      for (int s = 0; s < nsub; s++) {
        bool dup = !strcmp(sub[s], "default");
        for (int j = 0; j < *n; j++) dup |= !strcmp((*names)[j], sub[s]);
        if (dup) continue;
        *names = realloc(*names, sizeof **names * (size_t)(*n + 1));
        (*names)[(*n)++] = sub[s];
      }
      free(sub);
      d = &g->deps[m];
    }
  }
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The namespace table of ES module [m]: its exported names, sorted, with the cells. */
static void namespace_table(Graph *g, int m) {
  int *seen = NULL, nseen = 0, n = 0;
  char **names = NULL;
  exported_names(g, m, &seen, &nseen, &names, &n);
  free(seen);
  qsort(names, (size_t)n, sizeof *names, cmp_str);
  Dep *d = &g->deps[m];
  d->enames = calloc((size_t)n + 1, sizeof *d->enames);
  d->esyms = calloc((size_t)n + 1, sizeof *d->esyms);
  for (int k = 0; k < n; k++) {
    char *sym = NULL;
    if (resolve_export_top(g, m, names[k], &sym) != 1) continue; /* ambiguous: not in the namespace */
    d = &g->deps[m];
    d->enames[d->nexports] = names[k];
    d->esyms[d->nexports++] = sym;
  }
  free(names);
}

/* The import bindings of ES module [m] for the lowering, after checking
 * every import and indirect export against its module (node's link-time
 * SyntaxError, here a compile error at the specifier). */
static KcImportBinding *import_bindings(Graph *g, int m, int *nout) {
  Dep *d = &g->deps[m];
  KcImportBinding *ib = calloc((size_t)d->nimps + 1, sizeof *ib);
  int n = 0;
  for (int k = 0; k <= d->nimps + d->nexps; k++) {
    d = &g->deps[m];
    const char *name;
    int req;
    const Node *at;
    if (k < d->nimps) {
      name = d->imps[k].name, req = d->imps[k].req, at = d->imps[k].at;
    } else if (k < d->nimps + d->nexps && d->exps[k - d->nimps].req >= 0) {
      name = d->exps[k - d->nimps].import_name, req = d->exps[k - d->nimps].req, at = d->exps[k - d->nimps].at;
    } else {
      continue;
    }
    int t = d->req_to[req];
    char *sym = NULL;
    int r = 1;
    if (!strcmp(name, "*")) sym = strdup(g->deps[t].ns_sym);
    else r = resolve_export_top(g, t, name, &sym);
    d = &g->deps[m];
    if (r == 0)
      kc_diag_error(g->diag, d->src, at->loc, "The requested module '%s' does not provide an export named '%s'",
                    d->req_spec[req], name);
    else if (r < 0)
      kc_diag_error(g->diag, d->src, at->loc, "The requested module '%s' contains conflicting star exports for name '%s'",
                    d->req_spec[req], name);
    if (r != 1) {
      g->ok = false;
      continue;
    }
    if (k < d->nimps) ib[n++] = (KcImportBinding){d->imps[k].local, sym};
    else free(sym);
  }
  *nout = n;
  return ib;
}

/* ---- building the bundle -------------------------------------------------- */

static void note_dyn_imports(Graph *g, int i, const Node **dyn, int ndyn) {
  for (int k = 0; k < ndyn; k++) {
    const char *spec = dyn[k]->import_expr.source->literal.string.ptr;
    int to = resolve_import(g, i, spec);
    if (to >= 0) add_link(g, i, to, spec); /* else import() rejects at run time, as in node */
  }
  free(dyn);
}

static bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         (unsigned char)c >= 0x80;
}

/* The globals that a bundled stdlib module provides (runtime/node/natives.c,
 * lazy_globals, loads the module when the global is first read): node 20's
 * globalThis.crypto (the webcrypto object of node:crypto), URL, the
 * encoding classes, EventTarget and AbortController. Keep the two tables
 * in step. */
static const struct {
  const char *word, *module;
} lazy_globals[] = {
    {"crypto", "crypto"},
    {"URL", "url"},
    {"URLSearchParams", "url"},
    {"TextEncoder", "internal/encoding"},
    {"TextDecoder", "internal/encoding"},
    {"EventTarget", "internal/event_target"},
    {"Event", "internal/event_target"},
    {"AbortController", "internal/event_target"},
    {"AbortSignal", "internal/event_target"},
};

/* Can [src] name the global [word]? A conservative look at the text: the
 * word anywhere but after a `.`. A false yes (a comment, a local of that
 * name) only bundles a module for nothing. */
static bool mentions_global(const KcSource *src, const char *word) {
  const char *t = src->text;
  size_t n = strlen(word);
  for (const char *p = strstr(t, word); p; p = strstr(p + n, word)) {
    if (p > t && is_ident_char(p[-1])) continue;
    if (is_ident_char(p[n])) continue;
    const char *q = p;
    while (q > t && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n' || q[-1] == '\r')) q--;
    if (q > t && q[-1] == '.') continue;
    return true;
  }
  return false;
}

/* A user module that may name one of the lazy globals bundles its module. */
static void note_lazy_globals(Graph *g, int i) {
  if (g->deps[i].kind == MOD_STDLIB || !g->deps[i].src) return;
  for (size_t k = 0; k < sizeof lazy_globals / sizeof lazy_globals[0]; k++)
    if (mentions_global(g->deps[i].src, lazy_globals[k].word)) add_stdlib(g, lazy_globals[k].module);
}

/* fs.createReadStream/createWriteStream and fs.ReadStream/WriteStream are
 * natives that load stdlib/internal/fs/streams.js (runtime/node/fs.c),
 * which brings node:stream: a user module whose text names ReadStream or
 * WriteStream bundles it, so other fs programs carry no stream code. */
static void add_internal(Graph *g, const char *name) {
  char *file = stdlib_file("", name);
  if (!file) return;
  size_t n = strlen(name) + 6;
  char *path = malloc(n);
  snprintf(path, n, "node:%s", name);
  int before = g->n, j = find_or_add(g, path, MOD_STDLIB);
  if (g->n > before) g->deps[j].file = file;
  else free(file);
}

static void note_fs_streams(Graph *g, int i) {
  if (g->deps[i].kind == MOD_STDLIB || !g->deps[i].src) return;
  const char *t = g->deps[i].src->text;
  if (strstr(t, "ReadStream") || strstr(t, "WriteStream")) add_internal(g, "internal/fs/streams");
  /* process.stdin is an accessor that loads this module (runtime/node/process.c) */
  if (strstr(t, "stdin")) add_internal(g, "internal/process/stdin");
}

/* Reads and parses module [i] (not the entry); CommonJS modules are
 * lowered at once, ES modules after the whole static graph is known. */
static void scan(Graph *g, int i, LLVMContextRef ctx, const KcTarget *target, const KcLowerOptions *base_opts,
                 LLVMModuleRef **mods, int *nmods) {
  Dep *d = &g->deps[i];
  d->scanned = true;
  if (d->kind == MOD_BUILTIN) return;
  if (d->kind == MOD_JSON) {
    d->json_text = read_text(d->path, &d->json_len);
    if (!d->json_text) {
      kc_diag_error_plain(g->diag, "cannot read '%s'", d->path);
      g->ok = false;
    }
    return;
  }
  if (!d->prog) {
    d->src = kc_source_read(d->file ? d->file : d->path, g->diag);
    if (!d->src) { g->ok = false; return; }
    if (d->file) d->src->path = d->path; /* stack traces say node:path, as node's do */
    d->prog = kc_parse(g->arena, d->src, d->kind == MOD_ESM ? KC_GOAL_MODULE : KC_GOAL_COMMONJS, g->diag);
    if (!d->prog) { g->ok = false; return; }
  }
  note_lazy_globals(g, i);
  note_fs_streams(g, i);
  d = &g->deps[i];
  if (d->kind == MOD_ESM) {
    scan_esm(g, i);
    return;
  }
  const Node **reqs = NULL, **dyn = NULL, **in_try = NULL;
  int nreqs = 0, ndyn = 0, nin_try = 0;
  KcLowerOptions lo = *base_opts;
  lo.entry_name = d->entry;
  lo.module_index = i;
  lo.requires_out = &reqs;
  lo.nrequires_out = &nreqs;
  lo.requires_in_try_out = &in_try;
  lo.nrequires_in_try_out = &nin_try;
  lo.dyn_imports_out = &dyn;
  lo.ndyn_imports_out = &ndyn;
  const KcSource *s = d->src;
  LLVMModuleRef m = kc_lower_program(ctx, d->prog, s, target, &lo, g->diag);
  d->lowered = true;
  *mods = realloc(*mods, sizeof **mods * (size_t)(*nmods + 1));
  if (m) (*mods)[(*nmods)++] = m;
  else g->ok = false;
  for (int k = 0; k < nreqs; k++) {
    const Node *call = reqs[k];
    const char *spec = call->call.arguments.items[0]->literal.string.ptr;
    int b = resolve_builtin(g, i, spec);
    if (b >= 0) add_link(g, i, b, spec);
    if (b != -2) continue;
    char *to = strncmp(spec, "node:", 5) ? resolve_spec(g->deps[i].path, spec) : NULL;
    if (!to) {
      /* try { require('optional') } catch {}: node's MODULE_NOT_FOUND at run time */
      bool caught = false;
      for (int t = 0; t < nin_try && !caught; t++) caught = in_try[t] == call;
      if (caught) continue;
      kc_diag_error(g->diag, s, call->loc, "Cannot find module '%s'", spec);
      g->ok = false;
      continue;
    }
    int j = find_or_add(g, to, kind_of_path(to));
    add_link(g, i, j, spec);
  }
  free(reqs);
  free(in_try);
  if (ndyn) note_dyn_imports(g, i, dyn, ndyn);
  else free(dyn);
}

static void lower_esm(Graph *g, int i, LLVMContextRef ctx, const KcTarget *target, const KcLowerOptions *base_opts,
                      LLVMModuleRef **mods, int *nmods) {
  int nib = 0;
  KcImportBinding *ib = import_bindings(g, i, &nib);
  Dep *d = &g->deps[i];
  d->lowered = true;
  const Node **dyn = NULL;
  int ndyn = 0;
  KcLowerOptions lo = *base_opts;
  lo.entry_name = d->entry;
  lo.module_index = i;
  lo.imports = ib;
  lo.nimports = nib;
  lo.dyn_imports_out = &dyn;
  lo.ndyn_imports_out = &ndyn;
  LLVMModuleRef m = g->ok ? kc_lower_program(ctx, d->prog, d->src, target, &lo, g->diag) : NULL;
  *mods = realloc(*mods, sizeof **mods * (size_t)(*nmods + 1));
  if (m) (*mods)[(*nmods)++] = m;
  else g->ok = false;
  for (int k = 0; k < nib; k++) free((char *)ib[k].sym);
  free(ib);
  if (ndyn) note_dyn_imports(g, i, dyn, ndyn);
  else free(dyn);
}

LLVMModuleRef kiln_bundle(LLVMContextRef ctx, const Node *program, const KcSource *src, KcArena *arena,
                          const KcTarget *target, const KcLowerOptions *base_opts, KcDiag *diag,
                          FILE *deps_out, unsigned *libs_out) {
  Graph g = {.diag = diag, .arena = arena, .ok = true};
  LLVMModuleRef *mods = NULL;
  int nmods = 0;
  LLVMModuleRef result = NULL;
  char *abs = realpath(src->path, NULL);
  bool esm = program->program.source_type == KC_SOURCE_MODULE;
  find_or_add(&g, abs ? abs : strdup(src->path), esm ? MOD_ESM : MOD_CJS);
  g.deps[0].src = (KcSource *)src;
  g.deps[0].prog = (Node *)program;
  /* scan until the static graph is complete, then lower the ES modules;
   * their import() calls may add more modules */
  for (bool more = true; more && g.ok;) {
    more = false;
    for (int i = 0; i < g.n && g.ok; i++)
      if (!g.deps[i].scanned) scan(&g, i, ctx, target, base_opts, &mods, &nmods);
    for (int i = 0; i < g.n && g.ok; i++)
      if (g.deps[i].kind == MOD_ESM && g.deps[i].scanned && !g.deps[i].lowered) {
        lower_esm(&g, i, ctx, target, base_opts, &mods, &nmods);
        more = true;
      }
    for (int i = 0; i < g.n; i++) more |= !g.deps[i].scanned;
  }
  if (deps_out)
    for (int i = 0; i < g.n; i++)
      if (g.deps[i].kind != MOD_BUILTIN) fprintf(deps_out, "%s\n", g.deps[i].file ? g.deps[i].file : g.deps[i].path);
  if (g.ok) {
    for (int i = 0; i < g.n; i++)
      if (g.deps[i].kind == MOD_ESM) namespace_table(&g, i);
    KcBundleModule *bm = calloc((unsigned)g.n + 1u, sizeof *bm);
    for (int i = 0; i < g.n; i++) {
      Dep *d = &g.deps[i];
      bm[i] = (KcBundleModule){.path = d->path,
                               .entry_name = d->kind == MOD_ESM || d->kind == MOD_CJS || d->kind == MOD_STDLIB ? d->entry : NULL,
                               .json = d->json_text,
                               .json_len = d->json_len,
                               .kind = d->kind,
                               .deps = d->req_to,
                               .ndeps = d->nreq,
                               .ns_sym = d->ns_sym,
                               .export_names = (const char *const *)d->enames,
                               .export_syms = (const char *const *)d->esyms,
                               .nexports = d->nexports,
                               .cell_names = (const char *const *)d->cells,
                               .cell_syms = (const char *const *)d->cell_syms,
                               .ncells = d->ncells};
    }
    result = kc_lower_bundle(ctx, target, bm, g.n, g.links, g.nlinks);
    free(bm);
    for (int i = 0; i < nmods; i++) {
      if (LLVMLinkModules2(result, mods[i])) {
        kc_diag_error_plain(diag, "linking the module of '%s' failed", g.deps[i].path);
        g.ok = false;
      }
    }
    nmods = 0;
    if (!g.ok) {
      LLVMDisposeModule(result);
      result = NULL;
    }
  }
  for (int i = 0; i < nmods; i++) LLVMDisposeModule(mods[i]);
  free(mods);
  free(g.links);
  if (libs_out) *libs_out = g.libs;
  /* the sources stay alive: diagnostics and the AST point into them; the
   * rest is small and lives until the driver exits */
  free(g.deps);
  return result;
}
