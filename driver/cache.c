/*
 * cache.c - where `kiln run` keeps the executables it compiled.
 *
 * The key covers everything that changes the output: the source bytes, the
 * options that reach code generation, and the identity (size, mtime) of the
 * kiln executable and of the host runtime library, so rebuilding kiln
 * invalidates old entries. Entries live in $XDG_CACHE_HOME/kiln (default
 * ~/.cache/kiln); a missing or unwritable cache just means compiling anew.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "driver.h"

typedef struct { uint64_t a, b; } Hash128;

static void hash_bytes(Hash128 *h, const void *data, size_t len) {
  const unsigned char *p = data;
  for (size_t i = 0; i < len; i++) {
    h->a = (h->a ^ p[i]) * 0x100000001b3ULL;          /* FNV-1a */
    h->b = (h->b ^ p[i]) * 0x9E3779B97F4A7C15ULL + 1; /* a second, independent mix */
  }
}

static void hash_str(Hash128 *h, const char *s) { hash_bytes(h, s ? s : "", s ? strlen(s) + 1 : 1); }

static void hash_file_identity(Hash128 *h, const char *path) {
  struct stat st;
  if (path && stat(path, &st) == 0) {
    hash_bytes(h, &st.st_size, sizeof st.st_size);
    hash_bytes(h, &st.st_mtim, sizeof st.st_mtim);
  }
}

static bool make_dirs(char *path) {
  for (char *p = path + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    bool ok = mkdir(path, 0755) == 0 || errno == EEXIST;
    *p = '/';
    if (!ok) return false;
  }
  return mkdir(path, 0755) == 0 || errno == EEXIST;
}

char *kiln_cache_path(const KilnOptions *opts, const char *source, size_t len) {
  char dir[4096];
  const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
  if (xdg && *xdg) snprintf(dir, sizeof dir, "%s/kiln", xdg);
  else if (home && *home) snprintf(dir, sizeof dir, "%s/.cache/kiln", home);
  else return NULL;
  if (!make_dirs(dir)) return NULL;

  Hash128 h = {0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL};
  hash_bytes(&h, source, len);
  hash_str(&h, opts->input);
  hash_str(&h, opts->target);
  int knobs[] = {opts->opt_level, opts->debug_info, opts->dynamic, (int)opts->goal};
  hash_bytes(&h, knobs, sizeof knobs);
  hash_file_identity(&h, "/proc/self/exe");
  char *rt = kiln_runtime_dir(opts->target ? opts->target : "x86_64-linux-gnu");
  if (rt) {
    char lib[4200];
    snprintf(lib, sizeof lib, "%s/libkiln_rt.a", rt);
    hash_file_identity(&h, lib);
    free(rt);
  }

  char *path = malloc(strlen(dir) + 64);
  sprintf(path, "%s/%016llx%016llx", dir, (unsigned long long)h.a, (unsigned long long)h.b);
  return path;
}
