/* lower_stmt.c — statements, scopes and control flow.
 *
 * Abrupt completions. break/continue/return that leave a `finally` (or a
 * for-of loop, whose iterator must be closed) do not jump directly: they
 * record why in the innermost FinallyCtx (kind 2 = return, 3+i = the i-th
 * registered exit), jump to its entry, and the dispatch after the finally
 * body continues the journey outwards. A throw inside a try goes to the
 * catch block or to the finally's exception entry (kind 1), which rethrows
 * after the finally body. Every exit thus runs each finally exactly once.
 *
 * Scopes. Entering a scope allocates storage for its bindings (allocas, or
 * a fresh JSEnv for captured ones) and instantiates its function
 * declarations. A `for (let ...)` loop whose bindings are captured copies
 * its env before each update, so every iteration's closures see their own
 * binding, as the spec's CreatePerIterationEnvironment says.
 */
#include <stdlib.h>
#include <string.h>

#include "lower_internal.h"

/* ---- scopes ------------------------------------------------------------ */

void kc_scope_enter(LowerCtx *c, Scope *s) {
  if (!s) return;
  if (s->nslots > 0) {
    LLVMValueRef args[2] = {kc_cur_env(c), kc_ll_i32(c, s->nslots)};
    LLVMValueRef env = kc_ll_call_rt(c, RT_rt_new_env, args, 2);
    s->env = kc_ll_alloca(c, c->t_ptr, "env.slot");
    kc_ll_store(c, env, s->env);
  }
  c->f->scope = s;
  for (int i = 0; i < s->nbind; i++) {
    Binding *b = s->bindings[i];
    b->typed = NULL;
    if (b->module_global) continue; /* statically initialised (module_global) */
    if (b->global_prop) {
      if (b->kind == BIND_VAR) {
        LLVMValueRef nm = kc_ll_string_value(c, b->name.ptr, b->name.len);
        kc_ll_call_rt_checked(c, RT_rt_declare_global_var, &nm, 1);
      }
      continue;
    }
    if (!b->captured) {
      char name[64];
      snprintf(name, sizeof name, "%.*s", (int)(b->name.len < 60 ? b->name.len : 60), b->name.ptr);
      b->storage = kc_ll_alloca(c, c->t_i64, name);
    }
    switch (b->kind) {
    case BIND_VAR:
      kc_binding_init(c, b, kc_ll_undef(c));
      break;
    case BIND_LET:
    case BIND_CONST:
    case BIND_CLASS:
      if (!b->captured) kc_binding_init(c, b, kc_ll_i64(c, b->tdz ? JS_EMPTY : JS_UNDEFINED));
      break;
    case BIND_FUNC:
    case BIND_CATCH:
      if (!b->captured) kc_binding_init(c, b, kc_ll_undef(c));
      break;
    case BIND_PARAM: /* a default initialiser may read it before its turn */
      if (b->tdz) kc_binding_init(c, b, kc_ll_i64(c, JS_EMPTY));
      break;
    default: break; /* params, this, arguments, callee: the prologue */
    }
  }
}

static void scope_hoist_funcs(LowerCtx *c, Scope *s) {
  if (!s) return;
  for (int i = 0; i < s->nbind; i++) {
    Binding *b = s->bindings[i];
    if (b->kind != BIND_FUNC || !b->decl || b->decl->kind != NODE_FunctionDeclaration) continue;
    const Node *fn = b->decl;
    LLVMValueRef clo = kc_lower_closure(c, fn, fn->function.id ? fn->function.id->ident.name : (KcStr){"default", 7});
    if (b->global_prop) {
      LLVMValueRef args[2] = {kc_ll_string_value(c, b->name.ptr, b->name.len), clo};
      kc_ll_call_rt_checked(c, RT_rt_declare_global_function, args, 2);
      continue;
    }
    kc_binding_init(c, b, clo);
    /* Annex B.3.3 (see resolve.c): the function-level var of the same name */
    FuncInfo *fi = c->f->fi;
    if (s != fi->scope && !fi->strict) {
      Binding *v = kc_scope_find_local(fi->scope, b->name.ptr, b->name.len);
      if (v && v->kind == BIND_VAR) kc_binding_init(c, v, clo);
      else if (!v && fi->is_module && c->res->eval_globals) {
        Binding *g = kc_scope_find_local(c->res->eval_globals, b->name.ptr, b->name.len);
        if (g) kc_eval_var_assign(c, g, clo);
      }
    }
  }
}

void kc_scope_hoist_funcs(LowerCtx *c, Scope *s);
void kc_scope_hoist_funcs(LowerCtx *c, Scope *s) { scope_hoist_funcs(c, s); }

static Scope *scope_of(LowerCtx *c, const Node *n) { return kc_ptrmap_get(&c->res->scopes, n); }

/* The expression of a for-in/of head, evaluated where the loop's let/const
 * names are in their TDZ (resolve.c keys that scope by &right). */
