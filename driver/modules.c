/*
 * modules.c - the CommonJS module graph, followed at compile time.
 *
 * kiln_bundle lowers the entry, then every file it reaches through
 * require('literal'), each into its own LLVM module with a wrapper function
 * kiln_cjs_<i>, and links them with the table module of kc_lower_bundle into
 * one: the whole program is one compilation unit. Specifiers resolve with
 * node's algorithm (LOAD_AS_FILE: exact, .js, .json, .cjs; LOAD_AS_DIRECTORY:
 * package.json "main", index.js, index.json; LOAD_NODE_MODULES up the
 * directory tree). Names of the runtime's built-in modules ("util",
 * "node:util", ...) are left to the runtime; an unknown "node:" name and an
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

/* The built-in modules runtime/node/modules.c provides. */
static const char *const builtins[] = {"util", "timers", "process", "console"};

static bool is_builtin(const char *spec) {
  if (!strncmp(spec, "node:", 5)) spec += 5;
  for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
    if (!strcmp(spec, builtins[i])) return true;
  return false;
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

/* The absolute path [spec] names from the file [from] (absolute), or NULL. */
static char *resolve_spec(const char *from, const char *spec) {
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
      char *p = str_printf(nm, spec);
      free(nm);
      r = load_as(p);
      free(p);
      if (r || !strcmp(dir, "/") || !*dir) break;
      char *s = strrchr(dir, '/');
      if (s == dir) s[1] = 0;
      else *s = 0;
    }
  }
  free(dir);
  return r;
}

typedef struct Dep {
  char *path; /* absolute */
  KcSource *src;
  char entry[32];
  bool json;
  char *json_text;
  size_t json_len;
} Dep;

static int find_or_add(Dep **deps, int *n, int *cap, char *path) {
  for (int i = 0; i < *n; i++)
    if (!strcmp((*deps)[i].path, path)) {
      free(path);
      return i;
    }
  if (*n == *cap) *deps = realloc(*deps, sizeof **deps * (size_t)(*cap = *cap ? *cap * 2 : 8));
  Dep *d = &(*deps)[*n];
  memset(d, 0, sizeof *d);
  d->path = path;
  size_t len = strlen(path);
  d->json = len > 5 && !strcmp(path + len - 5, ".json");
  snprintf(d->entry, sizeof d->entry, "kiln_cjs_%d", *n);
  return (*n)++;
}

LLVMModuleRef kiln_bundle(LLVMContextRef ctx, const Node *program, const KcSource *src, KcArena *arena,
                          const KcTarget *target, const KcLowerOptions *base_opts, KcDiag *diag,
                          FILE *deps_out) {
  Dep *deps = NULL;
  int ndeps = 0, cap = 0;
  KcBundleLink *links = NULL;
  int nlinks = 0, lcap = 0;
  LLVMModuleRef *mods = NULL;
  int nmods = 0;
  LLVMModuleRef result = NULL;
  char *abs = realpath(src->path, NULL);
  find_or_add(&deps, &ndeps, &cap, abs ? abs : strdup(src->path));
  deps[0].json = false;
  bool ok = true;
  mods = calloc(1, sizeof *mods);
  for (int i = 0; i < ndeps && ok; i++) {
    Dep *d = &deps[i];
    if (deps_out) fprintf(deps_out, "%s\n", d->path);
    const KcSource *s = src;
    const Node *prog = program;
    if (i > 0) {
      if (d->json) {
        d->json_text = read_text(d->path, &d->json_len);
        if (!d->json_text) {
          kc_diag_error_plain(diag, "cannot read '%s'", d->path);
          ok = false;
        }
        continue;
      }
      d->src = kc_source_read(d->path, diag);
      if (!d->src) { ok = false; break; }
      s = d->src;
      prog = kc_parse(arena, s, KC_GOAL_COMMONJS, diag);
      if (!prog) { ok = false; break; }
    }
    const Node **reqs = NULL;
    int nreqs = 0;
    KcLowerOptions lo = *base_opts;
    lo.entry_name = d->entry;
    lo.requires_out = &reqs;
    lo.nrequires_out = &nreqs;
    LLVMModuleRef m = kc_lower_program(ctx, prog, s, target, &lo, diag);
    mods = realloc(mods, sizeof *mods * (size_t)(nmods + 1));
    if (m) mods[nmods++] = m;
    else ok = false;
    for (int k = 0; k < nreqs; k++) {
      const Node *call = reqs[k];
      const char *spec = call->call.arguments.items[0]->literal.string.ptr;
      if (is_builtin(spec)) continue;
      char *to = strncmp(spec, "node:", 5) ? resolve_spec(deps[i].path, spec) : NULL;
      if (!to) {
        kc_diag_error(diag, s, call->loc, "Cannot find module '%s'", spec);
        ok = false;
        continue;
      }
      int j = find_or_add(&deps, &ndeps, &cap, to);
      d = &deps[i];
      if (nlinks == lcap) links = realloc(links, sizeof *links * (size_t)(lcap = lcap ? lcap * 2 : 16));
      links[nlinks++] = (KcBundleLink){i, j, spec};
    }
    free(reqs);
  }
  if (ok) {
    KcBundleModule *bm = calloc((unsigned)ndeps + 1u, sizeof *bm);
    for (int i = 0; i < ndeps; i++)
      bm[i] = (KcBundleModule){deps[i].path, deps[i].json ? NULL : deps[i].entry, deps[i].json_text,
                               deps[i].json_len};
    result = kc_lower_bundle(ctx, target, bm, ndeps, links, nlinks);
    free(bm);
    for (int i = 0; i < nmods; i++) {
      if (LLVMLinkModules2(result, mods[i])) {
        kc_diag_error_plain(diag, "linking the module of '%s' failed", deps[i].path);
        ok = false;
      }
    }
    nmods = 0;
    if (!ok) {
      LLVMDisposeModule(result);
      result = NULL;
    }
  }
  for (int i = 0; i < nmods; i++) LLVMDisposeModule(mods[i]);
  free(mods);
  free(links);
  /* the sources stay alive: diagnostics and the AST point into them */
  for (int i = 0; i < ndeps; i++) {
    free(deps[i].json_text);
    free(deps[i].path);
  }
  free(deps);
  return result;
}
