/* parse_expr.c — expressions, from comma expressions down to primaries.
 *
 * Arrow functions, destructuring assignment and parenthesised parameter
 * lists are parsed with the cover grammar: the parser first reads an
 * ordinary expression and, when a '=>' or '=' shows it was a pattern,
 * converts it (parse_pattern.c). Constructs that are only valid in a pattern
 * (`{a = 1}`) or only in an expression are recorded in DestructErrors and
 * reported once the parser knows which it was.
 *
 * Every function takes `fi` ("for init"): inside the head of a for statement
 * `in` is not a binary operator, so `for (a in b)` is a for-in loop.
 */
#include <string.h>

#include "parser_internal.h"

static Node *parse_maybe_conditional(Parser *p, DestructErrors *de, bool fi);
static Node *parse_maybe_unary(Parser *p, DestructErrors *de, bool saw_unary, bool inc_dec, bool fi);
static Node *parse_expr_subscripts(Parser *p, DestructErrors *de, bool fi);
static Node *parse_subscripts(Parser *p, Node *base, SourceLoc start, bool no_calls, bool fi);
static Node *parse_atom(Parser *p, DestructErrors *de, bool fi, bool for_new);
static NodeList parse_expr_list(Parser *p, TokKind close, SourceLoc open, bool allow_trailing,
                                bool allow_empty, DestructErrors *de);

static uint32_t off1(SourceLoc l) { return l.offset + 1; }

bool check_expression_errors(Parser *p, DestructErrors *de, bool and_throw) {
  if (!de) return false;
  if (!and_throw) return de->shorthand_assign || de->double_proto;
  if (de->shorthand_assign)
    p_error(p, p_loc_at(p, de->shorthand_assign - 1),
            "shorthand property assignments are valid only in destructuring patterns");
  if (de->double_proto)
    p_error(p, p_loc_at(p, de->double_proto - 1), "redefinition of __proto__ property");
  return false;
}

void check_pattern_errors(Parser *p, DestructErrors *de, bool is_assign) {
  if (!de) return;
  if (de->trailing_comma)
    p_error(p, p_loc_at(p, de->trailing_comma - 1), "comma is not permitted after the rest element");
  uint32_t parens = is_assign ? de->paren_assign : de->paren_bind;
  if (parens)
    p_error(p, p_loc_at(p, parens - 1), is_assign ? "invalid assignment target" : "parenthesized pattern");
}

void check_yield_await_in_default_params(Parser *p) {
  if (p->yield_pos && (!p->await_pos || p->yield_pos < p->await_pos))
    p_error(p, p_loc_at(p, p->yield_pos - 1), "yield expression cannot be a default value");
  if (p->await_pos)
    p_error(p, p_loc_at(p, p->await_pos - 1), "await expression cannot be a default value");
}

static void de_init(DestructErrors *de) { memset(de, 0, sizeof *de); }

/* Expression := AssignmentExpression (',' AssignmentExpression)* */
static Node *parse_expression_fi(Parser *p, DestructErrors *de, bool fi);

Node *parse_expression(Parser *p, DestructErrors *de) { return parse_expression_fi(p, de, false); }

static Node *parse_expression_fi(Parser *p, DestructErrors *de, bool fi) {
  SourceLoc start = p->tok.loc;
  Node *expr = parse_assign(p, de, fi);
  if (p_is(p, TOK_COMMA)) {
    Node *n = p_node(p, NODE_SequenceExpression, start);
    int mark = p->sp;
    p_push(p, expr);
    while (p_eat(p, TOK_COMMA)) p_push(p, parse_assign(p, de, fi));
    n->sequence.expressions = p_pop_list(p, mark);
    return p_finish(p, n);
  }
  return expr;
}

static bool is_assign_tok(TokKind k, KcAssignOp *op) {
  switch (k) {
  case TOK_ASSIGN: *op = KC_ASSIGN_ASSIGN; return true;
  case TOK_PLUS_ASSIGN: *op = KC_ASSIGN_ADD; return true;
  case TOK_MINUS_ASSIGN: *op = KC_ASSIGN_SUB; return true;
  case TOK_STAR_ASSIGN: *op = KC_ASSIGN_MUL; return true;
  case TOK_SLASH_ASSIGN: *op = KC_ASSIGN_DIV; return true;
  case TOK_PERCENT_ASSIGN: *op = KC_ASSIGN_MOD; return true;
  case TOK_STARSTAR_ASSIGN: *op = KC_ASSIGN_EXP; return true;
  case TOK_SHL_ASSIGN: *op = KC_ASSIGN_SHL; return true;
  case TOK_SAR_ASSIGN: *op = KC_ASSIGN_SAR; return true;
  case TOK_SHR_ASSIGN: *op = KC_ASSIGN_SHR; return true;
  case TOK_AMP_ASSIGN: *op = KC_ASSIGN_BIT_AND; return true;
  case TOK_PIPE_ASSIGN: *op = KC_ASSIGN_BIT_OR; return true;
  case TOK_CARET_ASSIGN: *op = KC_ASSIGN_BIT_XOR; return true;
  case TOK_AND_ASSIGN: *op = KC_ASSIGN_AND; return true;
  case TOK_OR_ASSIGN: *op = KC_ASSIGN_OR; return true;
  case TOK_NULLISH_ASSIGN: *op = KC_ASSIGN_NULLISH; return true;
  default: return false;
  }
}

/* Can the current token start an expression? (for `yield` without operand) */
static bool starts_expr(Parser *p) {
  switch (p->tok.kind) {
  case TOK_NAME: case TOK_PRIVATE: case TOK_NUMBER: case TOK_BIGINT: case TOK_STRING:
  case TOK_TEMPLATE: case TOK_REGEX: case TOK_LBRACE: case TOK_LPAREN: case TOK_LBRACKET:
  case TOK_PLUS: case TOK_MINUS: case TOK_BANG: case TOK_TILDE: case TOK_INC: case TOK_DEC:
  case TOK_SLASH: case TOK_SLASH_ASSIGN: case TOK_LT:
    return true;
  default:
    return false;
  }
}