static LLVMValueRef lower_for_head(LowerCtx *c, const Node *n) {
  Scope *saved = c->f->scope;
  kc_scope_enter(c, scope_of(c, (const Node *)&n->for_in.right));
  LLVMValueRef v = kc_lower_boxed(c, n->for_in.right);
  c->f->scope = saved;
  return v;
}

/* ---- jumps ------------------------------------------------------------- */

static void route(LowerCtx *c, LLVMBasicBlockRef dest, int depth) {
  FnState *f = c->f;
  if (f->finally_depth <= depth) {
    LLVMBuildBr(c->b, dest);
    return;
  }
  FinallyCtx *fc = f->fin;
  int idx = -1;
  for (int i = 0; i < fc->nexits; i++)
    if (fc->exits[i].dest == dest) idx = i;
  if (idx < 0) {
    if (fc->nexits == fc->cap) {
      fc->cap = fc->cap ? fc->cap * 2 : 4;
      fc->exits = realloc(fc->exits, sizeof *fc->exits * (size_t)fc->cap);
    }
    idx = fc->nexits++;
    fc->exits[idx] = (FinallyExit){dest, depth};
  }
  kc_ll_store(c, kc_ll_i32(c, 3 + idx), fc->kind_slot);
  LLVMBuildBr(c->b, fc->entry);
}

static void route_return_stored(LowerCtx *c) {
  FnState *f = c->f;
  if (f->finally_depth == 0) {
    LLVMBuildBr(c->b, f->ret_bb);
    return;
  }
  kc_ll_store(c, kc_ll_i32(c, 2), f->fin->kind_slot);
  LLVMBuildBr(c->b, f->fin->entry);
}

void kc_route_return(LowerCtx *c, LLVMValueRef v) {
  kc_ll_store(c, v, c->f->retval);
  route_return_stored(c);
}

static void dead_block(LowerCtx *c) { kc_ll_position(c, kc_ll_block_new(c, "unreachable")); }

static JumpTarget *push_target(LowerCtx *c, JumpTarget *t, bool is_loop, bool is_switch,
                               LLVMBasicBlockRef brk, LLVMBasicBlockRef cont) {
  t->prev = c->f->jumps;
  t->labels = c->f->pending_labels;
  t->nlabels = c->f->npending;
  c->f->pending_labels = NULL;
  c->f->npending = 0;
  t->is_loop = is_loop;
  t->is_switch = is_switch;
  t->brk = brk;
  t->cont = cont;
  t->finally_depth = c->f->finally_depth;
  t->cont_depth = t->finally_depth;
  c->f->jumps = t;
  return t;
}

static void pop_target(LowerCtx *c) { c->f->jumps = c->f->jumps->prev; }

static bool has_label(JumpTarget *t, KcStr l) {
  for (int i = 0; i < t->nlabels; i++)
    if (t->labels[i].len == l.len && !memcmp(t->labels[i].ptr, l.ptr, l.len)) return true;
  return false;
}

static void lower_jump(LowerCtx *c, const Node *n, bool is_continue) {
  const Node *label = n->jump.label;
  for (JumpTarget *t = c->f->jumps; t; t = t->prev) {
    if (label ? !has_label(t, label->ident.name) : !(t->is_loop || (!is_continue && t->is_switch))) continue;
    if (is_continue && !t->cont) break;
    route(c, is_continue ? t->cont : t->brk, is_continue ? t->cont_depth : t->finally_depth);
    dead_block(c);
    return;
  }
  kc_lower_unsupported(c, n, "this jump target");
}

/* ---- loops ------------------------------------------------------------- */

/* Copies a per-iteration env (see the file comment). */
static void copy_iteration_env(LowerCtx *c, Scope *s) {
  if (!s || s->nslots == 0) return;
  LLVMValueRef old = kc_ll_load(c, c->t_ptr, s->env, "env.old");
  LLVMValueRef parent = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, old, offsetof(JSEnv, parent)), "");
  LLVMValueRef args[2] = {parent, kc_ll_i32(c, s->nslots)};
  LLVMValueRef env = kc_ll_call_rt(c, RT_rt_new_env, args, 2);
  for (int i = 0; i < s->nslots; i++) {
    int64_t off = (int64_t)(offsetof(JSEnv, vars) + 8 * (size_t)i);
    kc_ll_store(c, kc_ll_load(c, c->t_i64, kc_ll_gep(c, old, off), ""), kc_ll_gep(c, env, off));
  }
  kc_ll_store(c, env, s->env);
}

static void lower_body_in_loop(LowerCtx *c, const Node *body, LLVMBasicBlockRef brk, LLVMBasicBlockRef cont) {
  JumpTarget t;
  push_target(c, &t, true, false, brk, cont);
  kc_lower_stmt(c, body);
  pop_target(c);
}

