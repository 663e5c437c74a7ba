/* parser_internal.h — state shared by the parser's files.
 *
 * The parser is recursive descent with one token of lookahead (plus a
 * save/restore peek for the few places that need two). Its structure follows
 * the specification's grammar and, where ESTree leaves a choice (positions,
 * which node a construct becomes), acorn's decisions, so --emit=ast matches
 * acorn byte for byte.
 *
 * Errors stop the parse: p_error reports the diagnostic and longjmps back to
 * kc_parse, which frees the parser's temporary memory; the AST is in the
 * caller's arena either way. Every temporary the parser holds is either in
 * the arena or owned by the Parser struct, so the longjmp leaks nothing.
 *
 * Scopes (early.c) follow the spec's early errors the way acorn tracks them:
 * one stack of scopes that carry both binding sets (var/lexical/function
 * names, for redeclaration errors) and the function context flags (async,
 * generator, arrow, super allowed, class field initializer, static block).
 */
#ifndef KC_PARSER_INTERNAL_H
#define KC_PARSER_INTERNAL_H

#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>

#include "lexer.h"
#include "parser.h"

#define KC_MAX_DEPTH 2500 /* nesting levels before "nesting too deep" */

/* Scope flags (as acorn's). */
enum {
  SCOPE_TOP = 1 << 0,
  SCOPE_FUNCTION = 1 << 1,
  SCOPE_ASYNC = 1 << 2,
  SCOPE_GENERATOR = 1 << 3,
  SCOPE_ARROW = 1 << 4,
  SCOPE_SIMPLE_CATCH = 1 << 5,
  SCOPE_SUPER = 1 << 6,
  SCOPE_DIRECT_SUPER = 1 << 7,
  SCOPE_CLASS_STATIC_BLOCK = 1 << 8,
  SCOPE_CLASS_FIELD_INIT = 1 << 9,
  SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT,
};

/* Binding kinds for declare_name. */
typedef enum BindKind {
  BIND_NONE,        /* not a binding (assignment target) */
  BIND_VAR,         /* var, parameters of simple-parameter functions */
  BIND_LEXICAL,     /* let, const, class */
  BIND_FUNCTION,    /* function declarations */
  BIND_SIMPLE_CATCH,/* catch (e) */
  BIND_OUTSIDE,     /* a function expression's own name: checked, not declared */
} BindKind;

typedef struct ScopeEntry {
  const char *name;
  uint32_t len, hash, gen;
  uint8_t bits; /* 1 var, 2 lexical, 4 function */
} ScopeEntry;

typedef struct Scope {
  unsigned flags;
  uint32_t gen;       /* entries with another gen are stale */
  ScopeEntry *table;  /* open addressing; capacity cap (power of two) */
  uint32_t cap, count;
  const char *first_lexical; /* for SCOPE_SIMPLE_CATCH: the catch parameter */
  uint32_t first_lexical_len;
} Scope;

typedef enum LabelKind { LABEL_PLAIN, LABEL_LOOP, LABEL_SWITCH } LabelKind;

typedef struct Label {
  KcStr name;          /* ptr == NULL: an unlabelled loop or switch */
  LabelKind kind;      /* what the labelled statement is */
  uint32_t stmt_start; /* byte offset of the labelled statement */
} Label;

/* Private names of one class body (declared, and used before declaration). */
typedef struct PrivateName {
  KcStr name;
  SourceLoc loc;
  uint8_t kind; /* 1 field/method, 2 getter, 4 setter, 8 static */
} PrivateName;

typedef struct PrivateScope {
  int decl_base, decl_count; /* into p->priv_decls */
  int used_base;             /* into p->priv_used */
} PrivateScope;

/* Positions of constructs that are errors unless the expression turns out to
 * be a pattern (or vice versa); byte offset + 1, 0 = none. */
typedef struct DestructErrors {
  uint32_t shorthand_assign;
  uint32_t trailing_comma;
  uint32_t paren_assign;
  uint32_t paren_bind;
  uint32_t double_proto;
} DestructErrors;

