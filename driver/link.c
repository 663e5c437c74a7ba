/*
 * link.c - finding a target's runtime and linking the executable.
 *
 * The runtime library of a target is found relative to this executable,
 * never through an absolute path baked in at build time:
 *
 *   $KILN_RUNTIME_DIR/<target>/libkiln_rt.a     explicit override
 *   <bindir>/../lib/kiln/<target>/libkiln_rt.a  an installed kiln
 *   <builddir>/../../<target>/runtime/          the build tree (build/<target>/driver/kiln)
 *
 * The JavaScript stdlib (stdlib/, read at compile time by modules.c) is found
 * the same way: $KILN_STDLIB_DIR, <bindir>/../lib/kiln/stdlib once installed,
 * <builddir>/../stdlib in the build tree (meson copies it there).
 *
 * The link itself is the target's gcc driver with an argument vector:
 * static by default so the result runs on a bare board, --dynamic for the
 * system's shared libraries.
 *
 * A program pays only for the node modules it uses: the natives of crypto
 * and zlib live in libkiln_crypto.a and libkiln_zlib.a beside
 * libkiln_rt.a, and are linked, with libcrypto or libz, only when the
 * module graph needs them (KILN_LIB_*). The runtime names their entry
 * points weakly (runtime/node/natives.c); `-u` pulls them in. The natives
 * that need no library (child_process, dns) are members of libkiln_rt.a that
 * only their `-u` pulls in.
 *
 * So does a program that can reach eval: libkiln_eval.a (the compiler and
 * LLVM's ORC JIT), then LLVM's static libraries. For this machine their
 * directory and list are compiled in (KILN_LLVM_*). A cross target's JIT is
 * built in the cross tree against LLVM for that target, unpacked into a
 * private prefix by scripts/ensure-built (Debian's llvm-19-dev:arm64 cannot be
 * installed beside the amd64 tools); kiln_eval.link beside its
 * libkiln_eval.a holds the -L and -l arguments for that prefix's archives,
 * which are linked statically even under --dynamic.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "driver.h"

char *kiln_self_dir(void) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return strdup(".");
  buf[n] = '\0';
  char *slash = strrchr(buf, '/');
  if (slash) *slash = '\0';
  return strdup(buf);
}

static bool file_exists(const char *path) { return access(path, R_OK) == 0; }

static char *join(const char *a, const char *b, const char *c) {
  size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
  char *s = malloc(n);
  snprintf(s, n, "%s%s%s", a, b, c);
  return s;
}

char *kiln_runtime_dir(const char *target_name) {
  char *self = kiln_self_dir();
  char *candidates[3] = {0};
  const char *env = getenv("KILN_RUNTIME_DIR");
  char *sub = join("/", target_name, "");
  if (env && *env) candidates[0] = join(env, sub, "");
  candidates[1] = join(self, "/../lib/kiln", sub);
  char *up = join(self, "/../..", sub);
  candidates[2] = join(up, "/runtime", "");
  free(up);
  free(sub);
  free(self);

  char *found = NULL;
  for (int i = 0; i < 3 && !found; i++) {
    if (!candidates[i]) continue;
    char *lib = join(candidates[i], "/libkiln_rt.a", "");
    if (file_exists(lib)) {
      found = realpath(candidates[i], NULL);
      if (!found) found = strdup(candidates[i]);
    }
    free(lib);
  }
  if (!found) {
    fprintf(stderr, "kiln: error: no runtime library for target '%s'; looked in:\n", target_name);
    for (int i = 0; i < 3; i++)
      if (candidates[i]) fprintf(stderr, "  %s/libkiln_rt.a\n", candidates[i]);
    if (strcmp(target_name, "x86_64-linux-gnu") != 0)
      fprintf(stderr, "(build it with ./kiln, which configures build/%s)\n", target_name);
  }
  for (int i = 0; i < 3; i++) free(candidates[i]);
  return found;
}

char *kiln_stdlib_dir(void) {
  static char *found;
  static bool looked;
  if (looked) return found;
  looked = true;
  char *self = kiln_self_dir();
  const char *env = getenv("KILN_STDLIB_DIR");
  char *candidates[3] = {env && *env ? join(env, "", "") : NULL, join(self, "/../lib/kiln/stdlib", ""),
                         join(self, "/../stdlib", "")};
  for (int i = 0; i < 3 && !found; i++) {
    if (!candidates[i]) continue;
    char *probe = join(candidates[i], "/node", "");
    if (access(probe, X_OK) == 0) found = realpath(candidates[i], NULL);
    free(probe);
  }
  for (int i = 0; i < 3; i++) free(candidates[i]);
  free(self);
  return found;
}

/* The libraries the runtime needs, in link order. libuv's static archive is
 * called libuv_a.a on Debian. */
