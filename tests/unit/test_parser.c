/* test_parser.c — the parser: AST shapes and fields, cover grammar, early
 * errors, diagnostics text, and robustness on hostile input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "parser.h"

typedef struct Parsed {
  KcSource *src;
  KcArena *arena;
  KcDiag *diag;
  Node *prog;
} Parsed;

static Parsed parse_goal(const char *text, size_t len, KcGoal goal) {
  Parsed p;
  p.src = kc_source_from_memory("t.js", text, len);
  p.arena = kc_arena_new();
  p.diag = kc_diag_new(NULL);
  p.prog = kc_parse(p.arena, p.src, goal, p.diag);
  return p;
}

static Parsed parse(const char *text) { return parse_goal(text, strlen(text), KC_GOAL_SCRIPT); }

static void done(Parsed *p) {
  kc_arena_free(p->arena);
  kc_diag_free(p->diag);
  kc_source_free(p->src);
}

static Node *stmt(Parsed *p, int i) { return p->prog->program.body.items[i]; }
static Node *expr(Parsed *p, int i) { return stmt(p, i)->expr_stmt.expression; }

/* Parses and expects an error whose message contains [needle]. */
static void expect_error(const char *text, KcGoal goal, const char *needle) {
  Parsed p = parse_goal(text, strlen(text), goal);
  if (p.prog) fail_msg("accepted: %s", text);
  assert_true(kc_diag_error_count(p.diag) >= 1);
  const char *m = kc_diag_message(p.diag, 0);
  if (!strstr(m, needle)) fail_msg("for %s: got '%s', wanted '%s'", text, m, needle);
  done(&p);
}

static void expect_ok(const char *text, KcGoal goal) {
  Parsed p = parse_goal(text, strlen(text), goal);
  if (!p.prog) fail_msg("rejected: %s: %s", text, kc_diag_message(p.diag, 0));
  done(&p);
}

static void test_binary_precedence(void **state) {
  (void)state;
  Parsed p = parse("a + b * c ** d ** e;");
  assert_non_null(p.prog);
  Node *e = expr(&p, 0);
  assert_int_equal(e->kind, NODE_BinaryExpression);
  assert_int_equal(e->binary.op, KC_BIN_ADD);
  Node *mul = e->binary.right;
  assert_int_equal(mul->binary.op, KC_BIN_MUL);
  Node *pow = mul->binary.right;
  assert_int_equal(pow->binary.op, KC_BIN_EXP);
  assert_int_equal(pow->binary.right->binary.op, KC_BIN_EXP); /* right-associative */
  done(&p);
}

static void test_locations(void **state) {
  (void)state;
  Parsed p = parse("x;\n  foo(\"\xf0\x9f\x98\x80\", b);");
  Node *call = expr(&p, 1);
  assert_int_equal(call->kind, NODE_CallExpression);
  assert_int_equal(call->loc.line, 2);
  assert_int_equal(call->loc.col, 2);
  assert_int_equal(call->loc.start16, 5);
  Node *b = call->call.arguments.items[1];
  assert_int_equal(b->loc.start16, 15); /* the emoji counts 2 UTF-16 units */
  assert_int_equal(b->loc.col, 12);
  assert_int_equal(p.prog->loc.end16, 18);
  done(&p);
}

static void test_destructuring_cover(void **state) {
  (void)state;
  Parsed p = parse("[a, {b: c = 1, ...d}, ...e] = f; ({x = 2} = g); (h, i) => h;");
  assert_non_null(p.prog);
  Node *as = expr(&p, 0);
  assert_int_equal(as->assign.left->kind, NODE_ArrayPattern);
  Node *obj = as->assign.left->array.elements.items[1];
  assert_int_equal(obj->kind, NODE_ObjectPattern);
  assert_int_equal(obj->object.properties.items[0]->property.value->kind, NODE_AssignmentPattern);
  assert_int_equal(obj->object.properties.items[1]->kind, NODE_RestElement);
  assert_int_equal(as->assign.left->array.elements.items[2]->kind, NODE_RestElement);
  Node *arrow = expr(&p, 2);
  assert_int_equal(arrow->kind, NODE_ArrowFunctionExpression);
  assert_int_equal(arrow->function.params.count, 2);
  assert_true(arrow->function.is_expression);
  done(&p);
}

static void test_functions_and_classes(void **state) {
  (void)state;
  Parsed p = parse(
      "async function* g(a, b = 1, ...c) { yield* a; await b; }\n"
      "class K extends B { static #p = 1; #m() {} get x() { return this.#p; } static { } "
      "constructor() { super(); } }");
  assert_non_null(p.prog);
  Node *g = stmt(&p, 0);
  assert_true(g->function.is_async && g->function.is_generator);
  assert_int_equal(g->function.params.items[1]->kind, NODE_AssignmentPattern);
  assert_int_equal(g->function.params.items[2]->kind, NODE_RestElement);
  Node *k = stmt(&p, 1);
  NodeList body = k->class_.body->block.body;
  assert_int_equal(body.count, 5);
  assert_int_equal(body.items[0]->kind, NODE_PropertyDefinition);
  assert_true(body.items[0]->method.is_static);
  assert_int_equal(body.items[0]->method.key->kind, NODE_PrivateIdentifier);
  assert_string_equal(body.items[0]->method.key->ident.name.ptr, "p");
  assert_int_equal(body.items[2]->method.kind, KC_METHOD_GET);
  assert_int_equal(body.items[3]->kind, NODE_StaticBlock);
  assert_int_equal(body.items[4]->method.kind, KC_METHOD_CONSTRUCTOR);
  done(&p);
}