static Node *parse_yield(Parser *p, bool fi) {
  if (!p->yield_pos) p->yield_pos = off1(p->tok.loc);
  Node *n = p_node(p, NODE_YieldExpression, p->tok.loc);
  p_next(p);
  if (p_is(p, TOK_SEMI) || p_can_insert_semicolon(p) || (!p_is(p, TOK_STAR) && !starts_expr(p))) {
    n->yield.delegate = false;
    n->yield.argument = NULL;
  } else {
    n->yield.delegate = p_eat(p, TOK_STAR);
    n->yield.argument = parse_assign(p, NULL, fi);
  }
  return p_finish(p, n);
}

/* AssignmentExpression: yield, arrow functions, conditional, assignment. */
Node *parse_assign(Parser *p, DestructErrors *de, bool fi) {
  p_enter(p);
  if (p_is_kw(p, KW_YIELD) && in_generator(p)) {
    Node *y = parse_yield(p, fi);
    p_leave(p);
    return y;
  }
  bool own = false;
  uint32_t old_paren_assign = 0, old_trailing = 0, old_double_proto = 0;
  DestructErrors local;
  if (de) {
    old_paren_assign = de->paren_assign;
    old_trailing = de->trailing_comma;
    old_double_proto = de->double_proto;
    de->paren_assign = de->trailing_comma = 0;
  } else {
    de_init(&local);
    de = &local;
    own = true;
  }
  SourceLoc start = p->tok.loc;
  if (p_is(p, TOK_LPAREN) || p_is(p, TOK_NAME)) {
    p->potential_arrow_at = off1(start);
    p->potential_arrow_in_for_await = false;
  }
  Node *left = parse_maybe_conditional(p, de, fi);
  KcAssignOp op;
  if (is_assign_tok(p->tok.kind, &op)) {
    Node *n = p_node(p, NODE_AssignmentExpression, start);
    n->assign.op = op;
    if (op == KC_ASSIGN_ASSIGN) left = to_assignable(p, left, false, de);
    if (!own) de->paren_assign = de->trailing_comma = de->double_proto = 0;
    if (de->shorthand_assign >= off1(left->loc)) de->shorthand_assign = 0;
    if (op == KC_ASSIGN_ASSIGN) check_lval_pattern(p, left, BIND_NONE);
    else check_lval_simple(p, left, BIND_NONE, NULL);
    n->assign.left = left;
    p_next(p);
    n->assign.right = parse_assign(p, NULL, fi);
    if (old_double_proto) de->double_proto = old_double_proto;
    p_leave(p);
    return p_finish(p, n);
  } else if (own) {
    check_expression_errors(p, de, true);
  }
  if (old_paren_assign) de->paren_assign = old_paren_assign;
  if (old_trailing) de->trailing_comma = old_trailing;
  p_leave(p);
  return left;
}

static Node *parse_maybe_conditional(Parser *p, DestructErrors *de, bool fi) {
  SourceLoc start = p->tok.loc;
  Node *expr;
  {
    /* ExprOps */
    Node *u = parse_maybe_unary(p, de, false, false, fi);
    if (check_expression_errors(p, de, false)) return u;
    if (u->kind == NODE_ArrowFunctionExpression && u->loc.offset == start.offset) expr = u;
    else expr = kc_parse_expr_op(p, u, start, -1, fi);
  }
  if (check_expression_errors(p, de, false)) return expr;
  if (p_is(p, TOK_QUESTION)) {
    Node *n = p_node(p, NODE_ConditionalExpression, start);
    p_next(p);
    n->conditional.test = expr;
    n->conditional.consequent = parse_assign(p, NULL, false);
    p_expect(p, TOK_COLON);
    n->conditional.alternate = parse_assign(p, NULL, fi);
    return p_finish(p, n);
  }
  return expr;
}

/* Binary operator precedence of the current token, -1 if none.
 * kind: 0 binary, 1 logical. */
static int binop_prec(Parser *p, bool fi, int *kind, int *op) {
  *kind = 0;
  switch (p->tok.kind) {
  case TOK_NULLISH: *kind = 1; *op = KC_LOGICAL_NULLISH; return 1;
  case TOK_OR: *kind = 1; *op = KC_LOGICAL_OR; return 1;
  case TOK_AND: *kind = 1; *op = KC_LOGICAL_AND; return 2;
  case TOK_PIPE: *op = KC_BIN_BIT_OR; return 3;
  case TOK_CARET: *op = KC_BIN_BIT_XOR; return 4;
  case TOK_AMP: *op = KC_BIN_BIT_AND; return 5;
  case TOK_EQ: *op = KC_BIN_EQ; return 6;
  case TOK_NE: *op = KC_BIN_NE; return 6;
  case TOK_SEQ: *op = KC_BIN_STRICT_EQ; return 6;
  case TOK_SNE: *op = KC_BIN_STRICT_NE; return 6;
  case TOK_LT: *op = KC_BIN_LT; return 7;
  case TOK_GT: *op = KC_BIN_GT; return 7;
  case TOK_LE: *op = KC_BIN_LE; return 7;
  case TOK_GE: *op = KC_BIN_GE; return 7;
  case TOK_SHL: *op = KC_BIN_SHL; return 8;
  case TOK_SAR: *op = KC_BIN_SAR; return 8;
  case TOK_SHR: *op = KC_BIN_SHR; return 8;
  case TOK_PLUS: *op = KC_BIN_ADD; return 9;
  case TOK_MINUS: *op = KC_BIN_SUB; return 9;
  case TOK_STAR: *op = KC_BIN_MUL; return 10;
  case TOK_SLASH: *op = KC_BIN_DIV; return 10;
  case TOK_PERCENT: *op = KC_BIN_MOD; return 10;
  case TOK_NAME:
    if (p->tok.escaped) return -1;
    if (p->tok.kw == KW_INSTANCEOF) {
      *op = KC_BIN_INSTANCEOF;
      return 7;
    }
    if (p->tok.kw == KW_IN && !fi) {
      *op = KC_BIN_IN;
      return 7;
    }
    return -1;
  default:
    return -1;
  }
}