static const char *const static_libs[] = {"-lgc", "-l:libuv_a.a", "-lgmp", "-lutf8proc", "-lm", "-lpthread", "-ldl", NULL};
static const char *const shared_libs[] = {"-lgc", "-luv", "-lgmp", "-lutf8proc", "-lm", "-lpthread", "-ldl", NULL};

/* The eval JIT: libkiln_eval.a beside libkiln_rt.a once installed, in the
 * build tree's compiler/ directory otherwise. NULL when there is none. */
static char *eval_lib_path(const char *rtdir) {
  char *p = join(rtdir, "/libkiln_eval.a", "");
  if (file_exists(p)) return p;
  free(p);
  p = join(rtdir, "/../compiler/libkiln_eval.a", "");
  if (file_exists(p)) return p;
  free(p);
  return NULL;
}

/* The linker arguments for LLVM that a cross target's libkiln_eval.a needs:
 * the first line of kiln_eval.link in its directory, or NULL. */
static char *eval_link_recipe(const char *evallib) {
  char *dir = strdup(evallib);
  char *slash = strrchr(dir, '/');
  if (slash) *slash = '\0';
  char *path = join(dir, "/kiln_eval.link", "");
  free(dir);
  FILE *f = fopen(path, "r");
  free(path);
  if (!f) return NULL;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len = getline(&line, &cap, f);
  fclose(f);
  if (len <= 0) {
    free(line);
    return NULL;
  }
  line[strcspn(line, "\n")] = '\0';
  return line;
}

/* Appends the words of the space-separated [list] to argv. */
static void push_words(const char **argv, int *n, int max, char *list) {
  for (char *w = strtok(list, " "); w && *n < max; w = strtok(NULL, " ")) argv[(*n)++] = w;
}

/* One optional library: its archive, the symbol that pulls it in, the
 * system library it needs. */
static const struct {
  unsigned bit;
  const char *archive, *undef, *syslib;
} optional_libs[] = {
    {KILN_LIB_CRYPTO, "/libkiln_crypto.a", "-Wl,-u,kiln_native_crypto", "-lcrypto"},
    {KILN_LIB_ZLIB, "/libkiln_zlib.a", "-Wl,-u,kiln_native_zlib", "-lz"},
    /* a member of libkiln_rt.a: only the -u, no archive or library */
    {KILN_LIB_CHILD_PROCESS, NULL, "-Wl,-u,kiln_native_child_process", NULL},
    {KILN_LIB_DNS, NULL, "-Wl,-u,kiln_native_dns", NULL},
};
#define NOPTIONAL (sizeof optional_libs / sizeof optional_libs[0])

