/* lower_gen.c — generator functions as LLVM switched-resume coroutines.
 *
 * A generator's generic entry is a coroutine (attribute presplitcoroutine;
 * CoroEarly/CoroSplit/CoroCleanup run in LLVM 19's default<O0> and
 * default<O2> pipelines). Its ramp — what runs when the generator function is
 * called — is short:
 *
 *   id  = llvm.coro.id(0, null, null, null)
 *   mem = rt_gen_frame_alloc(llvm.coro.size.i64())   ; a scanned GC cell
 *   hdl = llvm.coro.begin(id, mem)
 *   gen = rt_gen_new(callee, hdl, @kiln.gen.resume)
 *   <parameters bound>; rt_gen_started(gen)
 *   suspend  ──► gen.suspend.ret: coro.end; ret rt_gen_ramp_result(gen)
 *
 * The ramp then binds the parameters (FunctionDeclarationInstantiation:
 * an initialiser that throws makes the call throw, rt_gen_ramp_result) and
 * suspends in suspendedStart (kc_gen_started). From there on the body is
 * lowered exactly like any function: values live across a `yield` are
 * spilled by CoroSplit into the frame, which the collector scans because it
 * came from rt_alloc_cell and the generator object points at it.
 *
 * Protocol with runtime/generator.c. Before each suspend the body records
 * what it leaves (rt_gen_yield / rt_gen_finish) and pops its shadow JSFrame;
 * after each resume it pushes the frame again (the caller below may differ
 * from last time, so the frame's prev link is rewritten) and asks
 * rt_gen_resumed why it was resumed: a value for next(), JS_EXCEPTION (already
 * pending) for throw() — routed to the innermost handler like any failed
 * call — or JS_EMPTY for return(), routed as a `return` statement so every
 * enclosing finally runs. The body's own return and exception blocks end in
 * the final suspend. The runtime calls the frame through @kiln.gen.resume, a
 * C-convention wrapper around llvm.coro.resume (the resume clones themselves
 * are fastcc).
 *
 * yield* loops on rt_gen_delegate_step, which forwards next/throw/return to
 * the inner iterator and yields its results unchanged, as §15.5.5 specifies.
 * Functions without `yield` are untouched by all of this.
 */
#include <string.h>

#include "lower_internal.h"

static LLVMValueRef intrinsic(LowerCtx *c, const char *name, LLVMTypeRef *over, int nover, LLVMValueRef *args,
                              int n, const char *vname) {
  unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
  LLVMValueRef fn = LLVMGetIntrinsicDeclaration(c->mod, id, over, (size_t)nover);
  LLVMTypeRef fty = LLVMIntrinsicGetType(c->ctx, id, over, (size_t)nover);
  return LLVMBuildCall2(c->b, fty, fn, args, (unsigned)n, vname);
}

static LLVMValueRef token_none(LowerCtx *c) { return LLVMConstNull(LLVMTokenTypeInContext(c->ctx)); }

/* void @kiln.gen.resume(ptr hdl): one per module, called by the runtime. */
static LLVMValueRef resume_helper(LowerCtx *c) {
  LLVMValueRef fn = LLVMGetNamedFunction(c->mod, "kiln.gen.resume");
  if (fn) return fn;
  LLVMTypeRef pt = c->t_ptr;
  fn = LLVMAddFunction(c->mod, "kiln.gen.resume", LLVMFunctionType(c->t_void, &pt, 1, false));
  LLVMSetLinkage(fn, LLVMPrivateLinkage);
  LLVMBuilderRef saved = c->b;
  c->b = LLVMCreateBuilderInContext(c->ctx);
  LLVMPositionBuilderAtEnd(c->b, LLVMAppendBasicBlockInContext(c->ctx, fn, "entry"));
  LLVMValueRef h = LLVMGetParam(fn, 0);
  intrinsic(c, "llvm.coro.resume", NULL, 0, &h, 1, "");
  LLVMBuildRetVoid(c->b);
  LLVMDisposeBuilder(c->b);
  c->b = saved;
  return fn;
}

static void frame_pop(LowerCtx *c) {
  FnState *f = c->f;
  if (!f->frame) return;
  kc_ll_store(c, kc_ll_load(c, c->t_ptr, f->frame, "frame.prev"), c->g_frame_top);
}

