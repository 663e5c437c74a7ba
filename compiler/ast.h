/* ast.h — the abstract syntax tree the parser produces.
 *
 * Conventions (stable: later changes only add, never rename):
 *
 *   - One node type, `Node`, a tagged union. `kind` is a NodeKind whose names
 *     are the ESTree type names (NODE_BinaryExpression ...), listed once in
 *     KC_NODE_KINDS below. Every ESTree node type that acorn 8 produces for
 *     ECMAScript 2024 exists here. ParenthesizedExpression is never produced
 *     (acorn's default preserveParens: false); parentheses leave no trace
 *     except NODE_FLAG_PARENTHESIZED on the inner expression.
 *   - Every node has `loc`, a SourceLoc (source.h) with byte offsets, UTF-16
 *     offsets (acorn's start/end) and line/column of both ends.
 *   - Per-kind fields live in a named union member and carry ESTree's field
 *     names in snake_case: n->binary.op/left/right, n->function.params/body,
 *     n->ident.name. The table after KC_NODE_KINDS says which member each
 *     kind uses. Optional children (ESTree `null`) are NULL pointers.
 *   - Lists are NodeList {items, count}; an array hole (`[a, , b]`) is a NULL
 *     item in array.elements.
 *   - Operators are enums (KcBinaryOp, KcLogicalOp, KcAssignOp, KcUnaryOp,
 *     KcUpdateOp), each from an X-macro list with its source spelling.
 *   - Text is a KcStr {ptr, len}; ptr is NUL-terminated (the NUL is not counted
 *     in len). Identifier names are decoded (escapes resolved) and valid UTF-8.
 *     String values (string literals, template cooked values, directives'
 *     source text) are WTF-8: UTF-8, except that a lone surrogate code unit
 *     (e.g. from "\uD800") is encoded as its own 3-byte sequence, so every
 *     UTF-16 string survives the round trip. A string value can contain NUL,
 *     so always use len. `raw` fields hold the source text exactly.
 *     A KcStr with ptr == NULL means "absent" (e.g. an invalid cooked value in
 *     a tagged template, or no directive).
 *   - Numbers are doubles. A BigInt literal keeps its value as a decimal
 *     digit string, as acorn's `bigint` field does ("0x1Fn" -> "31",
 *     "1_000n" -> "1000"). A regex literal keeps pattern and flags as written.
 *   - All nodes and strings are allocated in the KcArena given to kc_parse and
 *     live until that arena is freed.
 */
#ifndef KC_AST_H
#define KC_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "source.h"

/* X(Name, union member) — the union member holding the kind's fields. */
#define KC_NODE_KINDS(X)                          \
  X(Program, program)                             \
  X(Identifier, ident)                            \
  X(PrivateIdentifier, ident)                     \
  X(Literal, literal)                             \
  /* statements */                                \
  X(ExpressionStatement, expr_stmt)               \
  X(BlockStatement, block)                        \
  X(StaticBlock, block)                           \
  X(EmptyStatement, none)                         \
  X(DebuggerStatement, none)                      \
  X(WithStatement, with_stmt)                     \
  X(ReturnStatement, argument)                    \
  X(ThrowStatement, argument)                     \
  X(LabeledStatement, labeled)                    \
  X(BreakStatement, jump)                         \
  X(ContinueStatement, jump)                      \
  X(IfStatement, if_stmt)                         \
  X(SwitchStatement, switch_stmt)                 \
  X(SwitchCase, switch_case)                      \
  X(TryStatement, try_stmt)                       \
  X(CatchClause, catch_clause)                    \
  X(WhileStatement, while_stmt)                   \
  X(DoWhileStatement, while_stmt)                 \
  X(ForStatement, for_stmt)                       \
  X(ForInStatement, for_in)                       \
  X(ForOfStatement, for_in)                       \
  /* declarations */                              \
  X(FunctionDeclaration, function)                \
  X(VariableDeclaration, var_decl)                \
  X(VariableDeclarator, declarator)               \
  X(ClassDeclaration, class_)                     \
  /* classes */                                   \
  X(ClassExpression, class_)                      \
  X(ClassBody, block)                             \
  X(MethodDefinition, method)                     \
  X(PropertyDefinition, method)                   \
  /* expressions */                               \
  X(ThisExpression, none)                         \
  X(Super, none)                                  \
  X(ArrayExpression, array)                       \
  X(ObjectExpression, object)                     \
  X(Property, property)                           \
  X(FunctionExpression, function)                 \
  X(ArrowFunctionExpression, function)            \
  X(UnaryExpression, unary)                       \
  X(UpdateExpression, update)                     \
  X(BinaryExpression, binary)                     \
  X(LogicalExpression, logical)                   \
  X(AssignmentExpression, assign)                 \
  X(ConditionalExpression, conditional)           \
  X(CallExpression, call)                         \
  X(NewExpression, call)                          \
  X(MemberExpression, member)                     \
  X(ChainExpression, chain)                       \
  X(SequenceExpression, sequence)                 \
  X(YieldExpression, yield)                       \
  X(AwaitExpression, argument)                    \
  X(TemplateLiteral, template_)                   \
  X(TaggedTemplateExpression, tagged_template)    \
  X(TemplateElement, template_element)            \
  X(MetaProperty, meta_property)                  \
  X(ImportExpression, import_expr)                \
  X(ParenthesizedExpression, chain)               \
  /* patterns */                                  \
  X(SpreadElement, argument)                      \
  X(RestElement, argument)                        \
  X(ObjectPattern, object)                        \
  X(ArrayPattern, array)                          \
  X(AssignmentPattern, assign_pattern)            \
  /* modules */                                   \
  X(ImportDeclaration, import_decl)               \
  X(ImportSpecifier, specifier)                   \
  X(ImportDefaultSpecifier, specifier)            \
  X(ImportNamespaceSpecifier, specifier)          \
  X(ImportAttribute, import_attribute)            \
  X(ExportNamedDeclaration, export_named)         \
  X(ExportSpecifier, specifier)                   \
  X(ExportDefaultDeclaration, export_default)     \
  X(ExportAllDeclaration, export_all)

