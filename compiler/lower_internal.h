/* lower_internal.h — the shared state of resolve, infer and lower.
 *
 * Resolve (scope.c, resolve.c) annotates the AST through side tables: every
 * scope-creating node maps to a Scope, every function node to a FuncInfo,
 * every identifier reference to a Ref (its Binding, or NULL for a global,
 * and whether it needs a TDZ check). Infer (infer.c) adds speculation to
 * FuncInfo. Lower (lower*.c) walks the AST again with one LowerCtx *c that
 * holds the module, the builder, cached types and the per-function state.
 *
 * Storage of a binding: a binding that no inner function references lives in
 * an alloca of the function that declares it (mem2reg makes it an SSA value).
 * A captured binding lives in a slot of its scope's JSEnv, allocated when the
 * scope is entered; env-bearing scopes form a chain through JSEnv.parent, and
 * a closure holds the innermost env of the place where it was created. A
 * reference walks `depth(ref) - depth(binding)` parent links, both known at
 * compile time.
 */
#ifndef KC_LOWER_INTERNAL_H
#define KC_LOWER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lower.h"
#include "source.h"
#include "target.h"

#include "kiln/value.h"

/* ---- side tables ------------------------------------------------------- */

typedef struct PtrMap {
  const void **keys;
  void **vals;
  size_t cap, count;
} PtrMap;

void kc_ptrmap_put(PtrMap *m, const void *key, void *val);
void *kc_ptrmap_get(const PtrMap *m, const void *key);
void kc_ptrmap_free(PtrMap *m);

/* ---- scopes and bindings ----------------------------------------------- */

typedef enum BindKind {
  BIND_VAR,
  BIND_LET,
  BIND_CONST,
  BIND_FUNC,      /* function declaration */
  BIND_PARAM,
  BIND_CATCH,
  BIND_CLASS,
  BIND_CALLEE,    /* the name of a named function expression (read-only) */
  BIND_THIS,      /* `this` of a non-arrow function, when used */
  BIND_ARGUMENTS, /* the implicit `arguments` object, when used */
  BIND_NEW_TARGET,/* `new.target` of a non-arrow function read by an inner arrow */
  BIND_IMPORT,    /* ES module import: a live, read-only view of another module's cell */
} BindKind;

typedef enum SpecType { SPEC_ANY, SPEC_INT32 } SpecType;

typedef struct Scope Scope;
typedef struct FuncInfo FuncInfo;

typedef struct Binding {
  KcStr name;
  BindKind kind;
  Scope *scope;
  const Node *decl;     /* the declaring identifier (or function node) */
  FuncInfo *func_decl;  /* BIND_FUNC: the function it declares */
  bool captured;        /* referenced from an inner function: lives in a JSEnv */
  bool reassigned;      /* assigned after its initialisation */
  bool tdz;             /* some reference needs a TDZ check */
  int slot;             /* env slot when captured */
  int param_index;      /* BIND_PARAM: position; -1 for pattern parts */
  SpecType spec;        /* infer: speculated type (params of typed clones) */
  LLVMValueRef storage; /* lowering: alloca in the current function */
  LLVMValueRef typed;   /* lowering, typed clone: the unboxed parameter */
  uint32_t tdz_end;     /* byte offset where the declaration ends */
  /* ES modules: a top-level binding lives in an i64 global "esm.<module>.<name>"
   * that importers link to directly (see docs/internals.md, "ES modules") */
  bool module_global;
  LLVMValueRef gvar;    /* lowering: that global, declared on first use */
  bool global_prop;     /* a Script's top-level var/function: a global object property */
  /* "%evalvars": the per-call var object of a function with a sloppy direct
   * eval (resolve.c, note_direct_eval); references that pass its scope ask
   * it for their name first, like a `with` object */
  bool evalvars;
  /* eval_globals of a sloppy direct eval in a function: the caller's var
   * this declaration denotes, or NULL for a new one in the var object */
  struct Binding *eval_target;
} Binding;

/* SCOPE_WITH: the body of a `with`; its one binding holds the object. */
typedef enum ScopeKind { SCOPE_FUNC, SCOPE_BLOCK, SCOPE_CATCH, SCOPE_FOR, SCOPE_SWITCH, SCOPE_WITH } ScopeKind;