static void frame_repush(LowerCtx *c) {
  FnState *f = c->f;
  if (!f->frame) return;
  kc_ll_store(c, kc_ll_load(c, c->t_ptr, c->g_frame_top, "frame.prev"), f->frame);
  kc_ll_store(c, f->frame, c->g_frame_top);
}

/* Suspends; the builder continues in the resume block. */
static void suspend(LowerCtx *c, bool final) {
  FnState *f = c->f;
  LLVMValueRef args[2] = {token_none(c), LLVMConstInt(c->t_i1, final, false)};
  LLVMValueRef s = intrinsic(c, "llvm.coro.suspend", NULL, 0, args, 2, "gen.suspend");
  LLVMBasicBlockRef resume = kc_ll_block_new(c, final ? "gen.final.resume" : "gen.resume");
  LLVMValueRef sw = LLVMBuildSwitch(c->b, s, f->gen_suspend_ret, 2);
  LLVMAddCase(sw, LLVMConstInt(c->t_i8, 0, false), resume);
  LLVMAddCase(sw, LLVMConstInt(c->t_i8, 1, false), f->gen_cleanup);
  kc_ll_position(c, resume);
}

/* coro.id, the frame from the GC heap, coro.begin; then [make] creates the
 * state object (f->gen) and the suspend-return and cleanup blocks are laid
 * out. The builder is left after the state's creation. */
static void coro_begin(LowerCtx *c) {
  FnState *f = c->f;
  f->is_gen = true;
  const char *attr = "presplitcoroutine";
  LLVMAddAttributeAtIndex(
      f->fn, LLVMAttributeFunctionIndex,
      LLVMCreateEnumAttribute(c->ctx, LLVMGetEnumAttributeKindForName(attr, strlen(attr)), 0));
  LLVMValueRef null = LLVMConstPointerNull(c->t_ptr);
  LLVMValueRef idargs[4] = {kc_ll_i32(c, 0), null, null, null};
  f->coro_id = intrinsic(c, "llvm.coro.id", NULL, 0, idargs, 4, "coro.id");
  LLVMTypeRef i64 = c->t_i64;
  LLVMValueRef size = intrinsic(c, "llvm.coro.size", &i64, 1, NULL, 0, "coro.size");
  LLVMValueRef mem = kc_ll_call_rt(c, RT_rt_gen_frame_alloc, &size, 1);
  LLVMValueRef bargs[2] = {f->coro_id, mem};
  f->coro_hdl = intrinsic(c, "llvm.coro.begin", NULL, 0, bargs, 2, "coro.hdl");
}

/* The block every suspend leaves through in the ramp (and the cleanup path
 * CoroSplit needs); what the ramp returns is computed after coro.end, so
 * the resume clones never run it. */
static void coro_exit_blocks(LowerCtx *c) {
  FnState *f = c->f;
  LLVMBasicBlockRef here = LLVMGetInsertBlock(c->b);
  f->gen_suspend_ret = kc_ll_block_new(c, "gen.suspend.ret");
  kc_ll_position(c, f->gen_suspend_ret);
  LLVMValueRef eargs[3] = {f->coro_hdl, LLVMConstInt(c->t_i1, 0, false), token_none(c)};
  intrinsic(c, "llvm.coro.end", NULL, 0, eargs, 3, "");
  if (f->is_agen)
    LLVMBuildRet(c->b, kc_ll_call_rt(c, RT_rt_agen_ramp_result, &f->gen, 1));
  else if (f->is_async)
    LLVMBuildRet(c->b, f->gen_ret);
  else
    LLVMBuildRet(c->b, kc_ll_call_rt(c, RT_rt_gen_ramp_result, &f->gen, 1));

  /* destroy: never called (the collector owns the frame), but CoroSplit
   * needs the path */
  f->gen_cleanup = kc_ll_block_new(c, "gen.cleanup");
  kc_ll_position(c, f->gen_cleanup);
  LLVMValueRef fargs[2] = {f->coro_id, f->coro_hdl};
  intrinsic(c, "llvm.coro.free", NULL, 0, fargs, 2, "");
  LLVMBuildBr(c->b, f->gen_suspend_ret);
  kc_ll_position(c, here);
}

/* Generators, sync and async, bind their parameters during the call (errors
 * of default initialisers throw from the call, as the spec says) and suspend
 * in kc_gen_started once they are. argv is read only before that first
 * suspend, so it is not copied. */
