/* parse_pattern.c — binding patterns, and the conversion of expressions that
 * turned out to be patterns (cover grammar): `[a, b] = c`, `({x} = o)`,
 * `(a, b = 1) => a`. The conversion changes node kinds in place, as ESTree
 * (and acorn) expect: ObjectExpression → ObjectPattern, ArrayExpression →
 * ArrayPattern, SpreadElement → RestElement, AssignmentExpression('=') →
 * AssignmentPattern. */
#include "parser_internal.h"

Node *to_assignable(Parser *p, Node *n, bool is_binding, DestructErrors *de) {
  switch (n->kind) {
  case NODE_Identifier:
    if (in_async(p) && p_str_eq(n->ident.name, "await"))
      p_error(p, n->loc, "cannot use 'await' as identifier inside an async function");
    break;
  case NODE_ObjectPattern:
  case NODE_ArrayPattern:
  case NODE_AssignmentPattern:
  case NODE_RestElement:
    break;
  case NODE_ObjectExpression:
    n->kind = NODE_ObjectPattern;
    if (de) check_pattern_errors(p, de, true);
    for (int i = 0; i < n->object.properties.count; i++) {
      Node *prop = n->object.properties.items[i];
      to_assignable(p, prop, is_binding, NULL);
      if (prop->kind == NODE_RestElement && (prop->argument.argument->kind == NODE_ArrayPattern ||
                                              prop->argument.argument->kind == NODE_ObjectPattern))
        p_error(p, prop->argument.argument->loc, "invalid rest element");
    }
    break;
  case NODE_Property:
    if (n->property.kind != KC_PROP_INIT)
      p_error(p, n->property.key->loc, "object pattern can't contain getter or setter");
    to_assignable(p, n->property.value, is_binding, NULL);
    break;
  case NODE_ArrayExpression:
    n->kind = NODE_ArrayPattern;
    if (de) check_pattern_errors(p, de, true);
    to_assignable_list(p, n->array.elements, is_binding);
    break;
  case NODE_SpreadElement:
    n->kind = NODE_RestElement;
    to_assignable(p, n->argument.argument, is_binding, NULL);
    if (n->argument.argument->kind == NODE_AssignmentPattern)
      p_error(p, n->argument.argument->loc, "rest elements cannot have a default value");
    break;
  case NODE_AssignmentExpression: {
    if (n->assign.op != KC_ASSIGN_ASSIGN)
      p_error(p, n->assign.left->loc, "only '=' operator can be used for specifying default value");
    Node *l = n->assign.left, *r = n->assign.right;
    n->kind = NODE_AssignmentPattern;
    n->assign_pattern.left = l;
    n->assign_pattern.right = r;
    to_assignable(p, l, is_binding, NULL);
    break;
  }
  case NODE_ChainExpression:
    p_error(p, n->loc, "optional chaining cannot appear in left-hand side");
  case NODE_MemberExpression:
    if (!is_binding) break;
    /* fallthrough */
  default:
    p_error(p, n->loc, "invalid %s target", is_binding ? "binding" : "assignment");
  }
  return n;
}

NodeList to_assignable_list(Parser *p, NodeList list, bool is_binding) {
  for (int i = 0; i < list.count; i++)
    if (list.items[i]) to_assignable(p, list.items[i], is_binding, NULL);
  return list;
}

Node *parse_rest_binding(Parser *p) {
  Node *n = p_node(p, NODE_RestElement, p->tok.loc);
  p_next(p);
  n->argument.argument = parse_binding_atom(p);
  return p_finish(p, n);
}

/* BindingElement: BindingPattern or BindingIdentifier, then '= default'. */
Node *parse_maybe_default(Parser *p, SourceLoc start, Node *left) {
  if (!left) left = parse_binding_atom(p);
  if (!p_eat(p, TOK_ASSIGN)) return left;
  Node *n = p_node(p, NODE_AssignmentPattern, start);
  n->assign_pattern.left = left;
  n->assign_pattern.right = parse_assign(p, NULL, false);
  return p_finish(p, n);
}

NodeList parse_binding_list(Parser *p, TokKind close, bool allow_empty, bool allow_trailing_comma,
                            SourceLoc open) {
  int mark = p->sp;
  bool first = true;
  while (!p_eat(p, close)) {
    if (first) first = false;
    else if (!p_is(p, TOK_COMMA)) p_expect_close(p, close, open);
    else p_next(p);
    if (allow_empty && p_is(p, TOK_COMMA)) {
      p_push(p, NULL);
    } else if (allow_trailing_comma && p_eat(p, close)) {
      break;
    } else if (p_is(p, TOK_ELLIPSIS)) {
      Node *rest = parse_rest_binding(p);
      p_push(p, rest);
      if (p_is(p, TOK_COMMA)) p_error(p, p->tok.loc, "comma is not permitted after the rest element");
      p_expect_close(p, close, open);
      break;
    } else {
      p_push(p, parse_maybe_default(p, p->tok.loc, NULL));
    }
  }
  return p_pop_list(p, mark);
}

Node *parse_binding_atom(Parser *p) {
  p_enter(p);
  Node *r;
  if (p_is(p, TOK_LBRACKET)) {
    SourceLoc open = p->tok.loc;
    Node *n = p_node(p, NODE_ArrayPattern, open);
    p_next(p);
    n->array.elements = parse_binding_list(p, TOK_RBRACKET, true, true, open);
    r = p_finish(p, n);
  } else if (p_is(p, TOK_LBRACE)) {
    r = kc_parse_object(p, true, NULL);
  } else {
    r = parse_ident(p, false);
  }
  p_leave(p);
  return r;
}
