/* early.c — the early errors that need memory of what came before:
 * redeclarations (scopes), assignment and binding targets, labels, private
 * names, and module exports.
 *
 * Scopes are a stack of slots that are reused; each slot keeps its hash table
 * between uses and invalidates old entries by bumping a generation number,
 * so entering and leaving a block costs O(1) and a scope with 100,000
 * declarations costs O(100,000), never more. The rules for which names clash
 * are the spec's (and acorn's): var conflicts with a lexical name in any
 * scope up to its function; a lexical name conflicts with anything in its
 * own scope; function declarations act like var at the top of a function
 * (and of a script) and like let elsewhere.
 */
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

static void *grow(void *ptr, int *cap, int need, size_t elem) {
  if (need <= *cap) return ptr;
  int nc = *cap ? *cap * 2 : 16;
  while (nc < need) nc *= 2;
  void *np = realloc(ptr, (size_t)nc * elem);
  if (!np) abort();
  if (nc > *cap) memset((char *)np + (size_t)*cap * elem, 0, (size_t)(nc - *cap) * elem);
  *cap = nc;
  return np;
}

static uint32_t hash_str(const char *s, uint32_t n) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h | 1;
}

/* ---- scopes ---- */

void scope_enter(Parser *p, unsigned flags) {
  p->scopes = grow(p->scopes, &p->scopes_cap, p->nscopes + 1, sizeof(Scope));
  Scope *s = &p->scopes[p->nscopes++];
  s->flags = flags;
  s->gen++;
  s->count = 0;
  s->first_lexical = NULL;
}

void scope_exit(Parser *p) { p->nscopes--; }

Scope *scope_cur(Parser *p) { return &p->scopes[p->nscopes - 1]; }

Scope *scope_var(Parser *p) {
  for (int i = p->nscopes - 1; i >= 0; i--)
    if (p->scopes[i].flags & SCOPE_VAR) return &p->scopes[i];
  return &p->scopes[0];
}

Scope *scope_this(Parser *p) {
  for (int i = p->nscopes - 1; i >= 0; i--)
    if ((p->scopes[i].flags & SCOPE_VAR) && !(p->scopes[i].flags & SCOPE_ARROW))
      return &p->scopes[i];
  return &p->scopes[0];
}

bool in_function(Parser *p) { return (scope_var(p)->flags & SCOPE_FUNCTION) != 0; }

bool in_class_field_init(Parser *p) {
  return (scope_var(p)->flags & SCOPE_CLASS_FIELD_INIT) != 0;
}

bool in_generator(Parser *p) {
  Scope *s = scope_var(p);
  return (s->flags & SCOPE_GENERATOR) && !(s->flags & SCOPE_CLASS_FIELD_INIT);
}

bool in_async(Parser *p) {
  Scope *s = scope_var(p);
  return (s->flags & SCOPE_ASYNC) && !(s->flags & SCOPE_CLASS_FIELD_INIT);
}

bool can_await(Parser *p) {
  for (int i = p->nscopes - 1; i >= 0; i--) {
    unsigned f = p->scopes[i].flags;
    if (f & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) return false;
    if (f & SCOPE_FUNCTION) return (f & SCOPE_ASYNC) != 0;
  }
  return p->module; /* top-level await in modules */
}

void note_await(Parser *p) {
  for (int i = p->nscopes - 1; i >= 0; i--)
    if (p->scopes[i].flags & SCOPE_FUNCTION) return;
  if (p->module) p->tla = true;
}

bool allow_super(Parser *p) {
  Scope *s = scope_this(p);
  if ((s->flags & SCOPE_TOP) && (p->eval_flags & KC_PARSE_EVAL_SUPER)) return true; /* eval in a method */
  return (s->flags & (SCOPE_SUPER | SCOPE_CLASS_FIELD_INIT)) != 0;
}

bool allow_direct_super(Parser *p) { return (scope_this(p)->flags & SCOPE_DIRECT_SUPER) != 0; }

bool allow_new_target(Parser *p) {
  for (int i = p->nscopes - 1; i >= 0; i--) {
    unsigned f = p->scopes[i].flags;
    if (f & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT)) return true;
    if ((f & SCOPE_FUNCTION) && !(f & SCOPE_ARROW)) return true;
  }
  return (p->eval_flags & KC_PARSE_EVAL_NEW_TARGET) != 0; /* eval in a function */
}