static Node *build_binary(Parser *p, SourceLoc start, Node *left, Node *right, int op, bool logical) {
  if (right->kind == NODE_PrivateIdentifier)
    p_error(p, right->loc, "private identifier can only be left side of binary expression");
  Node *n = p_node(p, logical ? NODE_LogicalExpression : NODE_BinaryExpression, start);
  if (logical) {
    n->logical.op = (KcLogicalOp)op;
    n->logical.left = left;
    n->logical.right = right;
  } else {
    n->binary.op = (KcBinaryOp)op;
    n->binary.left = left;
    n->binary.right = right;
  }
  return p_finish(p, n);
}

Node *kc_parse_expr_op(Parser *p, Node *left, SourceLoc left_start, int min_prec, bool fi) {
  for (;;) {
    int kind, op;
    int prec = binop_prec(p, fi, &kind, &op);
    if (prec < 0 || prec <= min_prec) return left;
    bool logical = kind == 1 && op != KC_LOGICAL_NULLISH;
    bool coalesce = kind == 1 && op == KC_LOGICAL_NULLISH;
    if (coalesce) prec = 2; /* as && for the mixing rule */
    p_next(p);
    SourceLoc rstart = p->tok.loc;
    Node *right = kc_parse_expr_op(p, parse_maybe_unary(p, NULL, false, false, fi), rstart, prec, fi);
    left = build_binary(p, left_start, left, right, op, logical || coalesce);
    if ((logical && p_is(p, TOK_NULLISH)) || (coalesce && (p_is(p, TOK_OR) || p_is(p, TOK_AND))))
      p_error(p, p->tok.loc,
              "'?\?' cannot be mixed with '||' or '&&' without parentheses");
  }
}

static bool is_local_variable_access(Node *n) {
  return n->kind == NODE_Identifier;
}

static bool is_private_field_access(Node *n) {
  return (n->kind == NODE_MemberExpression && n->member.property->kind == NODE_PrivateIdentifier) ||
         (n->kind == NODE_ChainExpression && is_private_field_access(n->chain.expression));
}

static Node *parse_await(Parser *p, bool fi) {
  if (!p->await_pos) p->await_pos = off1(p->tok.loc);
  note_await(p);
  Node *n = p_node(p, NODE_AwaitExpression, p->tok.loc);
  p_next(p);
  n->argument.argument = parse_maybe_unary(p, NULL, true, false, fi);
  return p_finish(p, n);
}

static bool unary_tok(Parser *p, int *op, bool *update) {
  *update = false;
  switch (p->tok.kind) {
  case TOK_INC: *update = true; *op = KC_UPDATE_INC; return true;
  case TOK_DEC: *update = true; *op = KC_UPDATE_DEC; return true;
  case TOK_BANG: *op = KC_UNARY_NOT; return true;
  case TOK_TILDE: *op = KC_UNARY_BIT_NOT; return true;
  case TOK_PLUS: *op = KC_UNARY_PLUS; return true;
  case TOK_MINUS: *op = KC_UNARY_NEG; return true;
  case TOK_NAME:
    if (p->tok.escaped) return false;
    if (p->tok.kw == KW_TYPEOF) { *op = KC_UNARY_TYPEOF; return true; }
    if (p->tok.kw == KW_VOID) { *op = KC_UNARY_VOID; return true; }
    if (p->tok.kw == KW_DELETE) { *op = KC_UNARY_DELETE; return true; }
    return false;
  default:
    return false;
  }
}

static Node *parse_maybe_unary(Parser *p, DestructErrors *de, bool saw_unary, bool inc_dec, bool fi) {
  SourceLoc start = p->tok.loc;
  Node *expr;
  int op;
  bool update;
  if (p_is_kw(p, KW_AWAIT) && can_await(p)) {
    expr = parse_await(p, fi);
    saw_unary = true;
  } else if (unary_tok(p, &op, &update)) {
    Node *n = p_node(p, update ? NODE_UpdateExpression : NODE_UnaryExpression, start);
    p_next(p);
    p_enter(p);
    Node *arg = parse_maybe_unary(p, NULL, true, update, fi);
    p_leave(p);
    check_expression_errors(p, de, true);
    if (update) {
      check_lval_simple(p, arg, BIND_NONE, NULL);
      n->update.op = (KcUpdateOp)op;
      n->update.prefix = true;
      n->update.argument = arg;
    } else {
      if (p->strict && op == KC_UNARY_DELETE && is_local_variable_access(arg))
        p_error(p, start, "deleting local variable in strict mode");
      else if (op == KC_UNARY_DELETE && is_private_field_access(arg))
        p_error(p, start, "private fields can not be deleted");
      else saw_unary = true;
      n->unary.op = (KcUnaryOp)op;
      n->unary.argument = arg;
    }
    expr = p_finish(p, n);
  } else if (!saw_unary && p_is(p, TOK_PRIVATE)) {
    if (fi || p->npriv_scopes == 0) p_unexpected(p);
    expr = parse_private_ident(p);
    if (!p_is_kw(p, KW_IN)) p_unexpected(p);
  } else {
    expr = parse_expr_subscripts(p, de, fi);
    if (check_expression_errors(p, de, false)) return expr;
    while ((p_is(p, TOK_INC) || p_is(p, TOK_DEC)) && !p_can_insert_semicolon(p)) {
      Node *n = p_node(p, NODE_UpdateExpression, start);
      n->update.op = p_is(p, TOK_INC) ? KC_UPDATE_INC : KC_UPDATE_DEC;
      n->update.prefix = false;
      n->update.argument = expr;
      check_lval_simple(p, expr, BIND_NONE, NULL);
      p_next(p);
      expr = p_finish(p, n);
    }
  }
  if (!inc_dec && p_is(p, TOK_STARSTAR)) {
    if (saw_unary)
      p_error(p, p->tok.loc, "unary operator used immediately before exponentiation expression; "
                             "parentheses must be used to disambiguate operator precedence");
    p_next(p);
    p_enter(p);
    Node *right = parse_maybe_unary(p, NULL, false, false, fi);
    p_leave(p);
    return build_binary(p, start, expr, right, KC_BIN_EXP, false);
  }
  return expr;
}

