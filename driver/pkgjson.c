/*
 * pkgjson.c - package.json "exports" and "imports" (node's PACKAGE_RESOLVE).
 *
 * A small JSON reader (objects keep their key order, which the conditions
 * of "exports" depend on) and node's PACKAGE_EXPORTS_RESOLVE /
 * PACKAGE_IMPORTS_RESOLVE: exact subpaths, subpath patterns with one "*",
 * condition objects tried in order against the active conditions ("node",
 * then "import" or "require", then "default"), arrays tried in order, null
 * targets excluding a subpath. Targets must start with "./"; a target that
 * does not name a file resolves to nothing.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "driver.h"

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JKind;

typedef struct J {
  JKind kind;
  char *str;      /* J_STR */
  int n;          /* J_ARR, J_OBJ */
  char **keys;    /* J_OBJ */
  struct J **vals;
} J;

typedef struct JP {
  const char *p;
  bool bad;
} JP;

static void ws(JP *jp) {
  while (*jp->p == ' ' || *jp->p == '\t' || *jp->p == '\n' || *jp->p == '\r') jp->p++;
}

static char *jstring(JP *jp) {
  if (*jp->p != '"') {
    jp->bad = true;
    return NULL;
  }
  jp->p++;
  size_t cap = 32, n = 0;
  char *s = malloc(cap);
  while (*jp->p && *jp->p != '"') {
    char c = *jp->p++;
    if (c == '\\') {
      c = *jp->p++;
      switch (c) {
      case 'n': c = '\n'; break;
      case 't': c = '\t'; break;
      case 'r': c = '\r'; break;
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'u': { /* BMP only, as UTF-8 */
        unsigned v = 0;
        for (int i = 0; i < 4 && *jp->p; i++) {
          char h = *jp->p++;
          v = v * 16 + (unsigned)(h >= 'a' ? h - 'a' + 10 : h >= 'A' ? h - 'A' + 10 : h - '0');
        }
        if (n + 4 >= cap) s = realloc(s, cap *= 2);
        if (v < 0x80) s[n++] = (char)v;
        else if (v < 0x800) s[n++] = (char)(0xC0 | (v >> 6)), s[n++] = (char)(0x80 | (v & 0x3F));
        else s[n++] = (char)(0xE0 | (v >> 12)), s[n++] = (char)(0x80 | ((v >> 6) & 0x3F)), s[n++] = (char)(0x80 | (v & 0x3F));
        continue;
      }
      default: break;
      }
    }
    if (n + 2 >= cap) s = realloc(s, cap *= 2);
    s[n++] = c;
  }
  if (*jp->p != '"') jp->bad = true;
  else jp->p++;
  s[n] = 0;
  return s;
}

static J *jvalue(JP *jp, int depth) {
  ws(jp);
  J *j = calloc(1, sizeof *j);
  if (depth > 64) {
    jp->bad = true;
    return j;
  }
  char c = *jp->p;
  if (c == '{' || c == '[') {
    j->kind = c == '{' ? J_OBJ : J_ARR;
    jp->p++;
    ws(jp);
    char close = c == '{' ? '}' : ']';
    while (!jp->bad && *jp->p && *jp->p != close) {
      char *key = NULL;
      if (j->kind == J_OBJ) {
        key = jstring(jp);
        ws(jp);
        if (*jp->p != ':') {
          jp->bad = true;
          free(key);
          break;
        }
        jp->p++;
      }
      J *v = jvalue(jp, depth + 1);
      j->keys = realloc(j->keys, sizeof *j->keys * (size_t)(j->n + 1));
      j->vals = realloc(j->vals, sizeof *j->vals * (size_t)(j->n + 1));
      j->keys[j->n] = key;
      j->vals[j->n++] = v;
      ws(jp);
      if (*jp->p == ',') {
        jp->p++;
        ws(jp);
      } else if (*jp->p != close) {
        jp->bad = true;
      }
    }
    if (*jp->p == close) jp->p++;
    else jp->bad = true;
  } else if (c == '"') {
    j->kind = J_STR;
    j->str = jstring(jp);
  } else if (!strncmp(jp->p, "null", 4)) {
    j->kind = J_NULL;
    jp->p += 4;
  } else if (!strncmp(jp->p, "true", 4) || !strncmp(jp->p, "false", 5)) {
    j->kind = J_BOOL;
    jp->p += *jp->p == 't' ? 4 : 5;
  } else if (c == '-' || (c >= '0' && c <= '9')) {
    j->kind = J_NUM;
    while (strchr("+-.eE0123456789", *jp->p) && *jp->p) jp->p++;
  } else {
    jp->bad = true;
  }
  return j;
}

static J *jget(const J *o, const char *key) {
  if (!o || o->kind != J_OBJ) return NULL;
  for (int i = 0; i < o->n; i++)
    if (o->keys[i] && !strcmp(o->keys[i], key)) return o->vals[i];
  return NULL;
}

/* Parsed [dir]/package.json, or NULL (absent or not JSON). Not freed: the
 * driver reads few of them and exits soon. */