static void lower_while(LowerCtx *c, const Node *n) {
  LLVMBasicBlockRef cond = kc_ll_block_new(c, "while.cond");
  LLVMBasicBlockRef body = kc_ll_block_new(c, "while.body");
  LLVMBasicBlockRef end = kc_ll_block_new(c, "while.end");
  LLVMBuildBr(c->b, cond);
  kc_ll_position(c, cond);
  LLVMBuildCondBr(c->b, kc_lower_cond(c, n->while_stmt.test), body, end);
  kc_ll_position(c, body);
  lower_body_in_loop(c, n->while_stmt.body, end, cond);
  kc_ll_br(c, cond);
  kc_ll_position(c, end);
}

static void lower_do_while(LowerCtx *c, const Node *n) {
  LLVMBasicBlockRef body = kc_ll_block_new(c, "do.body");
  LLVMBasicBlockRef cond = kc_ll_block_new(c, "do.cond");
  LLVMBasicBlockRef end = kc_ll_block_new(c, "do.end");
  LLVMBuildBr(c->b, body);
  kc_ll_position(c, body);
  lower_body_in_loop(c, n->while_stmt.body, end, cond);
  kc_ll_br(c, cond);
  kc_ll_position(c, cond);
  LLVMBuildCondBr(c->b, kc_lower_cond(c, n->while_stmt.test), body, end);
  kc_ll_position(c, end);
}

static void lower_var_decl(LowerCtx *c, const Node *n);

static void lower_for(LowerCtx *c, const Node *n) {
  Scope *saved = c->f->scope;
  Scope *s = scope_of(c, n);
  if (s) kc_scope_enter(c, s);
  const Node *init = n->for_stmt.init;
  if (init) {
    if (init->kind == NODE_VariableDeclaration) lower_var_decl(c, init);
    else kc_lower_expr(c, init);
  }
  LLVMBasicBlockRef cond = kc_ll_block_new(c, "for.cond");
  LLVMBasicBlockRef body = kc_ll_block_new(c, "for.body");
  LLVMBasicBlockRef cont = kc_ll_block_new(c, "for.inc");
  LLVMBasicBlockRef end = kc_ll_block_new(c, "for.end");
  LLVMBuildBr(c->b, cond);
  kc_ll_position(c, cond);
  if (n->for_stmt.test) LLVMBuildCondBr(c->b, kc_lower_cond(c, n->for_stmt.test), body, end);
  else LLVMBuildBr(c->b, body);
  kc_ll_position(c, body);
  lower_body_in_loop(c, n->for_stmt.body, end, cont);
  kc_ll_br(c, cont);
  kc_ll_position(c, cont);
  copy_iteration_env(c, s);
  if (n->for_stmt.update) kc_lower_expr(c, n->for_stmt.update);
  LLVMBuildBr(c->b, cond);
  kc_ll_position(c, end);
  c->f->scope = saved;
}

/* The left side of for-in/for-of receives [v]. */
static void bind_for_left(LowerCtx *c, const Node *left, LLVMValueRef v) {
  if (left->kind == NODE_VariableDeclaration) {
    const Node *id = left->var_decl.declarations.items[0]->declarator.id;
    kc_assign_pattern_src(c, id, v, left->var_decl.kind != KC_VAR_VAR, ".for");
  } else {
    kc_assign_pattern_src(c, left, v, false, ".for");
  }
}

static void lower_for_in(LowerCtx *c, const Node *n) {
  Scope *saved = c->f->scope;
  LLVMValueRef obj = lower_for_head(c, n);
  kc_ll_site(c, n);
  LLVMValueRef it = kc_ll_call_rt_checked(c, RT_rt_for_in_start, &obj, 1);
  LLVMBasicBlockRef next = kc_ll_block_new(c, "forin.next");
  LLVMBasicBlockRef body = kc_ll_block_new(c, "forin.body");
  LLVMBasicBlockRef end = kc_ll_block_new(c, "forin.end");
  LLVMBuildBr(c->b, next);
  kc_ll_position(c, next);
  LLVMValueRef k = kc_ll_call_rt_checked(c, RT_rt_for_in_next, &it, 1);
  LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, k, kc_ll_i64(c, JS_EMPTY), ""), end, body);
  kc_ll_position(c, body);
  kc_scope_enter(c, scope_of(c, n));
  bind_for_left(c, n->for_in.left, k);
  lower_body_in_loop(c, n->for_in.body, end, next);
  c->f->scope = saved;
  kc_ll_br(c, next);
  kc_ll_position(c, end);
}

static FinallyCtx *push_finally(LowerCtx *c, const char *name) {
  FinallyCtx *fc = calloc(1, sizeof *fc);
  fc->prev = c->f->fin;
  fc->entry = kc_ll_block_new(c, name);
  fc->kind_slot = kc_ll_alloca(c, c->t_i32, "fin.kind");
  fc->value_slot = kc_ll_alloca(c, c->t_i64, "fin.value");
  c->f->fin = fc;
  fc->depth = ++c->f->finally_depth;
  return fc;
}

