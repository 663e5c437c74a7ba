/* lower.c — the lowering context and its vocabulary.
 *
 * kc_lower_program runs resolve and infer, then lowers the main module into
 * `kiln_program_entry` and every function body reached from it. This file
 * holds what all lowering files share: the runtime declarations generated
 * from rt_abi.def, and a thin vocabulary over LLVMBuild* (kc_ll_*) so that
 * expression code reads as JavaScript semantics rather than builder calls.
 *
 * Value encoding in IR (docs/internals.md): a JSValue is an i64.
 *   int32:  0xFFFE000000000000 | zext(i)          test: v >=u TAG
 *   double: bits(d) + 2^49 (NaN canonicalised)     test for number: v >>u 49 != 0
 *   cell:   raw pointer                            test: v >>u 48 == 0 && v >=u 16
 * Every check is one or two compares, so LLVM folds box/unbox pairs away.
 *
 * String literals are created once, at program start, by an init function
 * that kiln_program_entry calls first; each literal is an i64 global holding
 * the interned string (globals are GC roots).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower_internal.h"

void kc_lower_unsupported(LowerCtx *c, const Node *n, const char *what) {
  kc_diag_error(c->diag, c->src, n->loc, "not supported yet: %s", what);
  c->failed = true;
}

/* ---- constants and blocks ---------------------------------------------- */

LLVMValueRef kc_ll_i32(LowerCtx *c, int64_t v) { return LLVMConstInt(c->t_i32, (uint64_t)v, true); }
LLVMValueRef kc_ll_i64(LowerCtx *c, uint64_t v) { return LLVMConstInt(c->t_i64, v, false); }
LLVMValueRef kc_ll_f64(LowerCtx *c, double d) { return LLVMConstReal(c->t_f64, d); }
LLVMValueRef kc_ll_undef(LowerCtx *c) { return kc_ll_i64(c, JS_UNDEFINED); }

LLVMBasicBlockRef kc_ll_block_new(LowerCtx *c, const char *name) {
  return LLVMAppendBasicBlockInContext(c->ctx, c->f->fn, name);
}

void kc_ll_position(LowerCtx *c, LLVMBasicBlockRef bb) { LLVMPositionBuilderAtEnd(c->b, bb); }

bool kc_ll_terminated(LowerCtx *c) {
  LLVMBasicBlockRef bb = LLVMGetInsertBlock(c->b);
  return LLVMGetBasicBlockTerminator(bb) != NULL;
}

LLVMValueRef kc_ll_phi2(LowerCtx *c, const char *name, LLVMValueRef a, LLVMBasicBlockRef from_a,
                        LLVMValueRef b, LLVMBasicBlockRef from_b) {
  LLVMValueRef phi = LLVMBuildPhi(c->b, c->t_i64, name);
  LLVMValueRef vals[2] = {a, b};
  LLVMBasicBlockRef bbs[2] = {from_a, from_b};
  LLVMAddIncoming(phi, vals, bbs, 2);
  return phi;
}

void kc_ll_br(LowerCtx *c, LLVMBasicBlockRef bb) {
  if (!kc_ll_terminated(c)) LLVMBuildBr(c->b, bb);
}

LLVMValueRef kc_ll_alloca(LowerCtx *c, LLVMTypeRef ty, const char *name) {
  return LLVMBuildAlloca(c->f->alloca_b, ty, name);
}

LLVMValueRef kc_ll_gep(LowerCtx *c, LLVMValueRef ptr, int64_t offset) {
  if (!offset) return ptr;
  LLVMValueRef idx = kc_ll_i64(c, (uint64_t)offset);
  return LLVMBuildInBoundsGEP2(c->b, c->t_i8, ptr, &idx, 1, "");
}

LLVMValueRef kc_ll_load(LowerCtx *c, LLVMTypeRef ty, LLVMValueRef ptr, const char *name) {
  return LLVMBuildLoad2(c->b, ty, ptr, name);
}

void kc_ll_store(LowerCtx *c, LLVMValueRef v, LLVMValueRef ptr) { LLVMBuildStore(c->b, v, ptr); }

static void declare_rt(LowerCtx *c, int i);

LLVMValueRef kc_ll_call_rt(LowerCtx *c, RtFn f, LLVMValueRef *args, int n) {
  if (!c->rt[f]) declare_rt(c, f);
  return LLVMBuildCall2(c->b, c->rt_ty[f], c->rt[f], args, (unsigned)n, "");
}