struct Scope {
  ScopeKind kind;
  Scope *parent;
  FuncInfo *func;
  Binding **bindings;
  int nbind, cap;
  int nslots;          /* captured bindings */
  int env_depth;       /* env-bearing scopes from the root to here, inclusive */
  LLVMValueRef env;    /* lowering: alloca (ptr) holding this scope's JSEnv */
  Binding *evalvars;   /* a function scope with a var object (Binding.evalvars) */
};

typedef struct Ref {
  Binding *b;        /* NULL: a global lookup */
  bool tdz_check;
  bool call_only;    /* the callee of a call: no closure load if called directly */
  FuncInfo *from;    /* function containing the reference */
  /* The `with` objects between the reference and its binding (innermost
   * first): each is asked for the name at run time before the binding. */
  Binding **withs;
  int nwith;
  Scope *at;         /* identifier references: the scope they appear in */
} Ref;

struct FuncInfo {
  const Node *node;    /* Program or a function node */
  FuncInfo *parent;
  Scope *scope;        /* params, vars, function-level declarations */
  Binding *self;       /* the declaring binding of a FunctionDeclaration */
  KcStr name;
  int id;
  bool is_module, is_arrow, strict;
  bool is_method;      /* object-literal method, getter or setter: not a constructor */
  bool needs_env;      /* reads captured bindings of enclosing functions */
  bool has_rest, simple_params;
  int nparams;         /* formal parameters before the rest parameter */
  Binding *this_b, *arguments_b, *callee_b;
  Binding *wrapper_b[5]; /* module: exports, require, module, __filename, __dirname */
  Binding *require_b;    /* module: wrapper_b[1] */
  Binding *new_target_b; /* set when an arrow inside reads new.target */
  bool uses_new_target;
  bool mapped_arguments; /* sloppy, simple parameters, uses `arguments`: params live in the env */
  bool uses_super;     /* super.x (or an arrow inside that does): needs home_object */
  bool class_ctor;     /* the constructor of a class (explicit or default) */
  bool derived;        /* ... of a class with `extends`: `this` starts in TDZ */
  bool default_ctor;   /* synthesized: derived ones forward their arguments to super() */
  const Node *class_node; /* class_ctor: its class (instance fields are lowered into it) */
  const Node *field;   /* synthetic initialiser of this static PropertyDefinition */
  const Node *method_node; /* a method's Property / MethodDefinition: toString's text starts there */
  bool super_in_arrow; /* derived constructor with super() inside an arrow: the arrow reads
                          the constructor through active_b and calls fields_fn */
  Binding *active_b;
  /* infer */
  bool direct;         /* called directly: never reassigned, fixed parameters */
  bool typed;          /* has a typed clone */
  SpecType *param_spec;
  /* lowering */
  LLVMValueRef generic_fn, direct_fn, typed_fn, info_global;
  LLVMValueRef fields_fn; /* super_in_arrow: (callee = the constructor, this) -> its instance fields */
};

typedef struct Resolved {
  KcArena *arena;
  PtrMap scopes;  /* Node* -> Scope* */
  PtrMap funcs;   /* function node / Program -> FuncInfo* */
  PtrMap refs;    /* Identifier / ThisExpression node -> Ref* */
  PtrMap classes; /* ClassDeclaration / ClassExpression -> FuncInfo* of its constructor */
  PtrMap elements; /* static PropertyDefinition / StaticBlock -> FuncInfo* of its synthetic method */
  FuncInfo **all_funcs;
  int nfuncs, funcs_cap;
  Ref **all_refs;
  int nrefs, refs_cap;
  Scope **all_scopes;
  int nscopes, scopes_cap;
  FuncInfo *module;
  const Node **requires; /* require('literal') calls of the module's own require */
  int nrequires, requires_cap;
  const Node **requires_in_try; /* those of them inside a try block with a catch */
  int nrequires_in_try, requires_in_try_cap;
  const Node **dyn_imports; /* import('literal') expressions */
  int ndyn_imports, dyn_imports_cap;
  bool esm;               /* the program is an ES module (module goal) */
  /* eval (KcLowerOptions.eval_kind): in a sloppy global eval script the
   * top-level var and function declarations live in eval_globals, a scope
   * outside the chain, so references to them are global lookups and the
   * module prologue declares them on the global object. */
  int eval_kind;
  Scope *eval_globals;
  bool eval_vars_global;    /* eval_globals are declared on the global object */
  const Node *anonymous_fn; /* Function constructor: no callee binding */
  bool uses_eval;           /* the program can reach eval/Function */
  bool has_evalvars;        /* some scope has a var object (Scope.evalvars) */
  Binding *eval_varobj;     /* sloppy direct eval in a function: where its vars go */
  const void *eval_scope;   /* KC_EVAL_DIRECT: the caller's JSEvalScope */
  PtrMap direct_evals;      /* direct eval CallExpression -> Scope* of the site */
  const Node **eval_sites;  /* the same calls, in order */
  int neval_sites, eval_sites_cap;
} Resolved;