static Node *parse_expr_subscripts(Parser *p, DestructErrors *de, bool fi) {
  SourceLoc start = p->tok.loc;
  Node *expr = parse_atom(p, de, fi, false);
  if (expr->kind == NODE_ArrowFunctionExpression &&
      !(p->prev.length == 1 && p->src->text[p->prev.offset] == ')'))
    return expr;
  Node *result = parse_subscripts(p, expr, start, false, fi);
  if (de && result->kind == NODE_MemberExpression) {
    uint32_t s = off1(result->loc);
    if (de->paren_assign >= s) de->paren_assign = 0;
    if (de->paren_bind >= s) de->paren_bind = 0;
    if (de->trailing_comma >= s) de->trailing_comma = 0;
  }
  return result;
}

Node *kc_parse_expr_subscripts(Parser *p, DestructErrors *de, bool fi) {
  return parse_expr_subscripts(p, de, fi);
}

Node *parse_expr_subscripts_from(Parser *p, Node *base, SourceLoc start, bool no_calls) {
  return parse_subscripts(p, base, start, no_calls, false);
}

/* One subscript: .x  ?.x  [e]  (args)  `template`. Returns base when there
 * is none. *chained is set once an optional chain has started. */
static Node *parse_subscript(Parser *p, Node *base, SourceLoc start, bool no_calls,
                             bool maybe_async_arrow, bool optional_chained, bool fi) {
  bool optional = p_eat(p, TOK_QDOT);
  if (no_calls && optional)
    p_error(p, p->prev, "optional chaining cannot appear in the callee of new expressions");
  SourceLoc open = p->tok.loc;
  bool computed = p_eat(p, TOK_LBRACKET);
  if (computed || (optional && !p_is(p, TOK_LPAREN) && !p_is(p, TOK_TEMPLATE)) ||
      p_eat(p, TOK_DOT)) {
    Node *n = p_node(p, NODE_MemberExpression, start);
    n->member.object = base;
    if (computed) {
      n->member.property = parse_expression_fi(p, NULL, false);
      p_expect_close(p, TOK_RBRACKET, open);
    } else if (p_is(p, TOK_PRIVATE) && base->kind != NODE_Super) {
      n->member.property = parse_private_ident(p);
    } else {
      n->member.property = parse_ident(p, true);
    }
    n->member.computed = computed;
    n->member.optional = optional;
    return p_finish(p, n);
  }
  if (!no_calls && p_is(p, TOK_LPAREN)) {
    SourceLoc lp = p->tok.loc;
    p_next(p);
    DestructErrors de;
    de_init(&de);
    uint32_t oy = p->yield_pos, oa = p->await_pos, oai = p->await_ident_pos;
    p->yield_pos = p->await_pos = p->await_ident_pos = 0;
    NodeList args = parse_expr_list(p, TOK_RPAREN, lp, true, false, &de);
    if (maybe_async_arrow && !optional && !p_can_insert_semicolon(p) && p_is(p, TOK_ARROW)) {
      p_next(p);
      check_pattern_errors(p, &de, false);
      check_yield_await_in_default_params(p);
      if (p->await_ident_pos)
        p_error(p, p_loc_at(p, p->await_ident_pos - 1),
                "cannot use 'await' as identifier inside an async function");
      p->yield_pos = oy;
      p->await_pos = oa;
      p->await_ident_pos = oai;
      Node *fn = p_node(p, NODE_ArrowFunctionExpression, start);
      return parse_arrow_expression(p, fn, args, true, fi);
    }
    check_expression_errors(p, &de, true);
    if (oy) p->yield_pos = oy;
    if (oa) p->await_pos = oa;
    if (oai) p->await_ident_pos = oai;
    Node *n = p_node(p, NODE_CallExpression, start);
    n->call.callee = base;
    n->call.arguments = args;
    n->call.optional = optional;
    return p_finish(p, n);
  }
  if (p_is(p, TOK_TEMPLATE)) {
    if (optional || optional_chained)
      p_error(p, p->tok.loc,
              "optional chaining cannot appear in the tag of tagged template expressions");
    Node *n = p_node(p, NODE_TaggedTemplateExpression, start);
    n->tagged_template.tag = base;
    n->tagged_template.quasi = parse_template(p, true);
    return p_finish(p, n);
  }
  return base;
}

static Node *parse_subscripts(Parser *p, Node *base, SourceLoc start, bool no_calls, bool fi) {
  bool maybe_async_arrow = base->kind == NODE_Identifier && p_str_eq(base->ident.name, "async") &&
                           p->prev.offset + p->prev.length == base->loc.offset + base->loc.length &&
                           !p_can_insert_semicolon(p) && base->loc.length == 5 &&
                           p->potential_arrow_at == off1(base->loc);
  bool optional_chained = false;
  for (;;) {
    Node *el = parse_subscript(p, base, start, no_calls, maybe_async_arrow, optional_chained, fi);
    if ((el->kind == NODE_MemberExpression && el->member.optional) ||
        (el->kind == NODE_CallExpression && el->call.optional))
      optional_chained = true;
    if (el == base || el->kind == NODE_ArrowFunctionExpression) {
      if (optional_chained) {
        Node *c = p_node(p, NODE_ChainExpression, start);
        c->chain.expression = el;
        el = p_finish(p, c);
      }
      return el;
    }
    base = el;
  }
}

Node *parse_ident(Parser *p, bool liberal) {
  if (!p_is(p, TOK_NAME)) p_unexpected(p);
  Node *n = p_node(p, NODE_Identifier, p->tok.loc);
  n->ident.name = p->tok.value;
  KwKind kw = p->tok.kw;
  bool esc = p->tok.escaped;
  p_next(p);
  p_finish(p, n);
  if (!liberal) {
    check_unreserved(p, n->ident.name, kw, esc, n->loc);
    if (kw == KW_AWAIT && !p->await_ident_pos) p->await_ident_pos = off1(n->loc);
  }
  return n;
}

