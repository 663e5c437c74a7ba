/* resolve.c — scopes, hoisting, TDZ and closure capture.
 *
 * One walk over the AST. Entering a scope first declares everything the
 * scope declares (var and function declarations hoist to the function scope,
 * let/const/class and block-level functions to their block), so references
 * inside it resolve no matter where they sit. Each identifier reference
 * becomes a Ref: its Binding, or NULL for a global-object lookup.
 *
 * After the walk:
 *   - capture: a binding referenced from a function other than its own lives
 *     in a JSEnv slot. The callee of a direct call (a function declaration
 *     that is never reassigned) is not a capture by itself: the call goes to
 *     the LLVM function, not through the closure. That holds only while the
 *     called function needs no environment, so this is a small fixpoint.
 *   - TDZ: a reference to a let/const/class binding is checked when it may
 *     run before the initialisation: from another function, textually before
 *     the end of the declaration, or inside a switch (cases can skip lexical
 *     initialisers). Only bindings with a checked reference start as JS_EMPTY.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower_internal.h"

#include "kiln/eval.h"

typedef struct R {
  Resolved *r;
  const KcSource *src;
  KcDiag *diag;
  Scope *scope;
  FuncInfo *fn;
  Scope *skip; /* instance field initialisers: the constructor's own scope is invisible */
  FuncInfo *field_ctor; /* ... and the constructor they are lowered into */
  bool not_eval_use; /* the next `Function` reference cannot reach the constructor */
  int try_depth;     /* try blocks (with a catch) around the current node, in this function */
} R;

static void visit_stmt(R *R, const Node *n);
static void visit_expr(R *R, const Node *n);
static void visit_function(R *R, const Node *n);
static void visit_class(R *R, const Node *n);
static void ref_this(R *R, const Node *n);

/* super.x needs the home object of the nearest non-arrow function; arrows
 * in between copy it from their creator (see kc_lower_closure). */
static void mark_super(R *R) {
  for (FuncInfo *f = R->fn; f; f = f->parent) {
    f->uses_super = true;
    if (!f->is_arrow) break;
  }
}

static void push_list(void ***items, int *count, int *cap, void *x) {
  if (*count == *cap) {
    *cap = *cap ? *cap * 2 : 64;
    *items = realloc(*items, sizeof(void *) * (size_t)*cap);
    if (!*items) abort();
  }
  (*items)[(*count)++] = x;
}

/* ---- declarations ------------------------------------------------------ */

static void declare_pattern(R *R, Scope *s, const Node *p, BindKind kind, uint32_t end) {
  if (!p) return;
  switch (p->kind) {
  case NODE_Identifier: {
    Binding *b = kc_scope_declare(R->r, s, p->ident.name, kind, p);
    if (kind == BIND_LET || kind == BIND_CONST || kind == BIND_CLASS || kind == BIND_PARAM) b->tdz_end = end;
    break;
  }
  case NODE_ObjectPattern:
    for (int i = 0; i < p->object.properties.count; i++) {
      const Node *q = p->object.properties.items[i];
      declare_pattern(R, s, q->kind == NODE_Property ? q->property.value : q, kind, end);
    }
    break;
  case NODE_ArrayPattern:
    for (int i = 0; i < p->array.elements.count; i++)
      declare_pattern(R, s, p->array.elements.items[i], kind, end);
    break;
  case NODE_AssignmentPattern: declare_pattern(R, s, p->assign_pattern.left, kind, end); break;
  case NODE_RestElement: declare_pattern(R, s, p->argument.argument, kind, end); break;
  default: break;
  }
}

static uint32_t node_end(const Node *n) { return n->loc.offset + n->loc.length; }

static void declare_var_decl(R *R, Scope *s, const Node *d, bool only_var) {
  BindKind k = d->var_decl.kind == KC_VAR_VAR ? BIND_VAR
               : d->var_decl.kind == KC_VAR_LET ? BIND_LET
                                                : BIND_CONST;
  if (only_var != (k == BIND_VAR)) return;
  for (int i = 0; i < d->var_decl.declarations.count; i++) {
    const Node *dc = d->var_decl.declarations.items[i];
    declare_pattern(R, s, dc->declarator.id, k, node_end(dc));
  }
}

/* var declarations anywhere in a function body, not inside nested functions. */
static void hoist_vars(R *R, Scope *fs, const Node *n) {
  if (!n) return;
  switch (n->kind) {
  case NODE_VariableDeclaration: declare_var_decl(R, fs, n, true); break;
  case NODE_BlockStatement:
    for (int i = 0; i < n->block.body.count; i++) hoist_vars(R, fs, n->block.body.items[i]);
    break;
  case NODE_IfStatement:
    hoist_vars(R, fs, n->if_stmt.consequent);
    hoist_vars(R, fs, n->if_stmt.alternate);
    break;
  case NODE_WhileStatement:
  case NODE_DoWhileStatement: hoist_vars(R, fs, n->while_stmt.body); break;
  case NODE_ForStatement:
    hoist_vars(R, fs, n->for_stmt.init);
    hoist_vars(R, fs, n->for_stmt.body);
    break;
  case NODE_ForInStatement:
  case NODE_ForOfStatement:
    hoist_vars(R, fs, n->for_in.left);
    hoist_vars(R, fs, n->for_in.body);
    break;
  case NODE_LabeledStatement: hoist_vars(R, fs, n->labeled.body); break;
  case NODE_TryStatement:
    hoist_vars(R, fs, n->try_stmt.block);
    if (n->try_stmt.handler) hoist_vars(R, fs, n->try_stmt.handler->catch_clause.body);
    hoist_vars(R, fs, n->try_stmt.finalizer);
    break;
  case NODE_SwitchStatement:
    for (int i = 0; i < n->switch_stmt.cases.count; i++) {
      const Node *c = n->switch_stmt.cases.items[i];
      for (int j = 0; j < c->switch_case.consequent.count; j++)
        hoist_vars(R, fs, c->switch_case.consequent.items[j]);
    }
    break;
  case NODE_WithStatement: hoist_vars(R, fs, n->with_stmt.body); break;
  case NODE_ExportNamedDeclaration: hoist_vars(R, fs, n->export_named.declaration); break;
  default: break;
  }
}

/* Where the current function's var declarations go: its scope, or for the
 * top level of a sloppy global eval script the detached eval_globals scope
 * (those names are global-object properties). */
static Scope *var_scope(R *R) {
  return R->fn->is_module && R->r->eval_globals ? R->r->eval_globals : R->fn->scope;
}

/* let/const/class and function declarations directly in a statement list. */
static void declare_lexical(R *R, Scope *s, const NodeList *stmts);

/* The "*default*" binding of `export default <expression>` (and of an
 * anonymous default function or class), as the spec names it. */
static const KcStr default_name = {"*default*", 9};

