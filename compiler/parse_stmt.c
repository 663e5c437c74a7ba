/* parse_stmt.c — statements, declarations, functions and classes, and the
 * program's top level with its directive prologue.
 *
 * `context` in parse_statement says where a statement stands when it is not
 * in a statement list: CTX_IF, CTX_LABEL, CTX_LOOP... In such positions
 * declarations are not allowed (except, in sloppy code, a plain function
 * declaration as the body of an if or a label, per annex B as acorn does).
 */
#include <string.h>

#include "parser_internal.h"

enum { CTX_NONE = 0, CTX_IF = 1, CTX_LABEL = 2, CTX_LOOP = 4, CTX_WITH = 8 };

/* parse_function `statement` bits */
enum { FUNC_STATEMENT = 1, FUNC_HANGING = 2, FUNC_NULLABLE_ID = 4 };

static Node *parse_paren_expression(Parser *p) {
  SourceLoc open = p->tok.loc;
  p_expect(p, TOK_LPAREN);
  Node *e = parse_expression(p, NULL);
  p_expect_close(p, TOK_RPAREN, open);
  return e;
}

/* Is `let` at the current token the start of a lexical declaration? */
bool is_let_declaration(Parser *p, bool in_context) {
  if (!p_is_kw(p, KW_LET)) return false;
  Token t = p_peek(p);
  if (t.kind == TOK_LBRACKET) return true;
  if (in_context) return false;
  if (t.kind == TOK_LBRACE) return true;
  if (t.kind == TOK_NAME) {
    if (!t.escaped && (t.kw == KW_IN || t.kw == KW_INSTANCEOF)) return false;
    return true;
  }
  return false;
}

static bool is_async_function(Parser *p) {
  if (!p_is_kw(p, KW_ASYNC)) return false;
  Token t = p_peek(p);
  return t.kind == TOK_NAME && t.kw == KW_FUNCTION && !t.escaped && !t.nl_before;
}

Node *parse_var_statement_decls(Parser *p, Node *n, KcVarKind kind, bool is_for) {
  n->var_decl.kind = kind;
  int mark = p->sp;
  for (;;) {
    Node *d = p_node(p, NODE_VariableDeclarator, p->tok.loc);
    d->declarator.id = parse_binding_atom(p);
    check_lval_pattern(p, d->declarator.id, kind == KC_VAR_VAR ? BIND_VAR : BIND_LEXICAL);
    if (p_eat(p, TOK_ASSIGN)) {
      d->declarator.init = parse_assign(p, NULL, is_for);
    } else if (kind == KC_VAR_CONST && !(p_is_kw(p, KW_IN) || p_is_kw(p, KW_OF))) {
      p_error(p, d->declarator.id->loc, "missing initializer in const declaration");
    } else if (d->declarator.id->kind != NODE_Identifier &&
               !(is_for && (p_is_kw(p, KW_IN) || p_is_kw(p, KW_OF)))) {
      p_error(p, p->prev, "complex binding patterns require an initialization value");
    }
    p_push(p, p_finish(p, d));
    if (!p_eat(p, TOK_COMMA)) break;
  }
  n->var_decl.declarations = p_pop_list(p, mark);
  return n;
}

static Node *parse_statement_list_item(Parser *p);

Node *parse_block(Parser *p, bool create_scope) {
  SourceLoc open = p->tok.loc;
  Node *n = p_node(p, NODE_BlockStatement, open);
  p_expect(p, TOK_LBRACE);
  if (create_scope) scope_enter(p, 0);
  int mark = p->sp;
  while (!p_is(p, TOK_RBRACE)) {
    if (p_is(p, TOK_EOF)) p_expect_close(p, TOK_RBRACE, open);
    p_push(p, parse_statement(p, CTX_NONE, NULL));
  }
  n->block.body = p_pop_list(p, mark);
  p_next(p);
  if (create_scope) scope_exit(p);
  return p_finish(p, n);
}

/* Marks the directive prologue of [body] (ESTree `directive`). */
static void adapt_directive_prologue(Parser *p, NodeList body) {
  for (int i = 0; i < body.count; i++) {
    Node *s = body.items[i];
    if (s->kind != NODE_ExpressionStatement) break;
    Node *e = s->expr_stmt.expression;
    if (e->kind != NODE_Literal || e->literal.lit != KC_LIT_STRING) break;
    char c = p->src->text[s->loc.offset];
    if (c != '"' && c != '\'') break;
    s->expr_stmt.directive.ptr =
        kc_arena_strndup(p->arena, e->literal.raw.ptr + 1, e->literal.raw.len - 2);
    s->expr_stmt.directive.len = e->literal.raw.len - 2;
  }
}

/* Looks ahead through the directive prologue starting at the current token
 * for "use strict" (as written, without escapes). */
