/* lower_class.c — class definitions, super(...), super.x and derived `this`.
 *
 * A class evaluates as in ClassDefinitionEvaluation: its scope (holding the
 * inner, const-like binding of the class name, in TDZ until the end) is
 * entered, the heritage is evaluated, rt_new_class creates the constructor
 * (with JS_FUNC_CLASS_CONSTRUCTOR, so calling it without `new` throws, and
 * JS_FUNC_DERIVED when there is an `extends`) and links both prototype
 * chains, then each method is created in source order (computed keys are
 * evaluated there), gets its home object (the prototype, or the
 * constructor for static methods) and is defined non-enumerable. Computed
 * field keys are evaluated in that same pass. Then, with the class binding
 * initialised, the static fields and static blocks run in order, each as a
 * synthetic method (resolve's element_function) called with this = the
 * constructor, whose home object is the constructor. Instance fields are
 * lowered into the constructor (init_fields); a computed instance key
 * reaches it through a hidden binding of the class scope.
 *
 * A derived constructor is entered with this = JS_EMPTY (see value.h): its
 * `this` binding stays empty, which is the TDZ of `this`, until super(...)
 * stores the object that rt_super_call constructed. Every read of that
 * binding checks for JS_EMPTY; the return path (kc_class_ctor_return)
 * implements [[Construct]]'s result rules for derived constructors.
 *
 * `super.x` reads callee->home_object, which closures of methods get when
 * they are created; an arrow function inside a method copies its creator's
 * home object (kc_lower_closure), so it reaches the same one. Code without
 * classes pays nothing for any of this.
 */
#include <stdio.h>
#include <string.h>

#include "lower_internal.h"

/* property attributes (runtime.h) */
enum { PROP_WRITABLE = 0x01, PROP_CONFIGURABLE = 0x04 };

static const char MSG_THIS_TDZ[] =
    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor";

void kc_set_home_object(LowerCtx *c, LLVMValueRef fn, LLVMValueRef home) {
  LLVMValueRef p = LLVMBuildIntToPtr(c->b, fn, c->t_ptr, "fn.ptr");
  kc_ll_store(c, home, kc_ll_gep(c, p, offsetof(JSFunction, home_object)));
}

/* if [cond] throw a new ReferenceError or TypeError [msg] (through the handler) */
static void throw_if(LowerCtx *c, LLVMValueRef cond, bool reference, const char *msg, const Node *at) {
  LLVMBasicBlockRef bad = kc_ll_block_new(c, "class.throw");
  LLVMBasicBlockRef ok = kc_ll_block_new(c, "class.ok");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, cond, false), bad, ok);
  kc_ll_position(c, bad);
  if (at) kc_ll_site(c, at);
  LLVMValueRef m = kc_ll_cstring(c, msg, strlen(msg) + 1, "msg");
  kc_ll_call_rt(c, reference ? RT_rt_throw_reference_error : RT_rt_throw_type_error, &m, 1);
  kc_ll_throw_pending(c);
  LLVMDeleteBasicBlock(LLVMGetInsertBlock(c->b));
  kc_ll_position(c, ok);
}

static LLVMValueRef is_empty(LowerCtx *c, LLVMValueRef v) {
  return LLVMBuildICmp(c->b, LLVMIntEQ, v, kc_ll_i64(c, JS_EMPTY), "this.empty");
}

LLVMValueRef kc_lower_this(LowerCtx *c, Binding *b, const Node *at) {
  LLVMValueRef v = kc_binding_read(c, b, false, at);
  if (b->kind == BIND_THIS && b->scope->func->derived) throw_if(c, is_empty(c, v), true, MSG_THIS_TDZ, at);
  return v;
}

static bool has_spread(const NodeList *args) {
  for (int i = 0; i < args->count; i++)
    if (args->items[i] && args->items[i]->kind == NODE_SpreadElement) return true;
  return false;
}

static bool instance_field(const Node *m) {
  return m && m->kind == NODE_PropertyDefinition && !m->method.is_static;
}