/* Import bindings and exported declarations (module top level only). */
static void declare_module_item(R *R, Scope *s, const Node *st) {
  if (st->kind == NODE_ImportDeclaration) {
    for (int i = 0; i < st->import_decl.specifiers.count; i++) {
      const Node *sp = st->import_decl.specifiers.items[i];
      kc_scope_declare(R->r, s, sp->specifier.local->ident.name, BIND_IMPORT, sp->specifier.local);
    }
  } else if (st->kind == NODE_ExportNamedDeclaration && st->export_named.declaration) {
    NodeList one = {(Node **)&st->export_named.declaration, 1};
    declare_lexical(R, s, &one);
  } else if (st->kind == NODE_ExportDefaultDeclaration) {
    const Node *d = st->export_default.declaration;
    if ((d->kind == NODE_FunctionDeclaration && d->function.id) ||
        (d->kind == NODE_ClassDeclaration && d->class_.id)) {
      NodeList one = {(Node **)&st->export_default.declaration, 1};
      declare_lexical(R, s, &one);
    } else if (d->kind == NODE_FunctionDeclaration) {
      kc_scope_declare(R->r, s, default_name, BIND_FUNC, d);
    } else {
      Binding *b = kc_scope_declare(R->r, s, default_name, d->kind == NODE_ClassDeclaration ? BIND_CLASS : BIND_CONST, st);
      b->tdz_end = node_end(st);
    }
  }
}

static void declare_lexical(R *R, Scope *s, const NodeList *stmts) {
  for (int i = 0; i < stmts->count; i++) {
    const Node *st = stmts->items[i];
    if (!st) continue;
    if (R->r->esm && s == R->r->module->scope) declare_module_item(R, s, st);
    if (st->kind == NODE_VariableDeclaration) declare_var_decl(R, s, st, false);
    else if (st->kind == NODE_ClassDeclaration && st->class_.id)
      declare_pattern(R, s, st->class_.id, BIND_CLASS, node_end(st));
    else if (st->kind == NODE_FunctionDeclaration && st->function.id) {
      Scope *fs = var_scope(R);
      kc_scope_declare(R->r, s == R->fn->scope ? fs : s, st->function.id->ident.name, BIND_FUNC, st);
      /* Annex B.3.3: in sloppy code a function declared in a block is also
       * a var of the enclosing function, assigned when the block is entered */
      KcStr nm = st->function.id->ident.name;
      if (s != R->fn->scope && !R->fn->strict) {
        Binding *old = kc_scope_find_local(fs, nm.ptr, nm.len);
        if (!old) kc_scope_declare(R->r, fs, nm, BIND_VAR, st->function.id)->reassigned = true;
        else if (old->kind == BIND_VAR) old->reassigned = true;
      }
    }
  }
}

/* ---- references -------------------------------------------------------- */

static Ref *new_ref(R *R, const Node *n, Binding *b) {
  Ref *ref = kc_arena_alloc(R->r->arena, sizeof *ref);
  ref->b = b;
  ref->from = R->fn;
  kc_ptrmap_put(&R->r->refs, n, ref);
  push_list((void ***)&R->r->all_refs, &R->r->nrefs, &R->r->refs_cap, ref);
  return ref;
}

static Binding *lookup(R *R, KcStr name) {
  bool is_arguments = kc_str_eq(name, "arguments");
  for (Scope *s = R->scope; s; s = s->parent) {
    if (s == R->skip) continue;
    Binding *b = kc_scope_find_local(s, name.ptr, name.len);
    if (b) return b;
    if (is_arguments && s->kind == SCOPE_FUNC && !s->func->is_arrow && !s->func->is_module) {
      FuncInfo *f = s->func;
      if (!f->arguments_b) {
        f->arguments_b = kc_scope_declare(R->r, s, name, BIND_ARGUMENTS, f->node);
      }
      return f->arguments_b;
    }
  }
  return NULL;
}

/* Reachability of eval and the Function constructor, decided statically so
 * that a program that cannot reach them links none of the JIT (see
 * docs/internals.md, "eval and the Function constructor"). Conservative
 * and simple: the program uses eval when it mentions the identifier `eval`
 * or `Function` anywhere (a reference or a property name, `globalThis.eval`,
 * `o["Function"]`), or calls or constructs `x.constructor(...)` (how
 * `(function*(){}).constructor` and friends are reached). `Function.prototype`
 * and `x instanceof Function` do not count (test262's harness and much
 * ordinary code say them). A computed key built at run time, or a
 * `.constructor` read into a variable and called later, is not seen: such a
 * program gets the throwing stub. */
static bool is_function_ident(const Node *n) {
  return n && n->kind == NODE_Identifier && kc_str_eq(n->ident.name, "Function");
}
static bool is_eval_name(KcStr n) {
  /* the dynamic-function constructors are reached through prototypes and
   * usually kept under their own names */
  return kc_str_eq(n, "eval") || kc_str_eq(n, "Function") || kc_str_eq(n, "GeneratorFunction") ||
         kc_str_eq(n, "AsyncFunction") || kc_str_eq(n, "AsyncGeneratorFunction");
}

static bool is_eval_key(const Node *p, bool computed, bool ctor) {
  if (!p) return false;
  KcStr n;
  if (!computed && p->kind == NODE_Identifier) n = p->ident.name;
  else if (computed && p->kind == NODE_Literal && p->literal.lit == KC_LIT_STRING) n = p->literal.string;
  else return false;
  return is_eval_name(n) || (ctor && kc_str_eq(n, "constructor"));
}

/* The with-object bindings a reference to b passes on its way out; each is
 * used from the referring function, so it gets a Ref of its own (not in the
 * node map) for capture analysis. */
static void note_withs(R *R, Ref *ref, Binding *b) {
  Scope *stop = b ? b->scope : NULL;
  for (Scope *s = R->scope; s && s != stop; s = s->parent) {
    if (s->kind != SCOPE_WITH || s == R->skip) continue;
    Binding *w = s->bindings[0];
    Binding **nw = kc_arena_alloc(R->r->arena, sizeof *nw * (size_t)(ref->nwith + 1));
    if (ref->nwith) memcpy(nw, ref->withs, sizeof *nw * (size_t)ref->nwith);
    nw[ref->nwith++] = w;
    ref->withs = nw;
    Ref *wr = kc_arena_alloc(R->r->arena, sizeof *wr);
    wr->b = w;
    wr->from = R->fn;
    push_list((void ***)&R->r->all_refs, &R->r->nrefs, &R->r->refs_cap, wr);
  }
}

static void ref_ident(R *R, const Node *id, bool call_only, bool assign) {
  if (is_eval_name(id->ident.name) && !R->not_eval_use) R->r->uses_eval = true;
  R->not_eval_use = false;
  Binding *b = lookup(R, id->ident.name);
  Ref *ref = new_ref(R, id, b);
  ref->at = R->scope;
  ref->call_only = call_only;
  note_withs(R, ref, b);
  if (ref->nwith) ref->call_only = false;
  if (!b) return;
  if (b->kind == BIND_IMPORT) { /* the exporter may not have run yet (cycles) */
    ref->tdz_check = true;
    b->tdz = true;
    return;
  }
  if (assign && b->kind != BIND_VAR) b->reassigned = true;
  if (assign && b->kind == BIND_VAR) b->reassigned = true;
  if (b->kind == BIND_PARAM && b->tdz_end) {
    /* a reference from the parameter list before the parameter is bound,
     * or from a closure created there (it may run before) */
    const NodeList *ps = &b->scope->func->node->function.params;
    uint32_t list_end = node_end(ps->items[ps->count - 1]);
    if (id->loc.offset < list_end && (id->loc.offset < b->tdz_end || b->scope->func != R->fn)) {
      ref->tdz_check = true;
      b->tdz = true;
    }
  }
  if (b->kind == BIND_LET || b->kind == BIND_CONST || b->kind == BIND_CLASS) {
    if (b->scope->func != R->fn || id->loc.offset < b->tdz_end || b->scope->kind == SCOPE_SWITCH) {
      ref->tdz_check = true;
      b->tdz = true;
    }
  }
}

/* require('literal') calling the module's own `require` parameter: the
 * driver follows it at compile time (see kc_lower_program). */