/* Branches to the innermost handler (or the function's exception return)
 * when [v] is JS_EXCEPTION; continues in a fresh block otherwise. */
void kc_ll_check_exc(LowerCtx *c, LLVMValueRef v) {
  LLVMValueRef is_exc = LLVMBuildICmp(c->b, LLVMIntEQ, v, kc_ll_i64(c, JS_EXCEPTION), "is.exc");
  is_exc = kc_ll_expect(c, is_exc, false);
  LLVMBasicBlockRef ok = kc_ll_block_new(c, "ok");
  LLVMBuildCondBr(c->b, is_exc, c->f->handler ? c->f->handler : c->f->ret_exc_bb, ok);
  kc_ll_position(c, ok);
}

/* An exception is pending: go to the handler. */
void kc_ll_throw_pending(LowerCtx *c) {
  LLVMBuildBr(c->b, c->f->handler ? c->f->handler : c->f->ret_exc_bb);
  kc_ll_position(c, kc_ll_block_new(c, "dead"));
}

LLVMValueRef kc_ll_call_rt_checked(LowerCtx *c, RtFn f, LLVMValueRef *args, int n) {
  LLVMValueRef v = kc_ll_call_rt(c, f, args, n);
  kc_ll_check_exc(c, v);
  return v;
}

LLVMValueRef kc_ll_expect(LowerCtx *c, LLVMValueRef cond, bool expected) {
  LLVMTypeRef pt[2] = {c->t_i1, c->t_i1};
  unsigned id = LLVMLookupIntrinsicID("llvm.expect", 11);
  LLVMValueRef fn = LLVMGetIntrinsicDeclaration(c->mod, id, pt, 1);
  LLVMTypeRef fty = LLVMIntrinsicGetType(c->ctx, id, pt, 1);
  LLVMValueRef args[2] = {cond, LLVMConstInt(c->t_i1, expected, false)};
  return LLVMBuildCall2(c->b, fty, fn, args, 2, "");
}

/* ---- boxing ------------------------------------------------------------ */

LLVMValueRef kc_ll_box_int32(LowerCtx *c, LLVMValueRef i) {
  if (LLVMIsAConstantInt(i))
    return kc_ll_i64(c, JS_INT32_TAG | (uint32_t)LLVMConstIntGetSExtValue(i));
  LLVMValueRef z = LLVMBuildZExt(c->b, i, c->t_i64, "");
  return LLVMBuildOr(c->b, z, kc_ll_i64(c, JS_INT32_TAG), "box.i32");
}

LLVMValueRef kc_ll_box_double(LowerCtx *c, LLVMValueRef d) {
  LLVMValueRef bits = LLVMBuildBitCast(c->b, d, c->t_i64, "");
  LLVMValueRef nan = LLVMBuildFCmp(c->b, LLVMRealUNO, d, d, "");
  bits = LLVMBuildSelect(c->b, nan, kc_ll_i64(c, JS_CANONICAL_NAN), bits, "");
  return LLVMBuildAdd(c->b, bits, kc_ll_i64(c, JS_DOUBLE_OFFSET), "box.f64");
}

LLVMValueRef kc_ll_box_bool(LowerCtx *c, LLVMValueRef i1) {
  LLVMValueRef z = LLVMBuildZExt(c->b, i1, c->t_i64, "");
  return LLVMBuildOr(c->b, z, kc_ll_i64(c, JS_FALSE), "box.bool");
}

LLVMValueRef kc_ll_unbox_int32(LowerCtx *c, LLVMValueRef v) {
  return LLVMBuildTrunc(c->b, v, c->t_i32, "unbox.i32");
}

LLVMValueRef kc_ll_unbox_double(LowerCtx *c, LLVMValueRef v) {
  LLVMValueRef bits = LLVMBuildSub(c->b, v, kc_ll_i64(c, JS_DOUBLE_OFFSET), "");
  return LLVMBuildBitCast(c->b, bits, c->t_f64, "unbox.f64");
}

/* Any number (int32 or double form) as a double. */
LLVMValueRef kc_ll_number_to_f64(LowerCtx *c, LLVMValueRef v) {
  LLVMValueRef isi = kc_ll_is_int32(c, v);
  LLVMValueRef asi = LLVMBuildSIToFP(c->b, kc_ll_unbox_int32(c, v), c->t_f64, "");
  LLVMValueRef asd = kc_ll_unbox_double(c, v);
  return LLVMBuildSelect(c->b, isi, asi, asd, "num.f64");
}