static bool is_private(const Node *m) {
  return m && m->kind != NODE_StaticBlock && m->method.key->kind == NODE_PrivateIdentifier;
}

/* A private method or accessor that is the first element of its class
 * with its name (a getter and a setter share one name and one brand). */
static bool first_private_method(const NodeList *body, int i) {
  const Node *m = body->items[i];
  if (!is_private(m) || m->kind != NODE_MethodDefinition) return false;
  KcStr nm = m->method.key->ident.name;
  for (int j = 0; j < i; j++) {
    const Node *o = body->items[j];
    if (is_private(o) && o->method.key->ident.name.len == nm.len && !memcmp(o->method.key->ident.name.ptr, nm.ptr, nm.len))
      return false;
  }
  return true;
}

/* The private name of element [m], read where the element is defined. */
static LLVMValueRef private_key(LowerCtx *c, const Node *m) {
  Ref *ref = kc_ptrmap_get(&c->res->refs, m);
  return kc_binding_read(c, ref->b, false, m);
}

static KcStr plain_key_name(const Node *key) {
  if (key->kind == NODE_Identifier) return key->ident.name;
  if (key->kind == NODE_Literal && key->literal.lit == KC_LIT_STRING) return key->literal.string;
  return (KcStr){NULL, 0};
}

/* NamedEvaluation with a key known only at run time: an anonymous function
 * or class [v] (the value of [init]) gets the name of [key]. */
LLVMValueRef kc_name_by_key(LowerCtx *c, const Node *init, bool runtime_key, LLVMValueRef v, LLVMValueRef key) {
  if (!init || !runtime_key) return v;
  bool anon = ((init->kind == NODE_FunctionExpression || init->kind == NODE_ArrowFunctionExpression) &&
               !init->function.id) ||
              (init->kind == NODE_ClassExpression && !init->class_.id);
  if (!anon) return v;
  LLVMValueRef a[3] = {v, key, kc_ll_i32(c, 0)};
  return kc_ll_call_rt_checked(c, RT_rt_set_function_name, a, 3);
}

/* The value of a field's initialiser (undefined without one); an anonymous
 * function or class gets the field's name. */
LLVMValueRef kc_class_field_value(LowerCtx *c, const Node *m) {
  if (!m->method.value) return kc_ll_undef(c);
  KcStr nm = m->method.computed ? (KcStr){NULL, 0} : plain_key_name(m->method.key);
  if (m->method.key->kind == NODE_PrivateIdentifier) nm = ((Ref *)kc_ptrmap_get(&c->res->refs, m))->b->name;
  return kc_lower_value_named(c, m->method.value, nm);
}

/* The key of a field: a literal, or the hidden binding where the class
 * definition left its computed value (see visit_class). */
static LLVMValueRef field_key(LowerCtx *c, const Node *m) {
  if (!m->method.computed) return kc_prop_key_value(c, m->method.key, false);
  Ref *ref = kc_ptrmap_get(&c->res->refs, m);
  return kc_binding_read(c, ref->b, false, m);
}

/* InitializeInstanceElements: the instance fields, in order, on `this`
 * (right at the start of a base constructor, after super() in a derived
 * one). */
static void init_fields(LowerCtx *c) {
  FnState *f = c->f;
  FuncInfo *fi = f->fi;
  if (!fi->class_node || !fi->this_b) return;
  const NodeList *body = &fi->class_node->class_.body->block.body;
  Scope *saved = f->scope;
  f->scope = fi->scope;
  /* the brands of the private methods first, then the fields in order */
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!first_private_method(body, i) || m->method.is_static) continue;
    LLVMValueRef args[2] = {kc_binding_read(c, fi->this_b, false, m), private_key(c, m)};
    kc_ll_site(c, m);
    kc_ll_call_rt_checked(c, RT_rt_private_brand, args, 2);
  }
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!instance_field(m)) continue;
    bool priv = is_private(m);
    LLVMValueRef key = priv ? private_key(c, m) : field_key(c, m);
    LLVMValueRef val = kc_class_field_value(c, m);
    val = kc_name_by_key(c, m->method.value, m->method.computed || !plain_key_name(m->method.key).ptr, val, key);
    LLVMValueRef thisv = kc_binding_read(c, fi->this_b, false, m);
    kc_ll_site(c, m);
    if (priv) {
      LLVMValueRef args[3] = {thisv, key, val};
      kc_ll_call_rt_checked(c, RT_rt_private_define, args, 3);
    } else {
      LLVMValueRef args[4] = {thisv, key, val, kc_ll_i32(c, 0x07)};
      kc_ll_call_rt_checked(c, RT_rt_define_prop_flags, args, 4);
    }
  }
  f->scope = saved;
}

