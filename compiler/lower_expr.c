/* lower_expr.c — expressions.
 *
 * kc_lower_expr returns a KcVal: a boxed JSValue (i64), or an unboxed i32,
 * double or i1 when the type is statically known. Operators emit their fast
 * paths inline and call the runtime for the rest:
 *
 *   a + b:   both int32 → llvm.sadd.with.overflow ─overflow─┐
 *            both numbers → fadd ◄──────────────────────────┘
 *            otherwise → rt_add (strings, objects, ToPrimitive)
 *
 * Comparisons produce i1 so that conditions branch without boxing. Every
 * runtime call that can throw is followed by a JS_EXCEPTION check that
 * branches to the innermost handler (kc_ll_check_exc).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower_internal.h"

#include "kiln/eval.h"

static LLVMValueRef lower_value_named(LowerCtx *c, const Node *v, KcStr name);

static Ref *ref_of(LowerCtx *c, const Node *n) { return kc_ptrmap_get(&c->res->refs, n); }

/* ---- environments and bindings ----------------------------------------- */

/* Depth of the env a function receives in callee->env. */
static int env_in_depth(FuncInfo *fi) {
  Scope *s = fi->scope;
  return s->env_depth - (s->nslots > 0);
}

LLVMValueRef kc_cur_env(LowerCtx *c) {
  FuncInfo *fi = c->f->fi;
  for (Scope *s = c->f->scope; s && s->func == fi; s = s->parent)
    if (s->nslots > 0 && s->env) return kc_ll_load(c, c->t_ptr, s->env, "env");
  return c->f->env_in ? c->f->env_in : LLVMConstNull(c->t_ptr);
}

/* The global cell of an ES module's top-level binding: "esm.<module>.<name>",
 * defined here (var and function: undefined, lexical: JS_EMPTY until
 * initialised) or, for an import, the exporter's cell that the driver
 * resolved, declared here and defined by the module linked in later. */
static LLVMValueRef module_global(LowerCtx *c, Binding *b) {
  if (b->gvar) return b->gvar;
  char name[512];
  if (b->kind == BIND_IMPORT) {
    const char *sym = NULL;
    for (int i = 0; i < c->opts.nimports; i++)
      if (strlen(c->opts.imports[i].local) == b->name.len && !memcmp(c->opts.imports[i].local, b->name.ptr, b->name.len))
        sym = c->opts.imports[i].sym;
    if (!sym) { /* only the driver's bundler resolves imports */
      kc_diag_error(c->diag, c->src, b->decl->loc, "import of '%.*s' was not resolved", (int)b->name.len, b->name.ptr);
      c->failed = true;
      sym = "esm.unresolved";
    }
    snprintf(name, sizeof name, "%s", sym);
  } else {
    snprintf(name, sizeof name, "esm.%d.%.*s", c->opts.module_index, (int)b->name.len, b->name.ptr);
  }
  LLVMValueRef g = LLVMGetNamedGlobal(c->mod, name);
  if (!g) {
    g = LLVMAddGlobal(c->mod, c->t_i64, name);
    if (b->kind != BIND_IMPORT) {
      bool lexical = b->kind == BIND_LET || b->kind == BIND_CONST || b->kind == BIND_CLASS;
      LLVMSetInitializer(g, kc_ll_i64(c, lexical ? JS_EMPTY : JS_UNDEFINED));
    }
  }
  b->gvar = g;
  return g;
}

/* Defines the cell of every top-level binding of an ES module, referenced
 * or not: other modules may export it (export var x;). */
void kc_module_globals_define(LowerCtx *c) {
  Scope *s = c->res->module->scope;
  for (int i = 0; i < s->nbind; i++)
    if (s->bindings[i]->module_global && s->bindings[i]->kind != BIND_IMPORT) module_global(c, s->bindings[i]);
}

static LLVMValueRef binding_ptr(LowerCtx *c, Binding *b) {
  if (b->module_global) return module_global(c, b);
  if (!b->captured) return b->storage;
  FuncInfo *fi = c->f->fi;
  LLVMValueRef env = NULL;
  int depth = 0;
  for (Scope *s = c->f->scope; s && s->func == fi; s = s->parent) {
    if (s->nslots > 0 && s->env) {
      env = kc_ll_load(c, c->t_ptr, s->env, "env");
      depth = s->env_depth;
      break;
    }
  }
  if (!env) {
    env = c->f->env_in;
    depth = env_in_depth(fi);
  }
  for (int hops = depth - b->scope->env_depth; hops > 0; hops--)
    env = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, env, offsetof(JSEnv, parent)), "env.up");
  return kc_ll_gep(c, env, (int64_t)(offsetof(JSEnv, vars) + 8 * (size_t)b->slot));
}

static LLVMValueRef name_cstr(LowerCtx *c, KcStr name) {
  return kc_ll_cstring(c, name.ptr, name.len + 1, "name");
}

static void tdz_check(LowerCtx *c, Binding *b, LLVMValueRef v, const Node *at) {
  LLVMValueRef empty = LLVMBuildICmp(c->b, LLVMIntEQ, v, kc_ll_i64(c, JS_EMPTY), "tdz");
  LLVMBasicBlockRef bad = kc_ll_block_new(c, "tdz.throw");
  LLVMBasicBlockRef ok = kc_ll_block_new(c, "tdz.ok");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, empty, false), bad, ok);
  kc_ll_position(c, bad);
  kc_ll_site(c, at);
  LLVMValueRef nm = name_cstr(c, b->name);
  kc_ll_call_rt(c, RT_rt_throw_tdz, &nm, 1);
  kc_ll_throw_pending(c);
  LLVMDeleteBasicBlock(LLVMGetInsertBlock(c->b));
  kc_ll_position(c, ok);
}

LLVMValueRef kc_binding_read(LowerCtx *c, Binding *b, bool check, const Node *at) {
  if (b->global_prop) return kc_global_get(c, b->name, false);
  if (b->typed) return b->typed; /* caller handles typed reads; boxed fallback */
  LLVMValueRef p = binding_ptr(c, b);
  LLVMValueRef v = kc_ll_load(c, c->t_i64, p, "");
  if (check) tdz_check(c, b, v, at);
  return v;
}

void kc_binding_init(LowerCtx *c, Binding *b, LLVMValueRef v) {
  if (b->global_prop) {
    kc_global_set(c, b->name, v);
    return;
  }
  kc_ll_store(c, v, binding_ptr(c, b));
}

void kc_binding_write(LowerCtx *c, Binding *b, LLVMValueRef v, bool check, const Node *at) {
  if (b->global_prop) {
    kc_global_set(c, b->name, v);
    return;
  }
  LLVMValueRef p = binding_ptr(c, b);
  if (check) tdz_check(c, b, kc_ll_load(c, c->t_i64, p, ""), at);
  if (b->kind == BIND_CONST || b->kind == BIND_IMPORT || (b->kind == BIND_CALLEE && c->f->fi->strict)) {
    kc_ll_site(c, at);
    LLVMValueRef nm = name_cstr(c, b->name);
    kc_ll_call_rt(c, RT_rt_throw_const_assign, &nm, 1);
    kc_ll_throw_pending(c);
    return;
  }
  if (b->kind == BIND_CALLEE) return; /* sloppy: silently ignored */
  kc_ll_store(c, v, p);
}

/* ---- helpers ----------------------------------------------------------- */

static LLVMValueRef phi2(LowerCtx *c, LLVMTypeRef ty, LLVMValueRef *vals, LLVMBasicBlockRef *bbs,
                         int n, const char *name) {
  LLVMValueRef phi = LLVMBuildPhi(c->b, ty, name);
  LLVMAddIncoming(phi, vals, bbs, (unsigned)n);
  return phi;
}

LLVMValueRef kc_lower_boxed(LowerCtx *c, const Node *n) { return kc_val_box(c, kc_lower_expr(c, n)); }

/* Text of [n] for messages ("obj.method is not a function"). */
static LLVMValueRef node_text(LowerCtx *c, const Node *n) {
  size_t len = n->loc.length;
  if (len > 80) len = 80;
  char buf[96];
  memcpy(buf, c->src->text + n->loc.offset, len);
  buf[len] = 0;
  return kc_ll_cstring(c, buf, len + 1, "callee.text");
}

static KcVal number_const(LowerCtx *c, double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int32_t)d && !(d == 0 && signbit(d)))
    return (KcVal){kc_ll_i32(c, (int32_t)d), VK_I32};
  uint64_t bits;
  if (d != d) bits = JS_CANONICAL_NAN;
  else memcpy(&bits, &d, 8);
  return kc_boxed(kc_ll_i64(c, bits + JS_DOUBLE_OFFSET));
}

LLVMValueRef kc_to_bool(LowerCtx *c, KcVal v) {
  switch (v.kind) {
  case VK_BOOL: return v.v;
  case VK_I32: return LLVMBuildICmp(c->b, LLVMIntNE, v.v, kc_ll_i32(c, 0), "");
  case VK_F64: {
    return LLVMBuildFCmp(c->b, LLVMRealONE, v.v, kc_ll_f64(c, 0), "");
  }
  case VK_BOXED: break;
  }
  LLVMValueRef x = v.v;
  if (LLVMIsAConstantInt(x)) {
    uint64_t k = LLVMConstIntGetZExtValue(x);
    if (k == JS_TRUE) return LLVMConstInt(c->t_i1, 1, false);
    if (k < JS_CELL_MIN) return LLVMConstInt(c->t_i1, 0, false);
  }
  /* true → 1; other small constants → 0; int32 → != 0; doubles → != 0 and
   * not NaN; objects → 1; strings, symbols and BigInts (kinds 1..3) → the
   * runtime (a length check on a possibly unflattened rope, a zero test) */
  LLVMBasicBlockRef start = LLVMGetInsertBlock(c->b);
  LLVMBasicBlockRef not_small = kc_ll_block_new(c, "tobool.big");
  LLVMBasicBlockRef is_int = kc_ll_block_new(c, "tobool.int");
  LLVMBasicBlockRef not_int = kc_ll_block_new(c, "tobool.notint");
  LLVMBasicBlockRef is_dbl = kc_ll_block_new(c, "tobool.double");
  LLVMBasicBlockRef is_cell = kc_ll_block_new(c, "tobool.cell");
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "tobool.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "tobool.done");
  LLVMValueRef small = LLVMBuildICmp(c->b, LLVMIntULT, x, kc_ll_i64(c, JS_CELL_MIN), "");
  LLVMValueRef small_res = LLVMBuildICmp(c->b, LLVMIntEQ, x, kc_ll_i64(c, JS_TRUE), "");
  LLVMBuildCondBr(c->b, small, done, not_small);
  kc_ll_position(c, not_small);
  LLVMBuildCondBr(c->b, kc_ll_is_int32(c, x), is_int, not_int);
  kc_ll_position(c, is_int);
  LLVMValueRef int_res = LLVMBuildICmp(c->b, LLVMIntNE, x, kc_ll_i64(c, JS_INT32_TAG), "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, not_int);
  LLVMBuildCondBr(c->b, kc_ll_is_number(c, x), is_dbl, is_cell);
  kc_ll_position(c, is_dbl);
  LLVMValueRef dbl_res = LLVMBuildFCmp(c->b, LLVMRealONE, kc_ll_unbox_double(c, x), kc_ll_f64(c, 0), "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, is_cell);
  _Static_assert(JS_CELL_STRING == 1 && JS_CELL_SYMBOL == 2 && JS_CELL_BIGINT == 3, "primitive cell kinds");
  LLVMValueRef kind = kc_ll_load(c, c->t_i8, LLVMBuildIntToPtr(c->b, x, c->t_ptr, ""), "kind");
  LLVMValueRef prim = LLVMBuildICmp(c->b, LLVMIntULE, LLVMBuildSub(c->b, kind, LLVMConstInt(c->t_i8, 1, false), ""),
                                    LLVMConstInt(c->t_i8, 2, false), "prim");
  LLVMBuildCondBr(c->b, prim, slow, done);
  kc_ll_position(c, slow);
  LLVMValueRef r = kc_ll_call_rt(c, RT_rt_to_boolean, &x, 1);
  LLVMValueRef slow_res = LLVMBuildICmp(c->b, LLVMIntNE, r, kc_ll_i32(c, 0), "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[5] = {small_res, int_res, dbl_res, LLVMConstInt(c->t_i1, 1, false), slow_res};
  LLVMBasicBlockRef bbs[5] = {start, is_int, is_dbl, is_cell, slow};
  return phi2(c, c->t_i1, vals, bbs, 5, "bool");
}

/* ---- arithmetic -------------------------------------------------------- */

static bool is_string_node(const Node *n) {
  return (n->kind == NODE_Literal && n->literal.lit == KC_LIT_STRING) || n->kind == NODE_TemplateLiteral;
}

static RtFn slow_fn(KcBinaryOp op) {
  switch (op) {
  case KC_BIN_ADD: return RT_rt_add;
  case KC_BIN_SUB: return RT_rt_sub;
  case KC_BIN_MUL: return RT_rt_mul;
  case KC_BIN_DIV: return RT_rt_div;
  case KC_BIN_MOD: return RT_rt_mod;
  case KC_BIN_EXP: return RT_rt_pow;
  case KC_BIN_BIT_AND: return RT_rt_bitand;
  case KC_BIN_BIT_OR: return RT_rt_bitor;
  case KC_BIN_BIT_XOR: return RT_rt_bitxor;
  case KC_BIN_SHL: return RT_rt_shl;
  case KC_BIN_SAR: return RT_rt_sar;
  case KC_BIN_SHR: return RT_rt_shr;
  case KC_BIN_LT: return RT_rt_lt;
  case KC_BIN_LE: return RT_rt_le;
  case KC_BIN_GT: return RT_rt_gt;
  case KC_BIN_GE: return RT_rt_ge;
  case KC_BIN_EQ: return RT_rt_loose_eq;
  case KC_BIN_NE: return RT_rt_loose_ne;
  case KC_BIN_INSTANCEOF: return RT_rt_instanceof;
  case KC_BIN_IN: return RT_rt_in;
  default: return RT_rt_add;
  }
}

static LLVMValueRef overflow_op(LowerCtx *c, const char *intr, LLVMValueRef x, LLVMValueRef y,
                                LLVMValueRef *ovf) {
  unsigned id = LLVMLookupIntrinsicID(intr, strlen(intr));
  LLVMTypeRef t = c->t_i32;
  LLVMValueRef fn = LLVMGetIntrinsicDeclaration(c->mod, id, &t, 1);
  LLVMTypeRef fty = LLVMIntrinsicGetType(c->ctx, id, &t, 1);
  LLVMValueRef args[2] = {x, y};
  LLVMValueRef r = LLVMBuildCall2(c->b, fty, fn, args, 2, "");
  *ovf = LLVMBuildExtractValue(c->b, r, 1, "ovf");
  return LLVMBuildExtractValue(c->b, r, 0, "");
}

static LLVMValueRef double_op(LowerCtx *c, KcBinaryOp op, LLVMValueRef x, LLVMValueRef y) {
  LLVMValueRef args[2] = {x, y};
  switch (op) {
  case KC_BIN_ADD: return LLVMBuildFAdd(c->b, x, y, "");
  case KC_BIN_SUB: return LLVMBuildFSub(c->b, x, y, "");
  case KC_BIN_MUL: return LLVMBuildFMul(c->b, x, y, "");
  case KC_BIN_DIV: return LLVMBuildFDiv(c->b, x, y, "");
  case KC_BIN_MOD: return kc_ll_call_rt(c, RT_rt_math_fmod, args, 2);
  default: return kc_ll_call_rt(c, RT_rt_math_pow, args, 2);
  }
}

/* + - * / % ** with int32 and double fast paths. */
static KcVal arith(LowerCtx *c, KcBinaryOp op, KcVal a, KcVal b, bool strings_likely) {
  bool static_int = a.kind == VK_I32 && b.kind == VK_I32;
  LLVMValueRef ab = NULL, bb = NULL;
  if (!static_int) {
    ab = kc_val_box(c, a);
    bb = kc_val_box(c, b);
  }
  if (strings_likely) {
    LLVMValueRef args[2] = {ab, bb};
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_add, args, 2));
  }
  LLVMBasicBlockRef int_bb = kc_ll_block_new(c, "arith.int");
  LLVMBasicBlockRef num_bb = kc_ll_block_new(c, "arith.num");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "arith.done");
  LLVMBasicBlockRef chk_num = NULL, slow = NULL;
  LLVMValueRef vals[4];
  LLVMBasicBlockRef bbs[4];
  int nv = 0;
  LLVMValueRef xd_in[2], yd_in[2];
  LLVMBasicBlockRef d_bbs[2];
  int nd = 0;

  if (static_int) {
    LLVMBuildBr(c->b, int_bb);
  } else {
    chk_num = kc_ll_block_new(c, "arith.chknum");
    slow = kc_ll_block_new(c, "arith.slow");
    LLVMBuildCondBr(c->b, kc_ll_expect(c, kc_ll_both_int32(c, ab, bb), true), int_bb, chk_num);
  }
  /* int32 path */
  kc_ll_position(c, int_bb);
  LLVMValueRef x = static_int ? a.v : kc_ll_unbox_int32(c, ab);
  LLVMValueRef y = static_int ? b.v : kc_ll_unbox_int32(c, bb);
  LLVMValueRef ovf = NULL, r = NULL;
  switch (op) {
  case KC_BIN_ADD: r = overflow_op(c, "llvm.sadd.with.overflow", x, y, &ovf); break;
  case KC_BIN_SUB: r = overflow_op(c, "llvm.ssub.with.overflow", x, y, &ovf); break;
  case KC_BIN_MUL: {
    r = overflow_op(c, "llvm.smul.with.overflow", x, y, &ovf);
    /* a zero product may be -0: let the double path decide */
    LLVMValueRef zero = LLVMBuildICmp(c->b, LLVMIntEQ, r, kc_ll_i32(c, 0), "");
    ovf = LLVMBuildOr(c->b, ovf, zero, "");
    break;
  }
  case KC_BIN_MOD: {
    /* x >= 0 && y > 0: srem is exact and never -0 */
    LLVMValueRef xpos = LLVMBuildICmp(c->b, LLVMIntSGE, x, kc_ll_i32(c, 0), "");
    LLVMValueRef ypos = LLVMBuildICmp(c->b, LLVMIntSGT, y, kc_ll_i32(c, 0), "");
    LLVMValueRef ok = LLVMBuildAnd(c->b, xpos, ypos, "");
    ovf = LLVMBuildNot(c->b, ok, "");
    LLVMValueRef ysafe = LLVMBuildSelect(c->b, ok, y, kc_ll_i32(c, 1), "");
    r = LLVMBuildSRem(c->b, x, ysafe, "");
    break;
  }
  default: ovf = LLVMConstInt(c->t_i1, 1, false); break; /* / and ** go through doubles */
  }
  LLVMBasicBlockRef int_ok = kc_ll_block_new(c, "arith.intok");
  xd_in[nd] = LLVMBuildSIToFP(c->b, x, c->t_f64, "");
  yd_in[nd] = LLVMBuildSIToFP(c->b, y, c->t_f64, "");
  d_bbs[nd++] = LLVMGetInsertBlock(c->b);
  LLVMBuildCondBr(c->b, kc_ll_expect(c, ovf, false), num_bb, int_ok);
  kc_ll_position(c, int_ok);
  vals[nv] = (op == KC_BIN_DIV || op == KC_BIN_EXP) ? kc_ll_undef(c) : kc_ll_box_int32(c, r);
  bbs[nv++] = int_ok;
  LLVMBuildBr(c->b, done);
  if (!static_int) {
    kc_ll_position(c, chk_num);
    LLVMValueRef both_num = LLVMBuildAnd(c->b, kc_ll_is_number(c, ab), kc_ll_is_number(c, bb), "");
    LLVMBasicBlockRef conv = kc_ll_block_new(c, "arith.conv");
    LLVMBuildCondBr(c->b, both_num, conv, slow);
    kc_ll_position(c, conv);
    xd_in[nd] = kc_ll_number_to_f64(c, ab);
    yd_in[nd] = kc_ll_number_to_f64(c, bb);
    d_bbs[nd++] = conv;
    LLVMBuildBr(c->b, num_bb);
  }
  kc_ll_position(c, num_bb);
  LLVMValueRef xd = phi2(c, c->t_f64, xd_in, d_bbs, nd, "xd");
  LLVMValueRef yd = phi2(c, c->t_f64, yd_in, d_bbs, nd, "yd");
  vals[nv] = kc_ll_box_double(c, double_op(c, op, xd, yd));
  bbs[nv++] = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  if (!static_int) {
    kc_ll_position(c, slow);
    LLVMValueRef args[2] = {ab, bb};
    vals[nv] = kc_ll_call_rt_checked(c, slow_fn(op), args, 2);
    bbs[nv++] = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, done);
  }
  kc_ll_position(c, done);
  return kc_boxed(phi2(c, c->t_i64, vals, bbs, nv, "arith"));
}