LLVMValueRef kc_ll_is_int32(LowerCtx *c, LLVMValueRef v) {
  return LLVMBuildICmp(c->b, LLVMIntUGE, v, kc_ll_i64(c, JS_INT32_TAG), "is.i32");
}

/* Both int32: the AND of two tagged values keeps the tag only if both have it
 * (no other encoding has all of bits 49..63 set). */
LLVMValueRef kc_ll_both_int32(LowerCtx *c, LLVMValueRef a, LLVMValueRef b) {
  LLVMValueRef x = LLVMBuildAnd(c->b, a, b, "");
  return LLVMBuildICmp(c->b, LLVMIntUGE, x, kc_ll_i64(c, JS_INT32_TAG), "both.i32");
}

LLVMValueRef kc_ll_is_number(LowerCtx *c, LLVMValueRef v) {
  return LLVMBuildICmp(c->b, LLVMIntUGE, v, kc_ll_i64(c, JS_DOUBLE_OFFSET), "is.num");
}

LLVMValueRef kc_ll_is_cell(LowerCtx *c, LLVMValueRef v) {
  /* v - 16 <u 2^48 - 16  <=>  16 <= v < 2^48 */
  LLVMValueRef d = LLVMBuildSub(c->b, v, kc_ll_i64(c, JS_CELL_MIN), "");
  return LLVMBuildICmp(c->b, LLVMIntULT, d, kc_ll_i64(c, (UINT64_C(1) << 48) - JS_CELL_MIN),
                       "is.cell");
}

/* [v] must be a cell. */
LLVMValueRef kc_ll_cell_kind_is(LowerCtx *c, LLVMValueRef v, int kind) {
  LLVMValueRef p = LLVMBuildIntToPtr(c->b, v, c->t_ptr, "");
  LLVMValueRef k = kc_ll_load(c, c->t_i8, p, "kind");
  return LLVMBuildICmp(c->b, LLVMIntEQ, k, LLVMConstInt(c->t_i8, (unsigned)kind, false), "");
}

KcVal kc_boxed(LLVMValueRef v) { return (KcVal){v, VK_BOXED}; }

LLVMValueRef kc_val_box(LowerCtx *c, KcVal v) {
  switch (v.kind) {
  case VK_BOXED: return v.v;
  case VK_I32: return kc_ll_box_int32(c, v.v);
  case VK_F64: return kc_ll_box_double(c, v.v);
  case VK_BOOL: return kc_ll_box_bool(c, v.v);
  }
  return v.v;
}

/* Stores the call/throw site's position into the frame (for stack traces). */
void kc_ll_site(LowerCtx *c, const Node *n) {
  kc_debug_loc(c, n);
  if (!c->f->frame || !n) return;
  kc_ll_store(c, kc_ll_i32(c, n->loc.line), kc_ll_gep(c, c->f->frame, offsetof(JSFrame, line)));
  kc_ll_store(c, kc_ll_i32(c, n->loc.col + 1), kc_ll_gep(c, c->f->frame, offsetof(JSFrame, col)));
}

/* ---- strings ----------------------------------------------------------- */

LLVMValueRef kc_ll_cstring(LowerCtx *c, const char *s, size_t len, const char *name) {
  LLVMValueRef init = LLVMConstStringInContext(c->ctx, s, (unsigned)len, true);
  LLVMValueRef g = LLVMAddGlobal(c->mod, LLVMTypeOf(init), name);
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, true);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
  LLVMSetAlignment(g, 1);
  return g;
}

/* Decodes WTF-8 into UTF-16 code units; returns the count. */
static size_t wtf8_to_utf16(const char *s, size_t len, uint16_t *out, bool *latin1) {
  size_t n = 0;
  *latin1 = true;
  for (size_t i = 0; i < len;) {
    unsigned char b = (unsigned char)s[i];
    uint32_t cp;
    int extra;
    if (b < 0x80) { cp = b; extra = 0; }
    else if ((b & 0xE0) == 0xC0) { cp = b & 0x1F; extra = 1; }
    else if ((b & 0xF0) == 0xE0) { cp = b & 0x0F; extra = 2; }
    else { cp = b & 0x07; extra = 3; }
    i++;
    for (int k = 0; k < extra && i < len; k++, i++) cp = (cp << 6) | ((unsigned char)s[i] & 0x3F);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[n++] = (uint16_t)(0xD800 + (cp >> 10));
      out[n++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
      *latin1 = false;
    } else {
      if (cp > 0xFF) *latin1 = false;
      out[n++] = (uint16_t)cp;
    }
  }
  return n;
}

