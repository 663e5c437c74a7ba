/* target.c — triples, the target machine, the pass pipeline and emission.
 *
 * Everything that depends on the target lives here, so the rest of the
 * compiler only asks for "the module configured for this target". Both LLVM
 * back ends we need (X86 and AArch64) are initialised once, lazily.
 *
 * Objects are generated as position-independent code: the driver links
 * statically by default, where the linker relaxes GOT loads to direct
 * addresses, and `--dynamic` links a PIE, which needs PIC.
 *
 * Verification happens before optimisation. A module that fails it is printed
 * to stderr first, so the broken IR can be read next to the verifier's
 * complaint; that is always a compiler bug, never a user error.
 */
#include "target.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

struct KcTarget {
  const char *name;    /* short name: names the runtime directory */
  const char *triple;  /* full LLVM triple */
  bool aarch64;
  int opt_level;
  bool debug_info;
  LLVMTargetMachineRef tm;
  LLVMTargetDataRef data;
};

static void init_backends(void) {
  static bool done;
  if (done) return;
  done = true;
  LLVMInitializeX86TargetInfo();
  LLVMInitializeX86Target();
  LLVMInitializeX86TargetMC();
  LLVMInitializeX86AsmPrinter();
  LLVMInitializeAArch64TargetInfo();
  LLVMInitializeAArch64Target();
  LLVMInitializeAArch64TargetMC();
  LLVMInitializeAArch64AsmPrinter();
}

/* Maps any accepted spelling to (short name, full triple). The architecture
 * is the part before the first '-'; the OS must be linux (gnu environment). */
static bool classify_triple(const char *triple, const char **name, const char **full,
                            bool *aarch64) {
  const char *dash = strchr(triple, '-');
  size_t arch_len = dash ? (size_t)(dash - triple) : strlen(triple);
  if (!dash || !strstr(dash, "linux")) return false;
  if (strstr(dash, "android") || strstr(dash, "musl")) return false;
  if (arch_len == 6 && !strncmp(triple, "x86_64", 6)) {
    *name = "x86_64-linux-gnu";
    *full = "x86_64-pc-linux-gnu";
    *aarch64 = false;
    return true;
  }
  if ((arch_len == 7 && !strncmp(triple, "aarch64", 7)) ||
      (arch_len == 5 && !strncmp(triple, "arm64", 5))) {
    *name = "aarch64-linux-gnu";
    *full = "aarch64-unknown-linux-gnu";
    *aarch64 = true;
    return true;
  }
  return false;
}

KcTarget *kc_target_create(const char *triple, int opt_level, bool debug_info, KcDiag *diag) {
  init_backends();
  char *host = NULL;
  if (!triple) triple = host = LLVMGetDefaultTargetTriple();
  const char *name, *full;
  bool aarch64;
  if (!classify_triple(triple, &name, &full, &aarch64)) {
    kc_diag_error_plain(diag,
                        "unknown target '%s' (supported: x86_64-linux-gnu, aarch64-linux-gnu)",
                        triple);
    if (host) LLVMDisposeMessage(host);
    return NULL;
  }
  if (host) LLVMDisposeMessage(host);

  char *err = NULL;
  LLVMTargetRef llt;
  if (LLVMGetTargetFromTriple(full, &llt, &err)) {
    kc_diag_error_plain(diag, "LLVM has no back end for '%s': %s", full, err ? err : "?");
    LLVMDisposeMessage(err);
    return NULL;
  }
  if (opt_level < 0) opt_level = 0;
  if (opt_level > 3) opt_level = 3;
  static const LLVMCodeGenOptLevel levels[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                               LLVMCodeGenLevelDefault,
                                               LLVMCodeGenLevelAggressive};
  /* Baseline CPUs: the executable must run on any machine of the family
   * (and under qemu-aarch64). */
  const char *cpu = aarch64 ? "generic" : "x86-64";
  KcTarget *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  t->name = name;
  t->triple = full;
  t->aarch64 = aarch64;
  t->opt_level = opt_level;
  t->debug_info = debug_info;
  t->tm = LLVMCreateTargetMachine(llt, full, cpu, "", levels[opt_level], LLVMRelocPIC,
                                  LLVMCodeModelDefault);
  t->data = LLVMCreateTargetDataLayout(t->tm);
  return t;
}