void kc_gen_prologue(LowerCtx *c) {
  FnState *f = c->f;
  coro_begin(c);
  LLVMValueRef nargs[3] = {f->callee, f->coro_hdl, resume_helper(c)};
  f->gen = kc_ll_call_rt(c, RT_rt_gen_new, nargs, 3);
  coro_exit_blocks(c);
}

/* Async functions run their body at once; async generators start like
 * generators (kc_gen_started). */
static void async_prologue(LowerCtx *c, bool agen) {
  FnState *f = c->f;
  f->is_async = true;
  f->is_agen = agen;
  coro_begin(c);
  if (f->is_agen) {
    LLVMValueRef nargs[3] = {f->callee, f->coro_hdl, resume_helper(c)};
    f->gen = kc_ll_call_rt(c, RT_rt_agen_new, nargs, 3);
  } else {
    LLVMValueRef nargs[2] = {f->coro_hdl, resume_helper(c)};
    f->gen = kc_ll_call_rt(c, RT_rt_async_new, nargs, 2);
    f->gen_ret = kc_ll_call_rt(c, RT_rt_async_promise, &f->gen, 1);
  }
  coro_exit_blocks(c);
}

void kc_async_prologue(LowerCtx *c) { async_prologue(c, c->f->fi->node->function.is_generator); }

/* An ES module with top-level await (NODE_FLAG_TLA): its wrapper is the
 * body of an async function — both of its calls return a promise (that of
 * the instantiate call is already fulfilled, and is how the runtime learns
 * [[HasTLA]]), and the evaluate call runs the body until its first await,
 * as ExecuteAsyncModule does. Modules without it are untouched. */
void kc_module_async_prologue(LowerCtx *c) { async_prologue(c, false); }

static void yield_suspend(LowerCtx *c);

void kc_gen_started(LowerCtx *c) {
  FnState *f = c->f;
  if (f->is_agen) {
    kc_ll_call_rt(c, RT_rt_agen_started, &f->gen, 1);
  } else if (f->is_gen && !f->is_async) {
    kc_ll_call_rt(c, RT_rt_gen_started, &f->gen, 1);
  } else {
    return;
  }
  yield_suspend(c);
}

static void final_suspend(LowerCtx *c) {
  frame_pop(c);
  suspend(c, true);
  LLVMBuildUnreachable(c->b);
}

void kc_gen_emit_returns(LowerCtx *c) {
  FnState *f = c->f;
  LLVMMoveBasicBlockAfter(f->ret_bb, LLVMGetLastBasicBlock(f->fn));
  LLVMMoveBasicBlockAfter(f->ret_exc_bb, f->ret_bb);
  RtFn finish = f->is_agen ? RT_rt_agen_finish : f->is_async ? RT_rt_async_finish : RT_rt_gen_finish;
  kc_ll_position(c, f->ret_bb);
  LLVMValueRef a[3] = {f->gen, kc_ll_load(c, c->t_i64, f->retval, "ret"), kc_ll_i32(c, 0)};
  kc_ll_call_rt(c, finish, a, 3);
  LLVMBasicBlockRef fin = kc_ll_block_new(c, "gen.final");
  LLVMBuildBr(c->b, fin);
  kc_ll_position(c, f->ret_exc_bb);
  LLVMValueRef b[3] = {f->gen, kc_ll_undef(c), kc_ll_i32(c, 1)};
  kc_ll_call_rt(c, finish, b, 3);
  LLVMBuildBr(c->b, fin);
  kc_ll_position(c, fin);
  final_suspend(c); /* LLVM allows one final suspend point */
  LLVMMoveBasicBlockAfter(f->gen_suspend_ret, LLVMGetLastBasicBlock(f->fn));
  LLVMMoveBasicBlockAfter(f->gen_cleanup, f->gen_suspend_ret);
}

/* Suspends with the generator's result already recorded; after the resume
 * the shadow frame is back on top. */
static void yield_suspend(LowerCtx *c) {
  frame_pop(c);
  suspend(c, false);
  frame_repush(c);
}