static uint64_t str_hash(const char *s, size_t len) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return h;
}

/* The string value of literal text [wtf8]: a load of its global. */
LLVMValueRef kc_ll_string_value(LowerCtx *c, const char *wtf8, size_t len) {
  /* open addressing over (len, bytes); str_keys[i] holds a malloc'ed copy
   * prefixed by its length */
  if ((size_t)(c->nstr + 1) * 2 > (size_t)c->str_cap) {
    int ncap = c->str_cap ? c->str_cap * 2 : 256;
    char **nk = calloc((size_t)ncap, sizeof *nk);
    LLVMValueRef *ng = calloc((size_t)ncap, sizeof *ng);
    for (int i = 0; i < c->str_cap; i++) {
      if (!c->str_keys[i]) continue;
      size_t kl;
      memcpy(&kl, c->str_keys[i], sizeof kl);
      size_t j = str_hash(c->str_keys[i] + sizeof kl, kl) & (size_t)(ncap - 1);
      while (nk[j]) j = (j + 1) & (size_t)(ncap - 1);
      nk[j] = c->str_keys[i];
      ng[j] = c->str_globals[i];
    }
    free(c->str_keys);
    free(c->str_globals);
    c->str_keys = nk;
    c->str_globals = ng;
    c->str_cap = ncap;
  }
  size_t j = str_hash(wtf8, len) & (size_t)(c->str_cap - 1);
  while (c->str_keys[j]) {
    size_t kl;
    memcpy(&kl, c->str_keys[j], sizeof kl);
    if (kl == len && !memcmp(c->str_keys[j] + sizeof kl, wtf8, len))
      return kc_ll_load(c, c->t_i64, c->str_globals[j], "str");
    j = (j + 1) & (size_t)(c->str_cap - 1);
  }
  char *key = malloc(sizeof len + len + 1);
  memcpy(key, &len, sizeof len);
  memcpy(key + sizeof len, wtf8, len);
  c->str_keys[j] = key;
  c->nstr++;

  char name[32];
  snprintf(name, sizeof name, "str.%d", c->nstr);
  LLVMValueRef g = LLVMAddGlobal(c->mod, c->t_i64, name);
  LLVMSetInitializer(g, kc_ll_i64(c, JS_UNDEFINED));
  LLVMSetLinkage(g, LLVMInternalLinkage);
  c->str_globals[j] = g;

  uint16_t *u = malloc((len + 1) * sizeof *u);
  bool latin1;
  size_t n = wtf8_to_utf16(wtf8, len, u, &latin1);
  LLVMValueRef chars;
  if (latin1) {
    char *l = malloc(n + 1);
    for (size_t i = 0; i < n; i++) l[i] = (char)u[i];
    chars = kc_ll_cstring(c, l, n, "str.chars");
    free(l);
  } else {
    LLVMTypeRef i16 = LLVMInt16TypeInContext(c->ctx);
    LLVMValueRef *vals = malloc((n + 1) * sizeof *vals);
    for (size_t i = 0; i < n; i++) vals[i] = LLVMConstInt(i16, u[i], false);
    LLVMValueRef init = LLVMConstArray2(i16, vals, n);
    chars = LLVMAddGlobal(c->mod, LLVMTypeOf(init), "str.chars16");
    LLVMSetInitializer(chars, init);
    LLVMSetGlobalConstant(chars, true);
    LLVMSetLinkage(chars, LLVMPrivateLinkage);
    free(vals);
  }
  free(u);
  LLVMValueRef args[3] = {chars, kc_ll_i32(c, (int64_t)n), kc_ll_i32(c, latin1 ? 0 : 1)};
  if (!c->rt[RT_rt_string_literal]) declare_rt(c, RT_rt_string_literal);
  LLVMValueRef v =
      LLVMBuildCall2(c->init_b, c->rt_ty[RT_rt_string_literal], c->rt[RT_rt_string_literal], args, 3, "");
  LLVMBuildStore(c->init_b, v, g);
  return kc_ll_load(c, c->t_i64, g, "str");
}