/* scope.c */
Scope *kc_scope_new(Resolved *r, ScopeKind kind, Scope *parent, FuncInfo *func);
Binding *kc_scope_find_local(Scope *s, const char *name, uint32_t len);
Binding *kc_scope_declare(Resolved *r, Scope *s, KcStr name, BindKind kind, const Node *decl);
bool kc_str_eq(KcStr s, const char *lit);

/* resolve.c: false after reporting "not supported yet" errors */
bool kc_resolve(Resolved *r, const Node *program, const KcSource *src, KcDiag *diag);
/* infer.c */
void kc_infer(Resolved *r);

/* ---- lowering -------------------------------------------------------- */

/* The runtime ABI, generated from rt_abi.def. */
typedef enum RtFn {
#define RT_FN(name, cret, cparams, code_ret, codes) RT_##name,
#include "kiln/rt_abi.def"
#undef RT_FN
  RT_COUNT
} RtFn;

/* A lowered expression: an LLVM value and what it holds. Arithmetic keeps
 * values unboxed while their type is statically known (typed clones,
 * comparisons, bitwise results) and boxes them when they meet the generic
 * world. */
typedef enum ValKind { VK_BOXED, VK_I32, VK_F64, VK_BOOL } ValKind;
typedef struct KcVal {
  LLVMValueRef v;
  ValKind kind;
} KcVal;

/* A break/continue destination: loops, switches and labelled statements. */
typedef struct JumpTarget {
  struct JumpTarget *prev;
  const KcStr *labels;
  int nlabels;
  bool is_loop, is_switch;
  LLVMBasicBlockRef brk, cont;
  int finally_depth; /* finally contexts active at the break target */
  int cont_depth;    /* ... and at the continue target */
} JumpTarget;

typedef struct FinallyExit {
  LLVMBasicBlockRef dest;
  int depth;
} FinallyExit;

/* A `finally` block, or a for-of loop whose iterator must be closed, that
 * every abrupt exit passes through. kind_slot says why it was entered:
 * 0 normal, 1 throw (value_slot), 2 return, 3+i exits[i]. */
typedef struct FinallyCtx {
  struct FinallyCtx *prev;
  LLVMBasicBlockRef entry;
  LLVMValueRef kind_slot, value_slot;
  FinallyExit *exits;
  int nexits, cap;
  int depth;            /* 1-based: finally_depth inside this context */
  LLVMValueRef iter;    /* for-of: the iterator record to close */
} FinallyCtx;

typedef enum FnMode { FN_GENERIC, FN_DIRECT, FN_TYPED, FN_MODULE } FnMode;