static KcVal lower_delegate(LowerCtx *c, const Node *n) {
  FnState *f = c->f;
  LLVMValueRef iterable = kc_lower_boxed(c, n->yield.argument);
  kc_ll_site(c, n);
  LLVMValueRef sargs[2] = {f->gen, iterable};
  LLVMValueRef it = kc_ll_call_rt_checked(c, RT_rt_gen_delegate_start, sargs, 2);
  LLVMBasicBlockRef loop = kc_ll_block_new(c, "yield.star");
  LLVMBasicBlockRef yielded = kc_ll_block_new(c, "yield.star.yield");
  LLVMBasicBlockRef ret = kc_ll_block_new(c, "yield.star.return");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "yield.star.done");
  LLVMBuildBr(c->b, loop);
  kc_ll_position(c, loop);
  LLVMValueRef args[2] = {f->gen, it};
  LLVMValueRef code = kc_ll_call_rt(c, RT_rt_gen_delegate_step, args, 2);
  LLVMBasicBlockRef exc = f->handler ? f->handler : f->ret_exc_bb;
  LLVMValueRef sw = LLVMBuildSwitch(c->b, code, exc, 3);
  LLVMAddCase(sw, kc_ll_i32(c, 0), yielded);
  LLVMAddCase(sw, kc_ll_i32(c, 1), done);
  LLVMAddCase(sw, kc_ll_i32(c, 2), ret);
  kc_ll_position(c, yielded);
  yield_suspend(c);
  LLVMBuildBr(c->b, loop);
  kc_ll_position(c, ret);
  kc_route_return(c, kc_ll_call_rt(c, RT_rt_gen_sent, &f->gen, 1));
  kc_ll_position(c, done);
  return kc_boxed(kc_ll_call_rt(c, RT_rt_gen_sent, &f->gen, 1));
}

/* ---- await ---------------------------------------------------------------- */

void kc_await_raw(LowerCtx *c, LLVMValueRef v) {
  FnState *f = c->f;
  LLVMValueRef args[2] = {f->gen, v};
  kc_ll_call_rt_checked(c, RT_rt_async_await, args, 2);
  yield_suspend(c);
}

LLVMValueRef kc_await_value(LowerCtx *c, LLVMValueRef v) {
  kc_await_raw(c, v);
  return kc_ll_call_rt_checked(c, RT_rt_async_resumed, &c->f->gen, 1);
}

KcVal kc_lower_await(LowerCtx *c, const Node *n) {
  FnState *f = c->f;
  if (!f->is_async) { /* the parser allows await only in async bodies and TLA modules */
    kc_lower_unsupported(c, n, "top-level await outside an ES module");
    return kc_boxed(kc_ll_undef(c));
  }
  LLVMValueRef v = kc_lower_boxed(c, n->argument.argument);
  kc_ll_site(c, n);
  return kc_boxed(kc_await_value(c, v));
}

/* ---- async generators ------------------------------------------------------ */

/* AsyncGeneratorYield of an already awaited [v]: suspends unless a request
 * is waiting. */
static void agen_yield(LowerCtx *c, LLVMValueRef v) {
  FnState *f = c->f;
  LLVMValueRef a[2] = {f->gen, v};
  LLVMValueRef k = kc_ll_call_rt(c, RT_rt_agen_yield, a, 2);
  LLVMBasicBlockRef sus = kc_ll_block_new(c, "ayield.suspend");
  LLVMBasicBlockRef cont = kc_ll_block_new(c, "ayield.resumed");
  LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntNE, k, kc_ll_i32(c, 0), ""), sus, cont);
  kc_ll_position(c, sus);
  yield_suspend(c);
  LLVMBuildBr(c->b, cont);
  kc_ll_position(c, cont);
}

static KcVal lower_agen_yield(LowerCtx *c, const Node *n) {
  FnState *f = c->f;
  LLVMValueRef v = n->yield.argument ? kc_lower_boxed(c, n->yield.argument) : kc_ll_undef(c);
  kc_ll_site(c, n);
  v = kc_await_value(c, v);
  agen_yield(c, v);
  LLVMValueRef r = kc_ll_call_rt_checked(c, RT_rt_agen_resumed, &f->gen, 1);
  LLVMBasicBlockRef ret = kc_ll_block_new(c, "ayield.return");
  LLVMBasicBlockRef cont = kc_ll_block_new(c, "ayield.value");
  LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, r, kc_ll_i64(c, JS_EMPTY), ""), ret, cont);
  kc_ll_position(c, ret);
  /* return(v) at a yield: AsyncGeneratorUnwrapYieldResumption awaits v */
  LLVMValueRef rv = kc_await_value(c, kc_ll_call_rt(c, RT_rt_async_sent, &f->gen, 1));
  kc_route_return(c, rv);
  kc_ll_position(c, cont);
  return kc_boxed(r);
}