static void note_require(R *R, const Node *call) {
  Resolved *r = R->r;
  Ref *ref = kc_ptrmap_get(&r->refs, call->call.callee);
  if (!r->module->require_b || !ref || ref->b != r->module->require_b) return;
  if (call->call.arguments.count < 1) return;
  const Node *a = call->call.arguments.items[0];
  if (a->kind != NODE_Literal || a->literal.lit != KC_LIT_STRING) return;
  push_list((void ***)&r->requires, &r->nrequires, &r->requires_cap, (void *)call);
  if (R->try_depth)
    push_list((void ***)&r->requires_in_try, &r->nrequires_in_try, &r->requires_in_try_cap, (void *)call);
}

/* A direct eval, eval(...) by name with no binding of that name in scope:
 * the eval'd code may read and write every binding visible here, `this`
 * and `arguments` (compute_captures moves them all into envs). */
static void note_direct_eval(R *R, const Node *call) {
  const Node *callee = call->call.callee;
  if (!kc_str_eq(callee->ident.name, "eval")) return;
  Ref *ref = kc_ptrmap_get(&R->r->refs, callee);
  if (!ref || ref->b) return;
  kc_ptrmap_put(&R->r->direct_evals, call, R->scope);
  push_list((void ***)&R->r->eval_sites, &R->r->neval_sites, &R->r->eval_sites_cap, (void *)call);
  /* a sloppy eval in a function may declare vars there (EvalDeclaration-
   * Instantiation, varEnv a function's): the function gets a var object,
   * made by the first eval that declares something; the top level of a
   * Script declares on the global object, and eval code reuses its
   * caller's var object (caller_scopes) */
  FuncInfo *f = R->fn;
  bool own_vars = f->is_module ? R->r->eval_kind == KC_EVAL_NONE && !R->r->esm &&
                                     !(f->node->flags & NODE_FLAG_GLOBAL_SCRIPT)
                               : !f->strict;
  if (own_vars && !f->scope->evalvars) {
    static const char nm[] = "%evalvars"; /* not an identifier: never found by name */
    Binding *vb = kc_scope_declare(R->r, f->scope, (KcStr){nm, sizeof nm - 1}, BIND_VAR, call);
    vb->evalvars = true;
    vb->reassigned = true;
    f->scope->evalvars = vb;
    R->r->has_evalvars = true;
  }
  ref_this(R, call); /* the Ref of the call node is the caller's `this` */
  KcStr args = {"arguments", 9};
  lookup(R, args);
  /* the eval code may say super.x (a method passes its home object) and
   * new.target (an arrow reads its function's, keyed at call + 3) */
  FuncInfo *tf = R->fn;
  while (tf->is_arrow && tf->parent) tf = tf->parent;
  mark_super(R); /* is_method is known only after the walk; lowering decides */
  if (R->fn->is_arrow) {
    tf->uses_new_target = true;
    if (!tf->new_target_b) {
      KcStr name = {"new.target", 10};
      tf->new_target_b = kc_scope_declare(R->r, tf->scope, name, BIND_NEW_TARGET, tf->node);
    }
    new_ref(R, (const Node *)((const char *)call + 3), tf->new_target_b);
  }
}

static void ref_this(R *R, const Node *n) {
  FuncInfo *f = R->fn;
  while (f->is_arrow && f->parent) f = f->parent;
  if (!f->this_b) {
    KcStr name = {"this", 4};
    f->this_b = kc_scope_declare(R->r, f->scope, name, BIND_THIS, f->node);
  }
  new_ref(R, n, f->this_b);
}

/* new.target: an arrow function reads the one of its enclosing non-arrow
 * function, through a hidden binding that is captured like `this`. */
static void ref_new_target(R *R, const Node *n) {
  if (!kc_str_eq(n->meta_property.meta->ident.name, "new")) return;
  FuncInfo *f = R->fn;
  f->uses_new_target = true;
  /* new.target in an instance field initialiser (or an arrow there) is
   * undefined, though the code runs inside the constructor: a Ref without
   * a binding says so */
  FuncInfo *g = f;
  while (g->is_arrow && g != R->field_ctor && g->parent) g = g->parent;
  if (R->field_ctor && g == R->field_ctor) {
    new_ref(R, n, NULL);
    return;
  }
  if (!f->is_arrow) return;
  while (f->is_arrow && f->parent) f = f->parent;
  f->uses_new_target = true;
  if (!f->new_target_b) {
    KcStr name = {"new.target", 10};
    f->new_target_b = kc_scope_declare(R->r, f->scope, name, BIND_NEW_TARGET, f->node);
  }
  new_ref(R, n, f->new_target_b);
}

/* The hidden binding of private name #x is named "#x" in its class scope
 * (no identifier can spell it); a reference to #x is a Ref to it, so a
 * closure that uses #x captures it like any variable. */
static KcStr private_binding_name(R *R, const Node *id) {
  char *nm = kc_arena_alloc(R->r->arena, id->ident.name.len + 2);
  nm[0] = '#';
  memcpy(nm + 1, id->ident.name.ptr, id->ident.name.len);
  nm[id->ident.name.len + 1] = 0;
  return (KcStr){nm, id->ident.name.len + 1};
}

static void ref_private(R *R, const Node *id) {
  KcStr nm = private_binding_name(R, id);
  Binding *b = NULL;
  for (Scope *s = R->scope; s && !b; s = s->parent) b = kc_scope_find_local(s, nm.ptr, nm.len);
  new_ref(R, id, b); /* the parser has checked that #x is declared */
}

/* super(...) in an arrow inside a derived constructor: the arrow needs the
 * constructor's function object (a hidden binding, active_b), its
 * new.target and its `this`, all captured. The extra Refs are keyed by
 * addresses inside the call node that no other node has. */
static void super_in_arrow(R *R, const Node *call) {
  FuncInfo *f = R->fn;
  while (f->is_arrow && f->parent) f = f->parent;
  if (!f->class_ctor && f->node->kind != NODE_FunctionExpression) return;
  f->super_in_arrow = true;
  f->uses_new_target = true;
  if (!f->new_target_b) {
    KcStr name = {"new.target", 10};
    f->new_target_b = kc_scope_declare(R->r, f->scope, name, BIND_NEW_TARGET, f->node);
  }
  if (!f->active_b) {
    KcStr name = {"%active", 7};
    f->active_b = kc_scope_declare(R->r, f->scope, name, BIND_CALLEE, f->node);
  }
  new_ref(R, (const Node *)((const char *)call + 1), f->new_target_b);
  new_ref(R, (const Node *)((const char *)call + 2), f->active_b);
}

/* An assignment target: identifiers are assigned, the rest is visited. */
static void visit_target(R *R, const Node *p) {
  if (!p) return;
  switch (p->kind) {
  case NODE_Identifier: ref_ident(R, p, false, true); break;
  case NODE_ObjectPattern:
    for (int i = 0; i < p->object.properties.count; i++) {
      const Node *q = p->object.properties.items[i];
      if (q->kind == NODE_Property) {
        if (q->property.computed) visit_expr(R, q->property.key);
        visit_target(R, q->property.value);
      } else {
        visit_target(R, q);
      }
    }
    break;
  case NODE_ArrayPattern:
    for (int i = 0; i < p->array.elements.count; i++) visit_target(R, p->array.elements.items[i]);
    break;
  case NODE_AssignmentPattern:
    visit_target(R, p->assign_pattern.left);
    visit_expr(R, p->assign_pattern.right);
    break;
  case NODE_RestElement: visit_target(R, p->argument.argument); break;
  default: visit_expr(R, p); break;
  }
}