static void pop_finally(LowerCtx *c, FinallyCtx *fc) {
  c->f->fin = fc->prev;
  c->f->finally_depth--;
}

/* After the finally body: continue the completion that entered it. */
static void finally_dispatch(LowerCtx *c, FinallyCtx *fc, LLVMBasicBlockRef normal) {
  LLVMValueRef kind = kc_ll_load(c, c->t_i32, fc->kind_slot, "fin.kind");
  LLVMBasicBlockRef rethrow = kc_ll_block_new(c, "fin.rethrow");
  LLVMBasicBlockRef ret = kc_ll_block_new(c, "fin.return");
  LLVMValueRef sw = LLVMBuildSwitch(c->b, kind, normal, (unsigned)(2 + fc->nexits));
  LLVMAddCase(sw, kc_ll_i32(c, 1), rethrow);
  LLVMAddCase(sw, kc_ll_i32(c, 2), ret);
  for (int i = 0; i < fc->nexits; i++) {
    LLVMBasicBlockRef bb = kc_ll_block_new(c, "fin.exit");
    LLVMAddCase(sw, kc_ll_i32(c, 3 + i), bb);
    kc_ll_position(c, bb);
    route(c, fc->exits[i].dest, fc->exits[i].depth);
  }
  kc_ll_position(c, rethrow);
  LLVMValueRef v = kc_ll_load(c, c->t_i64, fc->value_slot, "exc");
  kc_ll_call_rt(c, RT_rt_throw, &v, 1);
  LLVMBuildBr(c->b, c->f->handler ? c->f->handler : c->f->ret_exc_bb);
  kc_ll_position(c, ret);
  route_return_stored(c);
}

/* The body of a for-of or for-await loop over iterator `it` with the
 * current value x: break leaves the iterator context (closing the
 * iterator through the returned FinallyCtx), continue stays in it, and an
 * exception goes to `exc`. Ends with a branch back to `next`. */
static FinallyCtx *lower_iter_body(LowerCtx *c, const Node *n, LLVMValueRef it, LLVMValueRef x,
                                   LLVMBasicBlockRef body, LLVMBasicBlockRef next,
                                   LLVMBasicBlockRef end, LLVMBasicBlockRef exc, const char *close_name) {
  Scope *saved = c->f->scope;
  kc_ll_position(c, body);
  JumpTarget t;
  push_target(c, &t, true, false, end, next);
  FinallyCtx *fc = push_finally(c, close_name);
  fc->iter = it;
  t.cont_depth = fc->depth;
  LLVMBasicBlockRef outer_handler = c->f->handler;
  c->f->handler = exc;
  kc_scope_enter(c, scope_of(c, n));
  bind_for_left(c, n->for_in.left, x);
  kc_lower_stmt(c, n->for_in.body);
  c->f->scope = saved;
  c->f->handler = outer_handler;
  pop_target(c);
  pop_finally(c, fc);
  kc_ll_br(c, next);
  return fc;
}

/* for await (x of it) in an async body: GetIterator(it, async); each step
 * awaits next()'s result; an abrupt exit awaits return()'s result
 * (AsyncIteratorClose) — on a throw its outcome is dropped for the original
 * exception, on break/return/continue-outer it must be an object. */