typedef struct FnState {
  FuncInfo *fi;
  FnMode mode;
  LLVMValueRef fn;
  LLVMBasicBlockRef entry;     /* allocas only; branches to the body at the end */
  LLVMBuilderRef alloca_b;     /* positioned in entry */
  LLVMValueRef frame;          /* JSFrame alloca, NULL in typed clones */
  LLVMValueRef frame_prev;
  LLVMValueRef callee, this_in, argc, argv, env_in;
  LLVMValueRef *params;        /* direct/typed: the parameter values */
  LLVMValueRef retval;
  LLVMBasicBlockRef ret_bb, ret_exc_bb;
  LLVMBasicBlockRef handler;   /* innermost catch/finally; NULL = ret_exc_bb */
  JumpTarget *jumps;
  FinallyCtx *fin;
  int finally_depth;
  const KcStr *pending_labels;
  int npending;
  Scope *scope;                /* innermost scope being lowered */
  LLVMBasicBlockRef chain_end; /* optional chaining: where `?.` short-circuits */
  LLVMValueRef chain_phi_vals[64];
  LLVMBasicBlockRef chain_phi_bbs[64];
  int chain_n;
  LLVMMetadataRef di_sub;
  /* generators (lower_gen.c): the generator object, the coroutine, and the
   * block every suspend leaves through */
  bool is_gen;                 /* a coroutine: generator, async function or async generator */
  bool is_async, is_agen;      /* async function / async generator (both set for the latter) */
  LLVMValueRef gen, coro_id, coro_hdl;
  LLVMValueRef gen_ret;        /* async function: the promise the ramp returns */
  LLVMBasicBlockRef gen_suspend_ret, gen_cleanup;
  bool fields_entry;           /* the fields_fn of a class constructor */
} FnState;

typedef struct LowerCtx {
  /* kc_assign_decl_pattern: the pattern being declared and its initialiser */
  const Node *decl_pat, *decl_init;
  LLVMContextRef ctx;
  LLVMModuleRef mod;
  LLVMBuilderRef b;
  const KcSource *src;
  const char *script_path; /* absolute path of src, as node names scripts at run time */
  const char *script_file; /* what stack traces name it: the path, or an ES module's file: URL */
  KcDiag *diag;
  const KcTarget *target;
  KcLowerOptions opts;
  Resolved *res;
  bool failed;
  LLVMTypeRef t_void, t_i1, t_i8, t_i32, t_i64, t_f64, t_ptr;
  LLVMTypeRef t_code;    /* JSCode */
  LLVMTypeRef t_info;    /* JSFuncInfo */
  LLVMTypeRef t_frame;   /* JSFrame */
  LLVMTypeRef t_ic;      /* JSPropCache */
  LLVMValueRef rt[RT_COUNT];
  LLVMTypeRef rt_ty[RT_COUNT];
  LLVMValueRef g_frame_top, g_stack_limit;
  LLVMValueRef init_fn;  /* string literal initialisation, called first */
  LLVMBuilderRef init_b;
  PtrMap strings;        /* interned literal text -> global (see lower.c) */
  char **str_keys;
  LLVMValueRef *str_globals;
  int nstr, str_cap;
  int ic_count;
  FuncInfo **work;       /* functions whose bodies are still to lower */
  int nwork, work_cap;
  FnState *f;
  LLVMValueRef completion; /* eval scripts: alloca of the completion value */
  LLVMValueRef src_text;   /* the module's whole source text, for Function.prototype.toString */
  /* debug info (-g) */
  LLVMDIBuilderRef di;
  LLVMMetadataRef di_file, di_cu;
} LowerCtx;

/* lower.c: vocabulary */
void kc_lower_unsupported(LowerCtx *c, const Node *n, const char *what);
LLVMValueRef kc_ll_i32(LowerCtx *c, int64_t v);
LLVMValueRef kc_ll_i64(LowerCtx *c, uint64_t v);
LLVMValueRef kc_ll_f64(LowerCtx *c, double d);
LLVMValueRef kc_ll_undef(LowerCtx *c);
LLVMBasicBlockRef kc_ll_block_new(LowerCtx *c, const char *name);
void kc_ll_position(LowerCtx *c, LLVMBasicBlockRef bb);
bool kc_ll_terminated(LowerCtx *c);
void kc_ll_br(LowerCtx *c, LLVMBasicBlockRef bb);
LLVMValueRef kc_ll_alloca(LowerCtx *c, LLVMTypeRef ty, const char *name);
LLVMValueRef kc_ll_gep(LowerCtx *c, LLVMValueRef ptr, int64_t offset);
LLVMValueRef kc_ll_load(LowerCtx *c, LLVMTypeRef ty, LLVMValueRef ptr, const char *name);
void kc_ll_store(LowerCtx *c, LLVMValueRef v, LLVMValueRef ptr);
LLVMValueRef kc_ll_call_rt(LowerCtx *c, RtFn f, LLVMValueRef *args, int n);
LLVMValueRef kc_ll_call_rt_checked(LowerCtx *c, RtFn f, LLVMValueRef *args, int n);
void kc_ll_check_exc(LowerCtx *c, LLVMValueRef v);
void kc_ll_throw_pending(LowerCtx *c);
LLVMValueRef kc_ll_expect(LowerCtx *c, LLVMValueRef cond, bool expected);
/* An i64 phi joining [a] from [from_a] and [b] from [from_b]. */
LLVMValueRef kc_ll_phi2(LowerCtx *c, const char *name, LLVMValueRef a, LLVMBasicBlockRef from_a,
                        LLVMValueRef b, LLVMBasicBlockRef from_b);