static bool strict_directive_ahead(Parser *p) {
  KcLexer saved = p->lx;
  Token t = p->tok;
  bool found = false;
  for (;;) {
    if (t.kind != TOK_STRING) break;
    Token t2;
    kc_lex_next(&p->lx, &t2);
    const char *raw = p->src->text + t.loc.offset;
    if (t.loc.length == 12 && (memcmp(raw, "'use strict'", 12) == 0 || memcmp(raw, "\"use strict\"", 12) == 0)) {
      switch (t2.kind) {
      case TOK_SEMI: case TOK_RBRACE: found = true; break;
      case TOK_EOF: found = t2.nl_before; break;
      case TOK_LPAREN: case TOK_TEMPLATE: case TOK_DOT: case TOK_LBRACKET: case TOK_PLUS:
      case TOK_MINUS: case TOK_SLASH: case TOK_SLASH_ASSIGN: case TOK_STAR: case TOK_PERCENT:
      case TOK_LT: case TOK_GT: case TOK_ASSIGN: case TOK_COMMA: case TOK_QUESTION: case TOK_CARET:
      case TOK_AMP: case TOK_NE: case TOK_SNE: case TOK_LE: case TOK_GE: case TOK_EQ: case TOK_SEQ:
      case TOK_PIPE: case TOK_AND: case TOK_OR: case TOK_NULLISH: case TOK_QDOT: case TOK_STARSTAR:
      case TOK_SHL: case TOK_SAR: case TOK_SHR: case TOK_ARROW:
        found = false; break;
      default: found = t2.nl_before; break;
      }
      break;
    }
    if (t2.kind == TOK_SEMI) kc_lex_next(&p->lx, &t);
    else if (t2.nl_before || t2.kind == TOK_RBRACE) t = t2;
    else break;
  }
  char *buf = p->lx.buf;
  uint32_t cap = p->lx.buf_cap;
  p->lx = saved;
  p->lx.buf = buf;
  p->lx.buf_cap = cap;
  return found;
}

static bool is_simple_param_list(NodeList params) {
  for (int i = 0; i < params.count; i++)
    if (params.items[i]->kind != NODE_Identifier) return false;
  return true;
}

void parse_function_body(Parser *p, Node *fn, bool is_arrow, bool is_method, bool fi) {
  bool is_expression = is_arrow && !p_is(p, TOK_LBRACE);
  bool old_strict = p->strict, use_strict = false;
  if (is_expression) {
    fn->function.body = parse_assign(p, NULL, fi);
    fn->function.is_expression = true;
    check_params(p, fn, false);
  } else {
    bool non_simple = !is_simple_param_list(fn->function.params);
    if (p_is(p, TOK_LBRACE) && (!old_strict || non_simple)) {
      /* the token after '{' begins the prologue */
      KcLexer saved = p->lx;
      Token brace = p->tok;
      kc_lex_next(&p->lx, &p->tok);
      use_strict = strict_directive_ahead(p);
      char *buf = p->lx.buf;
      uint32_t cap = p->lx.buf_cap;
      p->lx = saved;
      p->lx.buf = buf;
      p->lx.buf_cap = cap;
      p->tok = brace;
      if (use_strict && non_simple)
        p_error(p, fn->loc, "illegal 'use strict' directive in function with non-simple parameter list");
    }
    /* labels do not cross function boundaries: hide them */
    int old_base = p->label_base;
    p->label_base = p->nlabels;
    if (use_strict) p->strict = true;
    check_params(p, fn, !old_strict && !use_strict && !is_arrow && !is_method &&
                            is_simple_param_list(fn->function.params));
    if (p->strict && fn->function.id) check_lval_simple(p, fn->function.id, BIND_OUTSIDE, NULL);
    fn->function.body = parse_block(p, false);
    fn->function.is_expression = false;
    adapt_directive_prologue(p, fn->function.body->block.body);
    p->label_base = old_base;
  }
  if (p->strict) fn->flags |= NODE_FLAG_STRICT;
  if (is_simple_param_list(fn->function.params)) fn->flags |= NODE_FLAG_SIMPLE_PARAMS;
  p->strict = old_strict;
  scope_exit(p);
}

void parse_function_params(Parser *p, Node *fn) {
  SourceLoc open = p->tok.loc;
  p_expect(p, TOK_LPAREN);
  fn->function.params = parse_binding_list(p, TOK_RPAREN, false, true, open);
  check_yield_await_in_default_params(p);
}