static void visit_list(R *R, const NodeList *l, bool stmts) {
  for (int i = 0; i < l->count; i++) {
    if (!l->items[i]) continue;
    if (stmts) visit_stmt(R, l->items[i]);
    else visit_expr(R, l->items[i]);
  }
}

static void visit_expr(R *R, const Node *n) {
  if (!n) return;
  switch (n->kind) {
  case NODE_Identifier: ref_ident(R, n, false, false); break;
  case NODE_ThisExpression: ref_this(R, n); break;
  case NODE_PrivateIdentifier: ref_private(R, n); break; /* #x in o */
  case NODE_ArrayExpression: visit_list(R, &n->array.elements, false); break;
  case NODE_ObjectExpression: visit_list(R, &n->object.properties, false); break;
  case NODE_Property:
    if (n->property.computed) visit_expr(R, n->property.key);
    visit_expr(R, n->property.value);
    if (n->property.method || n->property.kind != KC_PROP_INIT) {
      FuncInfo *f = kc_ptrmap_get(&R->r->funcs, n->property.value);
      if (f) f->is_method = true, f->method_node = n;
    }
    break;
  case NODE_FunctionExpression:
  case NODE_ArrowFunctionExpression: visit_function(R, n); break;
  case NODE_UnaryExpression: visit_expr(R, n->unary.argument); break;
  case NODE_UpdateExpression: visit_target(R, n->update.argument); break;
  case NODE_BinaryExpression:
    visit_expr(R, n->binary.left);
    R->not_eval_use = n->binary.op == KC_BIN_INSTANCEOF && is_function_ident(n->binary.right);
    visit_expr(R, n->binary.right);
    R->not_eval_use = false;
    break;
  case NODE_LogicalExpression:
    visit_expr(R, n->logical.left);
    visit_expr(R, n->logical.right);
    break;
  case NODE_AssignmentExpression:
    visit_target(R, n->assign.left);
    visit_expr(R, n->assign.right);
    break;
  case NODE_ConditionalExpression:
    visit_expr(R, n->conditional.test);
    visit_expr(R, n->conditional.consequent);
    visit_expr(R, n->conditional.alternate);
    break;
  case NODE_CallExpression:
  case NODE_NewExpression:
    if (n->call.callee->kind == NODE_MemberExpression &&
        is_eval_key(n->call.callee->member.property, n->call.callee->member.computed, true))
      R->r->uses_eval = true;
    if (n->kind == NODE_CallExpression && n->call.callee->kind == NODE_Identifier) {
      /* only a plain call may bypass the binding's value (direct calls of
       * function declarations); spread and optional calls read it */
      bool spread = false;
      for (int i = 0; i < n->call.arguments.count; i++)
        spread |= n->call.arguments.items[i] && n->call.arguments.items[i]->kind == NODE_SpreadElement;
      ref_ident(R, n->call.callee, !spread && !n->call.optional, false);
      if (!n->call.optional) note_direct_eval(R, n); /* eval?.(s) is an indirect eval */
      note_require(R, n);
    } else if (n->kind == NODE_CallExpression && n->call.callee->kind == NODE_Super) {
      ref_this(R, n->call.callee); /* super(...) initialises `this` */
      if (R->fn->is_arrow) super_in_arrow(R, n);
    }
    else
      visit_expr(R, n->call.callee);
    visit_list(R, &n->call.arguments, false);
    break;
  case NODE_MemberExpression:
    if (is_eval_key(n->member.property, n->member.computed, false)) R->r->uses_eval = true;
    if (n->member.object->kind == NODE_Super) {
      mark_super(R);
      ref_this(R, n->member.object); /* the receiver */
    }
    R->not_eval_use = is_function_ident(n->member.object) && !n->member.computed &&
                      kc_str_eq(n->member.property->ident.name, "prototype");
    visit_expr(R, n->member.object);
    R->not_eval_use = false;
    if (n->member.computed) visit_expr(R, n->member.property);
    else if (n->member.property->kind == NODE_PrivateIdentifier) ref_private(R, n->member.property);
    break;
  case NODE_ChainExpression:
  case NODE_ParenthesizedExpression: visit_expr(R, n->chain.expression); break;
  case NODE_SequenceExpression: visit_list(R, &n->sequence.expressions, false); break;
  case NODE_YieldExpression: visit_expr(R, n->yield.argument); break;
  case NODE_AwaitExpression:
  case NODE_SpreadElement: visit_expr(R, n->argument.argument); break;
  case NODE_TemplateLiteral: visit_list(R, &n->template_.expressions, false); break;
  case NODE_TaggedTemplateExpression:
    visit_expr(R, n->tagged_template.tag);
    visit_expr(R, n->tagged_template.quasi);
    break;
  case NODE_MetaProperty: ref_new_target(R, n); break;
  case NODE_ImportExpression:
    visit_expr(R, n->import_expr.source);
    visit_expr(R, n->import_expr.options);
    if (n->import_expr.source->kind == NODE_Literal && n->import_expr.source->literal.lit == KC_LIT_STRING)
      push_list((void ***)&R->r->dyn_imports, &R->r->ndyn_imports, &R->r->dyn_imports_cap, (void *)n);
    break;
  case NODE_ClassExpression: visit_class(R, n); break;
  default: break;
  }
}

static Scope *enter_scope(R *R, const Node *n, ScopeKind kind) {
  Scope *s = kc_scope_new(R->r, kind, R->scope, R->fn);
  kc_ptrmap_put(&R->r->scopes, n, s);
  R->scope = s;
  return s;
}