/* ---- the runtime ABI ----------------------------------------------------- */

static LLVMTypeRef code_type(LowerCtx *c, const char *code, size_t len) {
  if (len == 1 && code[0] == 'V') return c->t_i64;
  if (len == 1 && code[0] == 'P') return c->t_ptr;
  if (len == 3 && !memcmp(code, "I32", 3)) return c->t_i32;
  if (len == 3 && !memcmp(code, "I64", 3)) return c->t_i64;
  if (len == 3 && !memcmp(code, "F64", 3)) return c->t_f64;
  return c->t_void;
}

static const struct {
  const char *name, *ret, *params;
} rt_table[] = {
#define RT_FN(name, cret, cparams, code_ret, codes) {#name, #code_ret, #codes},
#include "kiln/rt_abi.def"
#undef RT_FN
};

/* Declares runtime function [i] on first use, so the IR lists only what
 * the program calls. */
static void declare_rt(LowerCtx *c, int i) {
  LLVMTypeRef params[16];
  unsigned np = 0;
  const char *p = rt_table[i].params;
  while (*p) {
    while (*p == '(' || *p == ')' || *p == ',' || *p == ' ') p++;
    const char *s = p;
    while (*p && *p != ',' && *p != ')' && *p != ' ') p++;
    if (p > s && np < 16) params[np++] = code_type(c, s, (size_t)(p - s));
  }
  LLVMTypeRef ret = code_type(c, rt_table[i].ret, strlen(rt_table[i].ret));
  c->rt_ty[i] = LLVMFunctionType(ret, params, np, false);
  c->rt[i] = LLVMAddFunction(c->mod, rt_table[i].name, c->rt_ty[i]);
}

static void init_types(LowerCtx *c) {
  c->t_void = LLVMVoidTypeInContext(c->ctx);
  c->t_i1 = LLVMInt1TypeInContext(c->ctx);
  c->t_i8 = LLVMInt8TypeInContext(c->ctx);
  c->t_i32 = LLVMInt32TypeInContext(c->ctx);
  c->t_i64 = LLVMInt64TypeInContext(c->ctx);
  c->t_f64 = LLVMDoubleTypeInContext(c->ctx);
  c->t_ptr = LLVMPointerTypeInContext(c->ctx, 0);
  LLVMTypeRef cp[5] = {c->t_ptr, c->t_i64, c->t_i32, c->t_ptr, c->t_i64};
  c->t_code = LLVMFunctionType(c->t_i64, cp, 5, false);
  LLVMTypeRef ip[6] = {c->t_ptr, c->t_ptr, c->t_i32, c->t_i32, c->t_i32, c->t_i32};
  c->t_info = LLVMStructTypeInContext(c->ctx, ip, 6, false);
  LLVMTypeRef fp[4] = {c->t_ptr, c->t_ptr, c->t_i32, c->t_i32};
  c->t_frame = LLVMStructTypeInContext(c->ctx, fp, 4, false);
  /* JSPropCache: key, name, name_len, misses, 4 x {shape, offset, flags, holder, epoch} */
  LLVMTypeRef ep[5] = {c->t_ptr, c->t_i32, c->t_i32, c->t_ptr, c->t_i64};
  LLVMTypeRef entry = LLVMStructTypeInContext(c->ctx, ep, 5, false);
  LLVMTypeRef icp[5] = {c->t_i64, c->t_ptr, c->t_i32, c->t_i32, LLVMArrayType2(entry, JS_IC_ENTRIES)};
  c->t_ic = LLVMStructTypeInContext(c->ctx, icp, 5, false);
}

/* file://<path>, percent-encoding what a URL path must (as esm.c's
 * import.meta.url does). */
static const char *file_url(KcArena *a, const char *path) {
  size_t n = strlen(path);
  char *u = kc_arena_alloc(a, 8 + 3 * n);
  char *o = u + sprintf(u, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("/-._~!$&'()*+,;=:@", *p))
      *o++ = (char)*p;
    else
      o += sprintf(o, "%%%02X", *p);
  }
  *o = 0;
  return u;
}

