/* scope.c — the data structures of resolve: pointer-keyed side tables,
 * scopes and their bindings.
 *
 * Side tables are open-addressing hash maps from AST node addresses to
 * resolve's records, so the AST stays exactly as the parser made it. Scopes
 * hold their bindings in declaration order; lookups are linear because real
 * scopes are small.
 */
#include <stdlib.h>
#include <string.h>

#include "lower_internal.h"

static size_t ptr_hash(const void *p) {
  uintptr_t x = (uintptr_t)p;
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return (size_t)x;
}

static void ptrmap_grow(PtrMap *m) {
  size_t ncap = m->cap ? m->cap * 2 : 64;
  const void **nk = calloc(ncap, sizeof *nk);
  void **nv = calloc(ncap, sizeof *nv);
  if (!nk || !nv) abort();
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    size_t j = ptr_hash(m->keys[i]) & (ncap - 1);
    while (nk[j]) j = (j + 1) & (ncap - 1);
    nk[j] = m->keys[i];
    nv[j] = m->vals[i];
  }
  free(m->keys);
  free(m->vals);
  m->keys = nk;
  m->vals = nv;
  m->cap = ncap;
}

void kc_ptrmap_put(PtrMap *m, const void *key, void *val) {
  if ((m->count + 1) * 2 > m->cap) ptrmap_grow(m);
  size_t j = ptr_hash(key) & (m->cap - 1);
  while (m->keys[j] && m->keys[j] != key) j = (j + 1) & (m->cap - 1);
  if (!m->keys[j]) m->count++;
  m->keys[j] = key;
  m->vals[j] = val;
}

void *kc_ptrmap_get(const PtrMap *m, const void *key) {
  if (!m->cap) return NULL;
  size_t j = ptr_hash(key) & (m->cap - 1);
  while (m->keys[j]) {
    if (m->keys[j] == key) return m->vals[j];
    j = (j + 1) & (m->cap - 1);
  }
  return NULL;
}

void kc_ptrmap_free(PtrMap *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

bool kc_str_eq(KcStr s, const char *lit) {
  size_t n = strlen(lit);
  return s.len == n && s.ptr && !memcmp(s.ptr, lit, n);
}

Scope *kc_scope_new(Resolved *r, ScopeKind kind, Scope *parent, FuncInfo *func) {
  Scope *s = kc_arena_alloc(r->arena, sizeof *s);
  s->kind = kind;
  s->parent = parent;
  s->func = func;
  if (r->nscopes == r->scopes_cap) {
    r->scopes_cap = r->scopes_cap ? r->scopes_cap * 2 : 64;
    r->all_scopes = realloc(r->all_scopes, sizeof *r->all_scopes * (size_t)r->scopes_cap);
    if (!r->all_scopes) abort();
  }
  r->all_scopes[r->nscopes++] = s;
  return s;
}

Binding *kc_scope_find_local(Scope *s, const char *name, uint32_t len) {
  for (int i = 0; i < s->nbind; i++) {
    Binding *b = s->bindings[i];
    if (b->name.len == len && !memcmp(b->name.ptr, name, len)) return b;
  }
  return NULL;
}

/* Declares [name] in [s]. A redeclaration (var after var, var after a
 * function, a parameter redeclared by var) returns the existing binding; the
 * parser has already rejected the illegal combinations. */
Binding *kc_scope_declare(Resolved *r, Scope *s, KcStr name, BindKind kind, const Node *decl) {
  Binding *old = kc_scope_find_local(s, name.ptr, name.len);
  if (old) {
    if (kind == BIND_FUNC && old->kind != BIND_PARAM) {
      old->kind = BIND_FUNC;
      old->decl = decl;
    }
    return old;
  }
  Binding *b = kc_arena_alloc(r->arena, sizeof *b);
  b->name = name;
  b->kind = kind;
  b->scope = s;
  b->decl = decl;
  b->param_index = -1;
  b->tdz_end = decl ? decl->loc.offset + decl->loc.length : 0;
  if (s->nbind == s->cap) {
    int ncap = s->cap ? s->cap * 2 : 8;
    Binding **nb = kc_arena_alloc(r->arena, sizeof *nb * (size_t)ncap);
    if (s->nbind) memcpy(nb, s->bindings, sizeof *nb * (size_t)s->nbind);
    s->bindings = nb;
    s->cap = ncap;
  }
  s->bindings[s->nbind++] = b;
  return b;
}