bool in_class_static_block(Parser *p) {
  return (scope_var(p)->flags & SCOPE_CLASS_STATIC_BLOCK) != 0;
}

static bool functions_as_var_in(Parser *p, Scope *s) {
  return (s->flags & SCOPE_FUNCTION) || (!p->module && (s->flags & SCOPE_TOP));
}

bool treat_functions_as_var(Parser *p) { return functions_as_var_in(p, scope_cur(p)); }

static ScopeEntry *scope_find(Scope *s, const char *name, uint32_t len, uint32_t h) {
  if (!s->cap) return NULL;
  uint32_t mask = s->cap - 1;
  for (uint32_t i = h & mask;; i = (i + 1) & mask) {
    ScopeEntry *e = &s->table[i];
    if (e->gen != s->gen) return NULL;
    if (e->hash == h && e->len == len && memcmp(e->name, name, len) == 0) return e;
  }
}

static ScopeEntry *scope_add(Scope *s, const char *name, uint32_t len, uint32_t h) {
  ScopeEntry *e = scope_find(s, name, len, h);
  if (e) return e;
  if ((s->count + 1) * 2 > s->cap) {
    uint32_t oc = s->cap;
    ScopeEntry *old = s->table;
    uint32_t nc = oc ? oc * 2 : 8;
    s->table = calloc(nc, sizeof(ScopeEntry));
    if (!s->table) abort();
    s->cap = nc;
    /* gen 0 is never current (scope_enter bumps gen before use) */
    for (uint32_t i = 0; i < oc; i++)
      if (old[i].gen == s->gen) {
        uint32_t j = old[i].hash & (nc - 1);
        while (s->table[j].gen == s->gen) j = (j + 1) & (nc - 1);
        s->table[j] = old[i];
      }
    free(old);
  }
  uint32_t mask = s->cap - 1;
  uint32_t i = h & mask;
  while (s->table[i].gen == s->gen) i = (i + 1) & mask;
  e = &s->table[i];
  e->name = name;
  e->len = len;
  e->hash = h;
  e->gen = s->gen;
  e->bits = 0;
  s->count++;
  return e;
}

enum { B_VAR = 1, B_LEX = 2, B_FUNC = 4 };

void declare_name(Parser *p, KcStr name, BindKind kind, SourceLoc loc) {
  uint32_t h = hash_str(name.ptr, name.len);
  bool redeclared = false;
  Scope *s = scope_cur(p);
  if (kind == BIND_LEXICAL) {
    ScopeEntry *e = scope_find(s, name.ptr, name.len, h);
    redeclared = e && e->bits;
    scope_add(s, name.ptr, name.len, h)->bits |= B_LEX;
  } else if (kind == BIND_SIMPLE_CATCH) {
    scope_add(s, name.ptr, name.len, h)->bits |= B_LEX;
    s->first_lexical = name.ptr;
    s->first_lexical_len = name.len;
  } else if (kind == BIND_FUNCTION) {
    ScopeEntry *e = scope_find(s, name.ptr, name.len, h);
    if (e) {
      if (treat_functions_as_var(p)) redeclared = (e->bits & B_LEX) != 0;
      else redeclared = (e->bits & (B_LEX | B_VAR)) != 0;
    }
    scope_add(s, name.ptr, name.len, h)->bits |= B_FUNC;
  } else if (kind == BIND_VAR) {
    for (int i = p->nscopes - 1; i >= 0; i--) {
      Scope *sc = &p->scopes[i];
      ScopeEntry *e = scope_find(sc, name.ptr, name.len, h);
      if (e) {
        bool simple_catch_param = (sc->flags & SCOPE_SIMPLE_CATCH) && sc->first_lexical &&
                                  sc->first_lexical_len == name.len &&
                                  memcmp(sc->first_lexical, name.ptr, name.len) == 0;
        if (((e->bits & B_LEX) && !simple_catch_param) ||
            (!functions_as_var_in(p, sc) && (e->bits & B_FUNC))) {
          redeclared = true;
          break;
        }
      }
      scope_add(sc, name.ptr, name.len, h)->bits |= B_VAR;
      if (sc->flags & SCOPE_VAR) break;
    }
  }
  if (redeclared) p_error(p, loc, "identifier '%s' has already been declared", name.ptr);
}

