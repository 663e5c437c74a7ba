/*
 * driver.h - the pieces of the `kiln` command.
 *
 * The driver turns a command line into a KilnOptions (options.c), runs the
 * compiler library on the entry file (main.c), links the object it produces
 * against the runtime of the chosen target (link.c), caches executables for
 * `kiln run` (cache.c) and spawns the programs it needs with an argument
 * vector, never through a shell (spawn.c).
 */
#ifndef KILN_DRIVER_H
#define KILN_DRIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum KilnCommand {
  KILN_CMD_BUILD,
  KILN_CMD_RUN,
  KILN_CMD_BENCH,
  KILN_CMD_HELP,
  KILN_CMD_VERSION,
} KilnCommand;

/* What the build produces. EXE is the default; the others are --emit=. */
typedef enum KilnEmit {
  KILN_EMIT_EXE,
  KILN_EMIT_OBJ,
  KILN_EMIT_ASM,
  KILN_EMIT_LLVM_IR,
  KILN_EMIT_LLVM_BC,
  KILN_EMIT_AST,
  KILN_EMIT_TOKENS,
  KILN_EMIT_DEPS, /* the bundled files, one absolute path a line */
} KilnEmit;

typedef enum KilnGoalChoice {
  KILN_GOAL_AUTO,   /* node's rules: .mjs/.cjs, package.json "type", syntax */
  KILN_GOAL_FORCE_SCRIPT,
  KILN_GOAL_FORCE_MODULE,
} KilnGoalChoice;

typedef struct KilnOptions {
  KilnCommand command;
  const char *input;        /* the entry .js file */
  const char *output;       /* -o; NULL = derived from input; "-" = stdout */
  const char *target;       /* --target; NULL = host */
  KilnEmit emit;
  KilnGoalChoice goal;
  int opt_level;            /* -O0..-O3, default 2 */
  bool debug_info;          /* -g */
  bool verbose;             /* -v: echo the commands run */
  bool dynamic;             /* --dynamic: link against shared libraries */
  bool no_cache;            /* --no-cache for `kiln run` */
  int bench_runs;           /* --runs for `kiln bench` */
  char **program_args;      /* after `--` (or after the input) for run */
  int program_argc;
} KilnOptions;

/* options.c */
/* Parses argv into [opts]. Returns 0 on success, 1 after printing an error
 * (and the usage hint) to stderr. */
int kiln_options_parse(int argc, char **argv, KilnOptions *opts);
void kiln_print_usage(FILE *out);
const char *kiln_emit_name(KilnEmit emit);

/* spawn.c */
/* Runs [argv] (argv[0] looked up in PATH) and waits. With [verbose] echoes
 * the command first. When [quiet_stderr] the child's stderr is captured and
 * shown only if it fails. Returns the exit status, or -1 if it could not be
 * started (after printing why). */
int kiln_spawn(char *const argv[], bool verbose, bool quiet_stderr);
/* Replaces this process with [argv] (for `kiln run`). Returns only on error. */
int kiln_exec(char *const argv[], bool verbose);

/* link.c */
/* The optional runtime libraries a program links when its module graph
 * needs them (a stdlib module requires the native 'kiln:crypto', ...). */
enum {
  KILN_LIB_CRYPTO = 1, /* libkiln_crypto.a + libcrypto */
  KILN_LIB_ZLIB = 2,   /* libkiln_zlib.a + libz */
  /* natives inside libkiln_rt.a that only -u pulls in (no library) */
  KILN_LIB_CHILD_PROCESS = 4, /* runtime/node/child_process.c */
  KILN_LIB_DNS = 8,           /* runtime/node/dns.c */
};
/* Links [object_path] into the executable [output] for target [target_name]
 * ("x86_64-linux-gnu" or "aarch64-linux-gnu"); [with_eval] adds the eval
 * JIT (libkiln_eval and LLVM), [libs] the KILN_LIB_* libraries. Returns 0
 * on success. */
int kiln_link(const char *object_path, const char *output, const char *target_name,
              const KilnOptions *opts, bool with_eval, unsigned libs);
/* The directory holding libkiln_rt.a for [target_name], found relative to
 * this executable; NULL (after an error message) if there is none. */
char *kiln_runtime_dir(const char *target_name);
/* The stdlib directory (holding node/<name>.js), found relative to this
 * executable like the runtime; NULL if there is none. Cached; not freed. */
char *kiln_stdlib_dir(void);
/* Directory of the running kiln executable (malloc'ed). */
char *kiln_self_dir(void);

/* cache.c */
/* Path where the executable for [opts] compiled from the given source bytes
 * is (or will be) cached. malloc'ed; NULL when no cache directory can be
 * made. */
char *kiln_cache_path(const KilnOptions *opts, const char *source, size_t len);

/* bench.c */
int kiln_bench(const KilnOptions *opts);

/* main.c */
/* "type": "module" in the nearest package.json above [path]? */
bool kiln_package_type_is_module(const char *path);
/* Compiles opts->input to [output] as opts->emit says. Returns 0 on success. */
int kiln_compile(const KilnOptions *opts, const char *output);

/* pkgjson.c */
/* node's PACKAGE_EXPORTS_RESOLVE of [subpath] ("." or "./x") in the package
 * at [pkg_dir] with the "import" ([is_import]) or "require" condition:
 * returns 0 when the package has no "exports" (use "main"), else 1 with
 * the absolute file in *out, NULL when the exports do not provide it. */
int kiln_package_json_type(const char *dir);
int kiln_package_exports_resolve(const char *pkg_dir, const char *subpath, bool is_import, char **out);
/* PACKAGE_IMPORTS_RESOLVE of "#x" [spec] from the file [from]: 1 when a
 * package.json scope was found (*out as above), else 0. */
int kiln_package_imports_resolve(const char *from, const char *spec, bool is_import, char **out);

/* modules.c */
#include <llvm-c/Core.h>
#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lower.h"
#include "source.h"
#include "target.h"
/* Lowers the entry [program] and every module it reaches through
 * require('literal') into one LLVM module in [ctx]; NULL after diagnostics.
 * When [deps_out] is set, writes each bundled file's absolute path to it.
 * *[libs_out] (when set) gets the KILN_LIB_* the bundle's natives need. */
LLVMModuleRef kiln_bundle(LLVMContextRef ctx, const Node *program, const KcSource *src, KcArena *arena,
                          const KcTarget *target, const KcLowerOptions *base_opts, KcDiag *diag,
                          FILE *deps_out, unsigned *libs_out);

#endif