static void visit_stmt(R *R, const Node *n) {
  if (!n) return;
  Scope *saved = R->scope;
  switch (n->kind) {
  case NODE_ExpressionStatement: visit_expr(R, n->expr_stmt.expression); break;
  case NODE_BlockStatement: {
    Scope *s = enter_scope(R, n, SCOPE_BLOCK);
    declare_lexical(R, s, &n->block.body);
    visit_list(R, &n->block.body, true);
    break;
  }
  case NODE_ReturnStatement:
  case NODE_ThrowStatement: visit_expr(R, n->argument.argument); break;
  case NODE_LabeledStatement: visit_stmt(R, n->labeled.body); break;
  case NODE_IfStatement:
    visit_expr(R, n->if_stmt.test);
    visit_stmt(R, n->if_stmt.consequent);
    visit_stmt(R, n->if_stmt.alternate);
    break;
  case NODE_SwitchStatement: {
    visit_expr(R, n->switch_stmt.discriminant);
    Scope *s = enter_scope(R, n, SCOPE_SWITCH);
    for (int i = 0; i < n->switch_stmt.cases.count; i++)
      declare_lexical(R, s, &n->switch_stmt.cases.items[i]->switch_case.consequent);
    for (int i = 0; i < n->switch_stmt.cases.count; i++) {
      const Node *c = n->switch_stmt.cases.items[i];
      visit_expr(R, c->switch_case.test);
      visit_list(R, &c->switch_case.consequent, true);
    }
    break;
  }
  case NODE_TryStatement:
    R->try_depth += n->try_stmt.handler != NULL;
    visit_stmt(R, n->try_stmt.block);
    R->try_depth -= n->try_stmt.handler != NULL;
    if (n->try_stmt.handler) {
      const Node *h = n->try_stmt.handler;
      Scope *s = enter_scope(R, h, SCOPE_CATCH);
      declare_pattern(R, s, h->catch_clause.param, BIND_CATCH, 0);
      visit_target(R, h->catch_clause.param);
      visit_stmt(R, h->catch_clause.body);
      R->scope = saved;
    }
    visit_stmt(R, n->try_stmt.finalizer);
    break;
  case NODE_WhileStatement:
  case NODE_DoWhileStatement:
    visit_expr(R, n->while_stmt.test);
    visit_stmt(R, n->while_stmt.body);
    break;
  case NODE_ForStatement: {
    const Node *init = n->for_stmt.init;
    if (init && init->kind == NODE_VariableDeclaration && init->var_decl.kind != KC_VAR_VAR) {
      Scope *s = enter_scope(R, n, SCOPE_FOR);
      declare_var_decl(R, s, init, false);
    }
    if (init && init->kind == NODE_VariableDeclaration) visit_stmt(R, init);
    else visit_expr(R, init);
    visit_expr(R, n->for_stmt.test);
    visit_expr(R, n->for_stmt.update);
    visit_stmt(R, n->for_stmt.body);
    break;
  }
  case NODE_ForInStatement:
  case NODE_ForOfStatement: {
    const Node *left = n->for_in.left;
    if (left->kind == NODE_VariableDeclaration && left->var_decl.kind != KC_VAR_VAR) {
      /* ForIn/OfHeadEvaluation: the expression sees the declared names,
       * uninitialised (keyed by &right: right may have a scope of its own) */
      Scope *tdz = enter_scope(R, (const Node *)&n->for_in.right, SCOPE_FOR);
      declare_var_decl(R, tdz, left, false);
      for (int i = 0; i < tdz->nbind; i++) tdz->bindings[i]->tdz_end = UINT32_MAX;
      visit_expr(R, n->for_in.right);
      R->scope = saved;
    } else {
      visit_expr(R, n->for_in.right);
    }
    if (left->kind == NODE_VariableDeclaration) {
      if (left->var_decl.kind != KC_VAR_VAR) {
        Scope *s = enter_scope(R, n, SCOPE_FOR);
        declare_var_decl(R, s, left, false);
      }
      visit_target(R, left->var_decl.declarations.items[0]->declarator.id);
    } else {
      visit_target(R, left);
    }
    visit_stmt(R, n->for_in.body);
    break;
  }
  case NODE_FunctionDeclaration: visit_function(R, n); break;
  case NODE_VariableDeclaration:
    for (int i = 0; i < n->var_decl.declarations.count; i++) {
      const Node *d = n->var_decl.declarations.items[i];
      if (d->declarator.init) visit_expr(R, d->declarator.init);
      /* the declarator's own target is an initialisation, not an assignment,
       * except that `var f = ...` over a function declaration reassigns f */
      const Node *id = d->declarator.id;
      if (id->kind == NODE_Identifier) {
        Binding *b = lookup(R, id->ident.name);
        Ref *ref = new_ref(R, id, b);
        if (d->declarator.init) ref->at = R->scope;
        if (n->var_decl.kind == KC_VAR_VAR && d->declarator.init) note_withs(R, ref, b);
        if (b && d->declarator.init && (b->kind == BIND_FUNC || b->kind == BIND_PARAM))
          b->reassigned = true;
        if (b && n->var_decl.kind == KC_VAR_VAR && d->declarator.init && b->kind == BIND_VAR)
          b->reassigned = true;
      } else {
        visit_target(R, id);
      }
    }
    break;
  case NODE_ClassDeclaration: visit_class(R, n); break;
  case NODE_WithStatement: {
    visit_expr(R, n->with_stmt.object);
    Scope *s = enter_scope(R, n, SCOPE_WITH);
    static const char with_name[] = "%with"; /* not an identifier: never found by name */
    kc_scope_declare(R->r, s, (KcStr){with_name, sizeof with_name - 1}, BIND_CONST, n);
    visit_stmt(R, n->with_stmt.body);
    break;
  }
  case NODE_ExportNamedDeclaration: visit_stmt(R, n->export_named.declaration); break;
  case NODE_ExportDefaultDeclaration: {
    const Node *d = n->export_default.declaration;
    if (d->kind == NODE_FunctionDeclaration || d->kind == NODE_ClassDeclaration) visit_stmt(R, d);
    else visit_expr(R, d);
    break;
  }
  default: break;
  }
  R->scope = saved;
}

static FuncInfo *new_func(R *R, const Node *n) {
  FuncInfo *f = kc_arena_alloc(R->r->arena, sizeof *f);
  f->node = n;
  f->parent = R->fn;
  f->id = R->r->nfuncs;
  kc_ptrmap_put(&R->r->funcs, n, f);
  push_list((void ***)&R->r->all_funcs, &R->r->nfuncs, &R->r->funcs_cap, f);
  return f;
}

static void visit_function_in(R *R, const Node *n);

/* A function may run outside the try blocks around its definition. */
static void visit_function(R *R, const Node *n) {
  int saved = R->try_depth;
  R->try_depth = 0;
  visit_function_in(R, n);
  R->try_depth = saved;
}

static void visit_function_in(R *R, const Node *n) {
  FuncInfo *f = new_func(R, n);
  f->is_arrow = n->function.is_arrow;
  f->strict = (n->flags & NODE_FLAG_STRICT) || (R->fn && R->fn->strict);
  f->simple_params = true;
  if (n->function.id) f->name = n->function.id->ident.name;
  if (n->kind == NODE_FunctionDeclaration && n->function.id) {
    Binding *b = kc_scope_find_local(R->scope, n->function.id->ident.name.ptr,
                                     n->function.id->ident.name.len);
    if (b && b->kind == BIND_FUNC && b->decl == n) {
      b->func_decl = f;
      f->self = b;
    }
  } else if (n->kind == NODE_FunctionDeclaration) { /* export default function () {} */
    Binding *b = kc_scope_find_local(R->scope, default_name.ptr, default_name.len);
    if (b && b->kind == BIND_FUNC && b->decl == n) {
      b->func_decl = f;
      f->self = b;
    }
    f->name = (KcStr){"default", 7};
  }
  Scope *saved_scope = R->scope;
  FuncInfo *saved_fn = R->fn;
  R->fn = f;
  Scope *s = enter_scope(R, n, SCOPE_FUNC);
  f->scope = s;
  /* parameters; in a non-simple list each is in its TDZ until its own
   * element has been bound (tdz_end) */
  bool simple = true;
  for (int i = 0; i < n->function.params.count; i++)
    if (n->function.params.items[i]->kind != NODE_Identifier) simple = false;
  for (int i = 0; i < n->function.params.count; i++) {
    const Node *p = n->function.params.items[i];
    uint32_t tdz_end = simple ? 0 : node_end(p);
    if (p->kind == NODE_Identifier) {
      Binding *b = kc_scope_declare(R->r, s, p->ident.name, BIND_PARAM, p);
      b->param_index = i;
      b->tdz_end = tdz_end;
      f->nparams = i + 1;
    } else {
      f->simple_params = false;
      if (p->kind == NODE_RestElement) {
        f->has_rest = true;
      } else {
        f->nparams = i + 1;
      }
      if (p->kind == NODE_AssignmentPattern && p->assign_pattern.left->kind == NODE_Identifier) {
        Binding *b = kc_scope_declare(R->r, s, p->assign_pattern.left->ident.name, BIND_PARAM,
                                      p->assign_pattern.left);
        b->param_index = i;
        b->tdz_end = tdz_end;
      } else {
        declare_pattern(R, s, p, BIND_PARAM, tdz_end);
      }
    }
  }
  const Node *body = n->function.body;
  if (!n->function.is_expression && body && body->kind == NODE_BlockStatement) {
    kc_ptrmap_put(&R->r->scopes, body, s); /* the body block shares the function scope */
    for (int i = 0; i < body->block.body.count; i++) hoist_vars(R, s, body->block.body.items[i]);
    declare_lexical(R, s, &body->block.body);
  }
  /* a named function expression sees its own name unless shadowed */
  if (n->kind == NODE_FunctionExpression && n->function.id && n != R->r->anonymous_fn &&
      !kc_scope_find_local(s, n->function.id->ident.name.ptr, n->function.id->ident.name.len)) {
    f->callee_b = kc_scope_declare(R->r, s, n->function.id->ident.name, BIND_CALLEE, n);
  }
  /* parameter defaults and patterns */
  for (int i = 0; i < n->function.params.count; i++) {
    const Node *p = n->function.params.items[i];
    if (p->kind != NODE_Identifier) visit_target(R, p);
  }
  if (n->function.is_expression) {
    visit_expr(R, body);
  } else if (body) {
    visit_list(R, &body->block.body, true);
  }
  R->scope = saved_scope;
  R->fn = saved_fn;
}