bool scope_has_var_or_lexical_top(Parser *p, KcStr name) {
  Scope *s = &p->scopes[0];
  ScopeEntry *e = scope_find(s, name.ptr, name.len, hash_str(name.ptr, name.len));
  return e && e->bits;
}

/* ---- reserved words ---- */

void check_unreserved(Parser *p, KcStr name, KwKind kw, bool escaped, SourceLoc loc) {
  (void)escaped;
  if (kw == KW_NONE) return;
  if (in_generator(p) && kw == KW_YIELD)
    p_error(p, loc, "cannot use 'yield' as identifier inside a generator");
  if (in_async(p) && kw == KW_AWAIT)
    p_error(p, loc, "cannot use 'await' as identifier inside an async function");
  if (kw == KW_AWAIT && in_class_static_block(p))
    p_error(p, loc, "cannot use 'await' in a class static initialization block");
  if ((scope_this(p)->flags & (SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK)) &&
      kw == KW_ARGUMENTS)
    p_error(p, loc, "'arguments' is not allowed in class field initializer or static "
                    "initialization block");
  if (kw <= KW_LAST_RESERVED)
    p_error(p, loc, "unexpected keyword '%s'", name.ptr);
  if (kw == KW_AWAIT && p->module)
    p_error(p, loc, "cannot use keyword 'await' outside an async function");
  if (p->strict && kw <= KW_LAST_STRICT)
    p_error(p, loc, "'%s' is a reserved word in strict mode", name.ptr);
}

/* ---- assignment and binding targets ---- */

void check_lval_simple(Parser *p, Node *expr, BindKind kind, bool *unused) {
  (void)unused;
  bool is_bind = kind != BIND_NONE;
  switch (expr->kind) {
  case NODE_Identifier: {
    KcStr n = expr->ident.name;
    if (p->strict && (p_str_eq(n, "eval") || p_str_eq(n, "arguments") ||
                      (is_bind && (p_str_eq(n, "implements") || p_str_eq(n, "interface") ||
                                   p_str_eq(n, "let") || p_str_eq(n, "package") ||
                                   p_str_eq(n, "private") || p_str_eq(n, "protected") ||
                                   p_str_eq(n, "public") || p_str_eq(n, "static") ||
                                   p_str_eq(n, "yield")))))
      p_error(p, expr->loc, "%s '%s' in strict mode", is_bind ? "binding" : "assigning to",
              n.ptr);
    if (is_bind) {
      if (kind == BIND_LEXICAL && p_str_eq(n, "let"))
        p_error(p, expr->loc, "let is disallowed as a lexically bound name");
      if (kind != BIND_OUTSIDE) declare_name(p, n, kind, expr->loc);
    }
    return;
  }
  case NODE_ChainExpression:
    p_error(p, expr->loc, "optional chaining cannot appear in left-hand side");
  case NODE_MemberExpression:
    if (is_bind) p_error(p, expr->loc, "binding member expression");
    return;
  case NODE_ParenthesizedExpression:
    if (is_bind) p_error(p, expr->loc, "binding parenthesized expression");
    check_lval_simple(p, expr->chain.expression, kind, NULL);
    return;
  default:
    p_error(p, expr->loc, "invalid %s target", is_bind ? "binding" : "assignment");
  }
}

void check_lval_pattern(Parser *p, Node *expr, BindKind kind) {
  switch (expr->kind) {
  case NODE_ObjectPattern:
    for (int i = 0; i < expr->object.properties.count; i++)
      check_lval_inner(p, expr->object.properties.items[i], kind);
    return;
  case NODE_ArrayPattern:
    for (int i = 0; i < expr->array.elements.count; i++)
      if (expr->array.elements.items[i]) check_lval_inner(p, expr->array.elements.items[i], kind);
    return;
  default:
    check_lval_simple(p, expr, kind, NULL);
  }
}

void check_lval_inner(Parser *p, Node *expr, BindKind kind) {
  switch (expr->kind) {
  case NODE_Property:
    check_lval_inner(p, expr->property.value, kind);
    return;
  case NODE_AssignmentPattern:
    check_lval_pattern(p, expr->assign_pattern.left, kind);
    return;
  case NODE_RestElement:
    check_lval_pattern(p, expr->argument.argument, kind);
    return;
  default:
    check_lval_pattern(p, expr, kind);
  }
}