/* Stores the result of super(...) in the derived constructor's `this`. */
static void bind_this(LowerCtx *c, LLVMValueRef obj, const Node *at) {
  Binding *tb = c->f->fi->this_b;
  LLVMValueRef cur = kc_binding_read(c, tb, false, at);
  LLVMValueRef bound = LLVMBuildICmp(c->b, LLVMIntNE, cur, kc_ll_i64(c, JS_EMPTY), "this.bound");
  throw_if(c, bound, true, "Super constructor may only be called once", at);
  kc_binding_init(c, tb, obj);
  init_fields(c);
}

KcVal kc_lower_super_call(LowerCtx *c, const Node *n) {
  FnState *f = c->f;
  FuncInfo *fi = f->fi;
  if (fi->is_arrow || !fi->derived || f->mode != FN_GENERIC || !fi->this_b) {
    kc_lower_unsupported(c, n, "super() in arrow functions");
    return kc_boxed(kc_ll_undef(c));
  }
  LLVMValueRef active = LLVMBuildPtrToInt(c->b, f->callee, c->t_i64, "active");
  LLVMValueRef nt = LLVMGetParam(f->fn, 4);
  LLVMValueRef r;
  if (has_spread(&n->call.arguments)) {
    LLVMValueRef arr = kc_build_array(c, &n->call.arguments);
    kc_ll_site(c, n);
    LLVMValueRef args[3] = {active, nt, arr};
    r = kc_ll_call_rt_checked(c, RT_rt_super_call_array, args, 3);
  } else {
    LLVMValueRef argv = kc_build_argv(c, &n->call.arguments);
    kc_ll_site(c, n);
    LLVMValueRef args[4] = {active, nt, kc_ll_i32(c, n->call.arguments.count), argv};
    r = kc_ll_call_rt_checked(c, RT_rt_super_call, args, 4);
  }
  bind_this(c, r, n);
  return kc_boxed(r);
}

/* super.x / super[k] as a reference: the receiver (`this`, which must be
 * bound), the home object and the property key, evaluated in that order. */
LLVMValueRef kc_lower_super_ref(LowerCtx *c, const Node *n, LLVMValueRef *home, LLVMValueRef *key) {
  FnState *f = c->f;
  if (!f->callee || n->member.property->kind == NODE_PrivateIdentifier) {
    kc_lower_unsupported(c, n, "super here");
    return NULL;
  }
  Ref *ref = kc_ptrmap_get(&c->res->refs, n->member.object);
  LLVMValueRef thisv = ref && ref->b ? kc_lower_this(c, ref->b, n) : kc_ll_undef(c);
  *home = kc_ll_load(c, c->t_i64, kc_ll_gep(c, f->callee, offsetof(JSFunction, home_object)), "home");
  *key = kc_prop_key_value(c, n->member.property, n->member.computed);
  return thisv;
}

LLVMValueRef kc_lower_super_member(LowerCtx *c, const Node *n, LLVMValueRef *this_out) {
  LLVMValueRef home, key;
  LLVMValueRef thisv = kc_lower_super_ref(c, n, &home, &key);
  if (!thisv) return kc_ll_undef(c);
  kc_ll_site(c, n->member.computed ? n : n->member.property);
  LLVMValueRef args[3] = {home, key, thisv};
  LLVMValueRef r = kc_ll_call_rt_checked(c, RT_rt_get_super, args, 3);
  if (this_out) *this_out = thisv;
  return r;
}