/* A synthetic method around class element code that runs with its own
 * `this`: a static field's initialiser (an expression body) or a static
 * block (a block body). It is strict, not a constructor, and gets the
 * constructor as its home object (see kc_lower_class). */
static FuncInfo *element_function(R *R, const Node *m) {
  Node *fn = kc_arena_alloc(R->r->arena, sizeof *fn);
  memset(fn, 0, sizeof *fn);
  fn->kind = NODE_FunctionExpression;
  fn->loc = m->loc;
  fn->flags = NODE_FLAG_STRICT;
  if (m->kind == NODE_StaticBlock) {
    Node *blk = kc_arena_alloc(R->r->arena, sizeof *blk);
    memset(blk, 0, sizeof *blk);
    blk->kind = NODE_BlockStatement;
    blk->loc = m->loc;
    blk->block.body = m->block.body;
    fn->function.body = blk;
  } else {
    fn->function.body = m->method.value;
    fn->function.is_expression = true;
  }
  visit_function(R, fn);
  FuncInfo *f = kc_ptrmap_get(&R->r->funcs, fn);
  f->is_method = true;
  f->field = m->kind == NODE_PropertyDefinition ? m : NULL;
  f->name = (KcStr){"<static_initializer>", 20};
  kc_ptrmap_put(&R->r->elements, m, f);
  return f;
}

/* A hidden binding of the class scope, [name] (not an identifier, so no
 * reference can meet it by name), referenced from [from] through [at]. */
static Binding *hidden_binding(R *R, Scope *s, KcStr name, const Node *at, FuncInfo *from) {
  Binding *b = kc_scope_declare(R->r, s, name, BIND_CONST, at);
  FuncInfo *saved = R->fn;
  R->fn = from;
  new_ref(R, at, b);
  R->fn = saved;
  return b;
}

/* A class: a block scope holding the inner, const-like binding of its name
 * (in TDZ while the heritage and computed keys are evaluated), then the
 * heritage, the computed keys and the methods in source order. A class
 * without a `constructor` gets a synthesized empty FunctionExpression as
 * its constructor; a derived one forwards its arguments to super() in the
 * prologue (kc_class_ctor_prologue). Class bodies are strict: the parser
 * marks every method strict.
 *
 * Static fields and static blocks become synthetic methods (element_function)
 * that kc_lower_class calls with this = the constructor. The computed key of
 * an instance field is evaluated with the other keys but used by the
 * constructor, so it is kept in a hidden binding of the class scope that the
 * constructor captures (the Ref is keyed by the PropertyDefinition). */
static void visit_class(R *R, const Node *n) {
  Scope *saved = R->scope;
  Scope *s = enter_scope(R, n, SCOPE_BLOCK);
  if (n->class_.id) {
    Binding *b = kc_scope_declare(R->r, s, n->class_.id->ident.name, BIND_CONST, n->class_.id);
    b->tdz_end = node_end(n);
  }
  const NodeList *body = &n->class_.body->block.body;
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (m && m->kind != NODE_StaticBlock && m->method.key->kind == NODE_PrivateIdentifier)
      kc_scope_declare(R->r, s, private_binding_name(R, m->method.key), BIND_CONST, m->method.key);
  }
  visit_expr(R, n->class_.super_class);
  const Node *ctor = NULL;
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!m || m->kind != NODE_MethodDefinition) continue;
    if (m->method.kind == KC_METHOD_CONSTRUCTOR && !m->method.is_static) {
      ctor = m->method.value;
      visit_function(R, ctor);
    }
  }
  bool dflt = !ctor;
  if (dflt) {
    Node *blk = kc_arena_alloc(R->r->arena, sizeof *blk);
    memset(blk, 0, sizeof *blk);
    blk->kind = NODE_BlockStatement;
    blk->loc = n->loc;
    Node *fn = kc_arena_alloc(R->r->arena, sizeof *fn);
    memset(fn, 0, sizeof *fn);
    fn->kind = NODE_FunctionExpression;
    fn->loc = n->loc;
    fn->flags = NODE_FLAG_STRICT;
    fn->function.body = blk;
    visit_function(R, fn);
    ctor = fn;
  }
  FuncInfo *cf = kc_ptrmap_get(&R->r->funcs, ctor);
  cf->class_ctor = true;
  cf->default_ctor = dflt;
  cf->derived = n->class_.super_class != NULL;
  cf->strict = true;
  if (n->class_.id) cf->name = n->class_.id->ident.name;
  if (cf->derived && !cf->this_b) {
    KcStr name = {"this", 4};
    cf->this_b = kc_scope_declare(R->r, cf->scope, name, BIND_THIS, cf->node);
  }
  if (cf->derived) cf->uses_new_target = true;
  cf->class_node = n;
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!m) continue;
    if (m->kind == NODE_StaticBlock) {
      element_function(R, m);
      continue;
    }
    bool private = m->method.key->kind == NODE_PrivateIdentifier;
    if (!private && m->method.computed) visit_expr(R, m->method.key);
    /* a private element's name is read where it is defined: by the
     * constructor for instance elements, here for static ones */
    if (private) {
      Binding *pb = kc_scope_find_local(s, private_binding_name(R, m->method.key).ptr, m->method.key->ident.name.len + 1);
      FuncInfo *saved_fn = R->fn;
      if (!m->method.is_static) R->fn = cf;
      new_ref(R, m, pb);
      R->fn = saved_fn;
    }
    if (m->kind == NODE_MethodDefinition) {
      if (m->method.value == ctor) continue;
      visit_function(R, m->method.value);
      FuncInfo *f = kc_ptrmap_get(&R->r->funcs, m->method.value);
      if (f) f->is_method = true, f->method_node = m;
      if (!private || m->method.is_static) continue;
    } else if (m->method.is_static) {
      if (m->method.value) element_function(R, m);
      continue;
    }
    /* instance fields (and the brand of private methods) are initialised by
     * the constructor's code: resolve them as if inside it, but without
     * seeing its parameters and locals (R.skip) */
    if (!cf->this_b) {
      KcStr name = {"this", 4};
      cf->this_b = kc_scope_declare(R->r, cf->scope, name, BIND_THIS, cf->node);
    }
    if (m->kind == NODE_MethodDefinition) continue;
    if (m->method.computed) {
      char *nm = kc_arena_alloc(R->r->arena, 24);
      int len = snprintf(nm, 24, "%%key%d", i);
      hidden_binding(R, s, (KcStr){nm, (uint32_t)len}, m, cf);
    }
    FuncInfo *sf = R->fn, *sfc = R->field_ctor;
    Scope *ss = R->scope, *sk = R->skip;
    R->fn = cf;
    R->scope = cf->scope;
    R->skip = cf->scope;
    R->field_ctor = cf;
    visit_expr(R, m->method.value);
    R->fn = sf;
    R->scope = ss;
    R->skip = sk;
    R->field_ctor = sfc;
  }
  kc_ptrmap_put(&R->r->classes, n, cf);
  R->scope = saved;
}