Node *parse_private_ident(Parser *p) {
  if (!p_is(p, TOK_PRIVATE)) p_unexpected(p);
  Node *n = p_node(p, NODE_PrivateIdentifier, p->tok.loc);
  n->ident.name = p->tok.value;
  p_next(p);
  p_finish(p, n);
  private_use(p, n->ident.name, n->loc);
  return n;
}

static void check_octal(Parser *p) {
  if (p->tok.legacy_octal && p->strict) {
    if (p->tok.kind == TOK_NUMBER)
      p_error(p, p->tok.loc, "octal literals are not allowed in strict mode");
    p_error(p, p->tok.octal_loc, "octal escape sequences are not allowed in strict mode");
  }
}

Node *parse_literal(Parser *p) {
  check_octal(p);
  Node *n = p_node(p, NODE_Literal, p->tok.loc);
  switch (p->tok.kind) {
  case TOK_NUMBER:
    n->literal.lit = KC_LIT_NUMBER;
    n->literal.number = p->tok.number;
    break;
  case TOK_BIGINT:
    n->literal.lit = KC_LIT_BIGINT;
    n->literal.bigint = p->tok.value;
    break;
  case TOK_STRING:
    n->literal.lit = KC_LIT_STRING;
    n->literal.string = p->tok.value;
    break;
  case TOK_REGEX:
    n->literal.lit = KC_LIT_REGEX;
    n->literal.regex_pattern = p->tok.value;
    n->literal.regex_flags = p->tok.raw2;
    break;
  default:
    p_unexpected(p);
  }
  n->literal.raw.ptr = kc_arena_strndup(p->arena, p->src->text + p->tok.loc.offset, p->tok.loc.length);
  n->literal.raw.len = p->tok.loc.length;
  p_next(p);
  return p_finish(p, n);
}

Node *parse_string_literal(Parser *p) {
  if (!p_is(p, TOK_STRING)) p_unexpected(p);
  return parse_literal(p);
}

/* TemplateElement spans the characters between the delimiters. */
static Node *template_element(Parser *p, bool tagged) {
  Token *t = &p->tok;
  if (t->cooked_invalid && !tagged)
    p_error(p, t->octal_loc, "bad escape sequence in untagged template literal");
  SourceLoc l = t->loc;
  uint32_t open = 1, close = t->template_tail ? 1 : 2;
  l.offset += open;
  l.start16 += open;
  l.col += open;
  l.length -= open + close;
  l.end16 -= close;
  l.end_col -= close;
  Node *e = p_node(p, NODE_TemplateElement, l);
  e->template_element.raw = t->raw2;
  e->template_element.cooked = t->value;
  e->template_element.tail = t->template_tail;
  return e;
}

Node *parse_template(Parser *p, bool tagged) {
  Node *n = p_node(p, NODE_TemplateLiteral, p->tok.loc);
  int qmark = p->sp;
  Node *e = template_element(p, tagged);
  p_push(p, e);
  NodeList exprs = {0};
  if (!e->template_element.tail) {
    /* Expressions go on the stack above the quasis; interleaved, then split. */
    Node **ex = NULL;
    int nex = 0, cap = 0;
    while (!e->template_element.tail) {
      SourceLoc open = p->tok.loc;
      p_next(p);
      Node *x = parse_expression_fi(p, NULL, false);
      if (!p_is(p, TOK_RBRACE)) {
        if (p_is(p, TOK_EOF)) p_error(p, open, "unterminated template literal");
        p_expect_close(p, TOK_RBRACE, open);
      }
      kc_lex_rescan_template(&p->lx, &p->tok);
      if (nex == cap) {
        cap = cap ? cap * 2 : 4;
        Node **nx = kc_arena_alloc(p->arena, cap * sizeof(Node *));
        if (nex) memcpy(nx, ex, nex * sizeof(Node *));
        ex = nx;
      }
      ex[nex++] = x;
      e = template_element(p, tagged);
      p_push(p, e);
    }
    exprs.items = ex;
    exprs.count = nex;
  }
  n->template_.quasis = p_pop_list(p, qmark);
  n->template_.expressions = exprs;
  p_next(p);
  return p_finish(p, n);
}

static NodeList parse_expr_list(Parser *p, TokKind close, SourceLoc open, bool allow_trailing,
                                bool allow_empty, DestructErrors *de) {
  int mark = p->sp;
  bool first = true;
  while (!p_eat(p, close)) {
    if (!first) {
      if (!p_is(p, TOK_COMMA)) p_expect_close(p, close, open);
      p_next(p);
      if (allow_trailing && p_eat(p, close)) break;
    } else {
      first = false;
    }
    Node *el;
    if (allow_empty && p_is(p, TOK_COMMA)) {
      el = NULL;
    } else if (p_is(p, TOK_ELLIPSIS)) {
      el = p_node(p, NODE_SpreadElement, p->tok.loc);
      p_next(p);
      el->argument.argument = parse_assign(p, de, false);
      p_finish(p, el);
      if (de && p_is(p, TOK_COMMA) && !de->trailing_comma) de->trailing_comma = off1(p->tok.loc);
    } else {
      el = parse_assign(p, de, false);
    }
    p_push(p, el);
  }
  return p_pop_list(p, mark);
}