/* Collects the bound identifiers of a parameter pattern. */
static void collect_bound(Parser *p, Node *n, int mark) {
  (void)mark;
  if (!n) return;
  switch (n->kind) {
  case NODE_Identifier: p_push(p, n); return;
  case NODE_ObjectPattern:
    for (int i = 0; i < n->object.properties.count; i++) {
      Node *q = n->object.properties.items[i];
      collect_bound(p, q->kind == NODE_Property ? q->property.value : q, mark);
    }
    return;
  case NODE_ArrayPattern:
    for (int i = 0; i < n->array.elements.count; i++) collect_bound(p, n->array.elements.items[i], mark);
    return;
  case NODE_AssignmentPattern: collect_bound(p, n->assign_pattern.left, mark); return;
  case NODE_RestElement: collect_bound(p, n->argument.argument, mark); return;
  default: return;
  }
}

void check_params(Parser *p, Node *fn, bool allow_duplicates) {
  int mark = p->sp;
  for (int i = 0; i < fn->function.params.count; i++) collect_bound(p, fn->function.params.items[i], mark);
  int n = p->sp - mark;
  for (int i = 0; i < n; i++) {
    Node *id = p->stack[mark + i];
    check_lval_simple(p, id, BIND_OUTSIDE, NULL);
    if (!allow_duplicates) {
      for (int j = 0; j < i && n < 64; j++) /* small lists: direct compare */
        if (p->stack[mark + j]->ident.name.len == id->ident.name.len &&
            memcmp(p->stack[mark + j]->ident.name.ptr, id->ident.name.ptr, id->ident.name.len) == 0)
          p_error(p, id->loc, "argument name clash");
    }
  }
  if (!allow_duplicates && n >= 64) {
    /* many parameters: use a temporary scope as a set */
    scope_enter(p, 0);
    Scope *s = scope_cur(p);
    for (int i = 0; i < n; i++) {
      Node *id = p->stack[mark + i];
      uint32_t h = hash_str(id->ident.name.ptr, id->ident.name.len);
      if (scope_find(s, id->ident.name.ptr, id->ident.name.len, h)) p_error(p, id->loc, "argument name clash");
      scope_add(s, id->ident.name.ptr, id->ident.name.len, h)->bits = B_VAR;
    }
    scope_exit(p);
  }
  for (int i = 0; i < n; i++) {
    Node *id = p->stack[mark + i];
    declare_name(p, id->ident.name, BIND_VAR, id->loc);
  }
  p->sp = mark;
}

/* ---- labels ---- */

void label_push(Parser *p, KcStr name, LabelKind kind, uint32_t stmt_start, SourceLoc loc) {
  if (name.ptr)
    for (int i = p->label_base; i < p->nlabels; i++)
      if (p->labels[i].name.ptr && p->labels[i].name.len == name.len &&
          memcmp(p->labels[i].name.ptr, name.ptr, name.len) == 0)
        p_error(p, loc, "label '%s' is already declared", name.ptr);
  p->labels = grow(p->labels, &p->labels_cap, p->nlabels + 1, sizeof(Label));
  p->labels[p->nlabels].name = name;
  p->labels[p->nlabels].kind = kind;
  p->labels[p->nlabels].stmt_start = stmt_start;
  p->nlabels++;
}

void label_pop(Parser *p) { p->nlabels--; }

/* ---- private names ---- */

void private_enter(Parser *p) {
  p->priv_scopes = grow(p->priv_scopes, &p->priv_scopes_cap, p->npriv_scopes + 1, sizeof(PrivateScope));
  PrivateScope *s = &p->priv_scopes[p->npriv_scopes++];
  s->decl_base = p->npriv_decls;
  s->used_base = p->npriv_used;
}