static LLVMValueRef int_bitop(LowerCtx *c, KcBinaryOp op, LLVMValueRef x, LLVMValueRef y) {
  LLVMValueRef sh = NULL;
  if (op == KC_BIN_SHL || op == KC_BIN_SAR || op == KC_BIN_SHR)
    sh = LLVMBuildAnd(c->b, y, kc_ll_i32(c, 31), "");
  switch (op) {
  case KC_BIN_BIT_AND: return LLVMBuildAnd(c->b, x, y, "");
  case KC_BIN_BIT_OR: return LLVMBuildOr(c->b, x, y, "");
  case KC_BIN_BIT_XOR: return LLVMBuildXor(c->b, x, y, "");
  case KC_BIN_SHL: return LLVMBuildShl(c->b, x, sh, "");
  case KC_BIN_SAR: return LLVMBuildAShr(c->b, x, sh, "");
  default: return LLVMBuildLShr(c->b, x, sh, "");
  }
}

/* & | ^ << >> >>>: int32 inline, everything else in the runtime. */
static KcVal bitop(LowerCtx *c, KcBinaryOp op, KcVal a, KcVal b) {
  if (a.kind == VK_I32 && b.kind == VK_I32) {
    LLVMValueRef r = int_bitop(c, op, a.v, b.v);
    if (op != KC_BIN_SHR) return (KcVal){r, VK_I32};
    LLVMValueRef neg = LLVMBuildICmp(c->b, LLVMIntSLT, r, kc_ll_i32(c, 0), "");
    LLVMValueRef d = LLVMBuildUIToFP(c->b, r, c->t_f64, "");
    return kc_boxed(LLVMBuildSelect(c->b, neg, kc_ll_box_double(c, d), kc_ll_box_int32(c, r), ""));
  }
  LLVMValueRef ab = kc_val_box(c, a), bb = kc_val_box(c, b);
  LLVMBasicBlockRef fast = kc_ll_block_new(c, "bit.int");
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "bit.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "bit.done");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, kc_ll_both_int32(c, ab, bb), true), fast, slow);
  kc_ll_position(c, fast);
  LLVMValueRef r = int_bitop(c, op, kc_ll_unbox_int32(c, ab), kc_ll_unbox_int32(c, bb));
  LLVMValueRef fv = kc_ll_box_int32(c, r);
  if (op == KC_BIN_SHR) {
    LLVMValueRef neg = LLVMBuildICmp(c->b, LLVMIntSLT, r, kc_ll_i32(c, 0), "");
    LLVMValueRef d = LLVMBuildUIToFP(c->b, r, c->t_f64, "");
    fv = LLVMBuildSelect(c->b, neg, kc_ll_box_double(c, d), fv, "");
  }
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef args[2] = {ab, bb};
  LLVMValueRef sv = kc_ll_call_rt_checked(c, slow_fn(op), args, 2);
  LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {fv, sv};
  LLVMBasicBlockRef bbs[2] = {fast, slow_end};
  return kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "bit"));
}

/* < <= > >= as i1. */
static KcVal relational(LowerCtx *c, KcBinaryOp op, KcVal a, KcVal b) {
  LLVMIntPredicate ip = op == KC_BIN_LT ? LLVMIntSLT : op == KC_BIN_LE ? LLVMIntSLE
                        : op == KC_BIN_GT ? LLVMIntSGT : LLVMIntSGE;
  LLVMRealPredicate rp = op == KC_BIN_LT ? LLVMRealOLT : op == KC_BIN_LE ? LLVMRealOLE
                         : op == KC_BIN_GT ? LLVMRealOGT : LLVMRealOGE;
  if (a.kind == VK_I32 && b.kind == VK_I32)
    return (KcVal){LLVMBuildICmp(c->b, ip, a.v, b.v, "cmp"), VK_BOOL};
  LLVMValueRef ab = kc_val_box(c, a), bb = kc_val_box(c, b);
  LLVMBasicBlockRef fast = kc_ll_block_new(c, "cmp.int");
  LLVMBasicBlockRef chk = kc_ll_block_new(c, "cmp.chknum");
  LLVMBasicBlockRef num = kc_ll_block_new(c, "cmp.num");
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "cmp.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "cmp.done");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, kc_ll_both_int32(c, ab, bb), true), fast, chk);
  kc_ll_position(c, fast);
  LLVMValueRef fr = LLVMBuildICmp(c->b, ip, kc_ll_unbox_int32(c, ab), kc_ll_unbox_int32(c, bb), "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, chk);
  LLVMValueRef both_num = LLVMBuildAnd(c->b, kc_ll_is_number(c, ab), kc_ll_is_number(c, bb), "");
  LLVMBuildCondBr(c->b, both_num, num, slow);
  kc_ll_position(c, num);
  LLVMValueRef nr = LLVMBuildFCmp(c->b, rp, kc_ll_number_to_f64(c, ab), kc_ll_number_to_f64(c, bb), "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef args[2] = {ab, bb};
  LLVMValueRef sv = kc_ll_call_rt_checked(c, slow_fn(op), args, 2);
  LLVMValueRef sr = LLVMBuildICmp(c->b, LLVMIntEQ, sv, kc_ll_i64(c, JS_TRUE), "");
  LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[3] = {fr, nr, sr};
  LLVMBasicBlockRef bbs[3] = {fast, num, slow_end};
  return (KcVal){phi2(c, c->t_i1, vals, bbs, 3, "cmp"), VK_BOOL};
}

static bool is_singleton_literal(const Node *n) {
  if (n->kind == NODE_Literal) return n->literal.lit == KC_LIT_NULL || n->literal.lit == KC_LIT_BOOLEAN;
  return n->kind == NODE_Identifier && kc_str_eq(n->ident.name, "undefined");
}

static bool is_nullish_literal(const Node *n) {
  if (n->kind == NODE_Literal) return n->literal.lit == KC_LIT_NULL;
  return n->kind == NODE_Identifier && kc_str_eq(n->ident.name, "undefined");
}

/* === and !== */
static KcVal strict_eq(LowerCtx *c, KcVal a, KcVal b, bool singleton, bool negate) {
  LLVMIntPredicate p = negate ? LLVMIntNE : LLVMIntEQ;
  if (a.kind == VK_I32 && b.kind == VK_I32) return (KcVal){LLVMBuildICmp(c->b, p, a.v, b.v, ""), VK_BOOL};
  LLVMValueRef ab = kc_val_box(c, a), bb = kc_val_box(c, b);
  if (singleton) return (KcVal){LLVMBuildICmp(c->b, p, ab, bb, "eq"), VK_BOOL};
  LLVMBasicBlockRef fast = kc_ll_block_new(c, "eq.int");
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "eq.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "eq.done");
  LLVMBuildCondBr(c->b, kc_ll_both_int32(c, ab, bb), fast, slow);
  kc_ll_position(c, fast);
  LLVMValueRef fr = LLVMBuildICmp(c->b, LLVMIntEQ, ab, bb, "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef args[2] = {ab, bb};
  LLVMValueRef r = kc_ll_call_rt(c, RT_rt_strict_eq, args, 2);
  LLVMValueRef sr = LLVMBuildICmp(c->b, LLVMIntNE, r, kc_ll_i32(c, 0), "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {fr, sr};
  LLVMBasicBlockRef bbs[2] = {fast, slow};
  LLVMValueRef res = phi2(c, c->t_i1, vals, bbs, 2, "eq");
  if (negate) res = LLVMBuildNot(c->b, res, "ne");
  return (KcVal){res, VK_BOOL};
}

static KcVal loose_eq(LowerCtx *c, const Node *n, KcVal a, KcVal b, bool negate) {
  /* x == null: nullish test */
  if (is_nullish_literal(n->binary.right) || is_nullish_literal(n->binary.left)) {
    LLVMValueRef v = kc_val_box(c, is_nullish_literal(n->binary.right) ? a : b);
    LLVMValueRef m = LLVMBuildAnd(c->b, v, kc_ll_i64(c, ~(uint64_t)8), "");
    return (KcVal){LLVMBuildICmp(c->b, negate ? LLVMIntNE : LLVMIntEQ, m, kc_ll_i64(c, JS_NULL), ""),
                   VK_BOOL};
  }
  if (a.kind == VK_I32 && b.kind == VK_I32)
    return (KcVal){LLVMBuildICmp(c->b, negate ? LLVMIntNE : LLVMIntEQ, a.v, b.v, ""), VK_BOOL};
  LLVMValueRef ab = kc_val_box(c, a), bb = kc_val_box(c, b);
  LLVMBasicBlockRef fast = kc_ll_block_new(c, "leq.int");
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "leq.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "leq.done");
  LLVMBuildCondBr(c->b, kc_ll_both_int32(c, ab, bb), fast, slow);
  kc_ll_position(c, fast);
  LLVMValueRef fr = LLVMBuildICmp(c->b, negate ? LLVMIntNE : LLVMIntEQ, ab, bb, "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef args[2] = {ab, bb};
  LLVMValueRef sv = kc_ll_call_rt_checked(c, negate ? RT_rt_loose_ne : RT_rt_loose_eq, args, 2);
  LLVMValueRef sr = LLVMBuildICmp(c->b, LLVMIntEQ, sv, kc_ll_i64(c, JS_TRUE), "");
  LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {fr, sr};
  LLVMBasicBlockRef bbs[2] = {fast, slow_end};
  return (KcVal){phi2(c, c->t_i1, vals, bbs, 2, "leq"), VK_BOOL};
}

static KcVal binary_values(LowerCtx *c, const Node *n, KcBinaryOp op, KcVal a, KcVal b) {
  switch (op) {
  case KC_BIN_ADD:
    return arith(c, op, a, b, is_string_node(n->binary.left) || is_string_node(n->binary.right));
  case KC_BIN_SUB:
  case KC_BIN_MUL:
  case KC_BIN_DIV:
  case KC_BIN_MOD:
  case KC_BIN_EXP: return arith(c, op, a, b, false);
  case KC_BIN_BIT_AND:
  case KC_BIN_BIT_OR:
  case KC_BIN_BIT_XOR:
  case KC_BIN_SHL:
  case KC_BIN_SAR:
  case KC_BIN_SHR: return bitop(c, op, a, b);
  case KC_BIN_LT:
  case KC_BIN_LE:
  case KC_BIN_GT:
  case KC_BIN_GE: return relational(c, op, a, b);
  case KC_BIN_STRICT_EQ:
  case KC_BIN_STRICT_NE:
    return strict_eq(c, a, b, is_singleton_literal(n->binary.left) || is_singleton_literal(n->binary.right),
                     op == KC_BIN_STRICT_NE);
  case KC_BIN_EQ:
  case KC_BIN_NE: return loose_eq(c, n, a, b, op == KC_BIN_NE);
  case KC_BIN_INSTANCEOF:
  case KC_BIN_IN: {
    kc_ll_site(c, n);
    LLVMValueRef args[2] = {kc_val_box(c, a), kc_val_box(c, b)};
    LLVMValueRef v = kc_ll_call_rt_checked(c, slow_fn(op), args, 2);
    return kc_boxed(v);
  }
  }
  return kc_boxed(kc_ll_undef(c));
}

/* The private name #x refers to (a hidden binding of its class scope). */
static LLVMValueRef private_name(LowerCtx *c, const Node *id) {
  Ref *ref = ref_of(c, id);
  if (!ref || !ref->b) {
    kc_lower_unsupported(c, id, "this private name");
    return kc_ll_undef(c);
  }
  return kc_binding_read(c, ref->b, false, id);
}

static KcVal lower_binary(LowerCtx *c, const Node *n) {
  if (n->binary.left->kind == NODE_PrivateIdentifier) { /* #x in o */
    LLVMValueRef key = private_name(c, n->binary.left);
    LLVMValueRef obj = kc_lower_boxed(c, n->binary.right);
    kc_ll_site(c, n);
    LLVMValueRef args[2] = {key, obj};
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_private_in, args, 2));
  }
  KcVal a = kc_lower_expr(c, n->binary.left);
  if (a.kind == VK_BOOL || a.kind == VK_F64) a = kc_boxed(kc_val_box(c, a));
  KcVal b = kc_lower_expr(c, n->binary.right);
  if (b.kind == VK_BOOL || b.kind == VK_F64) b = kc_boxed(kc_val_box(c, b));
  kc_debug_loc(c, n);
  return binary_values(c, n, n->binary.op, a, b);
}

/* ++/-- on a value: returns the new value; *old_num gets ToNumeric(old). */
static LLVMValueRef inc_dec(LowerCtx *c, KcVal old, bool inc, LLVMValueRef *old_num) {
  if (old.kind == VK_I32) {
    *old_num = kc_ll_box_int32(c, old.v);
    KcVal one = {kc_ll_i32(c, 1), VK_I32};
    return kc_val_box(c, arith(c, inc ? KC_BIN_ADD : KC_BIN_SUB, old, one, false));
  }
  LLVMValueRef v = kc_val_box(c, old);
  LLVMBasicBlockRef fast = kc_ll_block_new(c, "inc.int");
  LLVMBasicBlockRef fast_ok = kc_ll_block_new(c, "inc.ok");
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "inc.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "inc.done");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, kc_ll_is_int32(c, v), true), fast, slow);
  kc_ll_position(c, fast);
  LLVMValueRef ovf;
  LLVMValueRef r = overflow_op(c, inc ? "llvm.sadd.with.overflow" : "llvm.ssub.with.overflow",
                               kc_ll_unbox_int32(c, v), kc_ll_i32(c, 1), &ovf);
  LLVMBuildCondBr(c->b, kc_ll_expect(c, ovf, false), slow, fast_ok);
  kc_ll_position(c, fast_ok);
  LLVMValueRef fv = kc_ll_box_int32(c, r);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef num = kc_ll_call_rt_checked(c, RT_rt_to_numeric, &v, 1);
  LLVMValueRef sv = kc_ll_call_rt_checked(c, inc ? RT_rt_inc : RT_rt_dec, &num, 1);
  LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef ovals[2] = {v, num};
  LLVMBasicBlockRef bbs[2] = {fast_ok, slow_end};
  *old_num = phi2(c, c->t_i64, ovals, bbs, 2, "old");
  LLVMValueRef vals[2] = {fv, sv};
  return phi2(c, c->t_i64, vals, bbs, 2, "inc");
}

/* ---- identifiers ------------------------------------------------------- */

/* A reference inside `with` bodies first asks each with object, innermost
 * first, whether it has the name (rt_with_has); the first that does is the
 * reference's base. with_begin emits that search and leaves the builder in
 * the "found" arm with w->base set; with_else moves to the arm for the
 * ordinary binding; with_end joins them. References outside `with` bodies
 * (nwith == 0) get none of this. */
typedef struct WithSplit {
  LLVMValueRef base;
  LLVMBasicBlockRef found, missing, done;
  LLVMBasicBlockRef found_end, missing_end;
} WithSplit;

static bool with_search_this(LowerCtx *c, const Node *id, LLVMValueRef *base_out, LLVMValueRef *this_out) {
  Ref *ref = ref_of(c, id);
  if (!ref || ref->nwith == 0) return false;
  LLVMValueRef key = kc_ll_string_value(c, id->ident.name.ptr, id->ident.name.len);
  LLVMBasicBlockRef done = kc_ll_block_new(c, "with.base");
  LLVMValueRef *vals = kc_arena_alloc(c->res->arena, sizeof *vals * (size_t)(ref->nwith + 1));
  LLVMValueRef *thisv = kc_arena_alloc(c->res->arena, sizeof *thisv * (size_t)(ref->nwith + 1));
  LLVMBasicBlockRef *bbs = kc_arena_alloc(c->res->arena, sizeof *bbs * (size_t)(ref->nwith + 1));
  for (int i = 0; i < ref->nwith; i++) {
    LLVMValueRef obj = kc_binding_read(c, ref->withs[i], false, id);
    LLVMBasicBlockRef next = kc_ll_block_new(c, "with.next");
    if (ref->withs[i]->evalvars) {
      /* a var object exists once an eval has declared something; its
       * bindings are declarative: the `this` of a call is undefined */
      LLVMBasicBlockRef ask = kc_ll_block_new(c, "evalvars.has");
      LLVMBuildCondBr(c->b, kc_ll_is_cell(c, obj), ask, next);
      kc_ll_position(c, ask);
    }
    kc_ll_site(c, id);
    LLVMValueRef args[2] = {obj, key};
    LLVMValueRef has = kc_ll_call_rt_checked(c, RT_rt_with_has, args, 2);
    vals[i] = obj;
    thisv[i] = ref->withs[i]->evalvars ? kc_ll_undef(c) : obj;
    bbs[i] = LLVMGetInsertBlock(c->b);
    LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, has, kc_ll_i64(c, JS_TRUE), ""), done, next);
    kc_ll_position(c, next);
  }
  vals[ref->nwith] = kc_ll_i64(c, JS_EMPTY);
  thisv[ref->nwith] = kc_ll_undef(c);
  bbs[ref->nwith] = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  *base_out = phi2(c, c->t_i64, vals, bbs, ref->nwith + 1, "with.obj");
  if (this_out) *this_out = phi2(c, c->t_i64, thisv, bbs, ref->nwith + 1, "with.thisobj");
  return true;
}

static bool with_search(LowerCtx *c, const Node *id, LLVMValueRef *base_out) {
  return with_search_this(c, id, base_out, NULL);
}

static void with_branch(LowerCtx *c, WithSplit *w) {
  w->found = kc_ll_block_new(c, "with.found");
  w->missing = kc_ll_block_new(c, "with.missing");
  w->done = kc_ll_block_new(c, "with.done");
  LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntNE, w->base, kc_ll_i64(c, JS_EMPTY), ""), w->found, w->missing);
  kc_ll_position(c, w->found);
}

