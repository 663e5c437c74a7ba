/* lower_func.c — functions: entries, prologues, frames, the module entry.
 *
 * Every function has the generic entry of docs/internals.md
 *   i64 @js.f(ptr callee, i64 this, i32 argc, ptr argv, i64 new_target)
 * A function declaration that is never reassigned and has fixed parameters
 * ("direct", see resolve.c) also gets
 *   i64 @js.f.direct(ptr callee, i64 this, i64 a0, ..., i64 aN-1)
 * which calls by name reach without touching the closure; its generic entry
 * only unpacks argv and calls it. When infer speculated int32 parameters the
 * function also gets a typed clone
 *   i64 @js.f.typed(ptr callee, i64 this, i32 a0, ...)
 * whose body is lowered with those parameters unboxed; the direct entry
 * checks the tags and tail-calls the clone when they fit, else runs the
 * generic body. Nothing is ever deoptimised.
 *
 * Prologue: the stack-limit check (frame address against rt_stack_limit),
 * then the shadow frame push (JSFrame linked at rt_frame_top) that stack
 * traces walk. Typed clones push it too, so every JavaScript function shows
 * in a stack trace as in node (measured: fib(35) at -O2 costs the same
 * within noise, ~0.05 s of CPU with and without). Every return path pops the
 * frame.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower_internal.h"

void kc_scope_hoist_funcs(LowerCtx *c, Scope *s);

static void fn_name(FuncInfo *fi, char *buf, size_t n, const char *suffix) {
  if (fi->name.ptr && fi->name.len)
    snprintf(buf, n, "js.%.*s%s", (int)(fi->name.len < 40 ? fi->name.len : 40), fi->name.ptr, suffix);
  else
    snprintf(buf, n, "js.anon%s", suffix);
}

void kc_func_declare(LowerCtx *c, FuncInfo *fi) {
  if (fi->generic_fn) return;
  char name[80];
  fn_name(fi, name, sizeof name, "");
  fi->generic_fn = LLVMAddFunction(c->mod, name, c->t_code);
  LLVMSetLinkage(fi->generic_fn, LLVMInternalLinkage);
  int np = fi->nparams;
  if (fi->direct) {
    LLVMTypeRef *pt = calloc((size_t)np + 2, sizeof *pt);
    pt[0] = c->t_ptr;
    pt[1] = c->t_i64;
    for (int i = 0; i < np; i++) pt[2 + i] = c->t_i64;
    fn_name(fi, name, sizeof name, ".direct");
    fi->direct_fn = LLVMAddFunction(c->mod, name, LLVMFunctionType(c->t_i64, pt, (unsigned)np + 2, false));
    LLVMSetLinkage(fi->direct_fn, LLVMInternalLinkage);
    if (fi->typed) {
      for (int i = 0; i < np; i++) pt[2 + i] = fi->param_spec[i] == SPEC_INT32 ? c->t_i32 : c->t_i64;
      fn_name(fi, name, sizeof name, ".typed");
      fi->typed_fn = LLVMAddFunction(c->mod, name, LLVMFunctionType(c->t_i64, pt, (unsigned)np + 2, false));
      LLVMSetLinkage(fi->typed_fn, LLVMInternalLinkage);
    }
    free(pt);
  }
  if (c->nwork == c->work_cap) {
    c->work_cap = c->work_cap ? c->work_cap * 2 : 32;
    c->work = realloc(c->work, sizeof *c->work * (size_t)c->work_cap);
  }
  c->work[c->nwork++] = fi;
  if (fi->super_in_arrow) {
    fn_name(fi, name, sizeof name, ".fields");
    fi->fields_fn = LLVMAddFunction(c->mod, name, c->t_code);
    LLVMSetLinkage(fi->fields_fn, LLVMInternalLinkage);
  }
}

LLVMValueRef kc_func_info_global(LowerCtx *c, FuncInfo *fi) {
  if (fi->info_global) return fi->info_global;
  const Node *n = fi->node;
  char nm[256];
  size_t len = fi->name.ptr ? (fi->name.len < 255 ? fi->name.len : 255) : 0;
  if (len) memcpy(nm, fi->name.ptr, len);
  if (fi->is_module && !c->res->esm) { /* node runs a CommonJS module as a method call on module.exports */
    len = strlen("Object.<anonymous>");
    memcpy(nm, "Object.<anonymous>", len);
  }
  nm[len] = 0;
  uint32_t length = 0;
  uint32_t flags = 0;
  if (!fi->is_module) {
    for (int i = 0; i < n->function.params.count; i++) {
      NodeKind k = n->function.params.items[i]->kind;
      if (k == NODE_AssignmentPattern || k == NODE_RestElement) break;
      length++;
    }
    if (fi->strict) flags |= JS_FUNC_STRICT;
    if (fi->is_arrow) flags |= JS_FUNC_ARROW;
    else if (fi->class_ctor) flags |= JS_FUNC_CLASS_CONSTRUCTOR | (fi->derived ? JS_FUNC_DERIVED : 0);
    else if (fi->is_method) flags |= JS_FUNC_METHOD;
    else if (!n->function.is_generator && !n->function.is_async) flags |= JS_FUNC_CONSTRUCTOR;
    if (n->function.is_generator) flags |= JS_FUNC_GENERATOR;
    if (n->function.is_async) flags |= JS_FUNC_ASYNC;
  }
  LLVMValueRef fields[6] = {kc_ll_cstring(c, nm, len + 1, "fn.name"),
                            kc_ll_cstring(c, c->script_file, strlen(c->script_file) + 1, "fn.file"),
                            kc_ll_i32(c, n->loc.line), kc_ll_i32(c, n->loc.col + 1),
                            kc_ll_i32(c, length), kc_ll_i32(c, flags)};
  /* Function.prototype.toString gives the function's source text, as node
   * does: the info points into one constant copy of the module's text. */
  const Node *sn = fi->class_ctor && fi->class_node ? fi->class_node : n;
  uint32_t src_off = sn->loc.offset, src_end = sn->loc.offset + sn->loc.length;
  if (fi->method_node && !fi->class_ctor) { /* from the key (and get, set, async or the star), not `static` */
    const Node *m = fi->method_node;
    src_off = m->loc.offset;
    if (m->kind == NODE_MethodDefinition && m->method.is_static && src_end <= c->src->len &&
        !strncmp(c->src->text + src_off, "static", 6)) {
      src_off += 6;
      /* and the white space and comments after it */
      const char *t = c->src->text;
      for (;;) {
        while (src_off < src_end && strchr(" \t\r\n", t[src_off])) src_off++;
        if (src_off + 1 < src_end && t[src_off] == '/' && t[src_off + 1] == '*') {
          uint32_t e = src_off + 2;
          while (e + 1 < src_end && !(t[e] == '*' && t[e + 1] == '/')) e++;
          if (e + 1 >= src_end) break;
          src_off = e + 2;
        } else if (src_off + 1 < src_end && t[src_off] == '/' && t[src_off + 1] == '/') {
          while (src_off < src_end && t[src_off] != '\n') src_off++;
        } else {
          break;
        }
      }
    }
  }
  bool with_src = !fi->is_module && src_end > src_off && src_end <= c->src->len;
  if (with_src) fields[5] = kc_ll_i32(c, flags | JS_FUNC_HAS_SOURCE);
  LLVMValueRef info = LLVMConstNamedStruct(c->t_info, fields, 6);
  LLVMValueRef g;
  if (with_src) {
    if (!c->src_text) {
      LLVMValueRef text = LLVMConstStringInContext(c->ctx, c->src->text, (unsigned)c->src->len, false);
      c->src_text = LLVMAddGlobal(c->mod, LLVMTypeOf(text), "src.text");
      LLVMSetInitializer(c->src_text, text);
      LLVMSetGlobalConstant(c->src_text, true);
      LLVMSetLinkage(c->src_text, LLVMPrivateLinkage);
      LLVMSetUnnamedAddress(c->src_text, LLVMGlobalUnnamedAddr);
    }
    LLVMValueRef idx = LLVMConstInt(c->t_i64, src_off, false);
    LLVMValueRef sf[3] = {info, LLVMConstGEP2(c->t_i8, c->src_text, &idx, 1),
                          kc_ll_i32(c, src_end - src_off)};
    LLVMValueRef init = LLVMConstStructInContext(c->ctx, sf, 3, false);
    g = LLVMAddGlobal(c->mod, LLVMTypeOf(init), "fn.info");
    LLVMSetInitializer(g, init);
  } else {
    g = LLVMAddGlobal(c->mod, c->t_info, "fn.info");
    LLVMSetInitializer(g, info);
  }
  LLVMSetGlobalConstant(g, true);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  fi->info_global = g;
  return g;
}