Node *parse_function(Parser *p, SourceLoc start, int statement, bool allow_expr_body, bool is_async,
                     bool fi) {
  (void)allow_expr_body;
  Node *n = p_node(p, (statement & FUNC_STATEMENT) ? NODE_FunctionDeclaration : NODE_FunctionExpression,
                   start);
  if (p_is(p, TOK_STAR) && (statement & FUNC_HANGING)) p_unexpected(p);
  n->function.is_generator = p_eat(p, TOK_STAR);
  n->function.is_async = is_async;
  if (statement & FUNC_STATEMENT) {
    if ((statement & FUNC_NULLABLE_ID) && !p_is(p, TOK_NAME)) n->function.id = NULL;
    else n->function.id = parse_ident(p, false);
    if (n->function.id && !(statement & FUNC_HANGING)) {
      BindKind k = (p->strict || n->function.is_generator || n->function.is_async)
                       ? (treat_functions_as_var(p) ? BIND_VAR : BIND_LEXICAL)
                       : BIND_FUNCTION;
      check_lval_simple(p, n->function.id, k, NULL);
    }
  }
  uint32_t oy = p->yield_pos, oa = p->await_pos, oai = p->await_ident_pos;
  p->yield_pos = p->await_pos = p->await_ident_pos = 0;
  scope_enter(p, SCOPE_FUNCTION | (n->function.is_async ? SCOPE_ASYNC : 0) |
                     (n->function.is_generator ? SCOPE_GENERATOR : 0));
  if (!(statement & FUNC_STATEMENT)) n->function.id = p_is(p, TOK_NAME) ? parse_ident(p, false) : NULL;
  parse_function_params(p, n);
  parse_function_body(p, n, false, false, fi);
  p->yield_pos = oy;
  p->await_pos = oa;
  p->await_ident_pos = oai;
  return p_finish(p, n);
}

Node *parse_method(Parser *p, bool is_generator, bool is_async, bool allow_direct_super) {
  Node *n = p_node(p, NODE_FunctionExpression, p->tok.loc);
  uint32_t oy = p->yield_pos, oa = p->await_pos, oai = p->await_ident_pos;
  n->function.is_generator = is_generator;
  n->function.is_async = is_async;
  p->yield_pos = p->await_pos = p->await_ident_pos = 0;
  scope_enter(p, SCOPE_FUNCTION | SCOPE_SUPER | (is_async ? SCOPE_ASYNC : 0) |
                     (is_generator ? SCOPE_GENERATOR : 0) |
                     (allow_direct_super ? SCOPE_DIRECT_SUPER : 0));
  parse_function_params(p, n);
  parse_function_body(p, n, false, true, false);
  p->yield_pos = oy;
  p->await_pos = oa;
  p->await_ident_pos = oai;
  return p_finish(p, n);
}

/* ---- classes ---- */

static bool key_is(Node *el, const char *name) {
  Node *k = el->method.key;
  if (el->method.computed) return false;
  return (k->kind == NODE_Identifier && p_str_eq(k->ident.name, name)) ||
         (k->kind == NODE_Literal && k->literal.lit == KC_LIT_STRING && p_str_eq(k->literal.string, name));
}

static bool is_class_element_name_start(Parser *p) {
  switch (p->tok.kind) {
  case TOK_NAME: case TOK_PRIVATE: case TOK_NUMBER: case TOK_BIGINT: case TOK_STRING: case TOK_LBRACKET:
    return true;
  default:
    return false;
  }
}