static J *read_package_json(const char *dir) {
  char path[PATH_MAX + 16];
  snprintf(path, sizeof path, "%s/package.json", dir);
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
  JP jp = {buf, false};
  J *j = jvalue(&jp, 0);
  free(buf);
  return jp.bad || j->kind != J_OBJ ? NULL : j;
}

/* [dir]/package.json: -1 when there is none, 1 when its top-level "type" is
 * "module", else 0 (no "type", another one, or not a JSON object). */
int kiln_package_json_type(const char *dir) {
  char path[PATH_MAX + 16];
  snprintf(path, sizeof path, "%s/package.json", dir);
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  fclose(f);
  const J *type = jget(read_package_json(dir), "type");
  return type && type->kind == J_STR && !strcmp(type->str, "module");
}

static bool is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool condition_active(const char *cond, bool is_import) {
  return !strcmp(cond, "default") || !strcmp(cond, "node") || !strcmp(cond, is_import ? "import" : "require");
}

/* PACKAGE_TARGET_RESOLVE: the file [target] names (with "*" replaced by
 * [star] when set) in [dir], or NULL. */
static char *target_resolve(const char *dir, const J *target, const char *star, bool is_import) {
  if (!target) return NULL;
  if (target->kind == J_STR) {
    const char *t = target->str;
    if (strncmp(t, "./", 2)) return NULL; /* bare targets (imports to packages) are not followed */
    char rel[PATH_MAX];
    if (star) {
      const char *s = strchr(t, '*');
      if (s) snprintf(rel, sizeof rel, "%.*s%s%s", (int)(s - t), t, star, s + 1);
      else snprintf(rel, sizeof rel, "%s", t);
    } else {
      snprintf(rel, sizeof rel, "%s", t);
    }
    char full[PATH_MAX * 2];
    snprintf(full, sizeof full, "%s/%s", dir, rel + 2);
    return is_file(full) ? realpath(full, NULL) : NULL;
  }
  if (target->kind == J_ARR) {
    for (int i = 0; i < target->n; i++) {
      char *r = target_resolve(dir, target->vals[i], star, is_import);
      if (r) return r;
    }
    return NULL;
  }
  if (target->kind == J_OBJ) {
    for (int i = 0; i < target->n; i++)
      if (target->keys[i] && condition_active(target->keys[i], is_import)) {
        char *r = target_resolve(dir, target->vals[i], star, is_import);
        if (r) return r;
      }
  }
  return NULL;
}

/* PACKAGE_IMPORTS_EXPORTS_RESOLVE over the map [map] for [key] ("." or
 * "./sub" or "#name"). */
static char *map_resolve(const char *dir, const J *map, const char *key, bool is_import) {
  const J *exact = jget(map, key);
  if (exact && !strchr(key, '*')) return target_resolve(dir, exact, NULL, is_import);
  /* the longest pattern "prefix*suffix" that matches */
  const char *best = NULL;
  size_t best_len = 0;
  for (int i = 0; i < map->n; i++) {
    const char *k = map->keys[i], *s = k ? strchr(k, '*') : NULL;
    if (!s) continue;
    size_t pre = (size_t)(s - k), suf = strlen(s + 1), kl = strlen(key);
    if (kl < pre + suf || strncmp(key, k, pre) || strcmp(key + kl - suf, s + 1)) continue;
    if (!best || pre > best_len) best = k, best_len = pre;
  }
  if (!best) return NULL;
  const char *s = strchr(best, '*');
  size_t pre = (size_t)(s - best), suf = strlen(s + 1), kl = strlen(key);
  char *star = strndup(key + pre, kl - pre - suf);
  char *r = target_resolve(dir, jget(map, best), star, is_import);
  free(star);
  return r;
}

int kiln_package_exports_resolve(const char *pkg_dir, const char *subpath, bool is_import, char **out) {
  *out = NULL;
  J *pj = read_package_json(pkg_dir);
  J *exports = jget(pj, "exports");
  if (!exports || exports->kind == J_NULL) return 0;
  bool sugar = exports->kind != J_OBJ || exports->n == 0 || !exports->keys[0] || exports->keys[0][0] != '.';
  if (sugar) {
    if (strcmp(subpath, ".")) return 1;
    *out = target_resolve(pkg_dir, exports, NULL, is_import);
    return 1;
  }
  *out = map_resolve(pkg_dir, exports, subpath, is_import);
  return 1;
}

int kiln_package_imports_resolve(const char *from, const char *spec, bool is_import, char **out) {
  *out = NULL;
  char *dir = strdup(from);
  for (char *slash = strrchr(dir, '/'); slash; slash = strrchr(dir, '/')) {
    *slash = 0;
    J *pj = read_package_json(*dir ? dir : "/");
    if (!pj) continue;
    J *imports = jget(pj, "imports");
    if (imports && imports->kind == J_OBJ) *out = map_resolve(*dir ? dir : "/", imports, spec, is_import);
    free(dir);
    return 1;
  }
  free(dir);
  return 0;
}