/* ---- function bodies ----------------------------------------------------- */

static void reset_bindings(LowerCtx *c, FuncInfo *fi) {
  for (int i = 0; i < c->res->nscopes; i++) {
    Scope *s = c->res->all_scopes[i];
    if (s->func != fi) continue;
    s->env = NULL;
    for (int j = 0; j < s->nbind; j++) {
      s->bindings[j]->storage = NULL;
      s->bindings[j]->typed = NULL;
    }
  }
}

/* Sets up FnState for [fn] and positions the builder in its body block. */
static void begin_function(LowerCtx *c, FnState *f, FuncInfo *fi, FnMode mode, LLVMValueRef fn) {
  memset(f, 0, sizeof *f);
  c->f = f;
  f->fi = fi;
  f->mode = mode;
  f->fn = fn;
  reset_bindings(c, fi);
  f->entry = LLVMAppendBasicBlockInContext(c->ctx, fn, "entry");
  f->alloca_b = LLVMCreateBuilderInContext(c->ctx);
  LLVMPositionBuilderAtEnd(f->alloca_b, f->entry);
  LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(c->ctx, fn, "body");
  kc_ll_position(c, body);
  kc_debug_function(c, fi, fn);
  f->ret_bb = kc_ll_block_new(c, "return");
  f->ret_exc_bb = kc_ll_block_new(c, "return.exc");
  f->retval = kc_ll_alloca(c, c->t_i64, "retval");
}