static void lower_for_await(LowerCtx *c, const Node *n) {
  if (!c->f->is_async) {
    kc_lower_unsupported(c, n, "top-level for await outside an ES module");
    return;
  }
  LLVMValueRef v = lower_for_head(c, n);
  kc_ll_site(c, n);
  LLVMValueRef it = kc_ll_call_rt_checked(c, RT_rt_get_async_iterator, &v, 1);
  LLVMBasicBlockRef next = kc_ll_block_new(c, "forawait.next");
  LLVMBasicBlockRef body = kc_ll_block_new(c, "forawait.body");
  LLVMBasicBlockRef end = kc_ll_block_new(c, "forawait.end");
  LLVMBasicBlockRef exc = kc_ll_block_new(c, "forawait.exc");
  LLVMBuildBr(c->b, next);
  kc_ll_position(c, next);
  LLVMValueRef r = kc_ll_call_rt_checked(c, RT_rt_async_iter_next, &it, 1);
  r = kc_await_value(c, r);
  LLVMValueRef x = kc_ll_call_rt_checked(c, RT_rt_async_iter_value, &r, 1);
  LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, x, kc_ll_i64(c, JS_EMPTY), ""), end, body);
  FinallyCtx *fc = lower_iter_body(c, n, it, x, body, next, end, exc, "forawait.close");
  /* exception in the body: close (awaiting return()'s result), then rethrow
   * the original whatever the close did */
  kc_ll_position(c, exc);
  LLVMValueRef e = kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0);
  LLVMValueRef saved_exc = kc_ll_alloca(c, c->t_i64, "forawait.exc.value");
  kc_ll_store(c, e, saved_exc);
  LLVMBasicBlockRef rethrow = kc_ll_block_new(c, "forawait.rethrow");
  LLVMBasicBlockRef close_await = kc_ll_block_new(c, "forawait.exc.await");
  LLVMValueRef cr = kc_ll_call_rt(c, RT_rt_async_iter_close, &it, 1);
  LLVMValueRef skip = LLVMBuildOr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, cr, kc_ll_i64(c, JS_EMPTY), ""),
                                  LLVMBuildICmp(c->b, LLVMIntEQ, cr, kc_ll_i64(c, JS_EXCEPTION), ""), "");
  LLVMBuildCondBr(c->b, skip, rethrow, close_await);
  kc_ll_position(c, close_await);
  {
    /* a rejection of the awaited result is dropped too: await it with a
     * handler that only continues to the rethrow */
    LLVMBasicBlockRef h = c->f->handler;
    c->f->handler = rethrow;
    kc_await_raw(c, cr);
    c->f->handler = h;
  }
  LLVMBuildBr(c->b, rethrow);
  kc_ll_position(c, rethrow);
  kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0);
  LLVMValueRef ev = kc_ll_load(c, c->t_i64, saved_exc, "exc");
  kc_ll_call_rt(c, RT_rt_throw, &ev, 1);
  LLVMBuildBr(c->b, c->f->handler ? c->f->handler : c->f->ret_exc_bb);
  /* routed exits: close, await, check, then continue */
  kc_ll_position(c, fc->entry);
  LLVMValueRef cr2 = kc_ll_call_rt_checked(c, RT_rt_async_iter_close, &it, 1);
  LLVMBasicBlockRef has_ret = kc_ll_block_new(c, "forawait.close.await");
  LLVMBasicBlockRef closed = kc_ll_block_new(c, "forawait.closed");
  LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, cr2, kc_ll_i64(c, JS_EMPTY), ""), closed, has_ret);
  kc_ll_position(c, has_ret);
  LLVMValueRef res = kc_await_value(c, cr2);
  kc_ll_call_rt_checked(c, RT_rt_async_iter_close_check, &res, 1);
  LLVMBuildBr(c->b, closed);
  kc_ll_position(c, closed);
  finally_dispatch(c, fc, end);
  free(fc->exits);
  free(fc);
  kc_ll_position(c, end);
}

static void lower_for_of(LowerCtx *c, const Node *n) {
  if (n->for_in.is_await) {
    lower_for_await(c, n);
    return;
  }
  LLVMValueRef v = lower_for_head(c, n);
  kc_ll_site(c, n);
  LLVMValueRef it = kc_get_iterator(c, v, n->for_in.right);
  LLVMBasicBlockRef next = kc_ll_block_new(c, "forof.next");
  LLVMBasicBlockRef body = kc_ll_block_new(c, "forof.body");
  LLVMBasicBlockRef end = kc_ll_block_new(c, "forof.end");
  LLVMBasicBlockRef exc = kc_ll_block_new(c, "forof.exc");
  LLVMBuildBr(c->b, next);
  kc_ll_position(c, next);
  LLVMValueRef x = kc_ll_call_rt_checked(c, RT_rt_iterator_step, &it, 1);
  LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, x, kc_ll_i64(c, JS_EMPTY), ""), end, body);
  FinallyCtx *fc = lower_iter_body(c, n, it, x, body, next, end, exc, "forof.close");
  /* exception in the body: close, then rethrow the original */
  kc_ll_position(c, exc);
  LLVMValueRef e = kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0);
  LLVMValueRef cr = kc_ll_call_rt(c, RT_rt_iterator_close, &it, 1);
  (void)cr;
  LLVMValueRef args0[1] = {e};
  /* a throw from close loses to the original exception */
  kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0);
  kc_ll_call_rt(c, RT_rt_throw, args0, 1);
  LLVMBuildBr(c->b, c->f->handler ? c->f->handler : c->f->ret_exc_bb);
  /* routed exits: close, then continue */
  kc_ll_position(c, fc->entry);
  LLVMValueRef r = kc_ll_call_rt(c, RT_rt_iterator_close, &it, 1);
  kc_ll_check_exc(c, r);
  finally_dispatch(c, fc, end);
  free(fc->exits);
  free(fc);
  kc_ll_position(c, end);
}

/* ---- try --------------------------------------------------------------- */