/* The fast call path in compiled code jumps to the code without looking at
 * the flags, so a class constructor checks itself that it was constructed. */
void kc_class_ctor_check(LowerCtx *c) {
  FnState *f = c->f;
  if (f->mode != FN_GENERIC) return;
  LLVMValueRef nt = LLVMGetParam(f->fn, 4);
  char msg[160];
  KcStr nm = f->fi->name;
  snprintf(msg, sizeof msg, "Class constructor %.*s cannot be invoked without 'new'", (int)(nm.len < 100 ? nm.len : 100),
           nm.ptr ? nm.ptr : "");
  throw_if(c, LLVMBuildICmp(c->b, LLVMIntEQ, nt, kc_ll_undef(c), "called"), false, msg, NULL);
}

void kc_class_ctor_prologue(LowerCtx *c) {
  FnState *f = c->f;
  FuncInfo *fi = f->fi;
  if (f->mode != FN_GENERIC) return;
  if (!fi->derived) {
    init_fields(c);
    return;
  }
  if (!fi->default_ctor) return;
  /* constructor(...args) { super(...args); }, without touching the array iterator */
  LLVMValueRef args[4] = {LLVMBuildPtrToInt(c->b, f->callee, c->t_i64, "active"), LLVMGetParam(f->fn, 4), f->argc,
                          f->argv};
  kc_ll_site(c, fi->node);
  LLVMValueRef r = kc_ll_call_rt_checked(c, RT_rt_super_call, args, 4);
  kc_binding_init(c, fi->this_b, r);
  init_fields(c);
}

/* At the top of the return block of a derived constructor: an object is
 * returned as is; undefined becomes `this` (which must be bound); anything
 * else is a TypeError. Throws leave through return.exc. */
void kc_class_ctor_return(LowerCtx *c) {
  FnState *f = c->f;
  FuncInfo *fi = f->fi;
  f->scope = fi->scope;
  f->handler = NULL;
  LLVMValueRef v = kc_ll_load(c, c->t_i64, f->retval, "ret.v");
  LLVMBasicBlockRef cell = kc_ll_block_new(c, "ret.cell");
  LLVMBasicBlockRef prim = kc_ll_block_new(c, "ret.prim");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "ret.done");
  LLVMBuildCondBr(c->b, kc_ll_is_cell(c, v), cell, prim);
  kc_ll_position(c, cell);
  LLVMValueRef kind = kc_ll_load(c, c->t_i8, LLVMBuildIntToPtr(c->b, v, c->t_ptr, ""), "kind");
  LLVMValueRef isobj = LLVMBuildICmp(c->b, LLVMIntUGE, kind, LLVMConstInt(c->t_i8, JS_CELL_FIRST_OBJECT, false), "");
  LLVMBuildCondBr(c->b, isobj, done, prim);
  kc_ll_position(c, prim);
  LLVMValueRef undef = LLVMBuildICmp(c->b, LLVMIntEQ, v, kc_ll_undef(c), "");
  LLVMValueRef nonundef = LLVMBuildNot(c->b, undef, "");
  throw_if(c, nonundef, false, "Derived constructors may only return object or undefined", NULL);
  LLVMValueRef t = kc_binding_read(c, fi->this_b, false, NULL);
  throw_if(c, is_empty(c, t), true, MSG_THIS_TDZ, NULL);
  kc_ll_store(c, t, f->retval);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
}

/* A private method or accessor: its function goes into its private name
 * (rt_private_set_method); instances get the brand in init_fields. */