static Node *parse_class_element(Parser *p, bool constructor_allows_super) {
  if (p_eat(p, TOK_SEMI)) return NULL;
  SourceLoc start = p->tok.loc;
  Node *n = p_node(p, NODE_MethodDefinition, start);
  const char *key_name = NULL;
  bool is_generator = false, is_async = false, is_static = false;
  KcMethodKind kind = KC_METHOD_METHOD;
  if (p_eat_kw(p, KW_STATIC)) {
    if (p_is(p, TOK_LBRACE)) {
      SourceLoc open = p->tok.loc;
      p_next(p);
      n->kind = NODE_StaticBlock;
      int old_base = p->label_base;
      p->label_base = p->nlabels;
      scope_enter(p, SCOPE_CLASS_STATIC_BLOCK | SCOPE_SUPER);
      int mark = p->sp;
      while (!p_is(p, TOK_RBRACE)) {
        if (p_is(p, TOK_EOF)) p_expect_close(p, TOK_RBRACE, open);
        p_push(p, parse_statement(p, CTX_NONE, NULL));
      }
      n->block.body = p_pop_list(p, mark);
      p_next(p);
      scope_exit(p);
      p->label_base = old_base;
      return p_finish(p, n);
    }
    if (is_class_element_name_start(p) || p_is(p, TOK_STAR)) is_static = true;
    else key_name = "static";
  }
  n->method.is_static = is_static;
  if (!key_name && p_eat_kw(p, KW_ASYNC)) {
    if ((is_class_element_name_start(p) || p_is(p, TOK_STAR)) && !p_can_insert_semicolon(p)) is_async = true;
    else key_name = "async";
  }
  if (!key_name && p_eat(p, TOK_STAR)) is_generator = true;
  if (!key_name && !is_async && !is_generator) {
    bool get = p_is_kw(p, KW_GET), set = p_is_kw(p, KW_SET);
    if (get || set) {
      p_next(p);
      if (is_class_element_name_start(p)) kind = get ? KC_METHOD_GET : KC_METHOD_SET;
      else key_name = get ? "get" : "set";
    }
  }
  if (key_name) {
    n->method.computed = false;
    Node *k = p_node(p, NODE_Identifier, p->prev);
    k->ident.name.ptr = key_name;
    k->ident.name.len = (uint32_t)strlen(key_name);
    n->method.key = k;
  } else if (p_is(p, TOK_PRIVATE)) {
    if (p_str_eq(p->tok.value, "constructor"))
      p_error(p, p->tok.loc, "classes can't have an element named '#constructor'");
    n->method.computed = false;
    Node *k = p_node(p, NODE_PrivateIdentifier, p->tok.loc);
    k->ident.name = p->tok.value;
    p_next(p);
    n->method.key = p_finish(p, k);
  } else {
    n->method.key = parse_property_name(p, n, &n->method.computed);
  }
  if (p_is(p, TOK_LPAREN) || kind != KC_METHOD_METHOD || is_generator || is_async) {
    bool is_ctor = !n->method.is_static && key_is(n, "constructor");
    bool direct_super = is_ctor && constructor_allows_super;
    if (is_ctor && kind != KC_METHOD_METHOD)
      p_error(p, n->method.key->loc, "constructor can't have get/set modifier");
    n->method.kind = is_ctor ? KC_METHOD_CONSTRUCTOR : kind;
    if (is_ctor) {
      if (is_generator) p_error(p, n->method.key->loc, "constructor can't be a generator");
      if (is_async) p_error(p, n->method.key->loc, "constructor can't be an async method");
    } else if (n->method.is_static && key_is(n, "prototype")) {
      p_error(p, n->method.key->loc, "classes may not have a static property named prototype");
    }
    Node *fn = parse_method(p, is_generator, is_async, direct_super);
    n->method.value = fn;
    if (n->method.kind == KC_METHOD_GET && fn->function.params.count != 0)
      p_error(p, fn->loc, "getter should have no params");
    if (n->method.kind == KC_METHOD_SET && fn->function.params.count != 1)
      p_error(p, fn->loc, "setter should have exactly one param");
    if (n->method.kind == KC_METHOD_SET && fn->function.params.items[0]->kind == NODE_RestElement)
      p_error(p, fn->function.params.items[0]->loc, "setter cannot use rest params");
  } else {
    n->kind = NODE_PropertyDefinition;
    if (key_is(n, "constructor"))
      p_error(p, n->method.key->loc, "classes can't have a field named 'constructor'");
    else if (n->method.is_static && key_is(n, "prototype"))
      p_error(p, n->method.key->loc, "classes can't have a static field named 'prototype'");
    if (p_eat(p, TOK_ASSIGN)) {
      scope_enter(p, SCOPE_CLASS_FIELD_INIT | SCOPE_SUPER);
      uint32_t oai = p->await_ident_pos;
      n->method.value = parse_assign(p, NULL, false);
      p->await_ident_pos = oai;
      scope_exit(p);
    }
    p_semicolon(p);
  }
  p_finish(p, n);
  if (n->method.key->kind == NODE_PrivateIdentifier) {
    int pk = 1;
    if (n->kind == NODE_MethodDefinition && n->method.kind == KC_METHOD_GET) pk = 2;
    if (n->kind == NODE_MethodDefinition && n->method.kind == KC_METHOD_SET) pk = 4;
    if (n->method.is_static) pk |= 8;
    private_declare(p, n->method.key->ident.name, n->method.key->loc, pk);
  }
  return n;
}

Node *parse_class(Parser *p, SourceLoc start, bool is_statement, bool id_optional) {
  Node *n = p_node(p, is_statement ? NODE_ClassDeclaration : NODE_ClassExpression, start);
  p_next(p);
  bool old_strict = p->strict;
  p->strict = true;
  if (p_is(p, TOK_NAME) && !(p_is_kw(p, KW_EXTENDS))) {
    n->class_.id = parse_ident(p, false);
    check_lval_simple(p, n->class_.id, is_statement ? BIND_LEXICAL : BIND_OUTSIDE, NULL);
  } else if (is_statement && !id_optional) {
    p_unexpected(p);
  }
  if (p_eat_kw(p, KW_EXTENDS)) {
    SourceLoc s = p->tok.loc;
    DestructErrors de = {0};
    (void)s;
    (void)de;
    n->class_.super_class = kc_parse_expr_subscripts(p, NULL, false);
  }
  private_enter(p);
  SourceLoc open = p->tok.loc;
  Node *body = p_node(p, NODE_ClassBody, open);
  p_expect(p, TOK_LBRACE);
  int mark = p->sp;
  bool had_ctor = false;
  while (!p_is(p, TOK_RBRACE)) {
    if (p_is(p, TOK_EOF)) p_expect_close(p, TOK_RBRACE, open);
    Node *el = parse_class_element(p, n->class_.super_class != NULL);
    if (!el) continue;
    if (el->kind == NODE_MethodDefinition && el->method.kind == KC_METHOD_CONSTRUCTOR) {
      if (had_ctor) p_error(p, el->loc, "duplicate constructor in the same class");
      had_ctor = true;
    }
    p_push(p, el);
  }
  body->block.body = p_pop_list(p, mark);
  p->strict = old_strict;
  p_next(p);
  n->class_.body = p_finish(p, body);
  private_exit(p);
  return p_finish(p, n);
}