static void end_function(LowerCtx *c) {
  FnState *f = c->f;
  LLVMBuildBr(f->alloca_b, LLVMGetNextBasicBlock(f->entry));
  LLVMDisposeBuilder(f->alloca_b);
  c->f = NULL;
}

static void stack_check(LowerCtx *c, LLVMValueRef addr) {
  FnState *f = c->f;
  LLVMValueRef sp;
  if (!addr) {
    /* read the stack pointer itself: unlike llvm.frameaddress this does not
     * force a frame pointer in the typed clones */
    unsigned id = LLVMLookupIntrinsicID("llvm.read_register", 18);
    LLVMTypeRef it = c->t_i64;
    LLVMValueRef rr = LLVMGetIntrinsicDeclaration(c->mod, id, &it, 1);
    const char *reg = kc_target_is_aarch64(c->target) ? "sp" : "rsp";
    LLVMMetadataRef md = LLVMMDStringInContext2(c->ctx, reg, strlen(reg));
    LLVMValueRef arg = LLVMMetadataAsValue(c->ctx, LLVMMDNodeInContext2(c->ctx, &md, 1));
    sp = LLVMBuildCall2(c->b, LLVMIntrinsicGetType(c->ctx, id, &it, 1), rr, &arg, 1, "sp");
  } else {
    sp = LLVMBuildPtrToInt(c->b, addr, c->t_i64, "");
  }
  LLVMValueRef lim = kc_ll_load(c, c->t_i64, c->g_stack_limit, "stack.limit");
  LLVMValueRef over = LLVMBuildICmp(c->b, LLVMIntULT, sp, lim, "");
  LLVMBasicBlockRef bad = kc_ll_block_new(c, "stack.overflow");
  LLVMBasicBlockRef ok = kc_ll_block_new(c, "stack.ok");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, over, false), bad, ok);
  kc_ll_position(c, bad);
  kc_ll_call_rt(c, RT_rt_throw_stack_overflow, NULL, 0);
  if (f->is_gen) /* an async body: a coroutine cannot `ret`; the overflow rejects */
    LLVMBuildBr(c->b, f->ret_exc_bb);
  else
    LLVMBuildRet(c->b, kc_ll_i64(c, JS_EXCEPTION));
  kc_ll_position(c, ok);
}