static void lower_try(LowerCtx *c, const Node *n) {
  const Node *handler = n->try_stmt.handler, *finalizer = n->try_stmt.finalizer;
  FnState *f = c->f;
  LLVMBasicBlockRef outer_handler = f->handler;
  LLVMBasicBlockRef after = kc_ll_block_new(c, "try.end");
  FinallyCtx *fc = NULL;
  LLVMBasicBlockRef fin_exc = NULL;
  if (finalizer) {
    fc = push_finally(c, "finally");
    fin_exc = kc_ll_block_new(c, "finally.exc");
    f->handler = fin_exc;
  }
  LLVMBasicBlockRef catch_bb = handler ? kc_ll_block_new(c, "catch") : NULL;
  LLVMBasicBlockRef try_handler = f->handler;
  if (handler) f->handler = catch_bb;
  LLVMBasicBlockRef body = kc_ll_block_new(c, "try");
  LLVMBuildBr(c->b, body);
  kc_ll_position(c, body);
  kc_lower_stmt(c, n->try_stmt.block);
  if (!kc_ll_terminated(c)) {
    if (fc) kc_ll_store(c, kc_ll_i32(c, 0), fc->kind_slot);
    LLVMBuildBr(c->b, fc ? fc->entry : after);
  }
  f->handler = try_handler;
  if (handler) {
    kc_ll_position(c, catch_bb);
    LLVMValueRef e = kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0);
    Scope *saved = f->scope;
    kc_scope_enter(c, scope_of(c, handler));
    if (handler->catch_clause.param) kc_assign_pattern_src(c, handler->catch_clause.param, e, true, ".catch");
    kc_lower_stmt(c, handler->catch_clause.body);
    f->scope = saved;
    if (!kc_ll_terminated(c)) {
      if (fc) kc_ll_store(c, kc_ll_i32(c, 0), fc->kind_slot);
      LLVMBuildBr(c->b, fc ? fc->entry : after);
    }
  }
  if (fc) {
    pop_finally(c, fc);
    f->handler = outer_handler;
    kc_ll_position(c, fin_exc);
    LLVMValueRef e = kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0);
    kc_ll_store(c, e, fc->value_slot);
    kc_ll_store(c, kc_ll_i32(c, 1), fc->kind_slot);
    LLVMBuildBr(c->b, fc->entry);
    kc_ll_position(c, fc->entry);
    /* eval completion: a finally that completes normally keeps the value
     * of the try or catch block (UpdateEmpty does not reach it) */
    bool track = c->completion && c->f->fi == c->res->module && !c->f->is_gen;
    LLVMValueRef kept = track ? kc_ll_load(c, c->t_i64, c->completion, "completion.kept") : NULL;
    kc_lower_stmt(c, finalizer);
    if (track && !kc_ll_terminated(c)) kc_ll_store(c, kept, c->completion);
    if (!kc_ll_terminated(c)) finally_dispatch(c, fc, after);
    free(fc->exits);
    free(fc);
  }
  f->handler = outer_handler;
  kc_ll_position(c, after);
}

/* ---- switch ------------------------------------------------------------ */

static void lower_switch(LowerCtx *c, const Node *n) {
  LLVMValueRef d = kc_lower_boxed(c, n->switch_stmt.discriminant);
  Scope *saved = c->f->scope;
  kc_scope_enter(c, scope_of(c, n));
  scope_hoist_funcs(c, scope_of(c, n));
  int nc = n->switch_stmt.cases.count;
  LLVMBasicBlockRef *bodies = calloc((size_t)nc + 1, sizeof *bodies);
  LLVMBasicBlockRef end = kc_ll_block_new(c, "switch.end");
  LLVMBasicBlockRef dflt = end;
  for (int i = 0; i < nc; i++) {
    bodies[i] = kc_ll_block_new(c, n->switch_stmt.cases.items[i]->switch_case.test ? "switch.case" : "switch.default");
    if (!n->switch_stmt.cases.items[i]->switch_case.test) dflt = bodies[i];
  }
  for (int i = 0; i < nc; i++) {
    const Node *cs = n->switch_stmt.cases.items[i];
    if (!cs->switch_case.test) continue;
    LLVMValueRef v = kc_lower_boxed(c, cs->switch_case.test);
    LLVMValueRef args[2] = {d, v};
    LLVMValueRef eq;
    if (LLVMIsAConstantInt(v)) eq = LLVMBuildICmp(c->b, LLVMIntEQ, d, v, "");
    else eq = LLVMBuildICmp(c->b, LLVMIntNE, kc_ll_call_rt(c, RT_rt_strict_eq, args, 2), kc_ll_i32(c, 0), "");
    /* int32 constants compare by bits only when d is int32 too; doubles
     * holding integers go through rt_strict_eq */
    if (LLVMIsAConstantInt(v)) {
      uint64_t k = LLVMConstIntGetZExtValue(v);
      if (k >= JS_DOUBLE_OFFSET) eq = LLVMBuildICmp(c->b, LLVMIntNE, kc_ll_call_rt(c, RT_rt_strict_eq, args, 2), kc_ll_i32(c, 0), "");
    }
    LLVMBasicBlockRef next = kc_ll_block_new(c, "switch.test");
    LLVMBuildCondBr(c->b, eq, bodies[i], next);
    kc_ll_position(c, next);
  }
  LLVMBuildBr(c->b, dflt);
  JumpTarget t;
  push_target(c, &t, false, true, end, NULL);
  for (int i = 0; i < nc; i++) {
    kc_ll_position(c, bodies[i]);
    kc_lower_stmts(c, &n->switch_stmt.cases.items[i]->switch_case.consequent);
    kc_ll_br(c, i + 1 < nc ? bodies[i + 1] : end);
  }
  pop_target(c);
  free(bodies);
  c->f->scope = saved;
  kc_ll_position(c, end);
}