/* ---- statements ---- */

static Node *parse_for(Parser *p, Node *n, Node *init) {
  n->kind = NODE_ForStatement;
  n->for_stmt.init = init;
  p_expect(p, TOK_SEMI);
  n->for_stmt.test = p_is(p, TOK_SEMI) ? NULL : parse_expression(p, NULL);
  p_expect(p, TOK_SEMI);
  n->for_stmt.update = p_is(p, TOK_RPAREN) ? NULL : parse_expression(p, NULL);
  p_expect(p, TOK_RPAREN);
  n->for_stmt.body = parse_statement(p, CTX_LOOP, NULL);
  scope_exit(p);
  label_pop(p);
  return p_finish(p, n);
}

static Node *parse_for_in(Parser *p, Node *n, Node *init, bool is_await) {
  bool is_in = p_is_kw(p, KW_IN);
  p_next(p);
  if (init->kind == NODE_VariableDeclaration && init->var_decl.declarations.items[0]->declarator.init &&
      (!is_in || p->strict || init->var_decl.kind != KC_VAR_VAR ||
       init->var_decl.declarations.items[0]->declarator.id->kind != NODE_Identifier))
    p_error(p, init->loc, "%s loop variable declaration may not have an initializer",
            is_in ? "for-in" : "for-of");
  n->kind = is_in ? NODE_ForInStatement : NODE_ForOfStatement;
  n->for_in.is_await = is_await;
  n->for_in.left = init;
  n->for_in.right = is_in ? parse_expression(p, NULL) : parse_assign(p, NULL, false);
  p_expect(p, TOK_RPAREN);
  n->for_in.body = parse_statement(p, CTX_LOOP, NULL);
  scope_exit(p);
  label_pop(p);
  return p_finish(p, n);
}

/* `catch (e) { for (var e of x); }` is an error although annex B lets a
 * plain `var e` redeclare a simple catch parameter. */
static void check_var_for_of_catch(Parser *p, Node *id) {
  switch (id->kind) {
  case NODE_Identifier:
    for (int i = p->nscopes - 1; i >= 0; i--) {
      Scope *s = &p->scopes[i];
      if ((s->flags & SCOPE_SIMPLE_CATCH) && s->first_lexical && s->first_lexical_len == id->ident.name.len &&
          memcmp(s->first_lexical, id->ident.name.ptr, id->ident.name.len) == 0)
        p_error(p, id->loc, "identifier '%s' has already been declared", id->ident.name.ptr);
      if (s->flags & SCOPE_VAR) break;
    }
    return;
  case NODE_ObjectPattern:
    for (int i = 0; i < id->object.properties.count; i++) {
      Node *q = id->object.properties.items[i];
      check_var_for_of_catch(p, q->kind == NODE_Property ? q->property.value : q);
    }
    return;
  case NODE_ArrayPattern:
    for (int i = 0; i < id->array.elements.count; i++)
      if (id->array.elements.items[i]) check_var_for_of_catch(p, id->array.elements.items[i]);
    return;
  case NODE_AssignmentPattern: check_var_for_of_catch(p, id->assign_pattern.left); return;
  case NODE_RestElement: check_var_for_of_catch(p, id->argument.argument); return;
  default: return;
  }
}