/* ( ... ) : a parenthesised expression or an arrow function's parameters. */
static Node *parse_paren_and_distinguish(Parser *p, bool can_be_arrow, bool fi) {
  SourceLoc start = p->tok.loc;
  p_next(p);
  SourceLoc inner_start = p->tok.loc;
  int mark = p->sp;
  bool first = true, last_is_comma = false;
  DestructErrors de;
  de_init(&de);
  uint32_t oy = p->yield_pos, oa = p->await_pos;
  uint32_t spread_start = 0;
  p->yield_pos = p->await_pos = 0;
  while (!p_is(p, TOK_RPAREN)) {
    if (!first) {
      if (!p_is(p, TOK_COMMA)) p_expect_close(p, TOK_RPAREN, start);
      p_next(p);
    } else {
      first = false;
    }
    if (p_is(p, TOK_RPAREN)) {
      last_is_comma = true;
      break;
    } else if (p_is(p, TOK_ELLIPSIS)) {
      spread_start = off1(p->tok.loc);
      p_push(p, parse_rest_binding(p));
      if (p_is(p, TOK_COMMA))
        p_error(p, p->tok.loc, "comma is not permitted after the rest element");
      break;
    } else {
      p_push(p, parse_assign(p, &de, false));
    }
  }
  SourceLoc inner_end = p->prev;
  p_expect_close(p, TOK_RPAREN, start);
  NodeList list = p_pop_list(p, mark);
  if (can_be_arrow && !p_can_insert_semicolon(p) && p_is(p, TOK_ARROW)) {
    p_next(p);
    check_pattern_errors(p, &de, false);
    check_yield_await_in_default_params(p);
    p->yield_pos = oy;
    p->await_pos = oa;
    Node *fn = p_node(p, NODE_ArrowFunctionExpression, start);
    return parse_arrow_expression(p, fn, list, false, fi);
  }
  if (!list.count || last_is_comma) {
    p_error(p, p->prev, "unexpected token '%s'", ")");
  }
  if (spread_start) p_error(p, p_loc_at(p, spread_start - 1), "unexpected token '...'");
  check_expression_errors(p, &de, true);
  if (oy) p->yield_pos = oy;
  if (oa) p->await_pos = oa;
  Node *val;
  if (list.count > 1) {
    val = p_node(p, NODE_SequenceExpression, inner_start);
    val->sequence.expressions = list;
    val->loc = kc_loc_span(inner_start, inner_end);
  } else {
    val = list.items[0];
  }
  val->flags |= NODE_FLAG_PARENTHESIZED;
  return val;
}

static bool is_simple_assign_target(Node *n) {
  return n->kind == NODE_Identifier || n->kind == NODE_MemberExpression;
}

static Node *parse_new(Parser *p) {
  SourceLoc start = p->tok.loc;
  Node *n = p_node(p, NODE_NewExpression, start);
  p_next(p);
  if (p_is(p, TOK_DOT)) {
    n->kind = NODE_MetaProperty;
    Node *meta = p_node(p, NODE_Identifier, start);
    meta->ident.name.ptr = "new";
    meta->ident.name.len = 3;
    p_finish(p, meta);
    n->meta_property.meta = meta;
    p_next(p);
    bool esc = p->tok.escaped;
    n->meta_property.property = parse_ident(p, true);
    if (!p_str_eq(n->meta_property.property->ident.name, "target"))
      p_error(p, n->meta_property.property->loc,
              "the only valid meta property for new is 'new.target'");
    if (esc) p_error(p, start, "'new.target' must not contain escaped characters");
    if (!allow_new_target(p))
      p_error(p, start, "'new.target' can only be used in functions and class static block");
    return p_finish(p, n);
  }
  SourceLoc cs = p->tok.loc;
  if (p_is_kw(p, KW_IMPORT)) {
    /* new import(...) is not allowed; new import.meta is */
  }
  n->call.callee = parse_subscripts(p, parse_atom(p, NULL, false, true), cs, true, false);
  if (n->call.callee->kind == NODE_Super) p_error(p, n->call.callee->loc, "invalid use of 'super'");
  if (p_is(p, TOK_LPAREN)) {
    SourceLoc lp = p->tok.loc;
    p_next(p);
    n->call.arguments = parse_expr_list(p, TOK_RPAREN, lp, true, false, NULL);
  }
  return p_finish(p, n);
}

static Node *parse_import_expr(Parser *p, bool for_new) {
  SourceLoc start = p->tok.loc;
  if (p->tok.escaped) p_error(p, start, "escape sequence in keyword import");
  p_next(p);
  if (p_is(p, TOK_LPAREN) && !for_new) {
    Node *n = p_node(p, NODE_ImportExpression, start);
    SourceLoc lp = p->tok.loc;
    p_next(p);
    n->import_expr.source = parse_assign(p, NULL, false);
    if (!p_eat(p, TOK_RPAREN)) {
      if (!p_is(p, TOK_COMMA)) p_expect_close(p, TOK_RPAREN, lp);
      p_next(p);
      if (!p_eat(p, TOK_RPAREN)) {
        n->import_expr.options = parse_assign(p, NULL, false);
        if (!p_eat(p, TOK_RPAREN)) {
          if (!p_is(p, TOK_COMMA)) p_expect_close(p, TOK_RPAREN, lp);
          p_next(p);
          if (!p_eat(p, TOK_RPAREN)) p_unexpected(p);
        }
      }
    }
    return p_finish(p, n);
  }
  if (p_is(p, TOK_DOT)) {
    Node *n = p_node(p, NODE_MetaProperty, start);
    Node *meta = p_node(p, NODE_Identifier, start);
    meta->ident.name.ptr = "import";
    meta->ident.name.len = 6;
    p_finish(p, meta);
    n->meta_property.meta = meta;
    p_next(p);
    bool esc = p->tok.escaped;
    n->meta_property.property = parse_ident(p, true);
    if (!p_str_eq(n->meta_property.property->ident.name, "meta"))
      p_error(p, n->meta_property.property->loc,
              "the only valid meta property for import is 'import.meta'");
    if (esc) p_error(p, start, "'import.meta' must not contain escaped characters");
    if (!p->module) p_error(p, start, "cannot use 'import.meta' outside a module");
    return p_finish(p, n);
  }
  p_unexpected(p);
}

/* Object literal (or pattern when is_pattern). */
static void check_prop_clash(Parser *p, Node *prop, bool *has_proto, DestructErrors *de) {
  if (prop->kind != NODE_Property) return;
  if (prop->property.computed || prop->property.method || prop->property.shorthand) return;
  Node *key = prop->property.key;
  bool is_proto = (key->kind == NODE_Identifier && p_str_eq(key->ident.name, "__proto__")) ||
                  (key->kind == NODE_Literal && key->literal.lit == KC_LIT_STRING &&
                   p_str_eq(key->literal.string, "__proto__"));
  if (!is_proto || prop->property.kind != KC_PROP_INIT) return;
  if (*has_proto) {
    if (de) {
      if (!de->double_proto) de->double_proto = off1(key->loc);
    } else {
      p_error(p, key->loc, "redefinition of __proto__ property");
    }
  }
  *has_proto = true;
}