static void push_frame(LowerCtx *c) {
  FnState *f = c->f;
  f->frame = kc_ll_alloca(c, c->t_frame, "frame");
  /* a generator body runs under next(), a native call: no overflow check
   * (its `ret` could not live in a coroutine) */
  if (!f->is_gen) stack_check(c, f->frame);
  f->frame_prev = kc_ll_load(c, c->t_ptr, c->g_frame_top, "frame.prev");
  kc_ll_store(c, f->frame_prev, f->frame);
  kc_ll_store(c, kc_func_info_global(c, f->fi), kc_ll_gep(c, f->frame, offsetof(JSFrame, info)));
  kc_ll_store(c, kc_ll_i32(c, f->fi->node->loc.line), kc_ll_gep(c, f->frame, offsetof(JSFrame, line)));
  kc_ll_store(c, kc_ll_i32(c, f->fi->node->loc.col + 1), kc_ll_gep(c, f->frame, offsetof(JSFrame, col)));
  kc_ll_store(c, f->frame, c->g_frame_top);
  /* async bodies run under their caller until the first await: checked
   * once the frame is linked, so the overflow path can unlink it */
  if (f->is_async) stack_check(c, NULL); /* the frame itself lives in the coroutine frame */
}

static void emit_returns(LowerCtx *c) {
  FnState *f = c->f;
  if (f->is_gen) {
    kc_gen_emit_returns(c);
    return;
  }
  /* keep the return blocks last, so the IR reads top to bottom */
  LLVMMoveBasicBlockAfter(f->ret_bb, LLVMGetLastBasicBlock(f->fn));
  LLVMMoveBasicBlockAfter(f->ret_exc_bb, f->ret_bb);
  kc_ll_position(c, f->ret_bb);
  if (f->fi->derived && !f->fields_entry) kc_class_ctor_return(c);
  if (f->frame) kc_ll_store(c, f->frame_prev, c->g_frame_top);
  LLVMBuildRet(c->b, kc_ll_load(c, c->t_i64, f->retval, "ret"));
  kc_ll_position(c, f->ret_exc_bb);
  if (f->frame) kc_ll_store(c, f->frame_prev, c->g_frame_top);
  LLVMBuildRet(c->b, kc_ll_i64(c, JS_EXCEPTION));
}

/* argv[i] if i < argc, else undefined. */
static LLVMValueRef generic_arg(LowerCtx *c, int i) {
  FnState *f = c->f;
  LLVMBasicBlockRef has = kc_ll_block_new(c, "arg.has");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "arg.done");
  LLVMBasicBlockRef start = LLVMGetInsertBlock(c->b);
  LLVMValueRef in = LLVMBuildICmp(c->b, LLVMIntSGT, f->argc, kc_ll_i32(c, i), "");
  LLVMBuildCondBr(c->b, in, has, done);
  kc_ll_position(c, has);
  LLVMValueRef v = kc_ll_load(c, c->t_i64, kc_ll_gep(c, f->argv, 8 * i), "arg");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  return kc_ll_phi2(c, "arg", kc_ll_undef(c), start, v, has);
}

/* Sloppy mapped arguments, created once the parameters are in their env
 * slots: the runtime gets the env and each parameter's slot (-1 for all but
 * the last of duplicated names, which alone is mapped). */
static void mapped_arguments(LowerCtx *c) {
  FnState *f = c->f;
  FuncInfo *fi = f->fi;
  const NodeList *ps = &fi->node->function.params;
  int n = ps->count;
  LLVMValueRef *slots = kc_arena_alloc(c->res->arena, sizeof *slots * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    KcStr nm = ps->items[i]->ident.name;
    Binding *b = kc_scope_find_local(fi->scope, nm.ptr, nm.len);
    int slot = b && b->captured ? b->slot : -1;
    for (int j = i + 1; j < n; j++)
      if (ps->items[j]->ident.name.len == nm.len &&
          !memcmp(ps->items[j]->ident.name.ptr, nm.ptr, nm.len))
        slot = -1;
    slots[i] = LLVMConstInt(c->t_i32, (unsigned long long)(int64_t)slot, true);
  }
  if (n == 0) slots[n++] = LLVMConstInt(c->t_i32, 0, true);
  LLVMValueRef init = LLVMConstArray2(c->t_i32, slots, (uint64_t)n);
  LLVMValueRef g = LLVMAddGlobal(c->mod, LLVMTypeOf(init), "args.slots");
  LLVMSetInitializer(g, init);
  LLVMSetGlobalConstant(g, true);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMValueRef callee = f->callee ? LLVMBuildPtrToInt(c->b, f->callee, c->t_i64, "") : kc_ll_undef(c);
  LLVMValueRef args[6] = {f->argc, f->argv, kc_cur_env(c), kc_ll_i32(c, ps->count), g, callee};
  kc_binding_init(c, fi->arguments_b, kc_ll_call_rt_checked(c, RT_rt_new_mapped_arguments, args, 6));
}