static bool with_begin(LowerCtx *c, const Node *id, WithSplit *w) {
  if (!with_search(c, id, &w->base)) return false;
  with_branch(c, w);
  return true;
}

static void with_else(LowerCtx *c, WithSplit *w) {
  w->found_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, w->done);
  kc_ll_position(c, w->missing);
}

static LLVMValueRef with_end(LowerCtx *c, WithSplit *w, LLVMValueRef found_v, LLVMValueRef missing_v) {
  w->missing_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, w->done);
  kc_ll_position(c, w->done);
  if (!found_v) return NULL;
  LLVMValueRef vals[2] = {found_v, missing_v};
  LLVMBasicBlockRef bbs[2] = {w->found_end, w->missing_end};
  return phi2(c, c->t_i64, vals, bbs, 2, "with.v");
}

static KcVal lower_ident_plain(LowerCtx *c, const Node *n, bool typeof_ctx);

static KcVal lower_ident(LowerCtx *c, const Node *n, bool typeof_ctx) {
  WithSplit w;
  if (!with_begin(c, n, &w)) return lower_ident_plain(c, n, typeof_ctx);
  LLVMValueRef a = kc_ic_get(c, w.base, n->ident.name);
  if (typeof_ctx) a = kc_ll_call_rt_checked(c, RT_rt_typeof, &a, 1);
  with_else(c, &w);
  LLVMValueRef b = kc_val_box(c, lower_ident_plain(c, n, typeof_ctx));
  Ref *ref = ref_of(c, n);
  KcStr nm = n->ident.name;
  bool answered = !ref->b && !kc_str_eq(nm, "undefined") && !kc_str_eq(nm, "NaN") && !kc_str_eq(nm, "Infinity");
  if (typeof_ctx && !answered) b = kc_ll_call_rt_checked(c, RT_rt_typeof, &b, 1); /* else rt_typeof_global did */
  return kc_boxed(with_end(c, &w, a, b));
}

/* An identifier callee: its value and the call's this (the with object
 * that supplied it, else undefined). */
static LLVMValueRef lower_ident_callee(LowerCtx *c, const Node *n, LLVMValueRef *this_out) {
  WithSplit w;
  LLVMValueRef wthis;
  if (!with_search_this(c, n, &w.base, &wthis)) return kc_lower_boxed(c, n);
  with_branch(c, &w);
  LLVMValueRef a = kc_ic_get(c, w.base, n->ident.name);
  with_else(c, &w);
  LLVMValueRef b = kc_val_box(c, lower_ident_plain(c, n, false));
  LLVMValueRef f = with_end(c, &w, a, b);
  LLVMValueRef tv[2] = {wthis, kc_ll_undef(c)};
  LLVMBasicBlockRef tb[2] = {w.found_end, w.missing_end};
  *this_out = phi2(c, c->t_i64, tv, tb, 2, "with.this");
  return f;
}

static KcVal lower_ident_plain(LowerCtx *c, const Node *n, bool typeof_ctx) {
  Ref *ref = ref_of(c, n);
  if (!ref || !ref->b) {
    KcStr name = n->ident.name;
    if (kc_str_eq(name, "undefined")) return kc_boxed(kc_ll_undef(c));
    if (kc_str_eq(name, "NaN")) return number_const(c, NAN);
    if (kc_str_eq(name, "Infinity")) return number_const(c, INFINITY);
    kc_ll_site(c, n);
    return kc_boxed(kc_global_get(c, name, typeof_ctx));
  }
  Binding *b = ref->b;
  if (b->typed && !b->captured) {
    return (KcVal){b->typed, b->spec == SPEC_INT32 ? VK_I32 : VK_F64};
  }
  return kc_boxed(kc_binding_read(c, b, ref->tdz_check, n));
}

static void assign_ident_plain(LowerCtx *c, const Node *id, LLVMValueRef v);

/* PutValue on an identifier whose with-search already ran (base is the
 * with object or JS_EMPTY). */
static void assign_ident_at(LowerCtx *c, const Node *id, LLVMValueRef base, LLVMValueRef v) {
  WithSplit w = {.base = base};
  with_branch(c, &w);
  if (c->f->fi->strict) {
    LLVMValueRef args[3] = {base, kc_ll_string_value(c, id->ident.name.ptr, id->ident.name.len), v};
    kc_ll_call_rt_checked(c, RT_rt_with_set_strict, args, 3);
  } else {
    kc_ic_set(c, base, id->ident.name, v);
  }
  with_else(c, &w);
  assign_ident_plain(c, id, v);
  with_end(c, &w, NULL, NULL);
}

static void assign_ident(LowerCtx *c, const Node *id, LLVMValueRef v) {
  LLVMValueRef base;
  if (with_search(c, id, &base)) assign_ident_at(c, id, base, v);
  else assign_ident_plain(c, id, v);
}

static void assign_ident_plain(LowerCtx *c, const Node *id, LLVMValueRef v) {
  Ref *ref = ref_of(c, id);
  if (!ref || !ref->b) {
    kc_ll_site(c, id);
    kc_global_set(c, id->ident.name, v);
    return;
  }
  if (ref->b->typed) ref->b->typed = NULL; /* infer never types assigned params */
  kc_binding_write(c, ref->b, v, ref->tdz_check, id);
}

/* ---- member access ----------------------------------------------------- */

/* A static property key: `o.x`, `o["x"]`. */
static bool static_key(const Node *m, KcStr *out) {
  if (!m->member.computed) {
    if (m->member.property->kind != NODE_Identifier) return false;
    *out = m->member.property->ident.name;
    return true;
  }
  const Node *p = m->member.property;
  if (p->kind == NODE_Literal && p->literal.lit == KC_LIT_STRING) {
    /* an array-index-like string must take the element path */
    KcStr s = p->literal.string;
    if (s.len == 0 || (s.ptr[0] >= '0' && s.ptr[0] <= '9')) return false;
    for (uint32_t i = 0; i < s.len; i++) if (!s.ptr[i]) return false;
    *out = s;
    return true;
  }
  return false;
}

static void optional_short_circuit(LowerCtx *c, LLVMValueRef v) {
  FnState *f = c->f;
  if (!f->chain_end || f->chain_n >= 64) return;
  LLVMValueRef m = LLVMBuildAnd(c->b, v, kc_ll_i64(c, ~(uint64_t)8), "");
  LLVMValueRef nullish = LLVMBuildICmp(c->b, LLVMIntEQ, m, kc_ll_i64(c, JS_NULL), "nullish");
  LLVMBasicBlockRef cont = kc_ll_block_new(c, "chain.cont");
  f->chain_phi_vals[f->chain_n] = kc_ll_undef(c);
  f->chain_phi_bbs[f->chain_n++] = LLVMGetInsertBlock(c->b);
  LLVMBuildCondBr(c->b, nullish, f->chain_end, cont);
  kc_ll_position(c, cont);
}

static LLVMValueRef member_get(LowerCtx *c, const Node *n, LLVMValueRef obj) {
  KcStr key;
  kc_ll_site(c, n->member.computed ? n : n->member.property);
  if (static_key(n, &key)) return kc_ic_get(c, obj, key);
  if (n->member.property->kind == NODE_PrivateIdentifier) {
    LLVMValueRef args[2] = {obj, private_name(c, n->member.property)};
    kc_ll_site(c, n->member.property);
    return kc_ll_call_rt_checked(c, RT_rt_private_get, args, 2);
  }
  KcVal k = kc_lower_expr(c, n->member.property);
  kc_ll_site(c, n);
  return kc_elem_get(c, obj, k);
}

static LLVMValueRef lower_member(LowerCtx *c, const Node *n, LLVMValueRef *this_out) {
  if (n->member.object->kind == NODE_Super) return kc_lower_super_member(c, n, this_out);
  LLVMValueRef obj = kc_lower_boxed(c, n->member.object);
  if (n->member.optional) optional_short_circuit(c, obj);
  if (this_out) *this_out = obj;
  return member_get(c, n, obj);
}

/* ---- calls ------------------------------------------------------------- */

static bool has_spread(const NodeList *args) {
  for (int i = 0; i < args->count; i++)
    if (args->items[i] && args->items[i]->kind == NODE_SpreadElement) return true;
  return false;
}

static const char *iter_site_text(LowerCtx *c, const Node *e, int32_t *kind);
static LLVMValueRef iter_text_args(LowerCtx *c, const char *text);