static void test_optional_chain_and_templates(void **state) {
  (void)state;
  Parsed p = parse("a?.b.c(); tag`x${1}\\unicode`; `a\\x41${b}`;");
  assert_non_null(p.prog);
  Node *ch = expr(&p, 0);
  assert_int_equal(ch->kind, NODE_ChainExpression);
  Node *tt = expr(&p, 1);
  assert_int_equal(tt->kind, NODE_TaggedTemplateExpression);
  Node *q1 = tt->tagged_template.quasi->template_.quasis.items[1];
  assert_null(q1->template_element.cooked.ptr); /* invalid escape: cooked is absent */
  Node *t = expr(&p, 2);
  assert_string_equal(t->template_.quasis.items[0]->template_element.cooked.ptr, "aA");
  done(&p);
}

static void test_modules(void **state) {
  (void)state;
  const char *src = "import d, {a as b, 'c d' as e} from 'm'; import * as ns from 'n';\n"
                    "export * as x from 'o'; export default class {}; export {b as 'y z'};\n"
                    "await import('p'); import.meta.url;";
  Parsed p = parse_goal(src, strlen(src), KC_GOAL_MODULE);
  if (!p.prog) fail_msg("%s", kc_diag_message(p.diag, 0));
  assert_int_equal(p.prog->program.source_type, KC_SOURCE_MODULE);
  assert_int_equal(stmt(&p, 0)->import_decl.specifiers.count, 3);
  assert_int_equal(stmt(&p, 2)->kind, NODE_ExportAllDeclaration);
  assert_non_null(stmt(&p, 2)->export_all.exported);
  assert_int_equal(stmt(&p, 3)->kind, NODE_ExportDefaultDeclaration);
  done(&p);
}

static void test_directives_and_asi(void **state) {
  (void)state;
  Parsed p = parse("'use strict'\nvar a = 1\nvar b = a\n(1)\nreturn_: a\n++b");
  assert_non_null(p.prog);
  assert_string_equal(stmt(&p, 0)->expr_stmt.directive.ptr, "use strict");
  assert_true(p.prog->flags & NODE_FLAG_STRICT);
  /* `a\n(1)` is a call: no ASI before '(' */
  assert_int_equal(stmt(&p, 2)->var_decl.declarations.items[0]->declarator.init->kind,
                   NODE_CallExpression);
  done(&p);
}

static void test_early_errors(void **state) {
  (void)state;
  expect_error("let a; let a;", KC_GOAL_SCRIPT, "already been declared");
  expect_error("var a; let a;", KC_GOAL_SCRIPT, "already been declared");
  expect_error("'use strict'; with (a) {}", KC_GOAL_SCRIPT, "strict mode");
  expect_error("'use strict'; 010", KC_GOAL_SCRIPT, "octal");
  expect_error("'use strict'; '\\01'", KC_GOAL_SCRIPT, "octal");
  expect_error("function f() { '\\01'; 'use strict'; }", KC_GOAL_SCRIPT, "octal");
  expect_error("'use strict'; eval = 1", KC_GOAL_SCRIPT, "strict mode");
  expect_error("1 = 2", KC_GOAL_SCRIPT, "invalid assignment target");
  expect_error("a?.b = 1", KC_GOAL_SCRIPT, "optional chaining");
  expect_error("continue;", KC_GOAL_SCRIPT, "outside of a loop");
  expect_error("x: while (1) { (function () { break x; }); }", KC_GOAL_SCRIPT, "undefined label");
  expect_error("return;", KC_GOAL_SCRIPT, "outside of function");
  expect_error("({__proto__: 1, __proto__: 2})", KC_GOAL_SCRIPT, "__proto__");
  expect_error("class A { m() { super(); } }", KC_GOAL_SCRIPT, "super");
  expect_error("function* g() { var yield; }", KC_GOAL_SCRIPT, "yield");
  expect_error("async function f() { var await; }", KC_GOAL_SCRIPT, "await");
  expect_error("export {a}; export {a};", KC_GOAL_MODULE, "duplicate export");
  expect_error("class A { m() { this.#x; } }", KC_GOAL_SCRIPT, "#x");
  expect_error("a ?? b && c", KC_GOAL_SCRIPT, "cannot be mixed");
  expect_error("-a ** 2", KC_GOAL_SCRIPT, "exponentiation");
  expect_error("new.target", KC_GOAL_SCRIPT, "new.target");
  expect_error("import.meta", KC_GOAL_SCRIPT, "outside a module");
  expect_error("/a/gg", KC_GOAL_SCRIPT, "flag");
  expect_error("function f(a, a) { 'use strict'; }", KC_GOAL_SCRIPT, "clash");
  expect_error("class A { constructor() {} constructor() {} }", KC_GOAL_SCRIPT, "constructor");
  expect_error("({a = 1})", KC_GOAL_SCRIPT, "shorthand");
  expect_error("let let = 1", KC_GOAL_SCRIPT, "let");
  expect_error("for (let x of a, b) ;", KC_GOAL_SCRIPT, "expected ')'");
  expect_error("`${a`", KC_GOAL_SCRIPT, "unterminated");
  expect_error("await 1", KC_GOAL_SCRIPT, "");
}