/* A sloppy global eval script declares its top-level functions, then its
 * vars, on the global object (EvalDeclarationInstantiation: configurable,
 * and a var does not overwrite an existing property). */
static void declare_eval_globals(LowerCtx *c, Scope *g) {
  for (int pass = 0; pass < 2; pass++) {
    for (int i = 0; i < g->nbind; i++) {
      Binding *b = g->bindings[i];
      bool is_fn = b->kind == BIND_FUNC && b->decl && b->decl->kind == NODE_FunctionDeclaration;
      if (is_fn != (pass == 0)) continue;
      LLVMValueRef args[2] = {kc_ll_string_value(c, b->name.ptr, b->name.len), kc_ll_undef(c)};
      if (is_fn) {
        if (b->decl->function.is_async) {
          kc_lower_unsupported(c, b->decl, "async functions");
          continue;
        }
        args[1] = kc_lower_closure(c, b->decl, b->name);
        kc_ll_call_rt_checked(c, RT_rt_eval_declare_func, args, 2);
      } else {
        kc_ll_call_rt_checked(c, RT_rt_eval_declare_var, args, 1);
      }
    }
  }
}

/* A sloppy direct eval in a function declares its functions, then its
 * vars, in the caller's var scope: a declaration that names one of the
 * caller's own vars or parameters is that binding (eval_target), any other
 * goes to the caller's var object, made here on first need. */
static void declare_eval_varobj(LowerCtx *c, Scope *g) {
  Binding *vb = c->res->eval_varobj;
  LLVMValueRef vo = NULL;
  for (int pass = 0; pass < 2; pass++) {
    for (int i = 0; i < g->nbind; i++) {
      Binding *b = g->bindings[i];
      bool is_fn = b->kind == BIND_FUNC && b->decl && b->decl->kind == NODE_FunctionDeclaration;
      if (is_fn != (pass == 0)) continue;
      if (b->eval_target && !is_fn) continue;
      LLVMValueRef v = is_fn ? kc_lower_closure(c, b->decl, b->name) : kc_ll_i64(c, JS_EMPTY);
      if (b->eval_target) {
        kc_binding_write(c, b->eval_target, v, false, b->decl);
        continue;
      }
      if (!vo) {
        LLVMValueRef old = kc_binding_read(c, vb, false, NULL);
        vo = kc_ll_call_rt_checked(c, RT_rt_eval_var_object, &old, 1);
        kc_binding_write(c, vb, vo, false, NULL);
      }
      LLVMValueRef args[3] = {vo, kc_ll_string_value(c, b->name.ptr, b->name.len), v};
      kc_ll_call_rt_checked(c, RT_rt_eval_declare_in, args, 3);
    }
  }
}

/* Annex B.3.3 in eval code: a block's function is also assigned to the var
 * of the eval's var scope when the block is entered. */
void kc_eval_var_assign(LowerCtx *c, Binding *g, LLVMValueRef v) {
  if (c->res->eval_vars_global) {
    kc_global_set(c, g->name, v);
  } else if (g->eval_target) {
    kc_binding_write(c, g->eval_target, v, false, NULL);
  } else if (c->res->eval_varobj) {
    LLVMValueRef vo = kc_binding_read(c, c->res->eval_varobj, false, NULL);
    LLVMValueRef args[3] = {vo, kc_ll_string_value(c, g->name.ptr, g->name.len), v};
    kc_ll_call_rt_checked(c, RT_rt_eval_declare_in, args, 3);
  }
}

