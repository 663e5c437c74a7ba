/* parser.h — the public face of the front end: parse a source into an AST,
 * print it as ESTree JSON, or print its token stream.
 *
 * kc_parse parses the whole of ECMAScript 2024 in the script or module goal
 * and reports syntax and early errors to [diag] as "file:line:col: error:
 * message" with a caret. It returns the Program node, or NULL when errors
 * were reported. The AST lives in [arena] (see ast.h for its conventions).
 */
#ifndef KC_PARSER_H
#define KC_PARSER_H

#include <stdio.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "source.h"

/* KC_GOAL_COMMONJS is the script goal inside node's module wrapper: the
 * same grammar, plus `return` at the top level. */
typedef enum KcGoal { KC_GOAL_SCRIPT, KC_GOAL_MODULE, KC_GOAL_COMMONJS } KcGoal;

/* Parses [src]. Returns the Program node, or NULL after errors were reported. */
Node *kc_parse(KcArena *arena, const KcSource *src, KcGoal goal, KcDiag *diag);

/* Direct eval code (runtime/eval/rt_eval.c): the script goal, plus what the
 * calling code allows (ECMA-262 PerformEval: strictness, and new.target and
 * super.x when the eval sits in a function or method that allows them). */
enum { KC_PARSE_EVAL_STRICT = 1, KC_PARSE_EVAL_NEW_TARGET = 2, KC_PARSE_EVAL_SUPER = 4 };
Node *kc_parse_eval(KcArena *arena, const KcSource *src, unsigned flags, KcDiag *diag);

/* Writes [program] as ESTree JSON identical to acorn 8's
 * JSON.stringify(acorn.parse(text, {ecmaVersion: 'latest', locations: true}))
 * (BigInt literal values print as null; regex values as {}), plus a newline.
 * Returns 0, or -1 on a write error. */
int kc_write_ast_json(FILE *out, const Node *program, const KcSource *src);

/* Writes the token stream, one token per line: "line:col kind text" (line and
 * column 1-based, the column in UTF-16 units), where kind is one of keyword,
 * name, private, number, bigint, string, template, regex, punct, eof, and
 * text is the token's source text with \n, \r, \\ and control characters
 * escaped. A '/' is a regex or a division as the grammar decides (the tokens
 * are those the parser consumed). Returns 0, or -1 after errors were reported
 * to [diag]. */
int kc_write_tokens(FILE *out, const KcSource *src, KcGoal goal, KcDiag *diag);

#endif