const char *kc_target_name(const KcTarget *t) { return t->name; }
const char *kc_target_triple(const KcTarget *t) { return t->triple; }
int kc_target_opt_level(const KcTarget *t) { return t->opt_level; }
bool kc_target_is_aarch64(const KcTarget *t) { return t->aarch64; }

void kc_target_configure_module(const KcTarget *t, LLVMModuleRef m) {
  LLVMSetTarget(m, t->triple);
  char *layout = LLVMCopyStringRepOfTargetData(t->data);
  LLVMSetDataLayout(m, layout);
  LLVMDisposeMessage(layout);
}

bool kc_target_optimize(const KcTarget *t, LLVMModuleRef m, KcDiag *diag) {
  char *msg = NULL;
  if (LLVMVerifyModule(m, LLVMReturnStatusAction, &msg)) {
    char *ir = LLVMPrintModuleToString(m);
    fputs(ir, stderr);
    LLVMDisposeMessage(ir);
    kc_diag_error_plain(diag, "internal compiler error: invalid LLVM IR: %s", msg ? msg : "?");
    LLVMDisposeMessage(msg);
    return false;
  }
  LLVMDisposeMessage(msg);
  char pipeline[32];
  snprintf(pipeline, sizeof pipeline, "default<O%d>", t->opt_level);
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
  LLVMPassBuilderOptionsSetLoopVectorization(po, t->opt_level >= 2);
  LLVMPassBuilderOptionsSetSLPVectorization(po, t->opt_level >= 2);
  LLVMPassBuilderOptionsSetLoopUnrolling(po, t->opt_level >= 2);
  LLVMErrorRef e = LLVMRunPasses(m, pipeline, t->tm, po);
  LLVMDisposePassBuilderOptions(po);
  if (e) {
    char *em = LLVMGetErrorMessage(e);
    kc_diag_error_plain(diag, "internal compiler error: LLVM passes failed: %s", em);
    LLVMDisposeErrorMessage(em);
    return false;
  }
  return true;
}

static bool write_bytes(const char *path, const char *data, size_t len, KcDiag *diag) {
  bool to_stdout = !strcmp(path, "-");
  FILE *f = to_stdout ? stdout : fopen(path, "wb");
  if (!f) {
    kc_diag_error_plain(diag, "cannot write %s", path);
    return false;
  }
  bool ok = fwrite(data, 1, len, f) == len;
  if (to_stdout) ok = fflush(f) == 0 && ok;
  else ok = fclose(f) == 0 && ok;
  if (!ok) kc_diag_error_plain(diag, "cannot write %s", path);
  return ok;
}

bool kc_target_emit(const KcTarget *t, LLVMModuleRef m, KcEmitKind kind, const char *path,
                    KcDiag *diag) {
  switch (kind) {
  case KC_EMIT_LLVM_IR: {
    char *ir = LLVMPrintModuleToString(m);
    bool ok = write_bytes(path, ir, strlen(ir), diag);
    LLVMDisposeMessage(ir);
    return ok;
  }
  case KC_EMIT_LLVM_BC: {
    LLVMMemoryBufferRef buf = LLVMWriteBitcodeToMemoryBuffer(m);
    bool ok = write_bytes(path, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), diag);
    LLVMDisposeMemoryBuffer(buf);
    return ok;
  }
  case KC_EMIT_OBJ:
  case KC_EMIT_ASM: {
    char *err = NULL;
    LLVMMemoryBufferRef buf = NULL;
    if (LLVMTargetMachineEmitToMemoryBuffer(t->tm, m,
                                            kind == KC_EMIT_OBJ ? LLVMObjectFile
                                                                : LLVMAssemblyFile,
                                            &err, &buf)) {
      kc_diag_error_plain(diag, "internal compiler error: code generation failed: %s",
                          err ? err : "?");
      LLVMDisposeMessage(err);
      return false;
    }
    bool ok = write_bytes(path, LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), diag);
    LLVMDisposeMemoryBuffer(buf);
    return ok;
  }
  }
  return false;
}

void kc_target_free(KcTarget *t) {
  if (!t) return;
  LLVMDisposeTargetData(t->data);
  LLVMDisposeTargetMachine(t->tm);
  free(t);
}