LLVMModuleRef kc_lower_program(LLVMContextRef ctx, const Node *program, const KcSource *src,
                               const KcTarget *target, const KcLowerOptions *opts,
                               KcDiag *diag) {
  LowerCtx cc = {0}, *c = &cc;
  Resolved res = {0};
  res.arena = kc_arena_new();
  c->ctx = ctx;
  c->src = src;
  c->diag = diag;
  c->target = target;
  c->opts = *opts;
  c->res = &res;
  res.eval_kind = opts->eval_kind;
  res.eval_scope = opts->eval_scope;
  if (opts->anonymous_function && program->program.body.count == 1 &&
      program->program.body.items[0]->kind == NODE_ExpressionStatement)
    res.anonymous_fn = program->program.body.items[0]->expr_stmt.expression;
  if (!kc_resolve(&res, program, src, diag)) {
    kc_arena_free(res.arena);
    return NULL;
  }
  if (opts->uses_eval_out && res.uses_eval) *opts->uses_eval_out = true;
  kc_infer(&res);
  /* Stack traces and uncaught-error reports name the script by its absolute
   * path, as node does; diagnostics keep the path the user typed. */
  char *abs = realpath(src->path, NULL);
  c->script_path = kc_arena_strndup(res.arena, abs ? abs : src->path, strlen(abs ? abs : src->path));
  free(abs);
  /* ... and an ES module by its file: URL */
  c->script_file = res.esm ? file_url(res.arena, c->script_path) : c->script_path;

  const char *base = strrchr(src->path, '/');
  c->mod = LLVMModuleCreateWithNameInContext(base ? base + 1 : src->path, ctx);
  kc_target_configure_module(target, c->mod);
  c->b = LLVMCreateBuilderInContext(ctx);
  init_types(c);
  c->g_frame_top = LLVMAddGlobal(c->mod, c->t_ptr, "rt_frame_top");
  c->g_stack_limit = LLVMAddGlobal(c->mod, c->t_i64, "rt_stack_limit");
  if (opts->debug_info) kc_debug_init(c);

  LLVMTypeRef vt = LLVMFunctionType(c->t_void, NULL, 0, false);
  c->init_fn = LLVMAddFunction(c->mod, "kiln.init_literals", vt);
  LLVMSetLinkage(c->init_fn, LLVMInternalLinkage);
  c->init_b = LLVMCreateBuilderInContext(ctx);
  LLVMPositionBuilderAtEnd(c->init_b, LLVMAppendBasicBlockInContext(ctx, c->init_fn, "entry"));

  bool ok = kc_lower_module_entry(c, program);
  if (ok) kc_func_lower_all(c);
  LLVMBuildRetVoid(c->init_b);
  if (c->di) kc_debug_finish(c);

  LLVMDisposeBuilder(c->init_b);
  LLVMDisposeBuilder(c->b);
  for (int i = 0; i < c->str_cap; i++) free(c->str_keys[i]);
  free(c->str_keys);
  free(c->str_globals);
  free(c->work);
  kc_ptrmap_free(&res.scopes);
  kc_ptrmap_free(&res.funcs);
  kc_ptrmap_free(&res.refs);
  kc_ptrmap_free(&res.classes);
  kc_ptrmap_free(&res.direct_evals);
  free(res.eval_sites);
  kc_ptrmap_free(&res.elements);
  free(res.all_funcs);
  free(res.all_refs);
  free(res.all_scopes);
  if (opts->requires_out) {
    *opts->requires_out = malloc(sizeof(const Node *) * (size_t)(res.nrequires + 1));
    if (res.nrequires) memcpy(*opts->requires_out, res.requires, sizeof(const Node *) * (size_t)res.nrequires);
    *opts->nrequires_out = res.nrequires;
  }
  if (opts->requires_in_try_out) {
    *opts->requires_in_try_out = malloc(sizeof(const Node *) * (size_t)(res.nrequires_in_try + 1));
    if (res.nrequires_in_try)
      memcpy(*opts->requires_in_try_out, res.requires_in_try, sizeof(const Node *) * (size_t)res.nrequires_in_try);
    *opts->nrequires_in_try_out = res.nrequires_in_try;
  }
  free(res.requires_in_try);
  if (opts->dyn_imports_out) {
    *opts->dyn_imports_out = malloc(sizeof(const Node *) * (size_t)(res.ndyn_imports + 1));
    if (res.ndyn_imports)
      memcpy(*opts->dyn_imports_out, res.dyn_imports, sizeof(const Node *) * (size_t)res.ndyn_imports);
    *opts->ndyn_imports_out = res.ndyn_imports;
  }
  free(res.dyn_imports);
  kc_arena_free(res.arena);
  if (c->failed || !ok || kc_diag_error_count(diag) > 0) {
    LLVMDisposeModule(c->mod);
    return NULL;
  }
  return c->mod;
}