static void test_valid_edge_cases(void **state) {
  (void)state;
  expect_ok("var await, yield, let, async, of, get, set, static;", KC_GOAL_SCRIPT);
  expect_ok("async => async; async (a) => a; async function f() { for await (x of y); }",
            KC_GOAL_SCRIPT);
  expect_ok("a = b\n/c/g.exec(d)", KC_GOAL_SCRIPT);
  expect_ok("x = y / z / w; x = a++ / 2; x = (b) / 2; x = {} / 1", KC_GOAL_SCRIPT);
  expect_ok("if (a) function f() {}", KC_GOAL_SCRIPT);
  expect_ok("label: function f() {}", KC_GOAL_SCRIPT);
  expect_ok("a ||= b; a &&= b; a ?\?= b; a **= 2;", KC_GOAL_SCRIPT);
  expect_error("#x in y", KC_GOAL_SCRIPT, "");
}

static void test_private_in(void **state) {
  (void)state;
  expect_ok("class A { #x; m(o) { return #x in o; } }", KC_GOAL_SCRIPT);
}

static void test_diagnostic_text(void **state) {
  (void)state;
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  KcDiag *d = kc_diag_new(mem);
  KcSource *src = kc_source_from_memory("app.js", "let a = (1,\n  2;\n", 17);
  KcArena *arena = kc_arena_new();
  assert_null(kc_parse(arena, src, KC_GOAL_SCRIPT, d));
  fclose(mem);
  assert_string_equal(buf,
                      "app.js:2:4: error: expected ')' to close '(' at 1:9\n"
                      "    2;\n"
                      "     ^\n"
                      "app.js:1:9: note: to match this '('\n"
                      "  let a = (1,\n"
                      "          ^\n");
  free(buf);
  kc_arena_free(arena);
  kc_source_free(src);
  kc_diag_free(d);
}

static void test_hostile_input(void **state) {
  (void)state;
  /* deep nesting: an error, not a crash */
  size_t n = 10000;
  char *s = malloc(2 * n + 1);
  memset(s, '[', n);
  memset(s + n, ']', n);
  Parsed p = parse_goal(s, 2 * n, KC_GOAL_SCRIPT);
  assert_null(p.prog);
  assert_non_null(strstr(kc_diag_message(p.diag, 0), "nesting too deep"));
  done(&p);
  /* random bytes */
  unsigned seed = 12345;
  for (int round = 0; round < 200; round++) {
    for (size_t i = 0; i < 200; i++) {
      seed = seed * 1103515245u + 12345u;
      s[i] = (char)(seed >> 16);
    }
    p = parse_goal(s, 200, round % 2 ? KC_GOAL_MODULE : KC_GOAL_SCRIPT);
    done(&p);
  }
  /* every prefix of a program is handled */
  const char *prog = "class A extends B { #x = `a${b}c`; static { for (const [k, v] of o) ; } }";
  for (size_t i = 0; i <= strlen(prog); i++) {
    p = parse_goal(prog, i, KC_GOAL_SCRIPT);
    done(&p);
  }
  free(s);
}

static void test_json_numbers(void **state) {
  (void)state;
  Parsed p = parse("[0.1, 1e21, 1e-7, 123456789012345680000, 5e-324, 0x10, 1.5e300, 0.000001]");
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  assert_int_equal(kc_write_ast_json(mem, p.prog, p.src), 0);
  fclose(mem);
  const char *want[] = {"\"value\":0.1,", "\"value\":1e+21,", "\"value\":1e-7,",
                        "\"value\":123456789012345680000,", "\"value\":5e-324,", "\"value\":16,",
                        "\"value\":1.5e+300,", "\"value\":0.000001,"};
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    if (!strstr(buf, want[i])) fail_msg("missing %s", want[i]);
  free(buf);
  done(&p);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_binary_precedence),
      cmocka_unit_test(test_locations),
      cmocka_unit_test(test_destructuring_cover),
      cmocka_unit_test(test_functions_and_classes),
      cmocka_unit_test(test_optional_chain_and_templates),
      cmocka_unit_test(test_modules),
      cmocka_unit_test(test_directives_and_asi),
      cmocka_unit_test(test_early_errors),
      cmocka_unit_test(test_valid_edge_cases),
      cmocka_unit_test(test_private_in),
      cmocka_unit_test(test_diagnostic_text),
      cmocka_unit_test(test_hostile_input),
      cmocka_unit_test(test_json_numbers),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