static void lower_prologue_and_body(LowerCtx *c) {
  FnState *f = c->f;
  FuncInfo *fi = f->fi;
  const Node *n = fi->node;
  kc_ll_store(c, kc_ll_undef(c), f->retval);
  push_frame(c);
  if (fi->class_ctor) kc_class_ctor_check(c);
  if (fi->needs_env && f->callee)
    f->env_in = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, f->callee, offsetof(JSFunction, env)), "env.in");
  kc_scope_enter(c, fi->scope);
  if (fi->this_b) {
    LLVMValueRef t;
    if (fi->is_module && (n->flags & NODE_FLAG_GLOBAL_SCRIPT) && c->opts.eval_kind != KC_EVAL_DIRECT) {
      t = kc_ll_call_rt(c, RT_rt_sloppy_this, (LLVMValueRef[]){kc_ll_undef(c)}, 1); /* globalThis */
    } else if (fi->is_module) {
      t = f->this_in; /* module.exports, as node calls the wrapper */
    } else {
      t = f->this_in;
      if (!fi->strict) t = kc_ll_call_rt_checked(c, RT_rt_sloppy_this, &t, 1);
    }
    kc_binding_init(c, fi->this_b, t);
  }
  if (fi->arguments_b && f->mode == FN_GENERIC && !fi->mapped_arguments) {
    LLVMValueRef args[2] = {f->argc, f->argv};
    kc_binding_init(c, fi->arguments_b, kc_ll_call_rt_checked(c, RT_rt_new_arguments, args, 2));
  }
  if (fi->new_target_b)
    kc_binding_init(c, fi->new_target_b,
                    f->mode == FN_GENERIC || (f->mode == FN_MODULE && c->opts.eval_kind == KC_EVAL_DIRECT)
                        ? LLVMGetParam(f->fn, 4)
                        : kc_ll_undef(c));
  if (fi->callee_b) kc_binding_init(c, fi->callee_b, LLVMBuildPtrToInt(c->b, f->callee, c->t_i64, ""));
  if (fi->is_module && fi->wrapper_b[0])
    for (int i = 0; i < 5; i++) kc_binding_init(c, fi->wrapper_b[i], generic_arg(c, i));
  if (!fi->is_module) {
    for (int i = 0; i < n->function.params.count; i++) {
      const Node *p = n->function.params.items[i];
      if (p->kind == NODE_RestElement) {
        LLVMValueRef args[3] = {f->argc, f->argv, kc_ll_i32(c, i)};
        LLVMValueRef arr = kc_ll_call_rt_checked(c, RT_rt_new_rest_array, args, 3);
        kc_assign_pattern(c, p->argument.argument, arr, true);
        break;
      }
      LLVMValueRef v;
      if (f->mode == FN_GENERIC) {
        v = generic_arg(c, i);
      } else if (f->mode == FN_TYPED && fi->param_spec[i] == SPEC_INT32) {
        Ref dummy;
        (void)dummy;
        Binding *b = kc_scope_find_local(fi->scope, p->ident.name.ptr, p->ident.name.len);
        b->typed = f->params[i];
        b->spec = SPEC_INT32;
        /* keep a boxed copy for paths that read storage */
        kc_binding_init(c, b, kc_ll_box_int32(c, f->params[i]));
        continue;
      } else {
        v = f->params[i];
      }
      kc_assign_pattern(c, p, v, true);
    }
  }
  if (fi->mapped_arguments && f->mode == FN_GENERIC) mapped_arguments(c);
  if (fi->is_module && c->res->esm) {
    /* an ES module's wrapper runs twice: argc == 0 instantiates (creates
     * the hoisted functions, which other modules of a cycle may call before
     * this one runs), argc == 1 evaluates the body */
    LLVMBasicBlockRef inst = kc_ll_block_new(c, "esm.instantiate");
    LLVMBasicBlockRef eval = kc_ll_block_new(c, "esm.evaluate");
    LLVMBuildCondBr(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, f->argc, kc_ll_i32(c, 0), ""), inst, eval);
    kc_ll_position(c, inst);
    kc_scope_hoist_funcs(c, fi->scope);
    kc_route_return(c, kc_ll_undef(c));
    kc_ll_position(c, eval);
    if (f->is_async) { /* top-level await: the runtime finds the await a stalled module waits at */
      LLVMValueRef a[2] = {f->gen, f->frame};
      kc_ll_call_rt(c, RT_rt_esm_async_started, a, 2);
    }
  } else {
    kc_scope_hoist_funcs(c, fi->scope);
  }
  if (fi->is_module && c->res->eval_globals && c->res->eval_vars_global)
    declare_eval_globals(c, c->res->eval_globals);
  else if (fi->is_module && c->res->eval_globals && c->res->eval_varobj)
    declare_eval_varobj(c, c->res->eval_globals);
  kc_gen_started(c); /* generators: suspendedStart, parameters bound */
  if (fi->class_ctor) kc_class_ctor_prologue(c);
  if (!fi->is_module && n->function.is_expression) {
    LLVMValueRef v = fi->field ? kc_class_field_value(c, fi->field) : kc_lower_boxed(c, n->function.body);
    kc_route_return(c, v);
  } else {
    const NodeList *body = fi->is_module ? &n->program.body : &n->function.body->block.body;
    kc_lower_stmts(c, body);
    LLVMValueRef done = fi->is_module && c->completion ? kc_ll_load(c, c->t_i64, c->completion, "completion")
                                                        : kc_ll_undef(c);
    if (!kc_ll_terminated(c)) kc_route_return(c, done);
  }
  emit_returns(c);
}