LLVMValueRef kc_ll_box_int32(LowerCtx *c, LLVMValueRef i);
LLVMValueRef kc_ll_box_double(LowerCtx *c, LLVMValueRef d);
LLVMValueRef kc_ll_box_bool(LowerCtx *c, LLVMValueRef i1);
LLVMValueRef kc_ll_unbox_int32(LowerCtx *c, LLVMValueRef v);
LLVMValueRef kc_ll_unbox_double(LowerCtx *c, LLVMValueRef v);
LLVMValueRef kc_ll_number_to_f64(LowerCtx *c, LLVMValueRef v);
LLVMValueRef kc_ll_is_int32(LowerCtx *c, LLVMValueRef v);
LLVMValueRef kc_ll_both_int32(LowerCtx *c, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef kc_ll_is_number(LowerCtx *c, LLVMValueRef v);
LLVMValueRef kc_ll_is_cell(LowerCtx *c, LLVMValueRef v);
LLVMValueRef kc_ll_cell_kind_is(LowerCtx *c, LLVMValueRef v, int kind);
LLVMValueRef kc_ll_cstring(LowerCtx *c, const char *s, size_t len, const char *name);
LLVMValueRef kc_ll_string_value(LowerCtx *c, const char *wtf8, size_t len);
LLVMValueRef kc_val_box(LowerCtx *c, KcVal v);
KcVal kc_boxed(LLVMValueRef v);
void kc_ll_site(LowerCtx *c, const Node *n);

/* lower_ic.c */
LLVMValueRef kc_ic_new(LowerCtx *c, KcStr name);
LLVMValueRef kc_ic_get(LowerCtx *c, LLVMValueRef obj, KcStr name);
void kc_ic_set(LowerCtx *c, LLVMValueRef obj, KcStr name, LLVMValueRef val);
LLVMValueRef kc_global_get(LowerCtx *c, KcStr name, bool typeof_ctx);
void kc_global_set(LowerCtx *c, KcStr name, LLVMValueRef val);
LLVMValueRef kc_elem_get(LowerCtx *c, LLVMValueRef obj, KcVal key);
void kc_elem_set(LowerCtx *c, LLVMValueRef obj, KcVal key, LLVMValueRef val);

/* lower_expr.c */
KcVal kc_lower_expr(LowerCtx *c, const Node *n);
LLVMValueRef kc_lower_boxed(LowerCtx *c, const Node *n);
LLVMValueRef kc_lower_cond(LowerCtx *c, const Node *n);
LLVMValueRef kc_to_bool(LowerCtx *c, KcVal v);
LLVMValueRef kc_lower_closure(LowerCtx *c, const Node *fn, KcStr name_hint);
/* lower_func.c: Annex B.3.3 in eval code, the var of a block function */
void kc_eval_var_assign(LowerCtx *c, Binding *g, LLVMValueRef v);
LLVMValueRef kc_binding_read(LowerCtx *c, Binding *b, bool tdz_check, const Node *at);
void kc_binding_init(LowerCtx *c, Binding *b, LLVMValueRef v);
void kc_binding_write(LowerCtx *c, Binding *b, LLVMValueRef v, bool tdz_check, const Node *at);
void kc_assign_pattern(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare);
/* The same for a value that came from expression text [src] (V8 names it in
 * "Cannot destructure property 'a' of 'src'"); KC_DSTR_NESTED for a pattern
 * inside a pattern, whose value has no name of its own. */
void kc_assign_pattern_src(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare, const char *src);
#define KC_DSTR_NESTED "\x01"
/* [e] rendered as V8's messages print a source expression. */
const char *kc_dstr_source(LowerCtx *c, const Node *e);
/* GetIterator(v) of the value of [site] (NULL: a value with no expression of
 * its own, which V8 names by its type), throwing V8's TypeError for it. */
LLVMValueRef kc_get_iterator(LowerCtx *c, LLVMValueRef v, const Node *site);
/* A declaration's destructuring `const [a] = init`: V8 names [init]. */
void kc_assign_decl_pattern(LowerCtx *c, const Node *pat, LLVMValueRef v, bool declare, const Node *init);
LLVMValueRef kc_cur_env(LowerCtx *c);
void kc_module_globals_define(LowerCtx *c);

LLVMValueRef kc_build_array(LowerCtx *c, const NodeList *els);
LLVMValueRef kc_build_argv(LowerCtx *c, const NodeList *args);
LLVMValueRef kc_prop_key_value(LowerCtx *c, const Node *key, bool computed);
LLVMValueRef kc_lower_value_named(LowerCtx *c, const Node *v, KcStr name);

/* lower_class.c */
LLVMValueRef kc_lower_class(LowerCtx *c, const Node *n, KcStr name_hint);
LLVMValueRef kc_lower_this(LowerCtx *c, Binding *b, const Node *at);
KcVal kc_lower_super_call(LowerCtx *c, const Node *n);
LLVMValueRef kc_lower_super_member(LowerCtx *c, const Node *n, LLVMValueRef *this_out);
LLVMValueRef kc_lower_super_ref(LowerCtx *c, const Node *n, LLVMValueRef *home, LLVMValueRef *key);
void kc_set_home_object(LowerCtx *c, LLVMValueRef fn, LLVMValueRef home);
void kc_class_ctor_check(LowerCtx *c);
void kc_class_ctor_prologue(LowerCtx *c);
void kc_class_ctor_return(LowerCtx *c);
void kc_class_init_fields(LowerCtx *c);
LLVMValueRef kc_class_field_value(LowerCtx *c, const Node *field);
LLVMValueRef kc_name_by_key(LowerCtx *c, const Node *init, bool runtime_key, LLVMValueRef v, LLVMValueRef key);

/* lower_stmt.c */
void kc_lower_stmt(LowerCtx *c, const Node *n);
void kc_lower_stmts(LowerCtx *c, const NodeList *l);
void kc_scope_enter(LowerCtx *c, Scope *s);
void kc_route_return(LowerCtx *c, LLVMValueRef v);

/* lower_func.c */
void kc_func_declare(LowerCtx *c, FuncInfo *fi);
void kc_func_lower_all(LowerCtx *c);
LLVMValueRef kc_func_info_global(LowerCtx *c, FuncInfo *fi);
bool kc_lower_module_entry(LowerCtx *c, const Node *program);

/* lower_gen.c */
void kc_gen_prologue(LowerCtx *c);
void kc_gen_emit_returns(LowerCtx *c);
KcVal kc_lower_yield(LowerCtx *c, const Node *n);
void kc_async_prologue(LowerCtx *c);
void kc_gen_started(LowerCtx *c);
void kc_module_async_prologue(LowerCtx *c);
KcVal kc_lower_await(LowerCtx *c, const Node *n);
/* Await(v) at the current point: the awaited value; a rejection is thrown
 * to the innermost handler. */
LLVMValueRef kc_await_value(LowerCtx *c, LLVMValueRef v);
/* Await(v) whose outcome is left in the state (rt_async_sent / mode). */
void kc_await_raw(LowerCtx *c, LLVMValueRef v);

/* lower_debug.c */
void kc_debug_init(LowerCtx *c);
void kc_debug_function(LowerCtx *c, FuncInfo *fi, LLVMValueRef fn);
void kc_debug_loc(LowerCtx *c, const Node *n);
void kc_debug_finish(LowerCtx *c);

#endif