typedef void (*KcTokenHook)(void *ctx, const Token *t);

typedef struct Parser {
  KcLexer lx;
  Token tok;          /* current token */
  SourceLoc prev;     /* location of the last consumed token */
  KcArena *arena;
  const KcSource *src;
  KcDiag *diag;
  jmp_buf bail;
  bool module;
  bool tla;      /* saw an await or for-await at a module's top level */
  bool commonjs; /* top-level return allowed (node's module wrapper) */
  unsigned eval_flags; /* KC_PARSE_EVAL_*: direct eval code and what its caller allows */
  bool strict;
  int depth;
  KcTokenHook token_hook;
  void *token_hook_ctx;

  /* scratch stack for building NodeLists */
  Node **stack;
  int sp, stack_cap;

  /* scopes */
  Scope *scopes;
  int nscopes, scopes_cap;

  /* labels of the current function */
  Label *labels;
  int nlabels, labels_cap;
  int label_base; /* labels below this index belong to enclosing functions */

  /* private names */
  PrivateName *priv_decls;
  int npriv_decls, priv_decls_cap;
  PrivateName *priv_used;
  int npriv_used, priv_used_cap;
  PrivateScope *priv_scopes;
  int npriv_scopes, priv_scopes_cap;

  /* module exports */
  PrivateName *exports;        /* exported names (duplicate check) */
  int nexports, exports_cap;
  PrivateName *export_locals;  /* `export {x}` locals to check at the end */
  int nexport_locals, export_locals_cap;

  /* yield/await positions for arrow parameter checks (offset + 1) */
  uint32_t yield_pos, await_pos, await_ident_pos;
  uint32_t potential_arrow_at;
  bool potential_arrow_in_for_await;
  bool in_for_init; /* parsing a for-init: `in` is not an operator */
} Parser;