/* Builds an array value from elements that may contain spreads and holes. */
static LLVMValueRef build_array(LowerCtx *c, const NodeList *els, bool call_args) {
  int n = els->count;
  bool spread = has_spread(els);
  if (!spread) {
    LLVMValueRef buf = NULL;
    if (n > 0) {
      buf = kc_ll_alloca(c, LLVMArrayType2(c->t_i64, (uint64_t)n), "arr.vals");
      for (int i = 0; i < n; i++) {
        LLVMValueRef v = els->items[i] ? kc_lower_boxed(c, els->items[i]) : kc_ll_i64(c, JS_EMPTY);
        kc_ll_store(c, v, kc_ll_gep(c, buf, 8 * i));
      }
    }
    LLVMValueRef args[2] = {kc_ll_i32(c, n), buf ? buf : LLVMConstNull(c->t_ptr)};
    return kc_ll_call_rt_checked(c, RT_rt_new_array, args, 2);
  }
  LLVMValueRef args0[2] = {kc_ll_i32(c, 0), LLVMConstNull(c->t_ptr)};
  LLVMValueRef arr = kc_ll_call_rt_checked(c, RT_rt_new_array, args0, 2);
  for (int i = 0; i < n; i++) {
    const Node *e = els->items[i];
    if (e && e->kind == NODE_SpreadElement) {
      LLVMValueRef it = kc_lower_boxed(c, e->argument.argument);
      kc_ll_site(c, e);
      int32_t kind;
      const char *text = iter_site_text(c, e->argument.argument, &kind);
      if (call_args) {
        /* V8 names a call's spread argument only when it is null or undefined */
        kind = JS_ITER_MSG_SPREAD_CALL;
        if (!text) text = "(intermediate value)";
      }
      LLVMValueRef args[4] = {arr, it, iter_text_args(c, text), kc_ll_i32(c, kind)};
      kc_ll_call_rt_checked(c, RT_rt_array_append_spread, args, 4);
    } else {
      LLVMValueRef v = e ? kc_lower_boxed(c, e) : kc_ll_i64(c, JS_EMPTY);
      LLVMValueRef args[2] = {arr, v};
      kc_ll_call_rt_checked(c, RT_rt_array_append, args, 2);
    }
  }
  return arr;
}

/* Evaluates the arguments into a stack vector; returns argv (or null). */
static LLVMValueRef build_argv(LowerCtx *c, const NodeList *args) {
  if (args->count == 0) return LLVMConstNull(c->t_ptr);
  LLVMValueRef buf = kc_ll_alloca(c, LLVMArrayType2(c->t_i64, (uint64_t)args->count), "argv");
  for (int i = 0; i < args->count; i++)
    kc_ll_store(c, kc_lower_boxed(c, args->items[i]), kc_ll_gep(c, buf, 8 * i));
  return buf;
}

/* Generic call: a JSFunction is called through its code pointer inline;
 * anything else goes to rt_call (which throws "x is not a function"). */
static LLVMValueRef call_value(LowerCtx *c, const Node *site, LLVMValueRef f, LLVMValueRef this_v,
                               int argc, LLVMValueRef argv, const Node *callee) {
  LLVMBasicBlockRef chk = kc_ll_block_new(c, "call.chk");
  LLVMBasicBlockRef fast = kc_ll_block_new(c, "call.fn");
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "call.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "call.done");
  kc_ll_site(c, site);
  LLVMBuildCondBr(c->b, kc_ll_is_cell(c, f), chk, slow);
  kc_ll_position(c, chk);
  LLVMBuildCondBr(c->b, kc_ll_expect(c, kc_ll_cell_kind_is(c, f, JS_CELL_FUNCTION), true), fast, slow);
  kc_ll_position(c, fast);
  LLVMValueRef fp = LLVMBuildIntToPtr(c->b, f, c->t_ptr, "fn");
  LLVMValueRef code = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, fp, offsetof(JSFunction, code)), "code");
  LLVMValueRef args[5] = {fp, this_v, kc_ll_i32(c, argc), argv, kc_ll_undef(c)};
  LLVMValueRef fr = LLVMBuildCall2(c->b, c->t_code, code, args, 5, "call");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef sargs[5] = {f, this_v, kc_ll_i32(c, argc), argv, node_text(c, callee)};
  LLVMValueRef sr = kc_ll_call_rt(c, RT_rt_call, sargs, 5);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {fr, sr};
  LLVMBasicBlockRef bbs[2] = {fast, slow};
  LLVMValueRef r = phi2(c, c->t_i64, vals, bbs, 2, "result");
  kc_ll_check_exc(c, r);
  return r;
}

/* A call to a never-reassigned function declaration: straight to its
 * direct entry, or to its typed clone when the arguments are int32. */
static LLVMValueRef direct_call(LowerCtx *c, const Node *n, FuncInfo *fi, Ref *ref) {
  kc_func_declare(c, fi);
  int np = fi->nparams;
  const NodeList *args = &n->call.arguments;
  KcVal *vals = kc_arena_alloc(c->res->arena, sizeof *vals * (size_t)(np + 1));
  for (int i = 0; i < args->count; i++) {
    KcVal v = kc_lower_expr(c, args->items[i]);
    if (i < np) vals[i] = v;
  }
  for (int i = args->count; i < np; i++) vals[i] = kc_boxed(kc_ll_undef(c));
  LLVMValueRef callee = LLVMConstNull(c->t_ptr);
  if (fi->needs_env) {
    LLVMValueRef fv = kc_binding_read(c, ref->b, ref->tdz_check, n->call.callee);
    callee = LLVMBuildIntToPtr(c->b, fv, c->t_ptr, "");
  }
  LLVMValueRef *av = kc_arena_alloc(c->res->arena, sizeof *av * (size_t)(np + 2));
  av[0] = callee;
  av[1] = kc_ll_undef(c);
  kc_ll_site(c, n);
  if (!fi->typed_fn) {
    for (int i = 0; i < np; i++) av[2 + i] = kc_val_box(c, vals[i]);
    LLVMValueRef r = LLVMBuildCall2(c->b, LLVMGlobalGetValueType(fi->direct_fn), fi->direct_fn, av,
                                    (unsigned)(np + 2), "call");
    kc_ll_check_exc(c, r);
    return r;
  }
  /* Typed clone: check the speculated arguments here, at the call site, so
   * that LLVM can thread the check away where the argument is known to be
   * int32 (e.g. `n - 1` on the no-overflow path). */
  LLVMValueRef ok = LLVMConstInt(c->t_i1, 1, false);
  for (int i = 0; i < np; i++) {
    if (fi->param_spec[i] != SPEC_INT32 || vals[i].kind == VK_I32) continue;
    vals[i] = kc_boxed(kc_val_box(c, vals[i]));
    ok = LLVMBuildAnd(c->b, ok, kc_ll_is_int32(c, vals[i].v), "");
  }
  LLVMBasicBlockRef tb = kc_ll_block_new(c, "call.typed");
  LLVMBasicBlockRef db = kc_ll_block_new(c, "call.direct");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "call.done");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, ok, true), tb, db);
  kc_ll_position(c, tb);
  for (int i = 0; i < np; i++) {
    if (fi->param_spec[i] == SPEC_INT32)
      av[2 + i] = vals[i].kind == VK_I32 ? vals[i].v : kc_ll_unbox_int32(c, vals[i].v);
    else
      av[2 + i] = kc_val_box(c, vals[i]);
  }
  LLVMValueRef r1 = LLVMBuildCall2(c->b, LLVMGlobalGetValueType(fi->typed_fn), fi->typed_fn, av,
                                   (unsigned)(np + 2), "call");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, db);
  for (int i = 0; i < np; i++) av[2 + i] = kc_val_box(c, vals[i]);
  LLVMValueRef r2 = LLVMBuildCall2(c->b, LLVMGlobalGetValueType(fi->direct_fn), fi->direct_fn, av,
                                   (unsigned)(np + 2), "call");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vs[2] = {r1, r2};
  LLVMBasicBlockRef bbs[2] = {tb, db};
  LLVMValueRef r = phi2(c, c->t_i64, vs, bbs, 2, "result");
  kc_ll_check_exc(c, r);
  return r;
}

/* A direct eval: eval(...) by name, with the caller's scope. Every binding
 * visible here lives in an env (resolve.c, compute_captures); the site's
 * JSEvalScope constant lists them as (name, env hops, slot, kind), and
 * rt_direct_eval hands it with the current env to the JIT, which compiles
 * the string against exactly these bindings. When `eval` is not the
 * original eval function at run time, this is an ordinary call. */
static LLVMValueRef lower_direct_eval(LowerCtx *c, const Node *n) {
  if (c->res->esm) {
    kc_lower_unsupported(c, n, "direct eval in an ES module");
    return kc_ll_undef(c);
  }
  LLVMValueRef f = kc_lower_boxed(c, n->call.callee);
  LLVMValueRef argv;
  int argc = n->call.arguments.count;
  if (has_spread(&n->call.arguments)) { /* still direct: argc -1, argv[0] the array */
    LLVMValueRef arr = build_array(c, &n->call.arguments, true);
    argv = kc_ll_alloca(c, c->t_i64, "argv.arr");
    kc_ll_store(c, arr, argv);
    argc = -1;
  } else {
    argv = build_argv(c, &n->call.arguments);
  }
  Ref *tr = ref_of(c, n);
  LLVMValueRef this_v = tr && tr->b ? kc_lower_this(c, tr->b, n) : kc_ll_undef(c);
  /* the current env and its depth, as binding_ptr finds them */
  FuncInfo *fi = c->f->fi;
  LLVMValueRef env = NULL;
  int depth = 0;
  for (Scope *s = c->f->scope; s && s->func == fi; s = s->parent)
    if (s->nslots > 0 && s->env) {
      env = kc_ll_load(c, c->t_ptr, s->env, "env");
      depth = s->env_depth;
      break;
    }
  if (!env) {
    env = c->f->env_in ? c->f->env_in : LLVMConstNull(c->t_ptr);
    depth = env_in_depth(fi);
  }
  LLVMTypeRef et_f[4] = {c->t_ptr, c->t_i32, c->t_i32, c->t_i32};
  LLVMTypeRef et = LLVMStructTypeInContext(c->ctx, et_f, 4, false);
  int n_ent = 0, cap = 16;
  LLVMValueRef *ents = malloc(sizeof *ents * (size_t)cap);
  const Binding **seen = malloc(sizeof *seen * (size_t)cap);
  /* in the parameters, the body's declarations do not exist yet (they live
   * in an environment made after the parameters) */
  bool in_params = !fi->is_module && fi->node->function.body && !fi->node->function.is_expression &&
                   n->loc.offset < fi->node->function.body->loc.offset;
  for (Scope *s = c->f->scope; s; s = s->parent) {
    for (int i = 0; i < s->nbind; i++) {
      Binding *b = s->bindings[i];
      if (b->global_prop || !b->captured || b->kind == BIND_THIS || b->kind == BIND_NEW_TARGET) continue;
      if (in_params && s == fi->scope && !b->evalvars &&
          (b->kind == BIND_VAR || b->kind == BIND_LET || b->kind == BIND_CONST || b->kind == BIND_CLASS ||
           b->kind == BIND_FUNC))
        continue;
      /* var objects and with objects: every one counts, by position */
      bool hidden = b->evalvars || (s->kind == SCOPE_WITH && i == 0);
      if (!hidden && (!b->name.len || memchr(b->name.ptr, '%', b->name.len) || memchr(b->name.ptr, '.', b->name.len)))
        continue;
      int hops = depth - b->scope->env_depth;
      if (hops < 0) continue;
      bool dup = false;
      for (int k = 0; k < n_ent && !dup && !hidden; k++)
        dup = seen[k]->name.len == b->name.len && !memcmp(seen[k]->name.ptr, b->name.ptr, b->name.len);
      if (dup) continue;
      if (n_ent == cap) {
        cap *= 2;
        ents = realloc(ents, sizeof *ents * (size_t)cap);
        seen = realloc(seen, sizeof *seen * (size_t)cap);
      }
      int kind = b->evalvars                                ? JS_EVAL_BIND_VAROBJ
                 : hidden                                    ? JS_EVAL_BIND_WITH
                 : b->kind == BIND_LET || b->kind == BIND_CLASS ? JS_EVAL_BIND_LET
                 : b->kind == BIND_CONST                     ? JS_EVAL_BIND_CONST
                 : b->kind == BIND_CALLEE                    ? JS_EVAL_BIND_CALLEE
                 : b->kind == BIND_CATCH                     ? JS_EVAL_BIND_CATCH
                                                             : JS_EVAL_BIND_VAR;
      char *nm = malloc(b->name.len + 1);
      memcpy(nm, b->name.ptr, b->name.len);
      nm[b->name.len] = 0;
      LLVMValueRef fs[4] = {kc_ll_cstring(c, nm, b->name.len + 1, "eval.name"), kc_ll_i32(c, hops),
                            kc_ll_i32(c, b->slot), kc_ll_i32(c, kind)};
      free(nm);
      seen[n_ent] = b;
      ents[n_ent++] = LLVMConstStructInContext(c->ctx, fs, 4, false);
    }
  }
  LLVMValueRef arr = LLVMAddGlobal(c->mod, LLVMArrayType2(et, (uint64_t)n_ent), "eval.bindings");
  LLVMSetInitializer(arr, LLVMConstArray2(et, ents, (uint64_t)n_ent));
  LLVMSetGlobalConstant(arr, true);
  LLVMSetLinkage(arr, LLVMPrivateLinkage);
  free(ents);
  free(seen);
  bool global_vars = fi->is_module && !fi->strict &&
                     (c->res->eval_vars_global ||
                      (!c->opts.eval_kind && (fi->node->flags & NODE_FLAG_GLOBAL_SCRIPT)));
  /* new.target and super.x as the caller sees them (PerformEval: allowed
   * when the caller's this-function allows them) */
  FuncInfo *tf = fi;
  while (tf->is_arrow && tf->parent) tf = tf->parent;
  const JSEvalScope *outer = c->opts.eval_kind == KC_EVAL_DIRECT ? c->opts.eval_scope : NULL;
  bool cjs = tf->is_module && !c->opts.eval_kind && !c->res->esm && !(tf->node->flags & NODE_FLAG_GLOBAL_SCRIPT);
  bool nt_ok = tf->is_module ? cjs || (outer && (outer->flags & JS_EVAL_SCOPE_NEW_TARGET)) : true;
  bool super_ok = tf->is_module ? outer && (outer->flags & JS_EVAL_SCOPE_SUPER) : tf->is_method || tf->class_ctor;
  LLVMValueRef nt = kc_ll_undef(c), home = kc_ll_undef(c);
  if (nt_ok) {
    Ref *nr = kc_ptrmap_get(&c->res->refs, (const Node *)((const char *)n + 3));
    if (fi->is_arrow) {
      if (nr && nr->b) nt = kc_binding_read(c, nr->b, false, n);
    } else if (c->f->mode == FN_GENERIC || (c->f->mode == FN_MODULE && outer)) {
      nt = LLVMGetParam(c->f->fn, 4);
    }
  }
  if (super_ok && c->f->callee)
    home = kc_ll_load(c, c->t_i64, kc_ll_gep(c, c->f->callee, offsetof(JSFunction, home_object)), "home");
  int flags = (fi->strict ? JS_EVAL_SCOPE_STRICT : 0) | (global_vars ? JS_EVAL_SCOPE_GLOBAL_VARS : 0) |
              (in_params && !fi->is_arrow ? JS_EVAL_SCOPE_PARAMS : 0) |
              (nt_ok ? JS_EVAL_SCOPE_NEW_TARGET : 0) | (super_ok ? JS_EVAL_SCOPE_SUPER : 0);
  LLVMValueRef ds[3] = {kc_ll_i32(c, n_ent), kc_ll_i32(c, flags), arr};
  LLVMValueRef dinit = LLVMConstStructInContext(c->ctx, ds, 3, false);
  LLVMValueRef desc = LLVMAddGlobal(c->mod, LLVMTypeOf(dinit), "eval.scope");
  LLVMSetInitializer(desc, dinit);
  LLVMSetGlobalConstant(desc, true);
  LLVMSetLinkage(desc, LLVMPrivateLinkage);
  kc_ll_site(c, n);
  LLVMValueRef args[8] = {f, kc_ll_i32(c, argc), argv, env, desc, this_v, nt, home};
  return kc_ll_call_rt_checked(c, RT_rt_direct_eval, args, 8);
}