static Node *parse_for_statement(Parser *p, Node *n) {
  p_next(p);
  SourceLoc await_at = {0};
  bool has_await = false;
  if (can_await(p) && p_is_kw(p, KW_AWAIT)) {
    await_at = p->tok.loc;
    has_await = true;
    note_await(p);
    p_next(p);
  }
  KcStr none = {0};
  label_push(p, none, LABEL_LOOP, 0, n->loc);
  scope_enter(p, 0);
  SourceLoc open = p->tok.loc;
  p_expect(p, TOK_LPAREN);
  (void)open;
  if (p_is(p, TOK_SEMI)) {
    if (has_await) p_error(p, await_at, "unexpected 'await'");
    return parse_for(p, n, NULL);
  }
  bool is_let = is_let_declaration(p, false);
  if (p_is_kw(p, KW_VAR) || p_is_kw(p, KW_CONST) || is_let) {
    Node *init = p_node(p, NODE_VariableDeclaration, p->tok.loc);
    KcVarKind kind = is_let ? KC_VAR_LET : p_is_kw(p, KW_VAR) ? KC_VAR_VAR : KC_VAR_CONST;
    p_next(p);
    parse_var_statement_decls(p, init, kind, true);
    p_finish(p, init);
    if ((p_is_kw(p, KW_IN) || p_is_kw(p, KW_OF)) && init->var_decl.declarations.count == 1) {
      if (p_is_kw(p, KW_IN) && has_await) p_error(p, await_at, "unexpected 'await'");
      if (p_is_kw(p, KW_OF) && kind == KC_VAR_VAR)
        check_var_for_of_catch(p, init->var_decl.declarations.items[0]->declarator.id);
      return parse_for_in(p, n, init, has_await);
    }
    if (has_await) p_error(p, await_at, "unexpected 'await'");
    return parse_for(p, n, init);
  }
  bool starts_with_let = p_is_kw(p, KW_LET);
  bool contains_esc = p->tok.escaped;
  uint32_t init_pos = p->tok.loc.offset;
  DestructErrors de = {0};
  Node *init;
  if (has_await) {
    init = kc_parse_expr_subscripts(p, &de, false);
  } else {
    init = kc_parse_expression_fi(p, &de, true);
  }
  bool is_of = false;
  if (p_is_kw(p, KW_IN) || (is_of = p_is_kw(p, KW_OF))) {
    if (has_await) {
      if (p_is_kw(p, KW_IN)) p_error(p, await_at, "unexpected 'await'");
    } else if (is_of) {
      if (init->loc.offset == init_pos && !contains_esc && init->kind == NODE_Identifier &&
          p_str_eq(init->ident.name, "async") && !(init->flags & NODE_FLAG_PARENTHESIZED))
        p_error(p, init->loc, "the left-hand side of a for-of loop may not be 'async'");
    }
    if (starts_with_let && is_of)
      p_error(p, init->loc, "the left-hand side of a for-of loop may not start with 'let'");
    to_assignable(p, init, false, &de);
    check_lval_pattern(p, init, BIND_NONE);
    return parse_for_in(p, n, init, has_await);
  }
  check_expression_errors(p, &de, true);
  if (has_await) p_error(p, await_at, "unexpected 'await'");
  return parse_for(p, n, init);
}

static Node *parse_break_continue(Parser *p, Node *n, bool is_break) {
  p_next(p);
  n->kind = is_break ? NODE_BreakStatement : NODE_ContinueStatement;
  if (p_eat(p, TOK_SEMI) || p_can_insert_semicolon(p)) {
    n->jump.label = NULL;
  } else if (!p_is(p, TOK_NAME)) {
    p_unexpected(p);
  } else {
    n->jump.label = parse_ident(p, false);
    p_semicolon(p);
  }
  int i = p->label_base;
  for (; i < p->nlabels; i++) {
    Label *lab = &p->labels[i];
    bool match = !n->jump.label ||
                 (lab->name.ptr && lab->name.len == n->jump.label->ident.name.len &&
                  memcmp(lab->name.ptr, n->jump.label->ident.name.ptr, lab->name.len) == 0);
    if (match) {
      if (lab->kind != LABEL_PLAIN && (is_break || lab->kind == LABEL_LOOP)) break;
      if (n->jump.label && is_break) break;
    }
  }
  if (i == p->nlabels) {
    if (n->jump.label)
      p_error(p, n->loc, "%s to undefined label '%s'", is_break ? "break" : "continue",
              n->jump.label->ident.name.ptr);
    p_error(p, n->loc, is_break ? "'break' outside of a loop or switch" : "'continue' outside of a loop");
  }
  return p_finish(p, n);
}

static bool is_loop_start(Parser *p) {
  return p_is_kw(p, KW_FOR) || p_is_kw(p, KW_WHILE) || p_is_kw(p, KW_DO);
}

static Node *parse_labeled(Parser *p, Node *n, Node *expr, int context) {
  LabelKind kind = is_loop_start(p) ? LABEL_LOOP : p_is_kw(p, KW_SWITCH) ? LABEL_SWITCH : LABEL_PLAIN;
  for (int i = p->nlabels - 1; i >= p->label_base; i--) {
    Label *l = &p->labels[i];
    if (l->stmt_start == n->loc.offset + 1) {
      l->stmt_start = p->tok.loc.offset + 1;
      l->kind = kind;
    } else {
      break;
    }
  }
  label_push(p, expr->ident.name, kind, p->tok.loc.offset + 1, expr->loc);
  n->kind = NODE_LabeledStatement;
  n->labeled.body = parse_statement(p, context | CTX_LABEL, NULL);
  label_pop(p);
  n->labeled.label = expr;
  return p_finish(p, n);
}