static KcVal lower_agen_delegate(LowerCtx *c, const Node *n) {
  FnState *f = c->f;
  LLVMValueRef iterable = kc_lower_boxed(c, n->yield.argument);
  kc_ll_site(c, n);
  LLVMValueRef sargs[2] = {f->gen, iterable};
  kc_ll_call_rt_checked(c, RT_rt_agen_delegate_start, sargs, 2);
  LLVMBasicBlockRef loop = kc_ll_block_new(c, "ayield.star");
  LLVMBasicBlockRef await_bb = kc_ll_block_new(c, "ayield.star.await");
  LLVMBasicBlockRef yielded = kc_ll_block_new(c, "ayield.star.yield");
  LLVMBasicBlockRef ret = kc_ll_block_new(c, "ayield.star.return");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "ayield.star.done");
  LLVMBuildBr(c->b, loop);
  kc_ll_position(c, loop);
  LLVMValueRef code = kc_ll_call_rt(c, RT_rt_agen_delegate_step, &f->gen, 1);
  LLVMBasicBlockRef exc = f->handler ? f->handler : f->ret_exc_bb;
  LLVMValueRef sw = LLVMBuildSwitch(c->b, code, exc, 4);
  LLVMAddCase(sw, kc_ll_i32(c, 0), await_bb);
  LLVMAddCase(sw, kc_ll_i32(c, 1), yielded);
  LLVMAddCase(sw, kc_ll_i32(c, 2), done);
  LLVMAddCase(sw, kc_ll_i32(c, 3), ret);
  kc_ll_position(c, await_bb);
  kc_await_raw(c, kc_ll_call_rt(c, RT_rt_agen_delegate_out, &f->gen, 1));
  LLVMBuildBr(c->b, loop);
  kc_ll_position(c, yielded);
  agen_yield(c, kc_ll_call_rt(c, RT_rt_agen_delegate_out, &f->gen, 1));
  LLVMBuildBr(c->b, loop);
  kc_ll_position(c, ret);
  kc_route_return(c, kc_ll_call_rt(c, RT_rt_async_sent, &f->gen, 1));
  kc_ll_position(c, done);
  return kc_boxed(kc_ll_call_rt(c, RT_rt_async_sent, &f->gen, 1));
}

KcVal kc_lower_yield(LowerCtx *c, const Node *n) {
  FnState *f = c->f;
  if (f->is_agen) return n->yield.delegate ? lower_agen_delegate(c, n) : lower_agen_yield(c, n);
  if (!f->is_gen) { /* yield in an arrow or a non-generator: a syntax error the parser reports */
    kc_lower_unsupported(c, n, "yield outside a generator");
    return kc_boxed(kc_ll_undef(c));
  }
  if (n->yield.delegate) return lower_delegate(c, n);
  LLVMValueRef v = n->yield.argument ? kc_lower_boxed(c, n->yield.argument) : kc_ll_undef(c);
  kc_ll_site(c, n);
  LLVMValueRef a[3] = {f->gen, v, kc_ll_i32(c, 0)};
  kc_ll_call_rt(c, RT_rt_gen_yield, a, 3);
  yield_suspend(c);
  LLVMValueRef r = kc_ll_call_rt_checked(c, RT_rt_gen_resumed, &f->gen, 1);
  LLVMBasicBlockRef ret = kc_ll_block_new(c, "yield.return");
  LLVMBasicBlockRef cont = kc_ll_block_new(c, "yield.value");
  LLVMValueRef is_ret = LLVMBuildICmp(c->b, LLVMIntEQ, r, kc_ll_i64(c, JS_EMPTY), "");
  LLVMBuildCondBr(c->b, is_ret, ret, cont);
  kc_ll_position(c, ret);
  kc_route_return(c, kc_ll_call_rt(c, RT_rt_gen_sent, &f->gen, 1));
  kc_ll_position(c, cont);
  return kc_boxed(r);
}