int kiln_link(const char *object_path, const char *output, const char *target_name,
              const KilnOptions *opts, bool with_eval, unsigned libs) {
  char *rtdir = kiln_runtime_dir(target_name);
  if (!rtdir) return 1;

  bool native = strcmp(target_name, "x86_64-linux-gnu") == 0;
#if defined(__aarch64__)
  native = strcmp(target_name, "aarch64-linux-gnu") == 0;
#endif
  const char *linker = native ? "cc" : NULL;
  char *cross_linker = NULL, *multiarch_dir = NULL;
  if (!native) {
    cross_linker = join(target_name, "-gcc", "");
    linker = cross_linker;
    multiarch_dir = join("-L/usr/lib/", target_name, "");
  }

  char *rtlib = join(rtdir, "/libkiln_rt.a", "");
  char *evallib = NULL, *llvm_libs = NULL;
  if (with_eval) {
    evallib = eval_lib_path(rtdir);
    if (!evallib && !native) {
      fprintf(stderr,
              "kiln: error: this program uses eval or the Function constructor, and the eval JIT for '%s' "
              "is not built: it needs LLVM 19 for arm64, which ./kiln unpacks into ~/.cache/kiln/llvm-19-arm64 "
              "(or $KILN_ARM64_LLVM) and then builds it into build/%s (docs/usage.md); no libkiln_eval.a in %s\n",
              target_name, target_name, rtdir);
    } else if (!evallib) {
      fprintf(stderr, "kiln: error: this program uses eval or the Function constructor, and "
                      "libkiln_eval.a is missing from %s\n", rtdir);
    } else if (native) {
      llvm_libs = strdup(KILN_LLVM_STATIC_LIBS);
    } else if (!(llvm_libs = eval_link_recipe(evallib))) {
      fprintf(stderr, "kiln: error: this program uses eval or the Function constructor, and the eval JIT "
                      "for '%s' (%s) has no kiln_eval.link beside it\n", target_name, evallib);
      free(evallib);
      evallib = NULL;
    }
    if (!evallib) {
      free(rtlib);
      free(rtdir);
      free(cross_linker);
      free(multiarch_dir);
      return 1;
    }
  }
  const char *argv[160];
  int n = 0;
  argv[n++] = linker;
  if (!opts->dynamic) argv[n++] = "-static";
  argv[n++] = "-o";
  argv[n++] = output;
  argv[n++] = object_path;
  if (evallib) {
    /* the JIT, the compiler inside it, then LLVM and the C++ runtime */
    argv[n++] = "-Wl,-u,kiln_eval_link";
    argv[n++] = evallib;
  }
  char *optlibs[NOPTIONAL] = {0};
  for (size_t i = 0; i < NOPTIONAL; i++) {
    if (!(libs & optional_libs[i].bit)) continue;
    argv[n++] = optional_libs[i].undef;
    if (!optional_libs[i].archive) continue;
    optlibs[i] = join(rtdir, optional_libs[i].archive, "");
    argv[n++] = optlibs[i];
  }
  argv[n++] = rtlib;
  if (evallib) {
    if (!native) {
      push_words(argv, &n, 120, llvm_libs); /* -L<prefix>/usr/lib/llvm-19/lib -lLLVM... */
    } else if (opts->dynamic) {
      argv[n++] = "-L" KILN_LLVM_LIBDIR;
      argv[n++] = "-Wl,-rpath," KILN_LLVM_LIBDIR;
      argv[n++] = "-lLLVM-19";
    } else {
      argv[n++] = "-L" KILN_LLVM_LIBDIR;
      push_words(argv, &n, 120, llvm_libs);
    }
    argv[n++] = opts->dynamic ? "-lutf8proc" : "-l:libutf8proc.a";
    argv[n++] = "-lstdc++";
    argv[n++] = "-lzstd";
    argv[n++] = "-lz";
  }
  if (multiarch_dir) argv[n++] = multiarch_dir;
  for (size_t i = 0; i < NOPTIONAL; i++)
    if (optlibs[i] && optional_libs[i].syslib && !(evallib && optional_libs[i].bit == KILN_LIB_ZLIB)) argv[n++] = optional_libs[i].syslib;
  for (const char *const *l = opts->dynamic ? shared_libs : static_libs; *l; l++) argv[n++] = *l;
  argv[n] = NULL;

  /* Static glibc warns about getaddrinfo and friends on every link; show the
   * linker's stderr only when it fails (or under -v). */
  int rc = kiln_spawn((char *const *)argv, opts->verbose, true);
  if (rc != 0) {
    if (rc > 0) fprintf(stderr, "kiln: error: linking failed (%s exited with %d)\n", linker, rc);
    if (!native && rc < 0)
      fprintf(stderr, "kiln: install the cross linker: apt-get install gcc-%s\n", target_name);
  }
  free(rtlib);
  for (size_t i = 0; i < NOPTIONAL; i++) free(optlibs[i]);
  free(evallib);
  free(llvm_libs);
  free(rtdir);
  free(cross_linker);
  free(multiarch_dir);
  return rc == 0 ? 0 : 1;
}
