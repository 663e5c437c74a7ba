/* test_lower.c — unit tests of the target layer and of lowering's
 * contract: target names and triples, a lowered program defines
 * its module wrapper kiln_cjs_0 and verifies, unsupported constructs are reported as
 * "not supported yet" (never as syntax errors), and every optimisation level
 * produces valid IR.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <llvm-c/Analysis.h>

#include "lower.h"
#include "parser.h"
#include "target.h"

static void test_target_names(void **state) {
  (void)state;
  KcDiag *d = kc_diag_new(NULL);
  const char *x86[] = {"x86_64-linux-gnu", "x86_64-pc-linux-gnu", "x86_64-unknown-linux-gnu"};
  for (size_t i = 0; i < 3; i++) {
    KcTarget *t = kc_target_create(x86[i], 2, false, d);
    assert_non_null(t);
    assert_string_equal(kc_target_name(t), "x86_64-linux-gnu");
    kc_target_free(t);
  }
  const char *arm[] = {"aarch64-linux-gnu", "aarch64-unknown-linux-gnu"};
  for (size_t i = 0; i < 2; i++) {
    KcTarget *t = kc_target_create(arm[i], 0, true, d);
    assert_non_null(t);
    assert_string_equal(kc_target_name(t), "aarch64-linux-gnu");
    kc_target_free(t);
  }
  assert_int_equal(kc_diag_error_count(d), 0);
  assert_null(kc_target_create("riscv64-linux-gnu", 2, false, d));
  assert_null(kc_target_create("x86_64-apple-darwin", 2, false, d));
  assert_int_equal(kc_diag_error_count(d), 2);
  assert_non_null(strstr(kc_diag_message(d, 0), "unknown target"));
  KcTarget *host = kc_target_create(NULL, 2, false, d);
  assert_non_null(host);
  kc_target_free(host);
  kc_diag_free(d);
}

/* Lowers [text]; returns the module (NULL on errors) and leaves the
 * diagnostics in *out_diag. */
static LLVMModuleRef lower_text(LLVMContextRef ctx, const char *text, int opt, KcDiag **out_diag,
                                KcArena **out_arena, KcSource **out_src) {
  KcDiag *d = kc_diag_new(NULL);
  KcSource *src = kc_source_from_memory("t.js", text, strlen(text));
  KcArena *arena = kc_arena_new();
  Node *prog = kc_parse(arena, src, KC_GOAL_SCRIPT, d);
  assert_non_null(prog);
  KcTarget *t = kc_target_create("x86_64-linux-gnu", opt, false, d);
  KcLowerOptions lo = {.opt_level = opt, .debug_info = false};
  LLVMModuleRef m = kc_lower_program(ctx, prog, src, t, &lo, d);
  if (m) assert_true(kc_target_optimize(t, m, d));
  kc_target_free(t);
  *out_diag = d;
  *out_arena = arena;
  *out_src = src;
  return m;
}

static void test_lower_entry(void **state) {
  (void)state;
  static const char *progs[] = {
      "console.log('hi');",
      "function f(n) { return n < 2 ? n : f(n - 1) + f(n - 2); } f(10);",
      "let a = [1, 2, 3]; let s = 0; for (const x of a) s += x; for (const k in {p: 1}) s++;",
      "try { throw 1; } catch (e) { } finally { } label: for (;;) { break label; }",
      "var o = {x: 1, get y() { return 2; }}; o.x++; delete o.x; var {x, ...r} = o;",
      "function g(a = 1, ...r) { return arguments.length + r.length + a; } g();",
      "switch (1) { case 1: let q = 2; default: break; }",
  };
  for (size_t i = 0; i < sizeof progs / sizeof *progs; i++) {
    for (int opt = 0; opt <= 3; opt += 3) {
      LLVMContextRef ctx = LLVMContextCreate();
      KcDiag *d;
      KcArena *arena;
      KcSource *src;
      LLVMModuleRef m = lower_text(ctx, progs[i], opt, &d, &arena, &src);
      assert_non_null(m);
      assert_non_null(LLVMGetNamedFunction(m, "kiln_cjs_0"));
      assert_int_equal(LLVMVerifyModule(m, LLVMReturnStatusAction, NULL), 0);
      LLVMDisposeModule(m);
      LLVMContextDispose(ctx);
      kc_arena_free(arena);
      kc_source_free(src);
      kc_diag_free(d);
    }
  }
}

static void test_lower_unsupported(void **state) {
  (void)state;
  static const char *progs[] = {
      "class A extends Object { constructor() { (() => super())(); } }",
      "async function* g() { yield 1; }",
      "async function f() {}",
  };
  for (size_t i = 0; i < sizeof progs / sizeof *progs; i++) {
    LLVMContextRef ctx = LLVMContextCreate();
    KcDiag *d;
    KcArena *arena;
    KcSource *src;
    LLVMModuleRef m = lower_text(ctx, progs[i], 0, &d, &arena, &src);
    assert_null(m);
    assert_true(kc_diag_error_count(d) >= 1);
    const char *msg = kc_diag_message(d, 0);
    assert_non_null(strstr(msg, "error: not supported yet: "));
    assert_null(strstr(msg, "SyntaxError"));
    assert_non_null(strstr(msg, "t.js:1:"));
    LLVMContextDispose(ctx);
    kc_arena_free(arena);
    kc_source_free(src);
    kc_diag_free(d);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_target_names),
      cmocka_unit_test(test_lower_entry),
      cmocka_unit_test(test_lower_unsupported),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