typedef enum NodeKind {
#define KC_X(name, member) NODE_##name,
  KC_NODE_KINDS(KC_X)
#undef KC_X
  NODE_KIND_COUNT
} NodeKind;

/* ESTree type name of [kind] ("BinaryExpression"). */
const char *kc_node_kind_name(NodeKind kind);

/* X(enum suffix, spelling) */
#define KC_BINARY_OPS(X)                                                        \
  X(EQ, "==") X(NE, "!=") X(STRICT_EQ, "===") X(STRICT_NE, "!==")               \
  X(LT, "<") X(LE, "<=") X(GT, ">") X(GE, ">=")                                 \
  X(SHL, "<<") X(SAR, ">>") X(SHR, ">>>")                                       \
  X(ADD, "+") X(SUB, "-") X(MUL, "*") X(DIV, "/") X(MOD, "%") X(EXP, "**")      \
  X(BIT_OR, "|") X(BIT_XOR, "^") X(BIT_AND, "&")                                \
  X(IN, "in") X(INSTANCEOF, "instanceof")
#define KC_LOGICAL_OPS(X) X(OR, "||") X(AND, "&&") X(NULLISH, "??")
#define KC_ASSIGN_OPS(X)                                                        \
  X(ASSIGN, "=") X(ADD, "+=") X(SUB, "-=") X(MUL, "*=") X(DIV, "/=")             \
  X(MOD, "%=") X(EXP, "**=") X(SHL, "<<=") X(SAR, ">>=") X(SHR, ">>>=")          \
  X(BIT_OR, "|=") X(BIT_XOR, "^=") X(BIT_AND, "&=")                              \
  X(OR, "||=") X(AND, "&&=") X(NULLISH, "?\?=")
#define KC_UNARY_OPS(X)                                                         \
  X(NEG, "-") X(PLUS, "+") X(NOT, "!") X(BIT_NOT, "~")                           \
  X(TYPEOF, "typeof") X(VOID, "void") X(DELETE, "delete")
#define KC_UPDATE_OPS(X) X(INC, "++") X(DEC, "--")

typedef enum KcBinaryOp {
#define KC_X(e, s) KC_BIN_##e,
  KC_BINARY_OPS(KC_X)
#undef KC_X
} KcBinaryOp;
typedef enum KcLogicalOp {
#define KC_X(e, s) KC_LOGICAL_##e,
  KC_LOGICAL_OPS(KC_X)
#undef KC_X
} KcLogicalOp;
typedef enum KcAssignOp {
#define KC_X(e, s) KC_ASSIGN_##e,
  KC_ASSIGN_OPS(KC_X)
#undef KC_X
} KcAssignOp;
typedef enum KcUnaryOp {
#define KC_X(e, s) KC_UNARY_##e,
  KC_UNARY_OPS(KC_X)
#undef KC_X
} KcUnaryOp;
typedef enum KcUpdateOp {
#define KC_X(e, s) KC_UPDATE_##e,
  KC_UPDATE_OPS(KC_X)
#undef KC_X
} KcUpdateOp;