Node *parse_property_name(Parser *p, Node *prop, bool *computed) {
  if (p_is(p, TOK_LBRACKET)) {
    SourceLoc open = p->tok.loc;
    p_next(p);
    *computed = true;
    Node *k = parse_assign(p, NULL, false);
    p_expect_close(p, TOK_RBRACKET, open);
    (void)prop;
    return k;
  }
  *computed = false;
  if (p_is(p, TOK_NUMBER) || p_is(p, TOK_STRING) || p_is(p, TOK_BIGINT)) return parse_literal(p);
  return parse_ident(p, true);
}

static bool is_async_prop(Parser *p, Node *prop) {
  if (prop->property.computed || prop->property.key->kind != NODE_Identifier ||
      !p_str_eq(prop->property.key->ident.name, "async"))
    return false;
  TokKind k = p->tok.kind;
  return (k == TOK_NAME || k == TOK_NUMBER || k == TOK_STRING || k == TOK_BIGINT ||
          k == TOK_LBRACKET || k == TOK_STAR) &&
         !p->tok.nl_before;
}

static Node *parse_object_property(Parser *p, bool is_pattern, DestructErrors *de) {
  SourceLoc start = p->tok.loc;
  if (p_is(p, TOK_ELLIPSIS)) {
    p_next(p);
    if (is_pattern) {
      Node *r = p_node(p, NODE_RestElement, start);
      r->argument.argument = parse_ident(p, false);
      if (p_is(p, TOK_COMMA)) p_error(p, p->tok.loc, "comma is not permitted after the rest element");
      return p_finish(p, r);
    }
    Node *s = p_node(p, NODE_SpreadElement, start);
    s->argument.argument = parse_assign(p, de, false);
    if (p_is(p, TOK_COMMA) && de && !de->trailing_comma) de->trailing_comma = off1(p->tok.loc);
    return p_finish(p, s);
  }
  Node *prop = p_node(p, NODE_Property, start);
  bool is_generator = false, is_async = false;
  if (!is_pattern) is_generator = p_eat(p, TOK_STAR);
  bool contains_esc = p_is(p, TOK_NAME) && p->tok.escaped;
  prop->property.key = parse_property_name(p, prop, &prop->property.computed);
  if (!is_pattern && !contains_esc && !is_generator && is_async_prop(p, prop)) {
    is_async = true;
    is_generator = p_eat(p, TOK_STAR);
    prop->property.key = parse_property_name(p, prop, &prop->property.computed);
  }
  /* value */
  if ((is_generator || is_async) && p_is(p, TOK_COLON)) p_unexpected(p);
  if (p_eat(p, TOK_COLON)) {
    prop->property.value = is_pattern ? parse_maybe_default(p, p->tok.loc, NULL)
                                      : parse_assign(p, de, false);
    prop->property.kind = KC_PROP_INIT;
  } else if (p_is(p, TOK_LPAREN)) {
    if (is_pattern) p_unexpected(p);
    prop->property.method = true;
    prop->property.value = parse_method(p, is_generator, is_async, false);
    prop->property.kind = KC_PROP_INIT;
  } else if (!is_pattern && !contains_esc && !prop->property.computed &&
             prop->property.key->kind == NODE_Identifier &&
             (p_str_eq(prop->property.key->ident.name, "get") ||
              p_str_eq(prop->property.key->ident.name, "set")) &&
             !p_is(p, TOK_COMMA) && !p_is(p, TOK_RBRACE) && !p_is(p, TOK_ASSIGN)) {
    if (is_generator || is_async) p_unexpected(p);
    bool is_get = p_str_eq(prop->property.key->ident.name, "get");
    prop->property.key = parse_property_name(p, prop, &prop->property.computed);
    Node *fn = parse_method(p, false, false, false);
    prop->property.value = fn;
    prop->property.kind = is_get ? KC_PROP_GET : KC_PROP_SET;
    if (fn->function.params.count != (is_get ? 0 : 1))
      p_error(p, fn->loc, is_get ? "getter should have no params" : "setter should have exactly one param");
    if (!is_get && fn->function.params.items[0]->kind == NODE_RestElement)
      p_error(p, fn->function.params.items[0]->loc, "setter cannot use rest params");
  } else if (!prop->property.computed && prop->property.key->kind == NODE_Identifier) {
    if (is_generator || is_async) p_unexpected(p);
    Node *key = prop->property.key;
    KcStr kn = key->ident.name;
    /* re-check the key as an identifier reference */
    KwKind kw = KW_NONE;
    kw = kc_lookup_keyword(kn.ptr, kn.len);
    check_unreserved(p, kn, kw, false, key->loc);
    if (kw == KW_AWAIT && !p->await_ident_pos) p->await_ident_pos = off1(start);
    Node *copy = p_node(p, NODE_Identifier, key->loc);
    copy->ident = key->ident;
    if (is_pattern) {
      prop->property.value = parse_maybe_default(p, start, copy);
    } else if (p_is(p, TOK_ASSIGN) && de) {
      if (!de->shorthand_assign) de->shorthand_assign = off1(p->tok.loc);
      prop->property.value = parse_maybe_default(p, start, copy);
    } else {
      prop->property.value = copy;
    }
    prop->property.kind = KC_PROP_INIT;
    prop->property.shorthand = true;
  } else {
    p_unexpected(p);
  }
  return p_finish(p, prop);
}

Node *kc_parse_object(Parser *p, bool is_pattern, DestructErrors *de) {
  SourceLoc open = p->tok.loc;
  Node *n = p_node(p, is_pattern ? NODE_ObjectPattern : NODE_ObjectExpression, open);
  p_next(p);
  int mark = p->sp;
  bool first = true, has_proto = false;
  while (!p_eat(p, TOK_RBRACE)) {
    if (!first) {
      if (!p_is(p, TOK_COMMA)) p_expect_close(p, TOK_RBRACE, open);
      p_next(p);
      if (p_eat(p, TOK_RBRACE)) break;
    } else {
      first = false;
    }
    Node *prop = parse_object_property(p, is_pattern, de);
    if (!is_pattern) check_prop_clash(p, prop, &has_proto, de);
    p_push(p, prop);
  }
  n->object.properties = p_pop_list(p, mark);
  return p_finish(p, n);
}