void private_declare(Parser *p, KcStr name, SourceLoc loc, int kind) {
  PrivateScope *s = &p->priv_scopes[p->npriv_scopes - 1];
  for (int i = s->decl_base; i < p->npriv_decls; i++) {
    PrivateName *d = &p->priv_decls[i];
    if (d->name.len == name.len && memcmp(d->name.ptr, name.ptr, name.len) == 0) {
      /* a getter and a setter (both static or both not) may share a name */
      int a = d->kind, b = kind;
      bool ok = ((a & 6) == 2 && (b & 6) == 4) || ((a & 6) == 4 && (b & 6) == 2);
      if (ok && (a & 8) == (b & 8)) {
        d->kind |= kind;
        return;
      }
      p_error(p, loc, "identifier '#%s' has already been declared", name.ptr);
    }
  }
  p->priv_decls = grow(p->priv_decls, &p->priv_decls_cap, p->npriv_decls + 1, sizeof(PrivateName));
  PrivateName *d = &p->priv_decls[p->npriv_decls++];
  d->name = name;
  d->loc = loc;
  d->kind = (uint8_t)kind;
}

void private_use(Parser *p, KcStr name, SourceLoc loc) {
  if (p->npriv_scopes == 0)
    p_error(p, loc, "private field '#%s' must be declared in an enclosing class", name.ptr);
  p->priv_used = grow(p->priv_used, &p->priv_used_cap, p->npriv_used + 1, sizeof(PrivateName));
  PrivateName *u = &p->priv_used[p->npriv_used++];
  u->name = name;
  u->loc = loc;
}

void private_exit(Parser *p) {
  PrivateScope *s = &p->priv_scopes[p->npriv_scopes - 1];
  int keep = s->used_base;
  /* Resolve uses against this class's declarations; unresolved ones move to
   * the enclosing class, or are errors at the outermost class. */
  if (p->npriv_decls - s->decl_base > 32) {
    /* many names: hash them */
    scope_enter(p, 0);
    Scope *sc = scope_cur(p);
    for (int i = s->decl_base; i < p->npriv_decls; i++) {
      PrivateName *d = &p->priv_decls[i];
      scope_add(sc, d->name.ptr, d->name.len, hash_str(d->name.ptr, d->name.len))->bits = 1;
    }
    for (int i = s->used_base; i < p->npriv_used; i++) {
      PrivateName *u = &p->priv_used[i];
      if (!scope_find(sc, u->name.ptr, u->name.len, hash_str(u->name.ptr, u->name.len)))
        p->priv_used[keep++] = *u;
    }
    scope_exit(p);
  } else {
    for (int i = s->used_base; i < p->npriv_used; i++) {
      PrivateName *u = &p->priv_used[i];
      bool found = false;
      for (int j = s->decl_base; j < p->npriv_decls && !found; j++)
        found = p->priv_decls[j].name.len == u->name.len &&
                memcmp(p->priv_decls[j].name.ptr, u->name.ptr, u->name.len) == 0;
      if (!found) p->priv_used[keep++] = *u;
    }
  }
  p->npriv_used = keep;
  p->npriv_decls = s->decl_base;
  p->npriv_scopes--;
  if (p->npriv_scopes == 0 && p->npriv_used > 0) {
    PrivateName *u = &p->priv_used[0];
    p_error(p, u->loc, "private field '#%s' must be declared in an enclosing class", u->name.ptr);
  }
}

/* ---- exports ---- */

void export_name(Parser *p, KcStr name, SourceLoc loc) {
  for (int i = 0; i < p->nexports; i++)
    if (p->exports[i].name.len == name.len && memcmp(p->exports[i].name.ptr, name.ptr, name.len) == 0)
      p_error(p, loc, "duplicate export '%s'", name.ptr);
  p->exports = grow(p->exports, &p->exports_cap, p->nexports + 1, sizeof(PrivateName));
  p->exports[p->nexports].name = name;
  p->exports[p->nexports].loc = loc;
  p->nexports++;
}

void export_local(Parser *p, KcStr name, SourceLoc loc) {
  p->export_locals = grow(p->export_locals, &p->export_locals_cap, p->nexport_locals + 1,
                          sizeof(PrivateName));
  p->export_locals[p->nexport_locals].name = name;
  p->export_locals[p->nexport_locals].loc = loc;
  p->nexport_locals++;
}

void export_check_locals(Parser *p) {
  for (int i = 0; i < p->nexport_locals; i++)
    if (!scope_has_var_or_lexical_top(p, p->export_locals[i].name))
      p_error(p, p->export_locals[i].loc, "export '%s' is not defined",
              p->export_locals[i].name.ptr);
}