static void lower_generic(LowerCtx *c, FuncInfo *fi) {
  FnState f;
  begin_function(c, &f, fi, FN_GENERIC, fi->generic_fn);
  f.callee = LLVMGetParam(fi->generic_fn, 0);
  f.this_in = LLVMGetParam(fi->generic_fn, 1);
  f.argc = LLVMGetParam(fi->generic_fn, 2);
  f.argv = LLVMGetParam(fi->generic_fn, 3);
  if (fi->direct) {
    /* unpack argv and call the direct entry */
    int np = fi->nparams;
    LLVMValueRef *args = calloc((size_t)np + 2, sizeof *args);
    args[0] = f.callee;
    args[1] = f.this_in;
    for (int i = 0; i < np; i++) args[2 + i] = generic_arg(c, i);
    LLVMValueRef r = LLVMBuildCall2(c->b, LLVMGlobalGetValueType(fi->direct_fn), fi->direct_fn, args,
                                    (unsigned)np + 2, "");
    LLVMBuildRet(c->b, r);
    free(args);
    LLVMDeleteBasicBlock(f.ret_bb);
    LLVMDeleteBasicBlock(f.ret_exc_bb);
  } else {
    if (fi->node->function.is_async) kc_async_prologue(c);
    else if (fi->node->function.is_generator) kc_gen_prologue(c);
    lower_prologue_and_body(c);
  }
  end_function(c);
}

static void lower_direct(LowerCtx *c, FuncInfo *fi) {
  FnState f;
  begin_function(c, &f, fi, FN_DIRECT, fi->direct_fn);
  int np = fi->nparams;
  f.callee = LLVMGetParam(fi->direct_fn, 0);
  f.this_in = LLVMGetParam(fi->direct_fn, 1);
  f.params = kc_arena_alloc(c->res->arena, sizeof *f.params * (size_t)(np + 1));
  for (int i = 0; i < np; i++) f.params[i] = LLVMGetParam(fi->direct_fn, (unsigned)(2 + i));
  if (fi->typed_fn) {
    /* all speculated parameters int32 → the typed clone */
    LLVMValueRef ok = LLVMConstInt(c->t_i1, 1, false);
    for (int i = 0; i < np; i++)
      if (fi->param_spec[i] == SPEC_INT32) ok = LLVMBuildAnd(c->b, ok, kc_ll_is_int32(c, f.params[i]), "");
    LLVMBasicBlockRef fast = kc_ll_block_new(c, "typed");
    LLVMBasicBlockRef generic = kc_ll_block_new(c, "generic");
    LLVMBuildCondBr(c->b, kc_ll_expect(c, ok, true), fast, generic);
    kc_ll_position(c, fast);
    LLVMValueRef *args = calloc((size_t)np + 2, sizeof *args);
    args[0] = f.callee;
    args[1] = f.this_in;
    for (int i = 0; i < np; i++)
      args[2 + i] = fi->param_spec[i] == SPEC_INT32 ? kc_ll_unbox_int32(c, f.params[i]) : f.params[i];
    LLVMValueRef r = LLVMBuildCall2(c->b, LLVMGlobalGetValueType(fi->typed_fn), fi->typed_fn, args,
                                    (unsigned)np + 2, "");
    LLVMSetTailCall(r, true);
    LLVMBuildRet(c->b, r);
    free(args);
    kc_ll_position(c, generic);
  }
  lower_prologue_and_body(c);
  end_function(c);
}

