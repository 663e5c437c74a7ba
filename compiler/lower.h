/* lower.h — lowering a parsed program to LLVM IR.
 *
 * kc_lower_program resolves the program's scopes, speculates types, and
 * builds a new LLVM module that defines `JSValue kiln_program_entry(void)`:
 * it registers the source text with the runtime, creates the string
 * literals and inline-cache keys, and runs the main module's top-level code
 * as node runs a CommonJS module (top-level declarations are local to the
 * module; `this` is `module.exports`). Constructs the compiler does not handle
 * yet are reported as "not supported yet: <construct>" and give NULL.
 */
#ifndef KC_LOWER_H
#define KC_LOWER_H

#include <stdbool.h>

#include <llvm-c/Core.h>

#include "ast.h"
#include "diag.h"
#include "source.h"
#include "target.h"

typedef struct KcLowerOptions {
  int opt_level;
  bool debug_info;
} KcLowerOptions;

/* Lowers the program (main module) into a new module in [ctx]; NULL after
 * reporting diagnostics. */
LLVMModuleRef kc_lower_program(LLVMContextRef ctx, const Node *program, const KcSource *src,
                               const KcTarget *target, const KcLowerOptions *opts,
                               KcDiag *diag);

#endif
