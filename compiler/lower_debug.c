/* lower_debug.c — DWARF line tables for -g.
 *
 * One compile unit for the .js file, one subprogram per LLVM function
 * (generic, direct and typed entries of a JS function share its line), and
 * a location on every instruction taken from the AST node being lowered, so
 * gdb and perf show .js lines. Without -g nothing here emits anything.
 */
#include <string.h>

#include "lower_internal.h"

void kc_debug_init(LowerCtx *c) {
  c->di = LLVMCreateDIBuilder(c->mod);
  const char *path = c->src->path;
  const char *slash = strrchr(path, '/');
  const char *file = slash ? slash + 1 : path;
  const char *dir = ".";
  char dirbuf[1024];
  if (slash && (size_t)(slash - path) < sizeof dirbuf) {
    memcpy(dirbuf, path, (size_t)(slash - path));
    dirbuf[slash - path] = 0;
    dir = slash == path ? "/" : dirbuf;
  }
  c->di_file = LLVMDIBuilderCreateFile(c->di, file, strlen(file), dir, strlen(dir));
  c->di_cu = LLVMDIBuilderCreateCompileUnit(
      c->di, LLVMDWARFSourceLanguageC, c->di_file, "kiln", 4, c->opts.opt_level > 0, "", 0, 0, "", 0,
      LLVMDWARFEmissionFull, 0, false, false, "", 0, "", 0);
  LLVMAddModuleFlag(c->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                    LLVMValueAsMetadata(LLVMConstInt(c->t_i32, LLVMDebugMetadataVersion(), false)));
  LLVMAddModuleFlag(c->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                    LLVMValueAsMetadata(LLVMConstInt(c->t_i32, 4, false)));
}

void kc_debug_function(LowerCtx *c, FuncInfo *fi, LLVMValueRef fn) {
  if (!c->di) return;
  size_t link_len;
  const char *link = LLVMGetValueName2(fn, &link_len);
  /* the JS name for the debugger; the LLVM symbol as the linkage name */
  const char *name = fi->is_module ? "<module>" : fi->name.ptr ? fi->name.ptr : "<anonymous>";
  size_t len = fi->is_module || !fi->name.ptr ? strlen(name) : fi->name.len;
  LLVMMetadataRef ty = LLVMDIBuilderCreateSubroutineType(c->di, c->di_file, NULL, 0, LLVMDIFlagZero);
  unsigned line = fi->node->loc.line;
  LLVMMetadataRef sp = LLVMDIBuilderCreateFunction(c->di, c->di_file, name, len, link, link_len, c->di_file,
                                                   line, ty, true, true, line, LLVMDIFlagZero,
                                                   c->opts.opt_level > 0);
  LLVMSetSubprogram(fn, sp);
  c->f->di_sub = sp;
  LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(c->ctx, line, fi->node->loc.col + 1, sp, NULL);
  LLVMSetCurrentDebugLocation2(c->b, loc);
}

void kc_debug_loc(LowerCtx *c, const Node *n) {
  if (!c->di || !c->f || !c->f->di_sub || !n) return;
  LLVMMetadataRef loc =
      LLVMDIBuilderCreateDebugLocation(c->ctx, n->loc.line, n->loc.col + 1, c->f->di_sub, NULL);
  LLVMSetCurrentDebugLocation2(c->b, loc);
}

void kc_debug_finish(LowerCtx *c) {
  LLVMDIBuilderFinalize(c->di);
  LLVMDisposeDIBuilder(c->di);
  c->di = NULL;
}