/* ---- after the walk ---------------------------------------------------- */

static bool ref_captures(const Ref *ref) {
  if (!ref->b || ref->b->module_global || ref->b->scope->func == ref->from) return false;
  if (ref->call_only && ref->b->kind == BIND_FUNC && ref->b->func_decl &&
      ref->b->func_decl->direct && !ref->b->func_decl->needs_env)
    return false;
  return true;
}

/* Once the walk knows which functions have a var object: every identifier
 * reference that passes such a scope on the way to its binding asks the
 * var object first, in order with the `with` objects it passes. */
static void note_evalvars(Resolved *r) {
  int n = r->nrefs;
  for (int i = 0; i < n; i++) {
    Ref *ref = r->all_refs[i];
    if (!ref->at) continue;
    Scope *stop = ref->b ? ref->b->scope : NULL;
    /* a function expression's own name is outside its var scope */
    if (stop && stop->evalvars && ref->b->kind == BIND_CALLEE) stop = stop->parent;
    int count = 0;
    for (Scope *s = ref->at; s && s != stop; s = s->parent)
      if (s->evalvars) count++;
    if (!count) continue;
    Binding **nw = kc_arena_alloc(r->arena, sizeof *nw * (size_t)(ref->nwith + count));
    int k = 0, w = 0;
    for (Scope *s = ref->at; s && s != stop; s = s->parent) {
      if (s->kind == SCOPE_WITH && w < ref->nwith && ref->withs[w] == s->bindings[0]) {
        nw[k++] = ref->withs[w++];
      } else if (s->evalvars) {
        nw[k++] = s->evalvars;
        Ref *vr = kc_arena_alloc(r->arena, sizeof *vr);
        vr->b = s->evalvars;
        vr->from = ref->from;
        push_list((void ***)&r->all_refs, &r->nrefs, &r->refs_cap, vr);
      }
    }
    ref->withs = nw;
    ref->nwith = k;
    ref->call_only = false;
  }
}

static void compute_captures(Resolved *r) {
  if (r->has_evalvars) note_evalvars(r);
  /* direct eval sites: everything visible there lives in an env, may be
   * assigned, and every function on the way out needs its env */
  for (int i = 0; i < r->neval_sites; i++) {
    const Node *call = r->eval_sites[i];
    Ref *cref = kc_ptrmap_get(&r->refs, call->call.callee);
    for (Scope *s = kc_ptrmap_get(&r->direct_evals, call); s; s = s->parent) {
      for (int j = 0; j < s->nbind; j++) {
        Binding *b = s->bindings[j];
        if (b->global_prop || b->kind == BIND_IMPORT) continue;
        b->captured = true;
        b->reassigned = true;
      }
      for (FuncInfo *f = cref->from; f && f != s->func; f = f->parent) f->needs_env = true;
    }
  }
  /* direct: function declarations never reassigned, with fixed parameters */
  for (int i = 0; i < r->nfuncs; i++) {
    FuncInfo *f = r->all_funcs[i];
    f->direct = f->self && !f->self->reassigned && !f->has_rest && !f->arguments_b &&
                !f->uses_new_target && f->node->kind == NODE_FunctionDeclaration &&
                !f->node->function.is_async && !f->node->function.is_generator;
  }
  /* sloppy mapped arguments: arguments[i] aliases parameter i, so the
   * parameters live in the function's env where the object can reach them */
  for (int i = 0; i < r->nfuncs; i++) {
    FuncInfo *f = r->all_funcs[i];
    if (!f->arguments_b || f->strict || !f->simple_params || f->is_arrow || f->is_module) continue;
    f->mapped_arguments = true;
    const NodeList *ps = &f->node->function.params;
    for (int j = 0; j < ps->count; j++) {
      const Node *p = ps->items[j];
      Binding *b = kc_scope_find_local(f->scope, p->ident.name.ptr, p->ident.name.len);
      if (b) b->captured = true;
    }
  }
  bool changed = true;
  while (changed) {
    changed = false;
    for (int i = 0; i < r->nrefs; i++) {
      Ref *ref = r->all_refs[i];
      if (!ref_captures(ref)) continue;
      Binding *b = ref->b;
      if (!b->captured) {
        b->captured = true;
        changed = true;
      }
      for (FuncInfo *f = ref->from; f && f != b->scope->func; f = f->parent) {
        if (!f->needs_env) {
          f->needs_env = true;
          changed = true;
        }
      }
    }
  }
  for (int i = 0; i < r->nscopes; i++) {
    Scope *s = r->all_scopes[i];
    for (int j = 0; j < s->nbind; j++)
      if (s->bindings[j]->captured) s->bindings[j]->slot = s->nslots++;
    s->env_depth = (s->parent ? s->parent->env_depth : 0) + (s->nslots > 0);
  }
}

/* KC_EVAL_DIRECT: the caller's bindings, as scopes outside the program (one
 * per env hop, innermost first) whose bindings sit in the slots the site's
 * JSEvalScope gives. They belong to no function of the program, so every
 * reference to them is a capture through the entry's env. */
static Scope *caller_scopes(R *R, const JSEvalScope *d) {
  Resolved *r = R->r;
  int maxh = 0;
  for (int i = 0; i < d->count; i++)
    if (d->bindings[i].hops > maxh) maxh = d->bindings[i].hops;
  FuncInfo *outer = kc_arena_alloc(r->arena, sizeof *outer);
  memset(outer, 0, sizeof *outer);
  outer->id = -1;
  Scope **lv = kc_arena_alloc(r->arena, sizeof *lv * (size_t)(maxh + 1));
  Scope *parent = NULL;
  for (int h = maxh; h >= 0; h--) {
    Scope *sc = kc_arena_alloc(r->arena, sizeof *sc);
    memset(sc, 0, sizeof *sc);
    sc->kind = SCOPE_BLOCK;
    sc->parent = parent;
    sc->func = outer;
    sc->env_depth = maxh - h + 1;
    sc->nslots = 1;
    lv[h] = sc;
    parent = sc;
  }
  outer->scope = lv[maxh];
  static const BindKind kinds[] = {BIND_VAR, BIND_LET, BIND_CONST, BIND_CALLEE, BIND_CATCH, BIND_VAR, BIND_CONST};
  for (int i = 0; i < d->count; i++) {
    const JSEvalBinding *e = &d->bindings[i];
    KcStr name = {e->name, (uint32_t)strlen(e->name)};
    Scope *sc = lv[e->hops];
    Binding *b = kc_scope_declare(r, sc, name, kinds[e->kind < 7 ? e->kind : 0], NULL);
    b->captured = true;
    b->reassigned = true;
    b->slot = e->slot;
    b->tdz = e->kind == JS_EVAL_BIND_LET || e->kind == JS_EVAL_BIND_CONST;
    if (e->slot + 1 > sc->nslots) sc->nslots = e->slot + 1;
    if (e->kind == JS_EVAL_BIND_VAROBJ) {
      b->evalvars = true;
      sc->evalvars = b;
      r->has_evalvars = true;
      /* the innermost var object is the caller's var scope */
      if (!r->eval_varobj) r->eval_varobj = b;
    } else if (e->kind == JS_EVAL_BIND_WITH) {
      sc->kind = SCOPE_WITH; /* its one binding holds the object */
    }
  }
  return lv[0];
}