/* ---- declarations ------------------------------------------------------ */

static void lower_var_decl(LowerCtx *c, const Node *n) {
  bool lexical = n->var_decl.kind != KC_VAR_VAR;
  for (int i = 0; i < n->var_decl.declarations.count; i++) {
    const Node *d = n->var_decl.declarations.items[i];
    const Node *id = d->declarator.id;
    if (!d->declarator.init) {
      if (lexical && id->kind == NODE_Identifier) {
        Ref *ref = kc_ptrmap_get(&c->res->refs, id);
        if (ref && ref->b) kc_binding_init(c, ref->b, kc_ll_undef(c));
      }
      continue;
    }
    LLVMValueRef v;
    const Node *init = d->declarator.init;
    if (id->kind == NODE_Identifier &&
        (init->kind == NODE_FunctionExpression || init->kind == NODE_ArrowFunctionExpression) &&
        !init->function.id)
      v = kc_lower_closure(c, init, id->ident.name);
    else if (id->kind == NODE_Identifier && init->kind == NODE_ClassExpression && !init->class_.id)
      v = kc_lower_class(c, init, id->ident.name);
    else
      v = kc_lower_boxed(c, init);
    kc_assign_decl_pattern(c, id, v, lexical, init);
  }
}

static void lower_labeled(LowerCtx *c, const Node *n) {
  FnState *f = c->f;
  KcStr *labels = kc_arena_alloc(c->res->arena, sizeof *labels * (size_t)(f->npending + 1));
  for (int i = 0; i < f->npending; i++) labels[i] = f->pending_labels[i];
  labels[f->npending] = n->labeled.label->ident.name;
  f->pending_labels = labels;
  f->npending++;
  const Node *body = n->labeled.body;
  switch (body->kind) {
  case NODE_WhileStatement:
  case NODE_DoWhileStatement:
  case NODE_ForStatement:
  case NODE_ForInStatement:
  case NODE_ForOfStatement:
  case NODE_LabeledStatement:
    kc_lower_stmt(c, body);
    return;
  default: break;
  }
  LLVMBasicBlockRef end = kc_ll_block_new(c, "label.end");
  JumpTarget t;
  push_target(c, &t, false, false, end, NULL);
  kc_lower_stmt(c, body);
  pop_target(c);
  kc_ll_br(c, end);
  kc_ll_position(c, end);
}

void kc_lower_stmts(LowerCtx *c, const NodeList *l) {
  for (int i = 0; i < l->count && !c->failed; i++) kc_lower_stmt(c, l->items[i]);
}