const char *kc_binary_op_str(KcBinaryOp op);
const char *kc_logical_op_str(KcLogicalOp op);
const char *kc_assign_op_str(KcAssignOp op);
const char *kc_unary_op_str(KcUnaryOp op);
const char *kc_update_op_str(KcUpdateOp op);

typedef enum KcLiteralKind {
  KC_LIT_NULL,
  KC_LIT_BOOLEAN,
  KC_LIT_NUMBER,
  KC_LIT_STRING,
  KC_LIT_REGEX,
  KC_LIT_BIGINT,
} KcLiteralKind;

typedef enum KcVarKind { KC_VAR_VAR, KC_VAR_LET, KC_VAR_CONST } KcVarKind;
typedef enum KcPropKind { KC_PROP_INIT, KC_PROP_GET, KC_PROP_SET } KcPropKind;
typedef enum KcMethodKind {
  KC_METHOD_METHOD,
  KC_METHOD_CONSTRUCTOR,
  KC_METHOD_GET,
  KC_METHOD_SET,
} KcMethodKind;
typedef enum KcSourceType { KC_SOURCE_SCRIPT, KC_SOURCE_MODULE } KcSourceType;

typedef struct KcStr {
  const char *ptr; /* NUL-terminated; NULL = absent */
  uint32_t len;    /* bytes, excluding the NUL */
} KcStr;

typedef struct Node Node;

typedef struct NodeList {
  Node **items;
  int count;
} NodeList;

/* Node.flags */
enum {
  NODE_FLAG_PARENTHESIZED = 1 << 0, /* the expression was written in (...) */
  NODE_FLAG_STRICT = 1 << 1,        /* Program/functions: body is strict code */
  NODE_FLAG_SIMPLE_PARAMS = 1 << 2, /* functions: no defaults/rest/patterns */
  /* Program parsed as an ECMAScript Script (not a CommonJS module body):
   * its top-level var and function declarations are global object
   * properties and its `this` is globalThis. */
  NODE_FLAG_GLOBAL_SCRIPT = 1 << 3,
  /* Program of an ES module whose body has a top-level `await` or
   * `for await` outside every function: it evaluates asynchronously. */
  NODE_FLAG_TLA = 1 << 4,
};