static void define_private_method(LowerCtx *c, const Node *m, LLVMValueRef target) {
  KcStr nm = ((Ref *)kc_ptrmap_get(&c->res->refs, m))->b->name;
  bool accessor = m->method.kind == KC_METHOD_GET || m->method.kind == KC_METHOD_SET;
  LLVMValueRef fn = kc_lower_closure(c, m->method.value, accessor ? (KcStr){NULL, 0} : nm);
  kc_set_home_object(c, fn, target);
  if (accessor) {
    LLVMValueRef a[3] = {fn, kc_ll_string_value(c, nm.ptr, nm.len), kc_ll_i32(c, m->method.kind == KC_METHOD_GET ? 1 : 2)};
    kc_ll_call_rt_checked(c, RT_rt_set_function_name, a, 3);
  }
  int kind = m->method.kind == KC_METHOD_GET ? 1 : m->method.kind == KC_METHOD_SET ? 2 : 0;
  LLVMValueRef args[4] = {private_key(c, m), fn, kc_ll_i32(c, kind), kc_ll_i32(c, m->method.is_static)};
  kc_ll_call_rt_checked(c, RT_rt_private_set_method, args, 4);
}

static void define_method(LowerCtx *c, const Node *m, LLVMValueRef target) {
  if (is_private(m)) {
    define_private_method(c, m, target);
    return;
  }
  const Node *key = m->method.key;
  LLVMValueRef k = kc_prop_key_value(c, key, m->method.computed);
  KcStr name = {NULL, 0};
  if (!m->method.computed && key->kind == NODE_Identifier) name = key->ident.name;
  else if (!m->method.computed && key->kind == NODE_Literal && key->literal.lit == KC_LIT_STRING)
    name = key->literal.string;
  bool accessor = m->method.kind == KC_METHOD_GET || m->method.kind == KC_METHOD_SET;
  LLVMValueRef fn = kc_lower_closure(c, m->method.value, accessor ? (KcStr){NULL, 0} : name);
  kc_set_home_object(c, fn, target);
  if (!accessor && !name.ptr) { /* a computed or numeric key: named at run time */
    LLVMValueRef a[3] = {fn, k, kc_ll_i32(c, 0)};
    kc_ll_call_rt_checked(c, RT_rt_set_function_name, a, 3);
  }
  if (!accessor) {
    LLVMValueRef args[4] = {target, k, fn, kc_ll_i32(c, PROP_WRITABLE | PROP_CONFIGURABLE)};
    kc_ll_call_rt_checked(c, RT_rt_define_prop_flags, args, 4);
  } else {
    bool get = m->method.kind == KC_METHOD_GET;
    LLVMValueRef args[5] = {target, k, get ? fn : kc_ll_undef(c), get ? kc_ll_undef(c) : fn,
                            kc_ll_i32(c, PROP_CONFIGURABLE)};
    kc_ll_call_rt_checked(c, RT_rt_define_accessor_flags, args, 5);
  }
}

/* Calls the synthetic method of a static element with this = ctor. */
static LLVMValueRef run_element(LowerCtx *c, const Node *m, LLVMValueRef ctor) {
  FuncInfo *ef = kc_ptrmap_get(&c->res->elements, m);
  LLVMValueRef fn = kc_lower_closure(c, ef->node, (KcStr){NULL, 0});
  if (ef->uses_super) kc_set_home_object(c, fn, ctor);
  kc_ll_site(c, m);
  LLVMValueRef args[5] = {fn, ctor, kc_ll_i32(c, 0), LLVMConstNull(c->t_ptr), LLVMConstNull(c->t_ptr)};
  return kc_ll_call_rt_checked(c, RT_rt_call, args, 5);
}