static KcVal lower_call(LowerCtx *c, const Node *n) {
  const Node *callee = n->call.callee;
  if (callee->kind == NODE_Super) return kc_lower_super_call(c, n);
  if (callee->kind == NODE_Identifier && kc_ptrmap_get(&c->res->direct_evals, n))
    return kc_boxed(lower_direct_eval(c, n));
  if (callee->kind == NODE_Identifier && !n->call.optional && !has_spread(&n->call.arguments)) {
    Ref *ref = ref_of(c, callee);
    if (ref && ref->b && !ref->nwith && ref->b->kind == BIND_FUNC && ref->b->func_decl &&
        ref->b->func_decl->direct)
      return kc_boxed(direct_call(c, n, ref->b->func_decl, ref));
  }
  LLVMValueRef f, this_v = kc_ll_undef(c);
  if (callee->kind == NODE_MemberExpression) f = lower_member(c, callee, &this_v);
  else if (callee->kind == NODE_Identifier) f = lower_ident_callee(c, callee, &this_v);
  else f = kc_lower_boxed(c, callee);
  if (n->call.optional) optional_short_circuit(c, f);
  if (has_spread(&n->call.arguments)) {
    LLVMValueRef arr = build_array(c, &n->call.arguments, true);
    kc_ll_site(c, n);
    LLVMValueRef args[4] = {f, this_v, arr, node_text(c, callee)};
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_call_array, args, 4));
  }
  LLVMValueRef argv = build_argv(c, &n->call.arguments);
  /* node reports a method call at the property name */
  const Node *site = callee->kind == NODE_MemberExpression && !callee->member.computed
                         ? callee->member.property : n;
  return kc_boxed(call_value(c, site, f, this_v, n->call.arguments.count, argv, callee));
}

/* A value made on its site's first evaluation and kept in an internal i64
 * global (statically allocated, so the collector sees it as a root):
 * site_cache_begin loads the global and leaves the builder in the "make"
 * block, taken only while the global is still JS_EMPTY; site_cache_end
 * stores what was made and returns the cached-or-made value. */
typedef struct SiteCache {
  LLVMValueRef global, cached;
  LLVMBasicBlockRef from_hit, done;
} SiteCache;

static SiteCache site_cache_begin(LowerCtx *c, const char *name) {
  char nm[32];
  SiteCache sc;
  snprintf(nm, sizeof nm, "%s.cache", name);
  sc.global = LLVMAddGlobal(c->mod, c->t_i64, nm);
  LLVMSetInitializer(sc.global, kc_ll_i64(c, JS_EMPTY));
  LLVMSetLinkage(sc.global, LLVMInternalLinkage);
  sc.cached = kc_ll_load(c, c->t_i64, sc.global, name);
  sc.from_hit = LLVMGetInsertBlock(c->b);
  LLVMBasicBlockRef make = kc_ll_block_new(c, "site.make");
  sc.done = kc_ll_block_new(c, "site.done");
  LLVMValueRef miss = LLVMBuildICmp(c->b, LLVMIntEQ, sc.cached, kc_ll_i64(c, JS_EMPTY), "site.miss");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, miss, false), make, sc.done);
  kc_ll_position(c, make);
  return sc;
}

static LLVMValueRef site_cache_end(LowerCtx *c, SiteCache *sc, LLVMValueRef made) {
  kc_ll_store(c, made, sc->global);
  LLVMBasicBlockRef from_make = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, sc->done);
  kc_ll_position(c, sc->done);
  return kc_ll_phi2(c, "site.value", sc->cached, sc->from_hit, made, from_make);
}

/* tag`a${x}b`: the tag is called with the template object and the
 * substitutions. The template object is built once per site, on its first
 * evaluation, and kept in an internal global (statically allocated, so the
 * collector sees it as a root); every later evaluation of the site gets the
 * same object. A member-expression tag is called with its object as `this`. */
static LLVMValueRef template_object(LowerCtx *c, const Node *quasi) {
  const NodeList *q = &quasi->template_.quasis;
  SiteCache sc = site_cache_begin(c, "tpl");
  LLVMValueRef cooked = kc_ll_alloca(c, LLVMArrayType2(c->t_i64, (uint64_t)q->count), "tpl.cooked");
  LLVMValueRef raw = kc_ll_alloca(c, LLVMArrayType2(c->t_i64, (uint64_t)q->count), "tpl.raw");
  for (int i = 0; i < q->count; i++) {
    const Node *e = q->items[i];
    KcStr ck = e->template_element.cooked, rw = e->template_element.raw;
    LLVMValueRef cv = ck.ptr ? kc_ll_string_value(c, ck.ptr, ck.len) : kc_ll_undef(c);
    kc_ll_store(c, cv, kc_ll_gep(c, cooked, 8 * i));
    kc_ll_store(c, kc_ll_string_value(c, rw.ptr ? rw.ptr : "", rw.len), kc_ll_gep(c, raw, 8 * i));
  }
  LLVMValueRef args[3] = {kc_ll_i32(c, q->count), cooked, raw};
  return site_cache_end(c, &sc, kc_ll_call_rt_checked(c, RT_rt_template_object, args, 3));
}

static KcVal lower_tagged_template(LowerCtx *c, const Node *n) {
  const Node *tag = n->tagged_template.tag;
  const NodeList *e = &n->tagged_template.quasi->template_.expressions;
  LLVMValueRef f, this_v = kc_ll_undef(c);
  if (tag->kind == NODE_MemberExpression) f = lower_member(c, tag, &this_v);
  else f = kc_lower_boxed(c, tag);
  LLVMValueRef tpl = template_object(c, n->tagged_template.quasi);
  LLVMValueRef buf = kc_ll_alloca(c, LLVMArrayType2(c->t_i64, (uint64_t)e->count + 1), "argv");
  kc_ll_store(c, tpl, buf);
  for (int i = 0; i < e->count; i++)
    kc_ll_store(c, kc_lower_boxed(c, e->items[i]), kc_ll_gep(c, buf, 8 * (i + 1)));
  return kc_boxed(call_value(c, n, f, this_v, e->count + 1, buf, tag));
}

static KcVal lower_new(LowerCtx *c, const Node *n) {
  LLVMValueRef f = kc_lower_boxed(c, n->call.callee);
  if (has_spread(&n->call.arguments)) {
    LLVMValueRef arr = build_array(c, &n->call.arguments, true);
    kc_ll_site(c, n);
    LLVMValueRef args[3] = {f, arr, node_text(c, n->call.callee)};
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_construct_array, args, 3));
  }
  LLVMValueRef argv = build_argv(c, &n->call.arguments);
  kc_ll_site(c, n);
  LLVMValueRef args[4] = {f, kc_ll_i32(c, n->call.arguments.count), argv, node_text(c, n->call.callee)};
  return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_construct, args, 4));
}

LLVMValueRef kc_build_array(LowerCtx *c, const NodeList *els) { return build_array(c, els, true); }
LLVMValueRef kc_build_argv(LowerCtx *c, const NodeList *args) { return build_argv(c, args); }

LLVMValueRef kc_lower_value_named(LowerCtx *c, const Node *v, KcStr name) { return lower_value_named(c, v, name); }

/* ---- literals ---------------------------------------------------------- */

LLVMValueRef kc_prop_key_value(LowerCtx *c, const Node *key, bool computed) {
  if (computed) {
    LLVMValueRef k = kc_lower_boxed(c, key);
    return kc_ll_call_rt_checked(c, RT_rt_to_property_key, &k, 1);
  }
  if (key->kind == NODE_Identifier) return kc_ll_string_value(c, key->ident.name.ptr, key->ident.name.len);
  if (key->kind == NODE_Literal && key->literal.lit == KC_LIT_STRING)
    return kc_ll_string_value(c, key->literal.string.ptr, key->literal.string.len);
  LLVMValueRef k = kc_lower_boxed(c, key);
  return kc_ll_call_rt_checked(c, RT_rt_to_property_key, &k, 1);
}

static KcStr key_name(const Node *key, bool computed) {
  KcStr none = {NULL, 0};
  if (computed) return none;
  if (key->kind == NODE_Identifier) return key->ident.name;
  if (key->kind == NODE_Literal && key->literal.lit == KC_LIT_STRING) return key->literal.string;
  return none;
}

static bool is_anon_fn(const Node *n) {
  return (n->kind == NODE_FunctionExpression || n->kind == NODE_ArrowFunctionExpression) && !n->function.id;
}

static LLVMValueRef lower_value_named(LowerCtx *c, const Node *v, KcStr name) {
  if (name.ptr && v->kind == NODE_ClassExpression && !v->class_.id) return kc_lower_class(c, v, name);
  if (name.ptr && is_anon_fn(v)) return kc_lower_closure(c, v, name);
  return kc_lower_boxed(c, v);
}

static KcVal lower_object(LowerCtx *c, const Node *n) {
  LLVMValueRef obj = kc_ll_call_rt_checked(c, RT_rt_new_object, NULL, 0);
  for (int i = 0; i < n->object.properties.count; i++) {
    const Node *p = n->object.properties.items[i];
    if (p->kind == NODE_SpreadElement) {
      LLVMValueRef src = kc_lower_boxed(c, p->argument.argument);
      LLVMValueRef args[2] = {obj, src};
      kc_ll_call_rt_checked(c, RT_rt_copy_data_properties, args, 2);
      continue;
    }
    if (!p->property.computed && !p->property.shorthand && p->property.kind == KC_PROP_INIT &&
        !p->property.method && kc_str_eq(key_name(p->property.key, false), "__proto__")) {
      /* `__proto__: v` sets [[Prototype]] (an object or null; anything else
       * is ignored); shorthand and computed forms are ordinary properties. */
      LLVMValueRef args[2] = {obj, kc_lower_boxed(c, p->property.value)};
      kc_ll_call_rt_checked(c, RT_rt_set_proto, args, 2);
      continue;
    }
    LLVMValueRef key = kc_prop_key_value(c, p->property.key, p->property.computed);
    KcStr nm = key_name(p->property.key, p->property.computed);
    LLVMValueRef val = lower_value_named(c, p->property.value, nm);
    if (p->property.method || p->property.kind != KC_PROP_INIT) {
      FuncInfo *mf = kc_ptrmap_get(&c->res->funcs, p->property.value);
      if (mf && mf->uses_super) kc_set_home_object(c, val, obj);
    }
    if (p->property.kind == KC_PROP_INIT) val = kc_name_by_key(c, p->property.value, !nm.ptr, val, key);
    if (p->property.kind == KC_PROP_INIT) {
      LLVMValueRef args[3] = {obj, key, val};
      kc_ll_call_rt_checked(c, RT_rt_define_data_prop, args, 3);
    } else {
      bool get = p->property.kind == KC_PROP_GET;
      LLVMValueRef args[4] = {obj, key, get ? val : kc_ll_undef(c), get ? kc_ll_undef(c) : val};
      kc_ll_call_rt_checked(c, RT_rt_define_accessor, args, 4);
    }
  }
  return kc_boxed(obj);
}

static KcVal lower_template(LowerCtx *c, const Node *n) {
  const NodeList *q = &n->template_.quasis;
  const NodeList *e = &n->template_.expressions;
  KcStr first = q->items[0]->template_element.cooked;
  LLVMValueRef s = kc_ll_string_value(c, first.ptr ? first.ptr : "", first.len);
  for (int i = 0; i < e->count; i++) {
    LLVMValueRef v = kc_lower_boxed(c, e->items[i]);
    kc_ll_site(c, e->items[i]);
    LLVMValueRef str = kc_ll_call_rt_checked(c, RT_rt_to_string, &v, 1);
    LLVMValueRef args[2] = {s, str};
    s = kc_ll_call_rt_checked(c, RT_rt_string_concat, args, 2);
    KcStr part = q->items[i + 1]->template_element.cooked;
    if (part.len) {
      LLVMValueRef a2[2] = {s, kc_ll_string_value(c, part.ptr, part.len)};
      s = kc_ll_call_rt_checked(c, RT_rt_string_concat, a2, 2);
    }
  }
  return kc_boxed(s);
}

/* /pattern/flags: every evaluation makes a new RegExp (rt_regexp_literal);
 * the compiled program is cached in a pointer-sized internal global of the
 * site, filled at the first evaluation. The pattern was validated by the
 * lexer, so only an engine limit can still throw here. */
static KcVal lower_regex(LowerCtx *c, const Node *n) {
  LLVMValueRef site = LLVMAddGlobal(c->mod, c->t_ptr, "re.site");
  LLVMSetInitializer(site, LLVMConstNull(c->t_ptr));
  LLVMSetLinkage(site, LLVMInternalLinkage);
  KcStr p = n->literal.regex_pattern, f = n->literal.regex_flags;
  LLVMValueRef args[3] = {site, kc_ll_string_value(c, p.ptr ? p.ptr : "", p.len),
                          kc_ll_string_value(c, f.ptr ? f.ptr : "", f.len)};
  kc_ll_site(c, n);
  return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_regexp_literal, args, 3));
}

/* 123n: made on the site's first evaluation from the decimal digits
 * (BigInts are immutable, so one value serves every evaluation). */
static LLVMValueRef bigint_literal(LowerCtx *c, const Node *n) {
  KcStr digits = n->literal.bigint;
  SiteCache sc = site_cache_begin(c, "big");
  char *text = digits.ptr ? strndup(digits.ptr, digits.len) : strdup("0");
  LLVMValueRef args[2] = {LLVMBuildGlobalStringPtr(c->b, text, "big.digits"), kc_ll_i32(c, (int)strlen(text))};
  free(text);
  return site_cache_end(c, &sc, kc_ll_call_rt(c, RT_rt_bigint_literal, args, 2));
}

static KcVal lower_literal(LowerCtx *c, const Node *n) {
  switch (n->literal.lit) {
  case KC_LIT_NULL: return kc_boxed(kc_ll_i64(c, JS_NULL));
  case KC_LIT_BOOLEAN: return (KcVal){LLVMConstInt(c->t_i1, n->literal.boolean, false), VK_BOOL};
  case KC_LIT_NUMBER: return number_const(c, n->literal.number);
  case KC_LIT_STRING: return kc_boxed(kc_ll_string_value(c, n->literal.string.ptr, n->literal.string.len));
  case KC_LIT_REGEX: return lower_regex(c, n);
  case KC_LIT_BIGINT: return kc_boxed(bigint_literal(c, n));
  }
  return kc_boxed(kc_ll_undef(c));
}

/* ---- unary, update, logical, assignment -------------------------------- */

static LLVMValueRef lower_delete_member(LowerCtx *c, const Node *n, const Node *m);
static KcVal lower_chain(LowerCtx *c, const Node *n, const Node *delete_site);