/* parser.c: tokens, errors, nodes */
_Noreturn void p_error(Parser *p, SourceLoc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
_Noreturn void p_unexpected(Parser *p);
SourceLoc p_loc_at(Parser *p, uint32_t offset); /* slow: errors only */
void p_next(Parser *p);
bool p_is(Parser *p, TokKind k);
bool p_is_kw(Parser *p, KwKind kw); /* unescaped keyword */
bool p_eat(Parser *p, TokKind k);
bool p_eat_kw(Parser *p, KwKind kw);
void p_expect(Parser *p, TokKind k);
void p_expect_kw(Parser *p, KwKind kw);
void p_expect_close(Parser *p, TokKind k, SourceLoc open);
bool p_can_insert_semicolon(Parser *p);
void p_semicolon(Parser *p);
Token p_peek(Parser *p); /* the token after the current one */
Node *p_node(Parser *p, NodeKind kind, SourceLoc start);
Node *p_finish(Parser *p, Node *n); /* end = end of the previous token */
void p_push(Parser *p, Node *n);
NodeList p_pop_list(Parser *p, int mark);
void p_enter(Parser *p); /* depth guard */
void p_leave(Parser *p);
bool p_str_eq(KcStr s, const char *lit);

/* early.c: scopes, labels, private names, exports */
void scope_enter(Parser *p, unsigned flags);
void scope_exit(Parser *p);
Scope *scope_cur(Parser *p);
Scope *scope_var(Parser *p);
Scope *scope_this(Parser *p);
bool in_function(Parser *p);
bool in_generator(Parser *p);
bool in_async(Parser *p);
bool can_await(Parser *p);
/* Records a top-level await of a module (an await outside every function). */
void note_await(Parser *p);
bool allow_super(Parser *p);
bool allow_direct_super(Parser *p);
bool allow_new_target(Parser *p);
bool in_class_static_block(Parser *p);
bool in_class_field_init(Parser *p);
bool treat_functions_as_var(Parser *p);
void declare_name(Parser *p, KcStr name, BindKind kind, SourceLoc loc);
bool scope_has_var_or_lexical_top(Parser *p, KcStr name);
void check_lval_simple(Parser *p, Node *expr, BindKind kind, bool *clash_dummy);
void check_lval_pattern(Parser *p, Node *expr, BindKind kind);
void check_lval_inner(Parser *p, Node *expr, BindKind kind);
void check_params(Parser *p, Node *fn, bool allow_duplicates);
void label_push(Parser *p, KcStr name, LabelKind kind, uint32_t stmt_start, SourceLoc loc);
void label_pop(Parser *p);
void private_enter(Parser *p);
void private_declare(Parser *p, KcStr name, SourceLoc loc, int kind);
void private_use(Parser *p, KcStr name, SourceLoc loc);
void private_exit(Parser *p);
void export_name(Parser *p, KcStr name, SourceLoc loc);
void export_local(Parser *p, KcStr name, SourceLoc loc);
void export_check_locals(Parser *p);
void check_unreserved(Parser *p, KcStr name, KwKind kw, bool escaped, SourceLoc loc);

/* parse_expr.c */
Node *parse_expression(Parser *p, DestructErrors *de);
Node *parse_assign(Parser *p, DestructErrors *de, bool for_init);
Node *parse_ident(Parser *p, bool liberal);
Node *parse_private_ident(Parser *p);
Node *parse_string_literal(Parser *p);
Node *parse_literal(Parser *p);
Node *parse_template(Parser *p, bool tagged);
Node *parse_property_name(Parser *p, Node *prop, bool *computed);
Node *parse_arrow_expression(Parser *p, Node *n, NodeList params, bool is_async, bool for_init);
bool check_expression_errors(Parser *p, DestructErrors *de, bool and_throw);
void check_pattern_errors(Parser *p, DestructErrors *de, bool is_assign);
void check_yield_await_in_default_params(Parser *p);
Node *parse_expr_subscripts_from(Parser *p, Node *base, SourceLoc start, bool no_calls);
Node *kc_parse_expression_fi(Parser *p, DestructErrors *de, bool fi);
Node *kc_parse_object(Parser *p, bool is_pattern, DestructErrors *de);
Node *kc_parse_expr_subscripts(Parser *p, DestructErrors *de, bool fi);
Node *kc_parse_expr_op(Parser *p, Node *left, SourceLoc left_start, int min_prec, bool fi);

/* parse_pattern.c */
Node *to_assignable(Parser *p, Node *n, bool is_binding, DestructErrors *de);
NodeList to_assignable_list(Parser *p, NodeList list, bool is_binding);
Node *parse_binding_atom(Parser *p);
Node *parse_maybe_default(Parser *p, SourceLoc start, Node *left);
NodeList parse_binding_list(Parser *p, TokKind close, bool allow_empty, bool allow_trailing_comma,
                            SourceLoc open);
Node *parse_rest_binding(Parser *p);

/* parse_stmt.c */
Node *parse_statement(Parser *p, int context, Node *exports_unused);
Node *parse_block(Parser *p, bool create_scope);
void parse_function_body(Parser *p, Node *fn, bool is_arrow, bool is_method, bool for_init);
Node *parse_function(Parser *p, SourceLoc start, int statement, bool allow_expr_body_unused,
                     bool is_async, bool for_init);
void parse_function_params(Parser *p, Node *fn);
Node *parse_method(Parser *p, bool is_generator, bool is_async, bool allow_direct_super);
Node *parse_class(Parser *p, SourceLoc start, bool is_statement, bool id_optional);
Node *parse_var_statement_decls(Parser *p, Node *n, KcVarKind kind, bool is_for);
void parse_top_level(Parser *p, Node *program);
bool is_let_declaration(Parser *p, bool for_context);

/* parse_module.c */
Node *parse_import(Parser *p, SourceLoc start);
Node *parse_export(Parser *p, SourceLoc start);

#endif