LLVMValueRef kc_lower_class(LowerCtx *c, const Node *n, KcStr name_hint) {
  const NodeList *body = &n->class_.body->block.body;
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!m || m->kind == NODE_StaticBlock) continue;
    if (m->kind == NODE_MethodDefinition && m->method.value->function.is_async) {
      kc_lower_unsupported(c, m, "async functions");
      return kc_ll_undef(c);
    }
  }
  FnState *f = c->f;
  Scope *saved = f->scope;
  Scope *s = kc_ptrmap_get(&c->res->scopes, n);
  FuncInfo *cf = kc_ptrmap_get(&c->res->classes, n);
  if (!s || !cf) {
    kc_lower_unsupported(c, n, "this class");
    return kc_ll_undef(c);
  }
  kc_scope_enter(c, s);
  /* a fresh private name per #x for this evaluation of the class */
  KcStr cname = cf->name.ptr ? cf->name : name_hint;
  LLVMValueRef cname_v = cname.ptr ? kc_ll_string_value(c, cname.ptr, cname.len) : kc_ll_undef(c);
  for (int i = 0; i < s->nbind; i++) {
    Binding *b = s->bindings[i];
    if (!b->name.len || b->name.ptr[0] != '#') continue;
    LLVMValueRef args[2] = {kc_ll_string_value(c, b->name.ptr, b->name.len), cname_v};
    kc_binding_init(c, b, kc_ll_call_rt_checked(c, RT_rt_new_private_name, args, 2));
  }
  LLVMValueRef parent = kc_ll_undef(c);
  if (n->class_.super_class) parent = kc_lower_boxed(c, n->class_.super_class);
  if (!cf->name.ptr && name_hint.ptr) cf->name = name_hint;
  kc_func_declare(c, cf);
  kc_ll_site(c, n->class_.super_class ? n->class_.super_class : n);
  LLVMValueRef args[5] = {cf->generic_fn, kc_cur_env(c), kc_func_info_global(c, cf), parent,
                          kc_ll_i32(c, n->class_.super_class != NULL)};
  LLVMValueRef ctor = kc_ll_call_rt_checked(c, RT_rt_new_class, args, 5);
  LLVMValueRef proto = kc_ic_get(c, ctor, (KcStr){"prototype", 9});
  if (cf->uses_super) kc_set_home_object(c, ctor, proto);
  /* ClassElementEvaluation in order: methods are defined and every
   * computed key (of methods and fields) is evaluated here; static fields
   * and blocks run afterwards, in order, with the class binding set */
  LLVMValueRef *static_keys = kc_arena_alloc(c->res->arena, sizeof *static_keys * (size_t)(body->count + 1));
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!m || m->kind == NODE_StaticBlock) continue;
    if (m->kind == NODE_MethodDefinition) {
      if (m->method.kind == KC_METHOD_CONSTRUCTOR && !m->method.is_static) continue;
      define_method(c, m, m->method.is_static ? ctor : proto);
      continue;
    }
    if (is_private(m)) continue;
    if (m->method.is_static) {
      static_keys[i] = kc_prop_key_value(c, m->method.key, m->method.computed);
    } else if (m->method.computed) {
      LLVMValueRef k = kc_prop_key_value(c, m->method.key, true);
      Ref *ref = kc_ptrmap_get(&c->res->refs, m);
      kc_binding_init(c, ref->b, k);
    }
  }
  if (n->class_.id) {
    Binding *inner = kc_scope_find_local(s, n->class_.id->ident.name.ptr, n->class_.id->ident.name.len);
    if (inner) kc_binding_init(c, inner, ctor);
  }
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!m || m->kind == NODE_StaticBlock || !m->method.is_static || !first_private_method(body, i)) continue;
    LLVMValueRef args[2] = {ctor, private_key(c, m)};
    kc_ll_call_rt_checked(c, RT_rt_private_brand, args, 2);
  }
  for (int i = 0; i < body->count; i++) {
    const Node *m = body->items[i];
    if (!m) continue;
    if (m->kind == NODE_StaticBlock) {
      run_element(c, m, ctor);
    } else if (m->kind == NODE_PropertyDefinition && m->method.is_static) {
      LLVMValueRef v = m->method.value ? run_element(c, m, ctor) : kc_ll_undef(c);
      if (!is_private(m))
        v = kc_name_by_key(c, m->method.value, m->method.computed || !plain_key_name(m->method.key).ptr, v,
                           static_keys[i]);
      kc_ll_site(c, m);
      if (is_private(m)) {
        LLVMValueRef pargs[3] = {ctor, private_key(c, m), v};
        kc_ll_call_rt_checked(c, RT_rt_private_define, pargs, 3);
      } else {
        LLVMValueRef dargs[4] = {ctor, static_keys[i], v, kc_ll_i32(c, 0x07)};
        kc_ll_call_rt_checked(c, RT_rt_define_prop_flags, dargs, 4);
      }
    }
  }
  f->scope = saved;
  return ctor;
}