static KcVal lower_unary(LowerCtx *c, const Node *n) {
  const Node *arg = n->unary.argument;
  switch (n->unary.op) {
  case KC_UNARY_NOT: return (KcVal){LLVMBuildNot(c->b, kc_lower_cond(c, arg), "not"), VK_BOOL};
  case KC_UNARY_VOID:
    kc_lower_expr(c, arg);
    return kc_boxed(kc_ll_undef(c));
  case KC_UNARY_TYPEOF: {
    KcVal v = arg->kind == NODE_Identifier ? lower_ident(c, arg, true) : kc_lower_expr(c, arg);
    Ref *ref = arg->kind == NODE_Identifier ? ref_of(c, arg) : NULL;
    if (ref && ref->nwith) return v; /* lower_ident answered both arms */
    if (arg->kind == NODE_Identifier && (!ref || !ref->b) && !kc_str_eq(arg->ident.name, "undefined") &&
        !kc_str_eq(arg->ident.name, "NaN") && !kc_str_eq(arg->ident.name, "Infinity"))
      return v; /* rt_typeof_global already answered */
    LLVMValueRef b = kc_val_box(c, v);
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_typeof, &b, 1));
  }
  case KC_UNARY_NEG: {
    if (arg->kind == NODE_Literal && arg->literal.lit == KC_LIT_NUMBER) return number_const(c, -arg->literal.number);
    KcVal v = kc_lower_expr(c, arg);
    KcVal zero = {kc_ll_i32(c, 0), VK_I32};
    if (v.kind == VK_I32) {
      /* 0 - x, except that -0 must be a double: let arith's double path handle x == 0 */
      LLVMValueRef isz = LLVMBuildICmp(c->b, LLVMIntEQ, v.v, kc_ll_i32(c, 0), "");
      KcVal r = arith(c, KC_BIN_SUB, zero, v, false);
      return kc_boxed(LLVMBuildSelect(c->b, isz, number_const(c, -0.0).v, r.v, "neg"));
    }
    LLVMValueRef b = kc_val_box(c, v);
    LLVMBasicBlockRef fast = kc_ll_block_new(c, "neg.int");
    LLVMBasicBlockRef slow = kc_ll_block_new(c, "neg.slow");
    LLVMBasicBlockRef done = kc_ll_block_new(c, "neg.done");
    LLVMValueRef isint = kc_ll_is_int32(c, b);
    LLVMValueRef i = kc_ll_unbox_int32(c, b);
    /* int32 other than 0 and INT32_MIN negate exactly */
    LLVMValueRef nz = LLVMBuildICmp(c->b, LLVMIntNE, LLVMBuildAnd(c->b, i, kc_ll_i32(c, 0x7fffffff), ""),
                                    kc_ll_i32(c, 0), "");
    LLVMBuildCondBr(c->b, LLVMBuildAnd(c->b, isint, nz, ""), fast, slow);
    kc_ll_position(c, fast);
    LLVMValueRef fv = kc_ll_box_int32(c, LLVMBuildNeg(c->b, i, ""));
    LLVMBuildBr(c->b, done);
    kc_ll_position(c, slow);
    LLVMValueRef sv = kc_ll_call_rt_checked(c, RT_rt_neg, &b, 1);
    LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, done);
    kc_ll_position(c, done);
    LLVMValueRef vals[2] = {fv, sv};
    LLVMBasicBlockRef bbs[2] = {fast, slow_end};
    return kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "neg"));
  }
  case KC_UNARY_PLUS: {
    KcVal v = kc_lower_expr(c, arg);
    if (v.kind == VK_I32 || v.kind == VK_F64) return v;
    LLVMValueRef b = kc_val_box(c, v);
    LLVMBasicBlockRef slow = kc_ll_block_new(c, "plus.slow");
    LLVMBasicBlockRef done = kc_ll_block_new(c, "plus.done");
    LLVMBasicBlockRef start = LLVMGetInsertBlock(c->b);
    LLVMBuildCondBr(c->b, kc_ll_is_number(c, b), done, slow);
    kc_ll_position(c, slow);
    LLVMValueRef sv = kc_ll_call_rt_checked(c, RT_rt_to_number, &b, 1);
    LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, done);
    kc_ll_position(c, done);
    LLVMValueRef vals[2] = {b, sv};
    LLVMBasicBlockRef bbs[2] = {start, slow_end};
    return kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "plus"));
  }
  case KC_UNARY_BIT_NOT: {
    KcVal v = kc_lower_expr(c, arg);
    if (v.kind == VK_I32) return (KcVal){LLVMBuildNot(c->b, v.v, ""), VK_I32};
    LLVMValueRef b = kc_val_box(c, v);
    LLVMBasicBlockRef fast = kc_ll_block_new(c, "bnot.int");
    LLVMBasicBlockRef slow = kc_ll_block_new(c, "bnot.slow");
    LLVMBasicBlockRef done = kc_ll_block_new(c, "bnot.done");
    LLVMBuildCondBr(c->b, kc_ll_is_int32(c, b), fast, slow);
    kc_ll_position(c, fast);
    LLVMValueRef fv = kc_ll_box_int32(c, LLVMBuildNot(c->b, kc_ll_unbox_int32(c, b), ""));
    LLVMBuildBr(c->b, done);
    kc_ll_position(c, slow);
    LLVMValueRef sv = kc_ll_call_rt_checked(c, RT_rt_bitnot, &b, 1);
    LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, done);
    kc_ll_position(c, done);
    LLVMValueRef vals[2] = {fv, sv};
    LLVMBasicBlockRef bbs[2] = {fast, slow_end};
    return kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "bnot"));
  }
  case KC_UNARY_DELETE: {
    if (arg->kind == NODE_MemberExpression) return kc_boxed(lower_delete_member(c, n, arg));
    if (arg->kind == NODE_ChainExpression && arg->chain.expression->kind == NODE_MemberExpression)
      return lower_chain(c, arg, n); /* delete a?.b: true when the chain short-circuits */
    if (arg->kind == NODE_Identifier) {
      LLVMValueRef plain = kc_ll_i64(c, ref_of(c, arg) && ref_of(c, arg)->b ? JS_FALSE : JS_TRUE);
      WithSplit w;
      if (!with_begin(c, arg, &w)) return kc_boxed(plain);
      LLVMValueRef args[3] = {w.base, kc_ll_string_value(c, arg->ident.name.ptr, arg->ident.name.len),
                              kc_ll_i32(c, 0)};
      LLVMValueRef a = kc_ll_call_rt_checked(c, RT_rt_delete_prop, args, 3);
      with_else(c, &w);
      return kc_boxed(with_end(c, &w, a, plain));
    }
    kc_lower_expr(c, arg);
    return kc_boxed(kc_ll_i64(c, JS_TRUE));
  }
  }
  return kc_boxed(kc_ll_undef(c));
}

/* delete o.k / o[k] / o?.k (inside a chain, [m] may short-circuit). */
static LLVMValueRef lower_delete_member(LowerCtx *c, const Node *n, const Node *m) {
  LLVMValueRef obj = kc_lower_boxed(c, m->member.object);
  if (m->member.optional) optional_short_circuit(c, obj);
  LLVMValueRef key;
  KcStr k;
  if (static_key(m, &k)) key = kc_ll_string_value(c, k.ptr, k.len);
  else key = kc_lower_boxed(c, m->member.property);
  kc_ll_site(c, n);
  LLVMValueRef args[3] = {obj, key, kc_ll_i32(c, c->f->fi->strict)};
  return kc_ll_call_rt_checked(c, RT_rt_delete_prop, args, 3);
}

/* A reference target evaluated once: identifier, o.x or o[k]. */
struct Target {
  const Node *node;
  int kind; /* 0 ident, 1 named member, 2 element, 3 private member (key: the name),
              4 super member (obj: this, home: the home object) */
  LLVMValueRef obj;   /* kind 0: the with object or JS_EMPTY, when inside `with` */
  LLVMValueRef home;
  KcStr name;
  KcVal key;
};
typedef struct Target Target;
static bool target_eval(LowerCtx *c, const Node *t, Target *out);
static KcVal target_get(LowerCtx *c, Target *t);
static void target_set(LowerCtx *c, Target *t, LLVMValueRef v);
static void target_key_once(LowerCtx *c, Target *t);

static KcVal lower_update(LowerCtx *c, const Node *n) {
  const Node *t = n->update.argument;
  bool inc = n->update.op == KC_UPDATE_INC;
  LLVMValueRef old_num, nv;
  if (t->kind == NODE_Identifier || (t->kind == NODE_MemberExpression && t->member.object->kind == NODE_Super)) {
    /* one reference for the read and the write (inside `with` it names
     * one object even if the read's getter deletes the property) */
    Target tg;
    if (!target_eval(c, t, &tg)) return kc_boxed(kc_ll_undef(c));
    kc_ll_site(c, n);
    KcVal old = target_get(c, &tg);
    nv = inc_dec(c, old, inc, &old_num);
    target_set(c, &tg, nv);
  } else if (t->kind == NODE_MemberExpression) {
    LLVMValueRef obj = kc_lower_boxed(c, t->member.object);
    KcStr k;
    if (t->member.property->kind == NODE_PrivateIdentifier) {
      LLVMValueRef key = private_name(c, t->member.property);
      kc_ll_site(c, n);
      LLVMValueRef ga[2] = {obj, key};
      LLVMValueRef old = kc_ll_call_rt_checked(c, RT_rt_private_get, ga, 2);
      nv = inc_dec(c, kc_boxed(old), inc, &old_num);
      LLVMValueRef sa[3] = {obj, key, nv};
      kc_ll_call_rt_checked(c, RT_rt_private_set, sa, 3);
    } else if (static_key(t, &k)) {
      kc_ll_site(c, n);
      LLVMValueRef old = kc_ic_get(c, obj, k);
      nv = inc_dec(c, kc_boxed(old), inc, &old_num);
      kc_ic_set(c, obj, k, nv);
    } else {
      Target tg = {.node = t, .kind = 2, .obj = obj, .key = kc_lower_expr(c, t->member.property)};
      if (tg.key.kind != VK_I32) tg.key = kc_boxed(kc_val_box(c, tg.key));
      target_key_once(c, &tg);
      kc_ll_site(c, n);
      LLVMValueRef old = kc_elem_get(c, obj, tg.key);
      nv = inc_dec(c, kc_boxed(old), inc, &old_num);
      kc_elem_set(c, obj, tg.key, nv);
    }
  } else {
    kc_lower_unsupported(c, n, "this update target");
    return kc_boxed(kc_ll_undef(c));
  }
  return kc_boxed(n->update.prefix ? nv : old_num);
}

static KcVal lower_logical(LowerCtx *c, const Node *n) {
  LLVMValueRef a = kc_lower_boxed(c, n->logical.left);
  LLVMBasicBlockRef rhs = kc_ll_block_new(c, "logic.rhs");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "logic.done");
  LLVMValueRef go_rhs;
  if (n->logical.op == KC_LOGICAL_NULLISH) {
    LLVMValueRef m = LLVMBuildAnd(c->b, a, kc_ll_i64(c, ~(uint64_t)8), "");
    go_rhs = LLVMBuildICmp(c->b, LLVMIntEQ, m, kc_ll_i64(c, JS_NULL), "");
  } else {
    LLVMValueRef t = kc_to_bool(c, kc_boxed(a));
    go_rhs = n->logical.op == KC_LOGICAL_AND ? t : LLVMBuildNot(c->b, t, "");
  }
  LLVMBasicBlockRef lhs_end = LLVMGetInsertBlock(c->b);
  LLVMBuildCondBr(c->b, go_rhs, rhs, done);
  kc_ll_position(c, rhs);
  LLVMValueRef b = kc_lower_boxed(c, n->logical.right);
  LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {a, b};
  LLVMBasicBlockRef bbs[2] = {lhs_end, rhs_end};
  return kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "logic"));
}

static KcBinaryOp compound_op(KcAssignOp op) {
  switch (op) {
  case KC_ASSIGN_ADD: return KC_BIN_ADD;
  case KC_ASSIGN_SUB: return KC_BIN_SUB;
  case KC_ASSIGN_MUL: return KC_BIN_MUL;
  case KC_ASSIGN_DIV: return KC_BIN_DIV;
  case KC_ASSIGN_MOD: return KC_BIN_MOD;
  case KC_ASSIGN_EXP: return KC_BIN_EXP;
  case KC_ASSIGN_SHL: return KC_BIN_SHL;
  case KC_ASSIGN_SAR: return KC_BIN_SAR;
  case KC_ASSIGN_SHR: return KC_BIN_SHR;
  case KC_ASSIGN_BIT_OR: return KC_BIN_BIT_OR;
  case KC_ASSIGN_BIT_XOR: return KC_BIN_BIT_XOR;
  case KC_ASSIGN_BIT_AND: return KC_BIN_BIT_AND;
  default: return KC_BIN_ADD;
  }
}


static bool target_eval(LowerCtx *c, const Node *t, Target *out) {
  out->node = t;
  if (t->kind == NODE_Identifier) {
    out->kind = 0;
    if (!with_search(c, t, &out->obj)) out->obj = NULL;
    return true;
  }
  if (t->kind == NODE_MemberExpression && t->member.object->kind == NODE_Super) {
    LLVMValueRef key;
    out->kind = 4;
    out->obj = kc_lower_super_ref(c, t, &out->home, &key);
    out->key = kc_boxed(key);
    return out->obj != NULL;
  }
  if (t->kind == NODE_MemberExpression) {
    out->obj = kc_lower_boxed(c, t->member.object);
    if (t->member.property->kind == NODE_PrivateIdentifier) {
      out->kind = 3;
      out->key = kc_boxed(private_name(c, t->member.property));
    } else if (static_key(t, &out->name)) out->kind = 1;
    else {
      out->kind = 2;
      out->key = kc_lower_expr(c, t->member.property);
      if (out->key.kind != VK_I32) out->key = kc_boxed(kc_val_box(c, out->key));
    }
    return true;
  }
  kc_lower_unsupported(c, t, "this assignment target");
  return false;
}

/* A computed key that is read and then written (compound assignment,
 * ++/--) is converted once, after the base is checked (GetValue's ToObject
 * comes before ToPropertyKey). Int32 keys skip the call. */
static void target_key_once(LowerCtx *c, Target *t) {
  if (t->kind != 2 || t->key.kind == VK_I32) return;
  LLVMValueRef k = t->key.v;
  LLVMBasicBlockRef start = LLVMGetInsertBlock(c->b);
  LLVMBasicBlockRef conv = kc_ll_block_new(c, "key.conv");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "key.done");
  LLVMBuildCondBr(c->b, kc_ll_is_int32(c, k), done, conv);
  kc_ll_position(c, conv);
  kc_ll_site(c, t->node);
  LLVMValueRef args[2] = {t->obj, k};
  LLVMValueRef pk = kc_ll_call_rt_checked(c, RT_rt_ref_property_key, args, 2);
  LLVMBasicBlockRef conv_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {k, pk};
  LLVMBasicBlockRef bbs[2] = {start, conv_end};
  t->key = kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "key"));
}

static KcVal target_get(LowerCtx *c, Target *t) {
  kc_ll_site(c, t->node);
  if (t->kind == 0 && t->obj) {
    WithSplit w = {.base = t->obj};
    with_branch(c, &w);
    LLVMValueRef a = kc_ic_get(c, t->obj, t->node->ident.name);
    with_else(c, &w);
    LLVMValueRef b = kc_val_box(c, lower_ident_plain(c, t->node, false));
    return kc_boxed(with_end(c, &w, a, b));
  }
  if (t->kind == 0) return lower_ident_plain(c, t->node, false);
  if (t->kind == 1) return kc_boxed(kc_ic_get(c, t->obj, t->name));
  if (t->kind == 3) {
    LLVMValueRef args[2] = {t->obj, t->key.v};
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_private_get, args, 2));
  }
  if (t->kind == 4) {
    LLVMValueRef args[3] = {t->home, t->key.v, t->obj};
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_get_super, args, 3));
  }
  return kc_boxed(kc_elem_get(c, t->obj, t->key));
}