struct Node {
  NodeKind kind;
  uint32_t flags;
  SourceLoc loc;
  union {
    struct {
      char unused;
    } none; /* EmptyStatement, DebuggerStatement, ThisExpression, Super */
    struct {
      NodeList body;
      KcSourceType source_type;
    } program;
    struct {
      KcStr name; /* PrivateIdentifier: without the leading '#' */
    } ident;
    struct {
      KcLiteralKind lit;
      bool boolean;
      double number;
      union {                /* which one is set depends on lit */
        KcStr string;        /* KC_LIT_STRING: cooked value, WTF-8 */
        KcStr bigint;        /* KC_LIT_BIGINT: decimal digits, see above */
        KcStr regex_pattern; /* KC_LIT_REGEX */
      };
      KcStr regex_flags;   /* KC_LIT_REGEX */
      KcStr raw;
    } literal;
    struct {
      Node *expression;
      KcStr directive; /* ptr != NULL for a directive prologue entry: the raw
                          text between the quotes, as ESTree's `directive` */
    } expr_stmt;
    struct {
      NodeList body;
    } block; /* BlockStatement, StaticBlock, ClassBody */
    struct {
      Node *object, *body;
    } with_stmt;
    struct {
      Node *argument; /* may be NULL for ReturnStatement */
    } argument; /* ReturnStatement, ThrowStatement, AwaitExpression,
                   SpreadElement, RestElement */
    struct {
      Node *label, *body;
    } labeled;
    struct {
      Node *label; /* may be NULL */
    } jump; /* BreakStatement, ContinueStatement */
    struct {
      Node *test, *consequent, *alternate; /* alternate may be NULL */
    } if_stmt;
    struct {
      Node *discriminant;
      NodeList cases;
    } switch_stmt;
    struct {
      Node *test; /* NULL for default: */
      NodeList consequent;
    } switch_case;
    struct {
      Node *block, *handler, *finalizer; /* handler, finalizer may be NULL */
    } try_stmt;
    struct {
      Node *param; /* may be NULL (optional catch binding) */
      Node *body;
    } catch_clause;
    struct {
      Node *test, *body;
    } while_stmt; /* WhileStatement, DoWhileStatement */
    struct {
      Node *init, *test, *update, *body; /* first three may be NULL */
    } for_stmt;
    struct {
      Node *left, *right, *body;
      bool is_await; /* for await (... of ...) */
    } for_in; /* ForInStatement, ForOfStatement */
    struct {
      Node *id; /* NULL for anonymous functions and arrows */
      NodeList params;
      Node *body; /* BlockStatement, or an expression when is_expression */
      bool is_async, is_generator, is_arrow, is_expression;
    } function; /* FunctionDeclaration, FunctionExpression, ArrowFunctionExpression */
    struct {
      KcVarKind kind;
      NodeList declarations;
    } var_decl;
    struct {
      Node *id, *init; /* init may be NULL */
    } declarator;
    struct {
      Node *id;          /* may be NULL for expressions and export default */
      Node *super_class; /* may be NULL */
      Node *body;        /* ClassBody */
    } class_; /* ClassDeclaration, ClassExpression */
    struct {
      Node *key;   /* Identifier, PrivateIdentifier, Literal or an expression */
      Node *value; /* MethodDefinition: FunctionExpression; PropertyDefinition:
                      initializer or NULL */
      KcMethodKind kind; /* MethodDefinition only */
      bool is_static, computed;
    } method; /* MethodDefinition, PropertyDefinition */
    struct {
      NodeList elements; /* NULL items are holes */
    } array; /* ArrayExpression, ArrayPattern */
    struct {
      NodeList properties; /* Property, SpreadElement / RestElement */
    } object; /* ObjectExpression, ObjectPattern */
    struct {
      Node *key, *value;
      KcPropKind kind;
      bool method, shorthand, computed;
    } property;
    struct {
      KcUnaryOp op;
      Node *argument;
    } unary;
    struct {
      KcUpdateOp op;
      bool prefix;
      Node *argument;
    } update;
    struct {
      KcBinaryOp op;
      Node *left, *right; /* left may be a PrivateIdentifier for `#x in o` */
    } binary;
    struct {
      KcLogicalOp op;
      Node *left, *right;
    } logical;
    struct {
      KcAssignOp op;
      Node *left, *right; /* left is a pattern for '=' */
    } assign;
    struct {
      Node *test, *consequent, *alternate;
    } conditional;
    struct {
      Node *callee;
      NodeList arguments;
      bool optional; /* CallExpression: `f?.()` */
    } call; /* CallExpression, NewExpression */
    struct {
      Node *object, *property; /* property: Identifier/PrivateIdentifier unless computed */
      bool computed, optional;
    } member;
    struct {
      Node *expression;
    } chain; /* ChainExpression, ParenthesizedExpression */
    struct {
      NodeList expressions;
    } sequence;
    struct {
      Node *argument; /* may be NULL */
      bool delegate;
    } yield;
    struct {
      NodeList quasis;      /* TemplateElement, one more than expressions */
      NodeList expressions;
    } template_;
    struct {
      Node *tag, *quasi; /* quasi: TemplateLiteral */
    } tagged_template;
    struct {
      KcStr raw;    /* with CRLF/CR normalised to LF, as the spec's TRV */
      KcStr cooked; /* WTF-8; ptr == NULL when invalid (tagged templates) */
      bool tail;
    } template_element;
    struct {
      Node *meta, *property; /* new.target, import.meta */
    } meta_property;
    struct {
      Node *source;
      Node *options; /* second argument, may be NULL */
    } import_expr;
    struct {
      Node *left, *right;
    } assign_pattern;
    struct {
      NodeList specifiers;
      Node *source;        /* Literal */
      NodeList attributes; /* ImportAttribute (with { type: "json" }) */
    } import_decl;
    struct {
      Node *local;    /* all specifier kinds */
      Node *imported; /* ImportSpecifier: Identifier or string Literal */
      Node *exported; /* ExportSpecifier: Identifier or string Literal */
    } specifier;
    struct {
      Node *key, *value;
    } import_attribute;
    struct {
      Node *declaration; /* may be NULL */
      NodeList specifiers;
      Node *source; /* may be NULL */
      NodeList attributes;
    } export_named;
    struct {
      Node *declaration; /* declaration or expression */
    } export_default;
    struct {
      Node *exported; /* may be NULL; `export * as ns` */
      Node *source;
      NodeList attributes;
    } export_all;
  };
};

#endif