/* EvalDeclarationInstantiation's checks for a sloppy direct eval: a var
 * or function of the eval code must not be a lexical binding of a scope
 * between the eval and its var scope (a catch parameter excepted, B.3.4)
 * nor, at the top level of a Script, a global lexical binding. In a
 * function, a declaration that names one of the function's own vars or
 * parameters is that binding (eval_target); any other goes to the var
 * object. */
static bool check_eval_decls(R *R, const Node *program, bool global) {
  Resolved *r = R->r;
  Scope *var_sc = r->eval_varobj ? r->eval_varobj->scope : NULL;
  for (int i = 0; i < r->eval_globals->nbind; i++) {
    Binding *b = r->eval_globals->bindings[i];
    const JSEvalScope *d = r->eval_scope;
    if ((d->flags & JS_EVAL_SCOPE_PARAMS) && kc_str_eq(b->name, "arguments")) {
      kc_diag_error(R->diag, R->src, program->loc, "Identifier 'arguments' has already been declared");
      return false;
    }
    Binding *found = lookup(R, b->name);
    bool lexical = false, existing = false;
    if (found && found->scope->func && found->scope->func->id == -1) { /* a caller binding */
      bool below = false; /* between the eval and its var scope */
      if (!global && var_sc)
        for (Scope *s = R->scope; s && s != var_sc; s = s->parent)
          if (s == found->scope) below = true;
      if (found->kind == BIND_LET || found->kind == BIND_CONST || found->kind == BIND_CLASS)
        lexical = global || below || found->scope == var_sc;
      else if (found->kind == BIND_CATCH)
        lexical = false;
      else if (below)
        lexical = found->kind != BIND_CALLEE;
      else if (found->scope == var_sc && found->kind != BIND_CALLEE)
        existing = true;
    }
    if (lexical) {
      kc_diag_error(R->diag, R->src, program->loc, "Identifier '%.*s' has already been declared",
                    (int)b->name.len, b->name.ptr);
      return false;
    }
    if (global) continue;
    if (!r->eval_varobj) {
      kc_diag_error(R->diag, R->src, program->loc,
                    "not supported yet: a sloppy direct eval that declares a new %s '%.*s' here",
                    b->kind == BIND_FUNC ? "function" : "var", (int)b->name.len, b->name.ptr);
      return false;
    }
    if (existing) b->eval_target = found;
  }
  /* the prologue reads and writes the var object */
  Ref *vr = kc_arena_alloc(r->arena, sizeof *vr);
  vr->b = r->eval_varobj;
  vr->from = R->fn;
  if (vr->b) push_list((void ***)&r->all_refs, &r->nrefs, &r->refs_cap, vr);
  return true;
}

bool kc_resolve(Resolved *r, const Node *program, const KcSource *src, KcDiag *diag) {
  R R = {.r = r, .src = src, .diag = diag};
  FuncInfo *m = new_func(&R, program);
  m->is_module = true;
  m->strict = (program->flags & NODE_FLAG_STRICT) != 0;
  r->module = m;
  R.fn = m;
  const JSEvalScope *caller = r->eval_kind == KC_EVAL_DIRECT ? r->eval_scope : NULL;
  if (caller) {
    R.scope = caller_scopes(&R, caller);
    if (caller->flags & JS_EVAL_SCOPE_STRICT) m->strict = true;
  }
  Scope *s = enter_scope(&R, program, SCOPE_FUNC);
  m->scope = s;
  if (caller) {
    /* a direct eval: strict code keeps its vars; sloppy code declares them
     * in the caller's var scope, which is the global object at the top of
     * a Script, or else must already hold them (a new var of a function
     * would need a run-time var object: not supported yet) */
    bool global = (caller->flags & JS_EVAL_SCOPE_GLOBAL_VARS) != 0;
    if (!m->strict) {
      r->eval_globals = kc_scope_new(r, SCOPE_FUNC, NULL, m);
      r->eval_vars_global = global;
    }
    for (int i = 0; i < program->program.body.count; i++)
      hoist_vars(&R, var_scope(&R), program->program.body.items[i]);
    declare_lexical(&R, s, &program->program.body);
    bool ok = true;
    if (r->eval_globals) ok = check_eval_decls(&R, program, global);
    visit_list(&R, &program->program.body, true);
    compute_captures(r);
    return ok;
  }
  r->esm = program->program.source_type == KC_SOURCE_MODULE;
  if (r->eval_kind == KC_EVAL_GLOBAL) {
    /* a global eval script: no module wrapper; sloppy top-level var and
     * function declarations are global-object properties */
    r->eval_vars_global = true;
    if (!m->strict) r->eval_globals = kc_scope_new(r, SCOPE_FUNC, NULL, m);
    for (int i = 0; i < program->program.body.count; i++)
      hoist_vars(&R, var_scope(&R), program->program.body.items[i]);
    declare_lexical(&R, s, &program->program.body);
    visit_list(&R, &program->program.body, true);
    compute_captures(r);
    return true;
  }
  /* node's module wrapper: (exports, require, module, __filename, __dirname);
   * a Script has no wrapper, so there its names cannot be found; an ES module
   * has none of them */
  bool script = (program->flags & NODE_FLAG_GLOBAL_SCRIPT) != 0;
  static const char *const wrapper_names[2][5] = {
      {"exports", "require", "module", "__filename", "__dirname"},
      {"%exports", "%require", "%module", "%__filename", "%__dirname"}};
  const char *const *wrapper = wrapper_names[script];
  for (int i = 0; i < 5 && !r->esm; i++) {
    KcStr name = {wrapper[i], (uint32_t)strlen(wrapper[i])};
    m->wrapper_b[i] = kc_scope_declare(r, s, name, BIND_VAR, program);
    m->wrapper_b[i]->reassigned = true; /* set by the prologue, never a known constant */
  }
  m->require_b = m->wrapper_b[1];
  for (int i = 0; i < program->program.body.count; i++)
    hoist_vars(&R, s, program->program.body.items[i]);
  declare_lexical(&R, s, &program->program.body);
  /* an ES module's top-level bindings live in globals, never in a JSEnv:
   * they exist once, and other modules link to them by name */
  if (r->esm)
    for (int i = 0; i < s->nbind; i++) {
      Binding *b = s->bindings[i];
      if (b->kind <= BIND_FUNC || b->kind == BIND_CLASS || b->kind == BIND_IMPORT) b->module_global = true;
    }
  if (script) {
    /* GlobalDeclarationInstantiation: vars and functions become properties
     * of the global object, which other code can change at any time */
    for (int i = 0; i < s->nbind; i++) {
      Binding *b = s->bindings[i];
      if ((b->kind == BIND_VAR && b->decl != program) || b->kind == BIND_FUNC) {
        b->global_prop = true;
        b->reassigned = true;
      }
    }
  }
  visit_list(&R, &program->program.body, true);
  compute_captures(r);
  return true;
}