static void target_set(LowerCtx *c, Target *t, LLVMValueRef v) {
  kc_ll_site(c, t->node);
  if (t->kind == 0 && t->obj) assign_ident_at(c, t->node, t->obj, v);
  else if (t->kind == 0) assign_ident_plain(c, t->node, v);
  else if (t->kind == 1) kc_ic_set(c, t->obj, t->name, v);
  else if (t->kind == 3) {
    LLVMValueRef args[3] = {t->obj, t->key.v, v};
    kc_ll_call_rt_checked(c, RT_rt_private_set, args, 3);
  } else if (t->kind == 4) {
    LLVMValueRef args[5] = {t->home, t->key.v, v, t->obj, kc_ll_i32(c, c->f->fi->strict)};
    kc_ll_call_rt_checked(c, RT_rt_set_super, args, 5);
  } else kc_elem_set(c, t->obj, t->key, v);
}

static void assign_pattern_from(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare, const char *src);

static KcVal lower_assign(LowerCtx *c, const Node *n) {
  const Node *left = n->assign.left;
  KcAssignOp op = n->assign.op;
  if (op == KC_ASSIGN_ASSIGN && (left->kind == NODE_ObjectPattern || left->kind == NODE_ArrayPattern)) {
    LLVMValueRef v = kc_lower_boxed(c, n->assign.right);
    assign_pattern_from(c, left, v, false, kc_dstr_source(c, n->assign.right));
    return kc_boxed(v);
  }
  Target t;
  if (!target_eval(c, left, &t)) return kc_boxed(kc_ll_undef(c));
  if (op == KC_ASSIGN_ASSIGN) {
    KcStr hint = left->kind == NODE_Identifier ? left->ident.name : (KcStr){NULL, 0};
    Ref *ref = left->kind == NODE_Identifier && !t.obj ? ref_of(c, left) : NULL;
    LLVMValueRef resolvable = NULL;
    if (ref && !ref->b && c->f->fi->strict) {
      kc_ll_site(c, left);
      LLVMValueRef ic = kc_ic_new(c, left->ident.name);
      resolvable = kc_ll_call_rt_checked(c, RT_rt_has_global_ic, &ic, 1);
    }
    LLVMValueRef v = lower_value_named(c, n->assign.right, hint);
    if (resolvable) {
      LLVMBasicBlockRef bad = kc_ll_block_new(c, "unresolvable");
      LLVMBasicBlockRef ok = kc_ll_block_new(c, "resolvable");
      LLVMValueRef no = LLVMBuildICmp(c->b, LLVMIntEQ, resolvable, kc_ll_i64(c, JS_FALSE), "");
      LLVMBuildCondBr(c->b, kc_ll_expect(c, no, false), bad, ok);
      kc_ll_position(c, bad);
      kc_ll_site(c, left);
      LLVMValueRef nm = name_cstr(c, left->ident.name);
      kc_ll_call_rt(c, RT_rt_throw_not_defined, &nm, 1);
      kc_ll_throw_pending(c);
      LLVMDeleteBasicBlock(LLVMGetInsertBlock(c->b));
      kc_ll_position(c, ok);
    }
    target_set(c, &t, v);
    return kc_boxed(v);
  }
  target_key_once(c, &t);
  KcVal old = target_get(c, &t);
  if (op == KC_ASSIGN_OR || op == KC_ASSIGN_AND || op == KC_ASSIGN_NULLISH) {
    LLVMValueRef a = kc_val_box(c, old);
    LLVMValueRef go;
    if (op == KC_ASSIGN_NULLISH) {
      LLVMValueRef m = LLVMBuildAnd(c->b, a, kc_ll_i64(c, ~(uint64_t)8), "");
      go = LLVMBuildICmp(c->b, LLVMIntEQ, m, kc_ll_i64(c, JS_NULL), "");
    } else {
      LLVMValueRef tb = kc_to_bool(c, kc_boxed(a));
      go = op == KC_ASSIGN_AND ? tb : LLVMBuildNot(c->b, tb, "");
    }
    LLVMBasicBlockRef rhs = kc_ll_block_new(c, "lassign.rhs");
    LLVMBasicBlockRef done = kc_ll_block_new(c, "lassign.done");
    LLVMBasicBlockRef start = LLVMGetInsertBlock(c->b);
    LLVMBuildCondBr(c->b, go, rhs, done);
    kc_ll_position(c, rhs);
    LLVMValueRef v = kc_lower_boxed(c, n->assign.right);
    target_set(c, &t, v);
    LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, done);
    kc_ll_position(c, done);
    LLVMValueRef vals[2] = {a, v};
    LLVMBasicBlockRef bbs[2] = {start, rhs_end};
    return kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "lassign"));
  }
  if (old.kind == VK_BOOL || old.kind == VK_F64) old = kc_boxed(kc_val_box(c, old));
  KcVal r = kc_lower_expr(c, n->assign.right);
  if (r.kind == VK_BOOL || r.kind == VK_F64) r = kc_boxed(kc_val_box(c, r));
  KcBinaryOp bop = compound_op(op);
  KcVal res;
  if (bop == KC_BIN_ADD) res = arith(c, bop, old, r, is_string_node(n->assign.right));
  else if (bop == KC_BIN_SUB || bop == KC_BIN_MUL || bop == KC_BIN_DIV || bop == KC_BIN_MOD || bop == KC_BIN_EXP)
    res = arith(c, bop, old, r, false);
  else res = bitop(c, bop, old, r);
  LLVMValueRef v = kc_val_box(c, res);
  target_set(c, &t, v);
  return kc_boxed(v);
}

/* ---- destructuring ------------------------------------------------------ */

static void bind_target(LowerCtx *c, const Node *t, LLVMValueRef v, bool declare) {
  if (t->kind == NODE_Identifier) {
    Ref *ref = ref_of(c, t);
    if (declare) {
      Binding *b = ref ? ref->b : NULL;
      /* declared names without a reference record (parameters): by scope */
      for (Scope *s = c->f->scope; !b && s; s = s->parent)
        b = kc_scope_find_local(s, t->ident.name.ptr, t->ident.name.len);
      if (b) {
        kc_binding_init(c, b, v);
        return;
      }
    }
    assign_ident(c, t, v);
    return;
  }
  if (t->kind == NODE_ObjectPattern || t->kind == NODE_ArrayPattern || t->kind == NODE_AssignmentPattern) {
    assign_pattern_from(c, t, v, declare, KC_DSTR_NESTED);
    return;
  }
  Target tg;
  if (target_eval(c, t, &tg)) target_set(c, &tg, v);
}

static LLVMValueRef with_default(LowerCtx *c, LLVMValueRef v, const Node *dflt, KcStr hint) {
  LLVMValueRef undef = LLVMBuildICmp(c->b, LLVMIntEQ, v, kc_ll_undef(c), "");
  LLVMBasicBlockRef use = kc_ll_block_new(c, "default");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "default.done");
  LLVMBasicBlockRef start = LLVMGetInsertBlock(c->b);
  LLVMBuildCondBr(c->b, undef, use, done);
  kc_ll_position(c, use);
  LLVMValueRef d = lower_value_named(c, dflt, hint);
  LLVMBasicBlockRef use_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {v, d};
  LLVMBasicBlockRef bbs[2] = {start, use_end};
  return phi2(c, c->t_i64, vals, bbs, 2, "");
}

static void bind_element(LowerCtx *c, const Node *t, LLVMValueRef v, bool declare) {
  if (t->kind == NODE_AssignmentPattern) {
    const Node *l = t->assign_pattern.left;
    KcStr hint = l->kind == NODE_Identifier ? l->ident.name : (KcStr){NULL, 0};
    v = with_default(c, v, t->assign_pattern.right, hint);
    t = l;
  }
  bind_target(c, t, v, declare);
}

/* The source expression as V8's messages print it ("o.p", "f(...)",
 * "(x || null)", else "(intermediate value)"), appended to [b]. */
static void render_source(const Node *e, char *b, size_t cap) {
  size_t n = strlen(b);
  if (n + 1 >= cap) return;
  char *o = b + n;
  size_t room = cap - n;
  switch (e->kind) {
  case NODE_Identifier:
    snprintf(o, room, "%.*s", (int)e->ident.name.len, e->ident.name.ptr);
    return;
  case NODE_ThisExpression: snprintf(o, room, "this"); return;
  case NODE_Literal:
    if (e->literal.lit == KC_LIT_NULL) {
      snprintf(o, room, "null");
      return;
    }
    break;
  case NODE_MemberExpression: {
    const Node *p = e->member.property;
    if (e->member.optional || p->kind == NODE_PrivateIdentifier) break;
    render_source(e->member.object, b, cap);
    n = strlen(b);
    if (!e->member.computed)
      snprintf(b + n, cap - n, ".%.*s", (int)p->ident.name.len, p->ident.name.ptr);
    else if (p->kind == NODE_Literal && p->literal.lit == KC_LIT_STRING)
      snprintf(b + n, cap - n, ".%.*s", (int)p->literal.string.len, p->literal.string.ptr);
    else if (p->kind == NODE_Literal && p->literal.lit == KC_LIT_NUMBER)
      snprintf(b + n, cap - n, "[%.*s]", (int)p->literal.raw.len, p->literal.raw.ptr);
    else if (p->kind == NODE_Identifier)
      snprintf(b + n, cap - n, "[%.*s]", (int)p->ident.name.len, p->ident.name.ptr);
    else
      snprintf(b + n, cap - n, "[(intermediate value)]");
    return;
  }
  case NODE_CallExpression:
    if (e->call.optional) break;
    render_source(e->call.callee, b, cap);
    n = strlen(b);
    snprintf(b + n, cap - n, "(...)");
    return;
  case NODE_LogicalExpression:
    snprintf(o, room, "(");
    render_source(e->logical.left, b, cap);
    n = strlen(b);
    snprintf(b + n, cap - n, " %s ", kc_logical_op_str(e->logical.op));
    render_source(e->logical.right, b, cap);
    n = strlen(b);
    snprintf(b + n, cap - n, ")");
    return;
  default: break;
  }
  snprintf(o, room, "(intermediate value)");
}

const char *kc_dstr_source(LowerCtx *c, const Node *e) {
  char buf[256] = "";
  render_source(e, buf, sizeof buf);
  return kc_arena_strndup(c->res->arena, buf, strlen(buf));
}

/* How V8 names [e] when it is not iterable: its rendered source (for-of,
 * array spread, a declaration's array pattern), the callee of a call or
 * `new` whose result it is, or nothing (the value's type) for expressions
 * V8 prints as "(intermediate value)". */
static const char *iter_site_text(LowerCtx *c, const Node *e, int32_t *kind) {
  char buf[256] = "";
  *kind = JS_ITER_MSG_SOURCE;
  if ((e->kind == NODE_CallExpression && !e->call.optional) || e->kind == NODE_NewExpression) {
    *kind = JS_ITER_MSG_CALL;
    e = e->call.callee;
  }
  if (e->kind == NODE_Literal && e->literal.lit == KC_LIT_NUMBER)
    snprintf(buf, sizeof buf, "%.*s", (int)e->literal.raw.len, e->literal.raw.ptr);
  else if (e->kind == NODE_Literal && e->literal.lit == KC_LIT_STRING)
    snprintf(buf, sizeof buf, "\"%.*s\"", (int)e->literal.string.len, e->literal.string.ptr);
  else if (e->kind == NODE_ObjectExpression && e->object.properties.count == 0)
    snprintf(buf, sizeof buf, "{}");
  else
    render_source(e, buf, sizeof buf);
  if (strstr(buf, "(intermediate value)")) {
    *kind = JS_ITER_MSG_VALUE;
    return NULL;
  }
  return kc_arena_strndup(c->res->arena, buf, strlen(buf));
}

static LLVMValueRef iter_text_args(LowerCtx *c, const char *text) {
  return text ? kc_ll_cstring(c, text, strlen(text) + 1, "iter.src") : LLVMConstPointerNull(c->t_ptr);
}

LLVMValueRef kc_get_iterator(LowerCtx *c, LLVMValueRef v, const Node *site) {
  int32_t kind = JS_ITER_MSG_VALUE;
  const char *text = site ? iter_site_text(c, site, &kind) : NULL;
  if (!text) return kc_ll_call_rt_checked(c, RT_rt_get_iterator, &v, 1);
  LLVMValueRef args[3] = {v, iter_text_args(c, text), kc_ll_i32(c, kind)};
  return kc_ll_call_rt_checked(c, RT_rt_get_iterator_text, args, 3);
}

void kc_assign_decl_pattern(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare, const Node *init) {
  const Node *saved_pat = c->decl_pat, *saved_init = c->decl_init;
  c->decl_pat = pat;
  c->decl_init = init;
  assign_pattern_from(c, pat, v, declare, kc_dstr_source(c, init));
  c->decl_pat = saved_pat;
  c->decl_init = saved_init;
}

/* An object pattern's check of its value, with the names V8 puts into the
 * TypeError: the first plain property key and [src] (see rt_abi.def). */
static void require_destructurable(LowerCtx *c, const Node *pat, LLVMValueRef v, const char *src) {
  KcStr first = {NULL, 0};
  if (pat->object.properties.count) {
    const Node *p = pat->object.properties.items[0];
    if (p->kind != NODE_RestElement && !p->property.computed) {
      const Node *k = p->property.key;
      first = k->kind == NODE_Literal && k->literal.lit == KC_LIT_NUMBER ? k->literal.raw
                                                                          : key_name(k, false);
    }
  }
  LLVMValueRef null = LLVMConstPointerNull(c->t_ptr);
  LLVMValueRef args[3] = {
      v, first.ptr ? kc_ll_cstring(c, kc_arena_strndup(c->res->arena, first.ptr, first.len), first.len + 1, "dstr.key")
                   : null,
      src ? kc_ll_cstring(c, src, strlen(src) + 1, "dstr.src") : null};
  kc_ll_site(c, pat);
  kc_ll_call_rt_checked(c, RT_rt_destructure_check, args, 3);
}

void kc_assign_pattern(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare) {
  /* a parameter: V8 names the value; with a default, the desugared conditional */
  const char *src = pat->kind == NODE_AssignmentPattern
                        ? "(intermediate value)(intermediate value)(intermediate value)" : NULL;
  assign_pattern_from(c, pat, v, declare, src);
}

void kc_assign_pattern_src(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare, const char *src) {
  assign_pattern_from(c, pat, v, declare, src);
}