void kc_lower_stmt(LowerCtx *c, const Node *n) {
  if (c->failed || !n) return;
  if (kc_ll_terminated(c)) dead_block(c);
  kc_debug_loc(c, n);
  /* labels apply only to the statement right after them */
  bool keeps_labels = n->kind == NODE_LabeledStatement || n->kind == NODE_WhileStatement ||
                      n->kind == NODE_DoWhileStatement || n->kind == NODE_ForStatement ||
                      n->kind == NODE_ForInStatement || n->kind == NODE_ForOfStatement ||
                      n->kind == NODE_SwitchStatement;
  if (!keeps_labels) {
    c->f->pending_labels = NULL;
    c->f->npending = 0;
  }
  /* eval scripts: the completion value of the script is that of the last
   * expression statement run; a statement that can complete without one
   * (if, loops, switch, try) resets it to undefined on entry, which is what
   * UpdateEmpty(..., undefined) gives for straight-line code */
  bool track = c->completion && c->f->fi == c->res->module && !c->f->is_gen;
  if (track && (n->kind == NODE_IfStatement || n->kind == NODE_WhileStatement ||
                n->kind == NODE_DoWhileStatement || n->kind == NODE_ForStatement ||
                n->kind == NODE_ForInStatement || n->kind == NODE_ForOfStatement ||
                n->kind == NODE_SwitchStatement || n->kind == NODE_TryStatement))
    kc_ll_store(c, kc_ll_undef(c), c->completion);
  switch (n->kind) {
  case NODE_ExpressionStatement: {
    if (!track) {
      kc_lower_expr(c, n->expr_stmt.expression);
      break;
    }
    LLVMValueRef v = kc_lower_boxed(c, n->expr_stmt.expression);
    if (!c->failed) kc_ll_store(c, v, c->completion);
    break;
  }
  case NODE_BlockStatement: {
    Scope *saved = c->f->scope;
    Scope *s = scope_of(c, n);
    if (s && s != saved) {
      kc_scope_enter(c, s);
      scope_hoist_funcs(c, s);
    }
    kc_lower_stmts(c, &n->block.body);
    c->f->scope = saved;
    break;
  }
  case NODE_EmptyStatement:
  case NODE_DebuggerStatement:
  case NODE_FunctionDeclaration: break;
  case NODE_ReturnStatement: {
    LLVMValueRef v = n->argument.argument ? kc_lower_boxed(c, n->argument.argument) : kc_ll_undef(c);
    if (c->f->is_agen && n->argument.argument) v = kc_await_value(c, v); /* return awaits in async generators */
    kc_route_return(c, v);
    dead_block(c);
    break;
  }
  case NODE_ThrowStatement: {
    LLVMValueRef v = kc_lower_boxed(c, n->argument.argument);
    kc_ll_site(c, n);
    kc_ll_call_rt(c, RT_rt_throw, &v, 1);
    kc_ll_throw_pending(c);
    break;
  }
  case NODE_LabeledStatement: lower_labeled(c, n); break;
  case NODE_BreakStatement: lower_jump(c, n, false); break;
  case NODE_ContinueStatement: lower_jump(c, n, true); break;
  case NODE_IfStatement: {
    LLVMValueRef t = kc_lower_cond(c, n->if_stmt.test);
    LLVMBasicBlockRef yes = kc_ll_block_new(c, "if.then");
    LLVMBasicBlockRef no = n->if_stmt.alternate ? kc_ll_block_new(c, "if.else") : NULL;
    LLVMBasicBlockRef end = kc_ll_block_new(c, "if.end");
    LLVMBuildCondBr(c->b, t, yes, no ? no : end);
    kc_ll_position(c, yes);
    kc_lower_stmt(c, n->if_stmt.consequent);
    kc_ll_br(c, end);
    if (no) {
      kc_ll_position(c, no);
      kc_lower_stmt(c, n->if_stmt.alternate);
      kc_ll_br(c, end);
    }
    kc_ll_position(c, end);
    break;
  }
  case NODE_SwitchStatement: {
    LLVMBasicBlockRef dummy = NULL;
    (void)dummy;
    lower_switch(c, n);
    break;
  }
  case NODE_TryStatement: lower_try(c, n); break;
  case NODE_WhileStatement: lower_while(c, n); break;
  case NODE_DoWhileStatement: lower_do_while(c, n); break;
  case NODE_ForStatement: lower_for(c, n); break;
  case NODE_ForInStatement: lower_for_in(c, n); break;
  case NODE_ForOfStatement: lower_for_of(c, n); break;
  case NODE_VariableDeclaration: lower_var_decl(c, n); break;
  case NODE_ClassDeclaration: {
    if (!n->class_.id) {
      kc_lower_unsupported(c, n, "anonymous class declarations");
      break;
    }
    LLVMValueRef v = kc_lower_class(c, n, n->class_.id->ident.name);
    Binding *b = kc_scope_find_local(c->f->scope, n->class_.id->ident.name.ptr, n->class_.id->ident.name.len);
    if (b && !c->failed) kc_binding_init(c, b, v);
    break;
  }
  case NODE_WithStatement: {
    /* the object lives in the with scope's one binding; references in the
     * body search it first (lower_expr.c, with_search) */
    LLVMValueRef obj = kc_lower_boxed(c, n->with_stmt.object);
    kc_ll_site(c, n->with_stmt.object);
    obj = kc_ll_call_rt_checked(c, RT_rt_to_object, &obj, 1);
    Scope *saved = c->f->scope;
    Scope *s = scope_of(c, n);
    kc_scope_enter(c, s);
    kc_binding_init(c, s->bindings[0], obj);
    kc_lower_stmt(c, n->with_stmt.body);
    c->f->scope = saved;
    break;
  }
  /* ES modules: the driver links imports to the exporters' cells; only
   * declarations and default expressions run here */
  case NODE_ImportDeclaration:
  case NODE_ExportAllDeclaration: break;
  case NODE_ExportNamedDeclaration:
    if (n->export_named.declaration) kc_lower_stmt(c, n->export_named.declaration);
    break;
  case NODE_ExportDefaultDeclaration: {
    const Node *d = n->export_default.declaration;
    KcStr dflt = {"default", 7};
    if (d->kind == NODE_FunctionDeclaration) break; /* hoisted */
    if (d->kind == NODE_ClassDeclaration && d->class_.id) {
      kc_lower_stmt(c, d);
      break;
    }
    LLVMValueRef v = d->kind == NODE_ClassDeclaration ? kc_lower_class(c, d, dflt) : kc_lower_value_named(c, d, dflt);
    Binding *b = kc_scope_find_local(c->f->scope, "*default*", 9);
    if (b && !c->failed) kc_binding_init(c, b, v);
    break;
  }
  default: kc_lower_unsupported(c, n, kc_node_kind_name(n->kind)); break;
  }
}
