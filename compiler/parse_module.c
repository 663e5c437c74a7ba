/* parse_module.c — import and export declarations (module goal only), with
 * their early errors: duplicate export names, exported bindings that are
 * never declared, string export names that are not well-formed Unicode. */
#include <string.h>

#include "parser_internal.h"

/* Does a WTF-8 string contain a lone surrogate (ED A0..BF xx)? */
static bool has_lone_surrogate(KcStr s) {
  for (uint32_t i = 0; i + 1 < s.len; i++) {
    unsigned char c = (unsigned char)s.ptr[i];
    if (c == 0xED && i + 1 < s.len && ((unsigned char)s.ptr[i + 1] & 0xE0) == 0xA0) return true;
  }
  return false;
}

static Node *parse_module_export_name(Parser *p) {
  if (p_is(p, TOK_STRING)) {
    Node *lit = parse_literal(p);
    if (has_lone_surrogate(lit->literal.string))
      p_error(p, lit->loc, "an export name cannot include a lone surrogate");
    return lit;
  }
  return parse_ident(p, true);
}

static KcStr export_name_of(Node *n) {
  return n->kind == NODE_Identifier ? n->ident.name : n->literal.string;
}

static Node *parse_source(Parser *p) {
  if (!p_is(p, TOK_STRING)) p_unexpected(p);
  return parse_literal(p);
}

static NodeList parse_with_clause(Parser *p) {
  NodeList none = {0};
  if (!p_eat_kw(p, KW_WITH)) return none;
  SourceLoc open = p->tok.loc;
  p_expect(p, TOK_LBRACE);
  int mark = p->sp;
  bool first = true;
  while (!p_eat(p, TOK_RBRACE)) {
    if (!first) {
      if (!p_is(p, TOK_COMMA)) p_expect_close(p, TOK_RBRACE, open);
      p_next(p);
      if (p_eat(p, TOK_RBRACE)) break;
    } else {
      first = false;
    }
    Node *a = p_node(p, NODE_ImportAttribute, p->tok.loc);
    a->import_attribute.key = p_is(p, TOK_STRING) ? parse_literal(p) : parse_ident(p, true);
    KcStr kn = export_name_of(a->import_attribute.key);
    for (int i = mark; i < p->sp; i++) {
      KcStr o = export_name_of(p->stack[i]->import_attribute.key);
      if (o.len == kn.len && memcmp(o.ptr, kn.ptr, kn.len) == 0)
        p_error(p, a->import_attribute.key->loc, "duplicate attribute key '%s'", kn.ptr);
    }
    p_expect(p, TOK_COLON);
    if (!p_is(p, TOK_STRING)) p_unexpected(p);
    a->import_attribute.value = parse_literal(p);
    p_push(p, p_finish(p, a));
  }
  return p_pop_list(p, mark);
}

Node *parse_import(Parser *p, SourceLoc start) {
  Node *n = p_node(p, NODE_ImportDeclaration, start);
  p_next(p);
  int mark = p->sp;
  if (p_is(p, TOK_STRING)) {
    n->import_decl.source = parse_literal(p);
  } else {
    bool need_braces = true;
    if (p_is(p, TOK_NAME)) {
      Node *s = p_node(p, NODE_ImportDefaultSpecifier, p->tok.loc);
      s->specifier.local = parse_ident(p, false);
      check_lval_simple(p, s->specifier.local, BIND_LEXICAL, NULL);
      p_push(p, p_finish(p, s));
      need_braces = p_eat(p, TOK_COMMA);
    }
    if (need_braces) {
      if (p_is(p, TOK_STAR)) {
        Node *s = p_node(p, NODE_ImportNamespaceSpecifier, p->tok.loc);
        p_next(p);
        p_expect_kw(p, KW_AS);
        s->specifier.local = parse_ident(p, false);
        check_lval_simple(p, s->specifier.local, BIND_LEXICAL, NULL);
        p_push(p, p_finish(p, s));
      } else {
        SourceLoc open = p->tok.loc;
        p_expect(p, TOK_LBRACE);
        bool first = true;
        while (!p_eat(p, TOK_RBRACE)) {
          if (!first) {
            if (!p_is(p, TOK_COMMA)) p_expect_close(p, TOK_RBRACE, open);
            p_next(p);
            if (p_eat(p, TOK_RBRACE)) break;
          } else {
            first = false;
          }
          Node *s = p_node(p, NODE_ImportSpecifier, p->tok.loc);
          bool esc = p->tok.escaped;
          KwKind kw = p_is(p, TOK_NAME) ? p->tok.kw : KW_NONE;
          s->specifier.imported = parse_module_export_name(p);
          if (p_eat_kw(p, KW_AS)) {
            s->specifier.local = parse_ident(p, false);
          } else {
            if (s->specifier.imported->kind == NODE_Literal)
              p_error(p, s->specifier.imported->loc, "a string import name must be followed by 'as'");
            check_unreserved(p, s->specifier.imported->ident.name, kw, esc, s->specifier.imported->loc);
            s->specifier.local = s->specifier.imported;
          }
          check_lval_simple(p, s->specifier.local, BIND_LEXICAL, NULL);
          p_push(p, p_finish(p, s));
        }
      }
    }
    if (!p_is_kw(p, KW_FROM)) p_error(p, p->tok.loc, "expected 'from'");
    p_next(p);
    n->import_decl.source = parse_source(p);
  }
  n->import_decl.specifiers = p_pop_list(p, mark);
  n->import_decl.attributes = parse_with_clause(p);
  p_semicolon(p);
  return p_finish(p, n);
}