static void lower_typed(LowerCtx *c, FuncInfo *fi) {
  FnState f;
  begin_function(c, &f, fi, FN_TYPED, fi->typed_fn);
  int np = fi->nparams;
  f.callee = LLVMGetParam(fi->typed_fn, 0);
  f.this_in = LLVMGetParam(fi->typed_fn, 1);
  f.params = kc_arena_alloc(c->res->arena, sizeof *f.params * (size_t)(np + 1));
  for (int i = 0; i < np; i++) f.params[i] = LLVMGetParam(fi->typed_fn, (unsigned)(2 + i));
  lower_prologue_and_body(c);
  end_function(c);
}

/* The instance fields of a class whose derived constructor calls super()
 * from an arrow: that arrow calls this entry with the constructor as callee
 * and the new object as this. It enters the constructor's scope afresh:
 * field initialisers see only `this` in it (resolve's R.skip). */
static void lower_fields_entry(LowerCtx *c, FuncInfo *fi) {
  FnState f;
  begin_function(c, &f, fi, FN_GENERIC, fi->fields_fn);
  f.fields_entry = true;
  f.callee = LLVMGetParam(fi->fields_fn, 0);
  f.this_in = LLVMGetParam(fi->fields_fn, 1);
  f.argc = LLVMGetParam(fi->fields_fn, 2);
  f.argv = LLVMGetParam(fi->fields_fn, 3);
  kc_ll_store(c, kc_ll_undef(c), f.retval);
  push_frame(c);
  if (fi->needs_env)
    f.env_in = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, f.callee, offsetof(JSFunction, env)), "env.in");
  kc_scope_enter(c, fi->scope);
  kc_binding_init(c, fi->this_b, f.this_in);
  kc_class_init_fields(c);
  if (!kc_ll_terminated(c)) kc_route_return(c, kc_ll_undef(c));
  emit_returns(c);
  end_function(c);
}

void kc_func_lower_all(LowerCtx *c) {
  for (int i = 0; i < c->nwork && !c->failed; i++) {
    FuncInfo *fi = c->work[i];
    lower_generic(c, fi);
    if (fi->fields_fn && !c->failed) lower_fields_entry(c, fi);
    if (fi->direct_fn && !c->failed) lower_direct(c, fi);
    if (fi->typed_fn && !c->failed) lower_typed(c, fi);
  }
}

bool kc_lower_module_entry(LowerCtx *c, const Node *program) {
  FuncInfo *m = c->res->module;
  /* The module wrapper has the generic entry's signature; the runtime calls
   * it with this = module.exports and argv = (exports, require, module,
   * __filename, __dirname). The callee is unused (no parent environment). */
  LLVMValueRef fn = LLVMAddFunction(c->mod, c->opts.entry_name ? c->opts.entry_name : "kiln_cjs_0", c->t_code);
  m->generic_fn = fn;
  FnState f;
  begin_function(c, &f, m, FN_MODULE, fn);
  if (c->opts.eval_kind) {
    c->completion = kc_ll_alloca(c, c->t_i64, "completion");
    kc_ll_store(c, kc_ll_undef(c), c->completion);
  }
  if (c->opts.eval_kind == KC_EVAL_DIRECT) f.callee = LLVMGetParam(fn, 0); /* holds the caller's env */
  f.this_in = LLVMGetParam(fn, 1);
  f.argc = LLVMGetParam(fn, 2);
  f.argv = LLVMGetParam(fn, 3);
  LLVMBuildCall2(c->b, LLVMGlobalGetValueType(c->init_fn), c->init_fn, NULL, 0, "");
  LLVMValueRef args[3] = {kc_ll_cstring(c, c->script_file, strlen(c->script_file) + 1, "src.path"),
                          kc_ll_cstring(c, c->src->text, c->src->len + 1, "src.text"),
                          kc_ll_i64(c, c->src->len)};
  kc_ll_call_rt(c, RT_rt_register_source, args, 3);
  if (c->res->esm) kc_module_globals_define(c);
  if (c->res->esm && (program->flags & NODE_FLAG_TLA)) kc_module_async_prologue(c);
  lower_prologue_and_body(c);
  end_function(c);
  return !c->failed;
}