static Node *parse_atom(Parser *p, DestructErrors *de, bool fi, bool for_new) {
  Node *r = NULL;
  if (p_is(p, TOK_SLASH) || p_is(p, TOK_SLASH_ASSIGN)) kc_lex_rescan_regex(&p->lx, &p->tok);
  bool can_be_arrow = p->potential_arrow_at == off1(p->tok.loc);
  SourceLoc start = p->tok.loc;
  switch (p->tok.kind) {
  case TOK_NAME: {
    if (!p->tok.escaped) {
      switch (p->tok.kw) {
      case KW_SUPER: {
        if (!allow_super(p)) p_error(p, start, "'super' keyword outside a method");
        Node *n = p_node(p, NODE_Super, start);
        p_next(p);
        if (p_is(p, TOK_LPAREN) && !allow_direct_super(p))
          p_error(p, start, "super() call outside constructor of a subclass");
        if (!p_is(p, TOK_DOT) && !p_is(p, TOK_LBRACKET) && !p_is(p, TOK_LPAREN)) p_unexpected(p);
        r = p_finish(p, n);
        goto out;
      }
      case KW_THIS: {
        Node *n = p_node(p, NODE_ThisExpression, start);
        p_next(p);
        r = p_finish(p, n);
        goto out;
      }
      case KW_NULL:
      case KW_TRUE:
      case KW_FALSE: {
        Node *n = p_node(p, NODE_Literal, start);
        n->literal.lit = p->tok.kw == KW_NULL ? KC_LIT_NULL : KC_LIT_BOOLEAN;
        n->literal.boolean = p->tok.kw == KW_TRUE;
        n->literal.raw = p->tok.value;
        p_next(p);
        r = p_finish(p, n);
        goto out;
      }
      case KW_FUNCTION: {
        p_next(p);
        r = parse_function(p, start, 0, false, false, fi);
        goto out;
      }
      case KW_CLASS:
        r = parse_class(p, start, false, true);
        goto out;
      case KW_NEW:
        r = parse_new(p);
        goto out;
      case KW_IMPORT:
        r = parse_import_expr(p, for_new);
        goto out;
      default:
        break;
      }
    }
    bool esc = p->tok.escaped;
    Node *id = parse_ident(p, false);
    if (!esc && p_str_eq(id->ident.name, "async") && !p_can_insert_semicolon(p) &&
        p_is_kw(p, KW_FUNCTION)) {
      p_next(p);
      r = parse_function(p, start, 0, false, true, fi);
      goto out;
    }
    if (can_be_arrow && !p_can_insert_semicolon(p)) {
      if (p_eat(p, TOK_ARROW)) {
        Node *fn = p_node(p, NODE_ArrowFunctionExpression, start);
        Node **items = kc_arena_alloc(p->arena, sizeof(Node *));
        items[0] = id;
        NodeList params = {items, 1};
        r = parse_arrow_expression(p, fn, params, false, fi);
        goto out;
      }
      if (p_str_eq(id->ident.name, "async") && !esc && p_is(p, TOK_NAME) &&
          (!p->potential_arrow_in_for_await || !p_is_kw(p, KW_OF))) {
        Node *param = parse_ident(p, false);
        if (p_can_insert_semicolon(p) || !p_eat(p, TOK_ARROW)) p_unexpected(p);
        Node *fn = p_node(p, NODE_ArrowFunctionExpression, start);
        Node **items = kc_arena_alloc(p->arena, sizeof(Node *));
        items[0] = param;
        NodeList params = {items, 1};
        r = parse_arrow_expression(p, fn, params, true, fi);
        goto out;
      }
    }
    r = id;
    goto out;
  }
  case TOK_REGEX:
  case TOK_NUMBER:
  case TOK_BIGINT:
  case TOK_STRING:
    r = parse_literal(p);
    goto out;
  case TOK_LPAREN: {
    Node *e = parse_paren_and_distinguish(p, can_be_arrow, fi);
    if (de) {
      if (!de->paren_assign && !is_simple_assign_target(e)) de->paren_assign = off1(start);
      if (!de->paren_bind) de->paren_bind = off1(start);
    }
    r = e;
    goto out;
  }
  case TOK_LBRACKET: {
    Node *n = p_node(p, NODE_ArrayExpression, start);
    p_next(p);
    n->array.elements = parse_expr_list(p, TOK_RBRACKET, start, true, true, de);
    r = p_finish(p, n);
    goto out;
  }
  case TOK_LBRACE:
    r = kc_parse_object(p, false, de);
    goto out;
  case TOK_TEMPLATE:
    r = parse_template(p, false);
    goto out;
  default:
    p_unexpected(p);
  }
out:
  return r;
}

/* Arrow function after '=>': params are the cover list. */
Node *parse_arrow_expression(Parser *p, Node *n, NodeList params, bool is_async, bool fi) {
  uint32_t oy = p->yield_pos, oa = p->await_pos, oai = p->await_ident_pos;
  scope_enter(p, SCOPE_FUNCTION | SCOPE_ARROW | (is_async ? SCOPE_ASYNC : 0));
  n->kind = NODE_ArrowFunctionExpression;
  n->function.is_arrow = true;
  n->function.is_async = is_async;
  p->yield_pos = p->await_pos = p->await_ident_pos = 0;
  n->function.params = to_assignable_list(p, params, true);
  parse_function_body(p, n, true, false, fi);
  p->yield_pos = oy;
  p->await_pos = oa;
  p->await_ident_pos = oai;
  return p_finish(p, n);
}

/* Entry used by statements: the public parse_expression. */
Node *kc_parse_expression_fi(Parser *p, DestructErrors *de, bool fi) {
  return parse_expression_fi(p, de, fi);
}