static void assign_pattern_from(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare, const char *src) {
  if (pat->kind == NODE_AssignmentPattern || pat->kind == NODE_Identifier || pat->kind == NODE_MemberExpression) {
    if (pat->kind == NODE_AssignmentPattern) {
      const Node *l = pat->assign_pattern.left;
      KcStr hint = l->kind == NODE_Identifier ? l->ident.name : (KcStr){NULL, 0};
      v = with_default(c, v, pat->assign_pattern.right, hint);
      if (l->kind == NODE_ObjectPattern || l->kind == NODE_ArrayPattern) {
        assign_pattern_from(c, l, v, declare, src);
        return;
      }
    }
    bind_element(c, pat, v, declare);
    return;
  }
  if (pat->kind == NODE_ObjectPattern) {
    require_destructurable(c, pat, v, src);
    int np = pat->object.properties.count;
    LLVMValueRef *keys = kc_arena_alloc(c->res->arena, sizeof *keys * (size_t)(np + 1));
    for (int i = 0; i < np; i++) {
      const Node *p = pat->object.properties.items[i];
      if (p->kind == NODE_RestElement) {
        /* {a, ...rest}: CopyDataProperties excluding the keys named before
         * the rest element (never read, not even their descriptors) */
        LLVMValueRef buf = LLVMConstNull(c->t_ptr);
        if (i > 0) {
          buf = kc_ll_alloca(c, LLVMArrayType2(c->t_i64, (uint64_t)i), "rest.excluded");
          for (int k = 0; k < i; k++) kc_ll_store(c, keys[k], kc_ll_gep(c, buf, 8 * k));
        }
        LLVMValueRef na[2] = {kc_ll_i32(c, i), buf};
        LLVMValueRef excluded = kc_ll_call_rt_checked(c, RT_rt_new_array, na, 2);
        LLVMValueRef ra[2] = {v, excluded};
        LLVMValueRef rest = kc_ll_call_rt_checked(c, RT_rt_object_rest, ra, 2);
        bind_element(c, p->argument.argument, rest, declare);
        break;
      }
      LLVMValueRef pv;
      KcStr nm = key_name(p->property.key, p->property.computed);
      kc_ll_site(c, p);
      if (nm.ptr && memchr(nm.ptr, 0, nm.len) == NULL && !(nm.len && nm.ptr[0] >= '0' && nm.ptr[0] <= '9')) {
        keys[i] = kc_ll_string_value(c, nm.ptr, nm.len);
        pv = kc_ic_get(c, v, nm);
      } else {
        keys[i] = kc_prop_key_value(c, p->property.key, p->property.computed);
        pv = kc_elem_get(c, v, kc_boxed(keys[i]));
      }
      bind_element(c, p->property.value, pv, declare);
    }
    return;
  }
  if (pat->kind == NODE_ArrayPattern) {
    kc_ll_site(c, pat);
    LLVMValueRef it = kc_get_iterator(c, v, pat == c->decl_pat ? c->decl_init : NULL);
    LLVMValueRef done_slot = kc_ll_alloca(c, c->t_i1, "iter.done");
    kc_ll_store(c, LLVMConstInt(c->t_i1, 0, false), done_slot);
    /* A throw while binding an element (a default, a target's setter)
     * closes the iterator unless it is done; a throw from the iterator
     * itself does not (IteratorBindingInitialization). */
    LLVMBasicBlockRef outer_handler = c->f->handler;
    LLVMBasicBlockRef bind_exc = kc_ll_block_new(c, "destr.exc");
    for (int i = 0; i < pat->array.elements.count; i++) {
      const Node *e = pat->array.elements.items[i];
      if (e && e->kind == NODE_RestElement) {
        LLVMValueRef a0[2] = {kc_ll_i32(c, 0), LLVMConstNull(c->t_ptr)};
        LLVMValueRef arr = kc_ll_call_rt_checked(c, RT_rt_new_array, a0, 2);
        LLVMBasicBlockRef loop = kc_ll_block_new(c, "rest.loop");
        LLVMBasicBlockRef body = kc_ll_block_new(c, "rest.body");
        LLVMBasicBlockRef out = kc_ll_block_new(c, "rest.done");
        LLVMValueRef d = kc_ll_load(c, c->t_i1, done_slot, "");
        LLVMBuildCondBr(c->b, d, out, loop);
        kc_ll_position(c, loop);
        LLVMValueRef x = kc_ll_call_rt_checked(c, RT_rt_iterator_step, &it, 1);
        LLVMValueRef fin = LLVMBuildICmp(c->b, LLVMIntEQ, x, kc_ll_i64(c, JS_EMPTY), "");
        LLVMBuildCondBr(c->b, fin, out, body);
        kc_ll_position(c, body);
        LLVMValueRef aa[2] = {arr, x};
        kc_ll_call_rt_checked(c, RT_rt_array_append, aa, 2);
        LLVMBuildBr(c->b, loop);
        kc_ll_position(c, out);
        kc_ll_store(c, LLVMConstInt(c->t_i1, 1, false), done_slot);
        bind_element(c, e->argument.argument, arr, declare);
        break;
      }
      /* step unless already done */
      LLVMBasicBlockRef step = kc_ll_block_new(c, "destr.step");
      LLVMBasicBlockRef got = kc_ll_block_new(c, "destr.got");
      LLVMBasicBlockRef start = LLVMGetInsertBlock(c->b);
      LLVMValueRef d = kc_ll_load(c, c->t_i1, done_slot, "");
      LLVMBuildCondBr(c->b, d, got, step);
      kc_ll_position(c, step);
      LLVMValueRef x = kc_ll_call_rt_checked(c, RT_rt_iterator_step, &it, 1);
      LLVMValueRef fin = LLVMBuildICmp(c->b, LLVMIntEQ, x, kc_ll_i64(c, JS_EMPTY), "");
      kc_ll_store(c, fin, done_slot);
      LLVMValueRef xv = LLVMBuildSelect(c->b, fin, kc_ll_undef(c), x, "");
      LLVMBasicBlockRef step_end = LLVMGetInsertBlock(c->b);
      LLVMBuildBr(c->b, got);
      kc_ll_position(c, got);
      LLVMValueRef vals[2] = {kc_ll_undef(c), xv};
      LLVMBasicBlockRef bbs[2] = {start, step_end};
      LLVMValueRef ev = phi2(c, c->t_i64, vals, bbs, 2, "elem");
      if (e) {
        c->f->handler = bind_exc;
        bind_element(c, e, ev, declare);
        c->f->handler = outer_handler;
      }
    }
    /* close the iterator if the pattern did not exhaust it */
    LLVMBasicBlockRef close = kc_ll_block_new(c, "destr.close");
    LLVMBasicBlockRef after = kc_ll_block_new(c, "destr.after");
    LLVMBuildCondBr(c->b, kc_ll_load(c, c->t_i1, done_slot, ""), after, close);
    kc_ll_position(c, close);
    kc_ll_call_rt_checked(c, RT_rt_iterator_close, &it, 1);
    LLVMBuildBr(c->b, after);
    /* the binding threw: close if not done, then rethrow the original */
    kc_ll_position(c, bind_exc);
    LLVMValueRef exc = kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0);
    LLVMBasicBlockRef exc_close = kc_ll_block_new(c, "destr.exc.close");
    LLVMBasicBlockRef exc_throw = kc_ll_block_new(c, "destr.exc.throw");
    LLVMBuildCondBr(c->b, kc_ll_load(c, c->t_i1, done_slot, ""), exc_throw, exc_close);
    kc_ll_position(c, exc_close);
    kc_ll_call_rt(c, RT_rt_iterator_close, &it, 1);
    kc_ll_call_rt(c, RT_rt_take_exception, NULL, 0); /* a throw from return() loses */
    LLVMBuildBr(c->b, exc_throw);
    kc_ll_position(c, exc_throw);
    kc_ll_call_rt(c, RT_rt_throw, &exc, 1);
    LLVMBuildBr(c->b, outer_handler ? outer_handler : c->f->ret_exc_bb);
    kc_ll_position(c, after);
    return;
  }
  kc_lower_unsupported(c, pat, "this pattern");
}

/* ---- closures ----------------------------------------------------------- */

LLVMValueRef kc_lower_closure(LowerCtx *c, const Node *fn, KcStr name_hint) {
  FuncInfo *fi = kc_ptrmap_get(&c->res->funcs, fn);
  if (!fi) return kc_ll_undef(c);
  if (!fi->name.ptr && name_hint.ptr) fi->name = name_hint;
  kc_func_declare(c, fi);
  LLVMValueRef args[3] = {fi->generic_fn, kc_cur_env(c), kc_func_info_global(c, fi)};
  LLVMValueRef clo = kc_ll_call_rt(c, RT_rt_new_function, args, 3);
  if (fi->is_arrow && fi->uses_super && c->f->callee) {
    /* an arrow's super.x is its creator's: copy the home object */
    LLVMValueRef home = kc_ll_load(c, c->t_i64, kc_ll_gep(c, c->f->callee, offsetof(JSFunction, home_object)), "home");
    kc_set_home_object(c, clo, home);
  }
  return clo;
}

/* ---- conditions and the dispatcher --------------------------------------- */

LLVMValueRef kc_lower_cond(LowerCtx *c, const Node *n) {
  if (n->kind == NODE_LogicalExpression && n->logical.op != KC_LOGICAL_NULLISH) {
    bool is_and = n->logical.op == KC_LOGICAL_AND;
    LLVMValueRef a = kc_lower_cond(c, n->logical.left);
    LLVMBasicBlockRef rhs = kc_ll_block_new(c, is_and ? "and.rhs" : "or.rhs");
    LLVMBasicBlockRef done = kc_ll_block_new(c, is_and ? "and.done" : "or.done");
    LLVMBasicBlockRef lhs_end = LLVMGetInsertBlock(c->b);
    if (is_and) LLVMBuildCondBr(c->b, a, rhs, done);
    else LLVMBuildCondBr(c->b, a, done, rhs);
    kc_ll_position(c, rhs);
    LLVMValueRef b = kc_lower_cond(c, n->logical.right);
    LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(c->b);
    LLVMBuildBr(c->b, done);
    kc_ll_position(c, done);
    LLVMValueRef vals[2] = {LLVMConstInt(c->t_i1, is_and ? 0 : 1, false), b};
    LLVMBasicBlockRef bbs[2] = {lhs_end, rhs_end};
    return phi2(c, c->t_i1, vals, bbs, 2, "cond");
  }
  return kc_to_bool(c, kc_lower_expr(c, n));
}

static KcVal lower_conditional(LowerCtx *c, const Node *n) {
  LLVMValueRef t = kc_lower_cond(c, n->conditional.test);
  LLVMBasicBlockRef yes = kc_ll_block_new(c, "cond.then");
  LLVMBasicBlockRef no = kc_ll_block_new(c, "cond.else");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "cond.done");
  LLVMBuildCondBr(c->b, t, yes, no);
  kc_ll_position(c, yes);
  LLVMValueRef a = kc_lower_boxed(c, n->conditional.consequent);
  LLVMBasicBlockRef yes_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, no);
  LLVMValueRef b = kc_lower_boxed(c, n->conditional.alternate);
  LLVMBasicBlockRef no_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  LLVMValueRef vals[2] = {a, b};
  LLVMBasicBlockRef bbs[2] = {yes_end, no_end};
  return kc_boxed(phi2(c, c->t_i64, vals, bbs, 2, "cond"));
}

/* An optional chain: its value, or undefined where it short-circuits. With
 * [delete_site], the chain is the operand of that `delete` (a member
 * expression), which is true where it short-circuits. */
static KcVal lower_chain(LowerCtx *c, const Node *n, const Node *delete_site) {
  FnState *f = c->f;
  LLVMBasicBlockRef saved_end = f->chain_end;
  int saved_n = f->chain_n;
  f->chain_end = kc_ll_block_new(c, "chain.end");
  LLVMValueRef v = delete_site ? lower_delete_member(c, delete_site, n->chain.expression)
                               : kc_lower_boxed(c, n->chain.expression);
  if (delete_site)
    for (int i = saved_n; i < f->chain_n; i++) f->chain_phi_vals[i] = kc_ll_i64(c, JS_TRUE);
  f->chain_phi_vals[f->chain_n] = v;
  f->chain_phi_bbs[f->chain_n++] = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, f->chain_end);
  kc_ll_position(c, f->chain_end);
  LLVMValueRef phi = phi2(c, c->t_i64, f->chain_phi_vals + saved_n, f->chain_phi_bbs + saved_n,
                          f->chain_n - saved_n, "chain");
  f->chain_end = saved_end;
  f->chain_n = saved_n;
  return kc_boxed(phi);
}

KcVal kc_lower_expr(LowerCtx *c, const Node *n) {
  if (c->failed) return kc_boxed(kc_ll_undef(c));
  kc_debug_loc(c, n);
  switch (n->kind) {
  case NODE_Literal: return lower_literal(c, n);
  case NODE_Identifier: return lower_ident(c, n, false);
  case NODE_ThisExpression: {
    Ref *ref = ref_of(c, n);
    if (ref && ref->b) return kc_boxed(kc_lower_this(c, ref->b, n));
    return kc_boxed(kc_ll_undef(c));
  }
  case NODE_TemplateLiteral: return lower_template(c, n);
  case NODE_ArrayExpression: return kc_boxed(build_array(c, &n->array.elements, false));
  case NODE_ObjectExpression: return lower_object(c, n);
  case NODE_FunctionExpression:
  case NODE_ArrowFunctionExpression: return kc_boxed(kc_lower_closure(c, n, (KcStr){NULL, 0}));
  case NODE_UnaryExpression: return lower_unary(c, n);
  case NODE_UpdateExpression: return lower_update(c, n);
  case NODE_BinaryExpression: return lower_binary(c, n);
  case NODE_LogicalExpression: return lower_logical(c, n);
  case NODE_AssignmentExpression: return lower_assign(c, n);
  case NODE_ConditionalExpression: return lower_conditional(c, n);
  case NODE_CallExpression: return lower_call(c, n);
  case NODE_NewExpression: return lower_new(c, n);
  case NODE_MemberExpression: return kc_boxed(lower_member(c, n, NULL));
  case NODE_ChainExpression: return lower_chain(c, n, NULL);
  case NODE_ParenthesizedExpression: return kc_lower_expr(c, n->chain.expression);
  case NODE_SequenceExpression: {
    KcVal v = kc_boxed(kc_ll_undef(c));
    for (int i = 0; i < n->sequence.expressions.count; i++) v = kc_lower_expr(c, n->sequence.expressions.items[i]);
    return v;
  }
  case NODE_ClassExpression: return kc_boxed(kc_lower_class(c, n, (KcStr){NULL, 0}));
  case NODE_YieldExpression: return kc_lower_yield(c, n);
  case NODE_AwaitExpression: return kc_lower_await(c, n);
  case NODE_TaggedTemplateExpression: return lower_tagged_template(c, n);
  case NODE_MetaProperty:
    if (kc_str_eq(n->meta_property.meta->ident.name, "new") && ref_of(c, n) && !ref_of(c, n)->b)
      return kc_boxed(kc_ll_undef(c)); /* in a field initialiser */
    if (kc_str_eq(n->meta_property.meta->ident.name, "new") && c->f->fi->is_arrow) {
      Ref *ref = ref_of(c, n);
      if (ref && ref->b) return kc_boxed(kc_binding_read(c, ref->b, false, n));
    }
    if (kc_str_eq(n->meta_property.meta->ident.name, "new") && !c->f->fi->is_arrow) {
      if (c->f->mode == FN_GENERIC) return kc_boxed(LLVMGetParam(c->f->fn, 4));
      /* direct eval code: the caller's, passed to the entry */
      if (c->f->mode == FN_MODULE && c->opts.eval_kind == KC_EVAL_DIRECT) return kc_boxed(LLVMGetParam(c->f->fn, 4));
      if (c->f->mode == FN_MODULE) break; /* a syntax error in scripts; never reached */
    }
    if (kc_str_eq(n->meta_property.meta->ident.name, "import")) {
      /* one object per module, made by the runtime on first use */
      LLVMValueRef path = kc_ll_cstring(c, c->script_path, strlen(c->script_path) + 1, "meta.path");
      return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_import_meta, &path, 1));
    }
    kc_lower_unsupported(c, n, "new.target in arrow functions");
    break;
  case NODE_ImportExpression: {
    /* import(x): a promise of the namespace of a bundled module */
    LLVMValueRef spec = kc_lower_boxed(c, n->import_expr.source);
    if (n->import_expr.options) {
      LLVMValueRef opts = kc_lower_boxed(c, n->import_expr.options);
      kc_ll_site(c, n);
      LLVMValueRef args[3] = {kc_ll_i32(c, c->opts.module_index), spec, opts};
      return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_dynamic_import_with, args, 3));
    }
    kc_ll_site(c, n);
    LLVMValueRef args[2] = {kc_ll_i32(c, c->opts.module_index), spec};
    return kc_boxed(kc_ll_call_rt_checked(c, RT_rt_dynamic_import, args, 2));
  }
  case NODE_Super: kc_lower_unsupported(c, n, "super"); break;
  default: kc_lower_unsupported(c, n, kc_node_kind_name(n->kind)); break;
  }
  return kc_boxed(kc_ll_undef(c));
}