Node *parse_statement(Parser *p, int context, Node *unused) {
  (void)unused;
  p_enter(p);
  SourceLoc start = p->tok.loc;
  Node *n = p_node(p, NODE_EmptyStatement, start);
  Node *r = NULL;
  if (is_let_declaration(p, context != CTX_NONE)) {
    if (context) p_error(p, start, "lexical declaration cannot appear in a single-statement context");
    p_next(p);
    n->kind = NODE_VariableDeclaration;
    parse_var_statement_decls(p, n, KC_VAR_LET, false);
    p_semicolon(p);
    r = p_finish(p, n);
    goto out;
  }
  if (p_is(p, TOK_NAME) && !p->tok.escaped) {
    switch (p->tok.kw) {
    case KW_BREAK:
    case KW_CONTINUE:
      r = parse_break_continue(p, n, p->tok.kw == KW_BREAK);
      goto out;
    case KW_DEBUGGER:
      p_next(p);
      p_semicolon(p);
      n->kind = NODE_DebuggerStatement;
      r = p_finish(p, n);
      goto out;
    case KW_DO: {
      p_next(p);
      KcStr none = {0};
      label_push(p, none, LABEL_LOOP, 0, start);
      n->kind = NODE_DoWhileStatement;
      n->while_stmt.body = parse_statement(p, CTX_LOOP, NULL);
      label_pop(p);
      p_expect_kw(p, KW_WHILE);
      n->while_stmt.test = parse_paren_expression(p);
      p_eat(p, TOK_SEMI);
      r = p_finish(p, n);
      goto out;
    }
    case KW_FOR:
      r = parse_for_statement(p, n);
      goto out;
    case KW_FUNCTION:
      if (context && (p->strict || !(context == CTX_IF || context == CTX_LABEL)))
        p_error(p, start, "function declarations are not allowed in this position%s",
                p->strict ? " in strict mode" : "");
      p_next(p);
      r = parse_function(p, start, FUNC_STATEMENT | (context ? FUNC_HANGING : 0), false, false, false);
      goto out;
    case KW_CLASS:
      if (context) p_error(p, start, "class declarations are not allowed in this position");
      r = parse_class(p, start, true, false);
      goto out;
    case KW_IF:
      p_next(p);
      n->kind = NODE_IfStatement;
      n->if_stmt.test = parse_paren_expression(p);
      n->if_stmt.consequent = parse_statement(p, CTX_IF, NULL);
      n->if_stmt.alternate = p_eat_kw(p, KW_ELSE) ? parse_statement(p, CTX_IF, NULL) : NULL;
      r = p_finish(p, n);
      goto out;
    case KW_RETURN:
      if (!in_function(p) && !(p->commonjs && (scope_var(p)->flags & SCOPE_TOP)))
        p_error(p, start, "'return' outside of function");
      p_next(p);
      n->kind = NODE_ReturnStatement;
      if (p_eat(p, TOK_SEMI) || p_can_insert_semicolon(p)) {
        n->argument.argument = NULL;
      } else {
        n->argument.argument = parse_expression(p, NULL);
        p_semicolon(p);
      }
      r = p_finish(p, n);
      goto out;
    case KW_SWITCH: {
      p_next(p);
      n->kind = NODE_SwitchStatement;
      n->switch_stmt.discriminant = parse_paren_expression(p);
      SourceLoc open = p->tok.loc;
      p_expect(p, TOK_LBRACE);
      KcStr none = {0};
      label_push(p, none, LABEL_SWITCH, 0, start);
      scope_enter(p, 0);
      int mark = p->sp;
      Node *cur = NULL;
      int cmark = 0;
      bool saw_default = false;
      while (!p_is(p, TOK_RBRACE)) {
        if (p_is_kw(p, KW_CASE) || p_is_kw(p, KW_DEFAULT)) {
          bool is_case = p_is_kw(p, KW_CASE);
          if (cur) {
            cur->switch_case.consequent = p_pop_list(p, cmark);
            p_finish(p, cur);
            p_push(p, cur);
          }
          cur = p_node(p, NODE_SwitchCase, p->tok.loc);
          p_next(p);
          if (is_case) {
            cur->switch_case.test = parse_expression(p, NULL);
          } else {
            if (saw_default) p_error(p, p->prev, "multiple default clauses");
            saw_default = true;
            cur->switch_case.test = NULL;
          }
          p_expect(p, TOK_COLON);
          cmark = p->sp;
        } else {
          if (!cur) {
            if (p_is(p, TOK_EOF)) p_expect_close(p, TOK_RBRACE, open);
            p_unexpected(p);
          }
          p_push(p, parse_statement(p, CTX_NONE, NULL));
        }
      }
      if (cur) {
        cur->switch_case.consequent = p_pop_list(p, cmark);
        p_finish(p, cur);
        p_push(p, cur);
      }
      scope_exit(p);
      n->switch_stmt.cases = p_pop_list(p, mark);
      p_next(p);
      label_pop(p);
      r = p_finish(p, n);
      goto out;
    }
    case KW_THROW:
      p_next(p);
      if (p->tok.nl_before) p_error(p, p->prev, "illegal newline after throw");
      n->kind = NODE_ThrowStatement;
      n->argument.argument = parse_expression(p, NULL);
      p_semicolon(p);
      r = p_finish(p, n);
      goto out;
    case KW_TRY: {
      p_next(p);
      n->kind = NODE_TryStatement;
      n->try_stmt.block = parse_block(p, true);
      if (p_is_kw(p, KW_CATCH)) {
        Node *c = p_node(p, NODE_CatchClause, p->tok.loc);
        p_next(p);
        if (p_is(p, TOK_LPAREN)) {
          SourceLoc open = p->tok.loc;
          p_next(p);
          Node *param = parse_binding_atom(p);
          bool simple = param->kind == NODE_Identifier;
          scope_enter(p, simple ? SCOPE_SIMPLE_CATCH : 0);
          check_lval_pattern(p, param, simple ? BIND_SIMPLE_CATCH : BIND_LEXICAL);
          p_expect_close(p, TOK_RPAREN, open);
          c->catch_clause.param = param;
        } else {
          c->catch_clause.param = NULL;
          scope_enter(p, 0);
        }
        c->catch_clause.body = parse_block(p, false);
        scope_exit(p);
        n->try_stmt.handler = p_finish(p, c);
      }
      n->try_stmt.finalizer = p_eat_kw(p, KW_FINALLY) ? parse_block(p, true) : NULL;
      if (!n->try_stmt.handler && !n->try_stmt.finalizer)
        p_error(p, start, "missing catch or finally clause");
      r = p_finish(p, n);
      goto out;
    }
    case KW_CONST:
    case KW_VAR: {
      KcVarKind kind = p->tok.kw == KW_VAR ? KC_VAR_VAR : KC_VAR_CONST;
      if (context && kind != KC_VAR_VAR)
        p_error(p, start, "lexical declaration cannot appear in a single-statement context");
      p_next(p);
      n->kind = NODE_VariableDeclaration;
      parse_var_statement_decls(p, n, kind, false);
      p_semicolon(p);
      r = p_finish(p, n);
      goto out;
    }
    case KW_WHILE: {
      p_next(p);
      n->kind = NODE_WhileStatement;
      n->while_stmt.test = parse_paren_expression(p);
      KcStr none = {0};
      label_push(p, none, LABEL_LOOP, 0, start);
      n->while_stmt.body = parse_statement(p, CTX_LOOP, NULL);
      label_pop(p);
      r = p_finish(p, n);
      goto out;
    }
    case KW_WITH:
      if (p->strict) p_error(p, start, "'with' in strict mode");
      p_next(p);
      n->kind = NODE_WithStatement;
      n->with_stmt.object = parse_paren_expression(p);
      n->with_stmt.body = parse_statement(p, CTX_WITH, NULL);
      r = p_finish(p, n);
      goto out;
    case KW_EXPORT:
    case KW_IMPORT: {
      if (p->tok.kw == KW_IMPORT) {
        Token t = p_peek(p);
        if (t.kind == TOK_LPAREN || t.kind == TOK_DOT) break; /* import() / import.meta */
      }
      if (p->nscopes != 1 || context)
        p_error(p, start, "'import' and 'export' may only appear at the top level");
      if (!p->module)
        p_error(p, start, "'import' and 'export' may appear only in modules (use --module)");
      r = p->tok.kw == KW_IMPORT ? parse_import(p, start) : parse_export(p, start);
      goto out;
    }
    default:
      break;
    }
  }
  if (p_is(p, TOK_LBRACE)) {
    r = parse_block(p, true);
    goto out;
  }
  if (p_is(p, TOK_SEMI)) {
    p_next(p);
    r = p_finish(p, n);
    goto out;
  }
  if (is_async_function(p)) {
    if (context) p_error(p, start, "async functions can only be declared at the top level or inside a block");
    p_next(p);
    p_next(p);
    r = parse_function(p, start, FUNC_STATEMENT, false, true, false);
    goto out;
  }
  {
    bool maybe_label = p_is(p, TOK_NAME);
    Node *expr = parse_expression(p, NULL);
    if (maybe_label && expr->kind == NODE_Identifier && !(expr->flags & NODE_FLAG_PARENTHESIZED) &&
        p_eat(p, TOK_COLON)) {
      r = parse_labeled(p, n, expr, context);
      goto out;
    }
    n->kind = NODE_ExpressionStatement;
    n->expr_stmt.expression = expr;
    p_semicolon(p);
    r = p_finish(p, n);
  }
out:
  p_leave(p);
  return r;
}

static Node *parse_statement_list_item(Parser *p) { return parse_statement(p, CTX_NONE, NULL); }

void parse_top_level(Parser *p, Node *program) {
  scope_enter(p, SCOPE_TOP);
  if (!p->strict && strict_directive_ahead(p)) p->strict = true;
  if (p->strict) program->flags |= NODE_FLAG_STRICT;
  int mark = p->sp;
  while (!p_is(p, TOK_EOF)) p_push(p, parse_statement_list_item(p));
  program->program.body = p_pop_list(p, mark);
  if (p->module) export_check_locals(p);
  adapt_directive_prologue(p, program->program.body);
  scope_exit(p);
}