/* ---- the bundle table ---------------------------------------------------- */

static LLVMValueRef bundle_cstring(LLVMModuleRef m, LLVMContextRef ctx, const char *s, size_t len) {
  LLVMValueRef init = LLVMConstStringInContext(ctx, s, (unsigned)len, false); /* adds the NUL */
  LLVMValueRef g = LLVMAddGlobal(m, LLVMTypeOf(init), "cjs.str");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, true);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return g;
}

/* A defined i64 cell global named [name] (JS_EMPTY until the loader fills it). */
static LLVMValueRef bundle_cell(LLVMModuleRef m, LLVMTypeRef i64, const char *name, bool define) {
  LLVMValueRef g = LLVMGetNamedGlobal(m, name);
  if (!g) g = LLVMAddGlobal(m, i64, name);
  if (define && !LLVMGetInitializer(g)) LLVMSetInitializer(g, LLVMConstInt(i64, JS_UNDEFINED, false));
  return g;
}

/* A private constant array of [n] values of [ty] (a null pointer when n == 0). */
static LLVMValueRef bundle_array(LLVMModuleRef m, LLVMTypeRef ty, LLVMValueRef *vals, int n, const char *name) {
  if (n == 0) return LLVMConstNull(LLVMPointerTypeInContext(LLVMGetModuleContext(m), 0));
  LLVMValueRef g = LLVMAddGlobal(m, LLVMArrayType2(ty, (uint64_t)n), name);
  LLVMSetInitializer(g, LLVMConstArray2(ty, vals, (uint64_t)n));
  LLVMSetGlobalConstant(g, true);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  return g;
}

