/* target.h — code generation targets: triples, the LLVM target machine, the
 * optimisation pipeline and emission of objects, assembly, IR and bitcode.
 *
 * Kiln supports two targets, named by their short Debian multiarch triples,
 * "x86_64-linux-gnu" and "aarch64-linux-gnu"; the short name also names the
 * runtime directory (build/<name>/runtime). Full LLVM triples such as
 * "x86_64-pc-linux-gnu" or "aarch64-unknown-linux-gnu" are accepted and mapped
 * to the same target.
 */
#ifndef KC_TARGET_H
#define KC_TARGET_H

#include <stdbool.h>

#include <llvm-c/Core.h>

#include "diag.h"

typedef enum KcEmitKind { KC_EMIT_OBJ, KC_EMIT_ASM, KC_EMIT_LLVM_IR, KC_EMIT_LLVM_BC } KcEmitKind;

typedef struct KcTarget KcTarget;

/* Creates the target for [triple] (NULL = this machine) with optimisation
 * level [opt_level] (0..3) and DWARF line tables when [debug_info]. An
 * unknown triple is reported to [diag] and gives NULL. */
KcTarget *kc_target_create(const char *triple, int opt_level, bool debug_info, KcDiag *diag);
/* "x86_64-linux-gnu" or "aarch64-linux-gnu". */
const char *kc_target_name(const KcTarget *t);
/* The full LLVM triple, e.g. "x86_64-pc-linux-gnu". */
const char *kc_target_triple(const KcTarget *t);
int kc_target_opt_level(const KcTarget *t);
bool kc_target_is_aarch64(const KcTarget *t);
/* Sets the triple and data layout of [m]. */
void kc_target_configure_module(const KcTarget *t, LLVMModuleRef m);
/* Verifies [m] (printing the IR to stderr first if it is broken), then runs
 * the default<O[opt_level]> pipeline. False after reporting to [diag]. */
bool kc_target_optimize(const KcTarget *t, LLVMModuleRef m, KcDiag *diag);
/* Writes [m] as [kind] to [path] ("-" = stdout). False after reporting. */
bool kc_target_emit(const KcTarget *t, LLVMModuleRef m, KcEmitKind kind, const char *path,
                    KcDiag *diag);
void kc_target_free(KcTarget *t);

#endif
