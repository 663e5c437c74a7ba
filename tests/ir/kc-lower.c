/* kc-lower — a small test driver for the middle and back end: parses a
 * file, lowers it and emits IR, assembly, bitcode or an object. Used by
 * tests/ir/run when the kiln driver is not built, and handy for debugging.
 *
 *   kc-lower [-O0..3] [-g] [--target=T] [--emit=llvm-ir|asm|obj|llvm-bc] FILE [-o OUT]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"
#include "parser.h"
#include "target.h"

int main(int argc, char **argv) {
  int opt = 2;
  bool debug = false;
  const char *triple = NULL, *input = NULL, *output = "-";
  KcEmitKind emit = KC_EMIT_LLVM_IR;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3') opt = a[2] - '0';
    else if (!strcmp(a, "-g")) debug = true;
    else if (!strncmp(a, "--target=", 9)) triple = a + 9;
    else if (!strcmp(a, "--emit=llvm-ir")) emit = KC_EMIT_LLVM_IR;
    else if (!strcmp(a, "--emit=asm")) emit = KC_EMIT_ASM;
    else if (!strcmp(a, "--emit=obj")) emit = KC_EMIT_OBJ;
    else if (!strcmp(a, "--emit=llvm-bc")) emit = KC_EMIT_LLVM_BC;
    else if (!strcmp(a, "-o") && i + 1 < argc) output = argv[++i];
    else input = a;
  }
  if (!input) {
    fprintf(stderr, "usage: kc-lower [-O0..3] [-g] [--target=T] [--emit=K] FILE [-o OUT]\n");
    return 2;
  }
  KcDiag *diag = kc_diag_new(stderr);
  KcSource *src = kc_source_read(input, diag);
  if (!src) return 1;
  KcArena *arena = kc_arena_new();
  int rc = 1;
  Node *program = kc_parse(arena, src, KC_GOAL_SCRIPT, diag);
  KcTarget *t = program ? kc_target_create(triple, opt, debug, diag) : NULL;
  if (t) {
    LLVMContextRef ctx = LLVMContextCreate();
    KcLowerOptions lo = {.opt_level = opt, .debug_info = debug};
    LLVMModuleRef m = kc_lower_program(ctx, program, src, t, &lo, diag);
    if (m && kc_target_optimize(t, m, diag) && kc_target_emit(t, m, emit, output, diag)) rc = 0;
    if (m) LLVMDisposeModule(m);
    LLVMContextDispose(ctx);
    kc_target_free(t);
  }
  kc_arena_free(arena);
  kc_source_free(src);
  kc_diag_free(diag);
  return rc;
}