LLVMModuleRef kc_lower_bundle(LLVMContextRef ctx, const KcTarget *target, const KcBundleModule *mods,
                              int nmods, const KcBundleLink *links, int nlinks) {
  LLVMModuleRef m = LLVMModuleCreateWithNameInContext("kiln.bundle", ctx);
  kc_target_configure_module(target, m);
  LLVMTypeRef ptr = LLVMPointerTypeInContext(ctx, 0), i64 = LLVMInt64TypeInContext(ctx),
              i32 = LLVMInt32TypeInContext(ctx);
  LLVMTypeRef cp[5] = {ptr, i64, i32, ptr, i64};
  LLVMTypeRef code_ty = LLVMFunctionType(i64, cp, 5, false);
  /* KilnCjsModule (runtime/node/bundle.h); KilnCjsLink {from, to, spec} */
  LLVMTypeRef mf[14] = {ptr, ptr, ptr, i64, i32, i32, ptr, ptr, i32, i32, ptr, ptr, ptr, ptr};
  LLVMTypeRef mod_ty = LLVMStructTypeInContext(ctx, mf, 14, false);
  LLVMTypeRef lf[3] = {i32, i32, ptr};
  LLVMTypeRef link_ty = LLVMStructTypeInContext(ctx, lf, 3, false);
  /* the cells this module owns first: namespaces, and what ES modules import
   * from CommonJS, JSON and built-in modules */
  for (int i = 0; i < nmods; i++) {
    if (mods[i].ns_sym) bundle_cell(m, i64, mods[i].ns_sym, true);
    for (int k = 0; k < mods[i].ncells; k++) {
      LLVMValueRef g = bundle_cell(m, i64, mods[i].cell_syms[k], false);
      if (!LLVMGetInitializer(g)) LLVMSetInitializer(g, LLVMConstInt(i64, JS_EMPTY, false));
    }
  }
  LLVMValueRef *mv = malloc(sizeof *mv * (size_t)(nmods + 1));
  for (int i = 0; i < nmods; i++) {
    const KcBundleModule *bm = &mods[i];
    LLVMValueRef code = LLVMConstNull(ptr), json = LLVMConstNull(ptr);
    if (bm->entry_name) {
      code = LLVMGetNamedFunction(m, bm->entry_name);
      if (!code) code = LLVMAddFunction(m, bm->entry_name, code_ty);
    } else if (bm->json) {
      json = bundle_cstring(m, ctx, bm->json, bm->json_len);
    }
    LLVMValueRef *tmp = malloc(sizeof *tmp * (size_t)(bm->ndeps + bm->nexports + bm->ncells + 1));
    for (int k = 0; k < bm->ndeps; k++) tmp[k] = LLVMConstInt(i32, (unsigned long long)bm->deps[k], false);
    LLVMValueRef deps = bundle_array(m, i32, tmp, bm->ndeps, "esm.deps");
    for (int k = 0; k < bm->nexports; k++) tmp[k] = bundle_cstring(m, ctx, bm->export_names[k], strlen(bm->export_names[k]));
    LLVMValueRef enames = bundle_array(m, ptr, tmp, bm->nexports, "esm.export.names");
    for (int k = 0; k < bm->nexports; k++) tmp[k] = bundle_cell(m, i64, bm->export_syms[k], false);
    LLVMValueRef ecells = bundle_array(m, ptr, tmp, bm->nexports, "esm.export.cells");
    for (int k = 0; k < bm->ncells; k++) tmp[k] = bundle_cstring(m, ctx, bm->cell_names[k], strlen(bm->cell_names[k]));
    LLVMValueRef cnames = bundle_array(m, ptr, tmp, bm->ncells, "esm.cell.names");
    for (int k = 0; k < bm->ncells; k++) tmp[k] = bundle_cell(m, i64, bm->cell_syms[k], false);
    LLVMValueRef cptrs = bundle_array(m, ptr, tmp, bm->ncells, "esm.cell.ptrs");
    free(tmp);
    LLVMValueRef f[14] = {bundle_cstring(m, ctx, bm->path, strlen(bm->path)), code, json,
                          LLVMConstInt(i64, bm->json_len, false),
                          LLVMConstInt(i32, (unsigned long long)bm->kind, false),
                          LLVMConstInt(i32, (unsigned long long)bm->ndeps, false), deps,
                          bm->ns_sym ? bundle_cell(m, i64, bm->ns_sym, true) : LLVMConstNull(ptr),
                          LLVMConstInt(i32, (unsigned long long)bm->nexports, false),
                          LLVMConstInt(i32, (unsigned long long)bm->ncells, false),
                          enames, ecells, cnames, cptrs};
    mv[i] = LLVMConstNamedStruct(mod_ty, f, 14);
  }
  LLVMValueRef *lv = malloc(sizeof *lv * (size_t)(nlinks + 1));
  for (int i = 0; i < nlinks; i++) {
    LLVMValueRef f[3] = {LLVMConstInt(i32, (unsigned long long)links[i].from, false),
                         LLVMConstInt(i32, (unsigned long long)links[i].to, false),
                         bundle_cstring(m, ctx, links[i].spec, strlen(links[i].spec))};
    lv[i] = LLVMConstNamedStruct(link_ty, f, 3);
  }
  LLVMValueRef gm = LLVMAddGlobal(m, LLVMArrayType2(mod_ty, (uint64_t)nmods), "kiln.cjs.modules");
  LLVMSetInitializer(gm, LLVMConstArray2(mod_ty, mv, (uint64_t)nmods));
  LLVMSetGlobalConstant(gm, true);
  LLVMSetLinkage(gm, LLVMPrivateLinkage);
  LLVMValueRef gl = LLVMAddGlobal(m, LLVMArrayType2(link_ty, (uint64_t)nlinks), "kiln.cjs.links");
  LLVMSetInitializer(gl, LLVMConstArray2(link_ty, lv, (uint64_t)nlinks));
  LLVMSetGlobalConstant(gl, true);
  LLVMSetLinkage(gl, LLVMPrivateLinkage);
  free(mv);
  free(lv);

  LLVMTypeRef rp[4] = {ptr, i32, ptr, i32};
  LLVMTypeRef run_ty = LLVMFunctionType(i64, rp, 4, false);
  LLVMValueRef run = LLVMAddFunction(m, "rt_cjs_run_main", run_ty);
  LLVMValueRef entry = LLVMAddFunction(m, "kiln_program_entry", LLVMFunctionType(i64, NULL, 0, false));
  LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
  LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(ctx, entry, "entry"));
  LLVMValueRef args[4] = {gm, LLVMConstInt(i32, (unsigned long long)nmods, false), gl,
                          LLVMConstInt(i32, (unsigned long long)nlinks, false)};
  LLVMBuildRet(b, LLVMBuildCall2(b, run_ty, run, args, 4, ""));
  LLVMDisposeBuilder(b);
  return m;
}