static void export_pattern_names(Parser *p, Node *pat) {
  switch (pat->kind) {
  case NODE_Identifier: export_name(p, pat->ident.name, pat->loc); break;
  case NODE_ObjectPattern:
    for (int i = 0; i < pat->object.properties.count; i++) {
      Node *q = pat->object.properties.items[i];
      export_pattern_names(p, q->kind == NODE_Property ? q->property.value : q);
    }
    break;
  case NODE_ArrayPattern:
    for (int i = 0; i < pat->array.elements.count; i++)
      if (pat->array.elements.items[i]) export_pattern_names(p, pat->array.elements.items[i]);
    break;
  case NODE_AssignmentPattern: export_pattern_names(p, pat->assign_pattern.left); break;
  case NODE_RestElement: export_pattern_names(p, pat->argument.argument); break;
  default: break;
  }
}

static bool is_async_function_ahead(Parser *p) {
  if (!p_is_kw(p, KW_ASYNC)) return false;
  Token t = p_peek(p);
  return t.kind == TOK_NAME && t.kw == KW_FUNCTION && !t.escaped && !t.nl_before;
}

Node *parse_export(Parser *p, SourceLoc start) {
  Node *n = p_node(p, NODE_ExportNamedDeclaration, start);
  p_next(p);
  if (p_eat(p, TOK_STAR)) {
    n->kind = NODE_ExportAllDeclaration;
    if (p_eat_kw(p, KW_AS)) {
      n->export_all.exported = parse_module_export_name(p);
      export_name(p, export_name_of(n->export_all.exported), n->export_all.exported->loc);
    }
    if (!p_is_kw(p, KW_FROM)) p_error(p, p->tok.loc, "expected 'from'");
    p_next(p);
    n->export_all.source = parse_source(p);
    n->export_all.attributes = parse_with_clause(p);
    p_semicolon(p);
    return p_finish(p, n);
  }
  if (p_is_kw(p, KW_DEFAULT)) {
    KcStr def = {"default", 7};
    export_name(p, def, p->tok.loc);
    p_next(p);
    n->kind = NODE_ExportDefaultDeclaration;
    bool is_async = false;
    if (p_is_kw(p, KW_FUNCTION) || (is_async = is_async_function_ahead(p))) {
      SourceLoc fs = p->tok.loc;
      p_next(p);
      if (is_async) p_next(p);
      n->export_default.declaration = parse_function(p, fs, 1 | 4, false, is_async, false);
    } else if (p_is_kw(p, KW_CLASS)) {
      n->export_default.declaration = parse_class(p, p->tok.loc, true, true);
    } else {
      n->export_default.declaration = parse_assign(p, NULL, false);
      p_semicolon(p);
    }
    return p_finish(p, n);
  }
  if (p_is_kw(p, KW_VAR) || p_is_kw(p, KW_CONST) || p_is_kw(p, KW_CLASS) || p_is_kw(p, KW_FUNCTION) ||
      is_let_declaration(p, false) || is_async_function_ahead(p)) {
    Node *d = parse_statement(p, 0, NULL);
    n->export_named.declaration = d;
    if (d->kind == NODE_VariableDeclaration) {
      for (int i = 0; i < d->var_decl.declarations.count; i++)
        export_pattern_names(p, d->var_decl.declarations.items[i]->declarator.id);
    } else {
      export_name(p, d->kind == NODE_ClassDeclaration ? d->class_.id->ident.name : d->function.id->ident.name,
                  d->kind == NODE_ClassDeclaration ? d->class_.id->loc : d->function.id->loc);
    }
    return p_finish(p, n);
  }
  /* export { a, b as c } [from '...'] */
  SourceLoc open = p->tok.loc;
  p_expect(p, TOK_LBRACE);
  int mark = p->sp;
  bool first = true;
  while (!p_eat(p, TOK_RBRACE)) {
    if (!first) {
      if (!p_is(p, TOK_COMMA)) p_expect_close(p, TOK_RBRACE, open);
      p_next(p);
      if (p_eat(p, TOK_RBRACE)) break;
    } else {
      first = false;
    }
    Node *s = p_node(p, NODE_ExportSpecifier, p->tok.loc);
    s->specifier.local = parse_module_export_name(p);
    s->specifier.exported = p_eat_kw(p, KW_AS) ? parse_module_export_name(p) : s->specifier.local;
    export_name(p, export_name_of(s->specifier.exported), s->specifier.exported->loc);
    p_push(p, p_finish(p, s));
  }
  n->export_named.specifiers = p_pop_list(p, mark);
  if (p_eat_kw(p, KW_FROM)) {
    n->export_named.source = parse_source(p);
    n->export_named.attributes = parse_with_clause(p);
  } else {
    for (int i = 0; i < n->export_named.specifiers.count; i++) {
      Node *local = n->export_named.specifiers.items[i]->specifier.local;
      if (local->kind == NODE_Literal)
        p_error(p, local->loc, "a string literal cannot be used as an exported binding without 'from'");
      check_unreserved(p, local->ident.name, kc_lookup_keyword(local->ident.name.ptr, local->ident.name.len),
                       false, local->loc);
      export_local(p, local->ident.name, local->loc);
    }
  }
  p_semicolon(p);
  return p_finish(p, n);
}
