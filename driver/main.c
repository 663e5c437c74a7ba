/*
 * main.c - the kiln command: parse, lower, optimise, emit, link, run.
 *
 * The driver owns the decisions a user sees (which goal a file is parsed
 * with, where outputs go, which linker runs) and leaves the work to the
 * compiler library: kc_parse, kc_lower_program and the kc_target_* calls.
 * Every failure ends in a message on stderr and exit status 1; the driver
 * never leaves a half-written output behind.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <llvm-c/Core.h>
#include <llvm/Config/llvm-config.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "driver.h"
#include "lower.h"
#include "parser.h"
#include "source.h"
#include "target.h"

#define KILN_VERSION "0.1.0"

/* ---- the parse goal, by node's rules ---------------------------------- */

static bool has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* "type": "module" in the nearest package.json above [path]? A package.json
 * without a "type" field ends the search, as in node. */
bool kiln_package_type_is_module(const char *path) {
  char *dir = realpath(path, NULL);
  if (!dir) return false;
  int type = -1;
  for (char *slash = strrchr(dir, '/'); slash && type < 0; slash = strrchr(dir, '/')) {
    *slash = '\0';
    /* the top-level "type" only: "repository": {"type": "git"} is not it */
    type = kiln_package_json_type(*dir ? dir : "/");
  }
  free(dir);
  return type == 1;
}

/* Parses [src] with the goal node would pick. For an ambiguous .js file
 * that is not valid as a script but valid as a module, the module wins
 * (node's syntax detection). Reports errors of the script parse otherwise. */
static Node *parse_entry(const KilnOptions *opts, KcArena *arena, const KcSource *src,
                         KcDiag *diag, KcGoal *goal_out) {
  KcGoal goal = KC_GOAL_SCRIPT;
  bool ambiguous = false;
  if (opts->goal == KILN_GOAL_FORCE_MODULE) goal = KC_GOAL_MODULE;
  else if (opts->goal == KILN_GOAL_FORCE_SCRIPT) goal = KC_GOAL_SCRIPT;
  else if (has_suffix(src->path, ".mjs")) goal = KC_GOAL_MODULE;
  else if (has_suffix(src->path, ".cjs")) goal = KC_GOAL_SCRIPT;
  else if (kiln_package_type_is_module(src->path)) goal = KC_GOAL_MODULE;
  else ambiguous = true;

  *goal_out = goal;
  /* --script is an ECMAScript Script (global var bindings, no wrapper);
   * a .cjs file or a "type": "commonjs" package is a CommonJS module */
  if (opts->goal == KILN_GOAL_FORCE_SCRIPT) return kc_parse(arena, src, KC_GOAL_SCRIPT, diag);
  if (!ambiguous) return kc_parse(arena, src, goal == KC_GOAL_SCRIPT ? KC_GOAL_COMMONJS : goal, diag);

  KcDiag *quiet = kc_diag_new(NULL);
  Node *program = kc_parse(arena, src, KC_GOAL_COMMONJS, quiet);
  kc_diag_free(quiet);
  if (program) return program;
  quiet = kc_diag_new(NULL);
  program = kc_parse(arena, src, KC_GOAL_MODULE, quiet);
  kc_diag_free(quiet);
  if (program) {
    *goal_out = KC_GOAL_MODULE;
    return program;
  }
  return kc_parse(arena, src, KC_GOAL_COMMONJS, diag); /* report the script errors */
}

/* ---- outputs ---------------------------------------------------------- */

static const char *emit_suffix(KilnEmit emit) {
  switch (emit) {
  case KILN_EMIT_OBJ: return ".o";
  case KILN_EMIT_ASM: return ".s";
  case KILN_EMIT_LLVM_IR: return ".ll";
  case KILN_EMIT_LLVM_BC: return ".bc";
  default: return "";
  }
}

/* The default output: the input's base name without .js/.mjs/.cjs, in the
 * current directory, plus the emit kind's suffix. */
static char *default_output(const KilnOptions *opts) {
  if (opts->emit == KILN_EMIT_AST || opts->emit == KILN_EMIT_TOKENS || opts->emit == KILN_EMIT_DEPS)
    return strdup("-");
  const char *base = strrchr(opts->input, '/');
  base = base ? base + 1 : opts->input;
  size_t n = strlen(base);
  const char *exts[] = {".js", ".mjs", ".cjs"};
  for (int i = 0; i < 3; i++)
    if (has_suffix(base, exts[i])) { n -= strlen(exts[i]); break; }
  const char *suffix = emit_suffix(opts->emit);
  if (opts->emit == KILN_EMIT_EXE && n == strlen(base)) suffix = ".out";
  char *out = malloc(n + strlen(suffix) + 1);
  memcpy(out, base, n);
  strcpy(out + n, suffix);
  return out;
}

static FILE *open_output(const char *path) {
  if (!strcmp(path, "-")) return stdout;
  FILE *f = fopen(path, "wb");
  if (!f) fprintf(stderr, "kiln: error: cannot write '%s': %s\n", path, strerror(errno));
  return f;
}

static int close_output(FILE *f, const char *path) {
  if (f == stdout) return fflush(stdout) == 0 ? 0 : 1;
  if (fclose(f) != 0) {
    fprintf(stderr, "kiln: error: writing '%s' failed: %s\n", path, strerror(errno));
    unlink(path);
    return 1;
  }
  return 0;
}

/* ---- compile ---------------------------------------------------------- */

static int emit_text_front_end(const KilnOptions *opts, const char *output, const KcSource *src,
                               KcArena *arena, KcDiag *diag) {
  FILE *out = open_output(output);
  if (!out) return 1;
  int rc;
  if (opts->emit == KILN_EMIT_TOKENS) {
    KcGoal goal = opts->goal == KILN_GOAL_FORCE_MODULE || has_suffix(src->path, ".mjs")
                      ? KC_GOAL_MODULE : KC_GOAL_SCRIPT;
    rc = kc_write_tokens(out, src, goal, diag) != 0;
  } else {
    KcGoal goal;
    Node *program = parse_entry(opts, arena, src, diag, &goal);
    rc = !program || kc_write_ast_json(out, program, src) != 0;
  }
  if (close_output(out, output) != 0) rc = 1;
  if (rc && out != stdout) unlink(output);
  return rc;
}

int kiln_compile(const KilnOptions *opts, const char *output) {
  KcDiag *diag = kc_diag_new(stderr);
  KcSource *src = kc_source_read(opts->input, diag);
  if (!src) {
    kc_diag_free(diag);
    return 1;
  }
  KcArena *arena = kc_arena_new();
  int rc = 1;
  KcTarget *target = NULL;
  LLVMContextRef ctx = NULL;
  LLVMModuleRef module = NULL;
  char *tmp_obj = NULL;

  if (opts->emit == KILN_EMIT_AST || opts->emit == KILN_EMIT_TOKENS) {
    rc = emit_text_front_end(opts, output, src, arena, diag);
    goto done;
  }

  KcGoal goal;
  Node *program = parse_entry(opts, arena, src, diag, &goal);
  if (!program) goto done;

  target = kc_target_create(opts->target, opts->opt_level, opts->debug_info, diag);
  if (!target) goto done;

  ctx = LLVMContextCreate();
  bool uses_eval = false;
  KcLowerOptions lower_opts = {.opt_level = opts->opt_level, .debug_info = opts->debug_info,
                               .uses_eval_out = &uses_eval};
  if (opts->emit == KILN_EMIT_DEPS) {
    FILE *out = open_output(output);
    if (!out) goto done;
    module = kiln_bundle(ctx, program, src, arena, target, &lower_opts, diag, out, NULL);
    rc = close_output(out, output) != 0 || !module;
    if (rc && out != stdout) unlink(output);
    goto done;
  }
  unsigned libs = 0;
  module = kiln_bundle(ctx, program, src, arena, target, &lower_opts, diag, NULL, &libs);
  if (!module) goto done;
  kc_target_configure_module(target, module);
  if (!kc_target_optimize(target, module, diag)) goto done;

  switch (opts->emit) {
  case KILN_EMIT_OBJ:
    rc = !kc_target_emit(target, module, KC_EMIT_OBJ, output, diag);
    break;
  case KILN_EMIT_ASM:
    rc = !kc_target_emit(target, module, KC_EMIT_ASM, output, diag);
    break;
  case KILN_EMIT_LLVM_IR:
    rc = !kc_target_emit(target, module, KC_EMIT_LLVM_IR, output, diag);
    break;
  case KILN_EMIT_LLVM_BC:
    rc = !kc_target_emit(target, module, KC_EMIT_LLVM_BC, output, diag);
    break;
  case KILN_EMIT_EXE: {
    if (!strcmp(output, "-")) {
      fprintf(stderr, "kiln: error: an executable cannot be written to stdout\n");
      break;
    }
    const char *tmpdir = getenv("TMPDIR");
    tmp_obj = malloc(4200);
    snprintf(tmp_obj, 4200, "%s/kiln-XXXXXX.o", tmpdir && *tmpdir ? tmpdir : "/tmp");
    int fd = mkstemps(tmp_obj, 2);
    if (fd < 0) {
      fprintf(stderr, "kiln: error: cannot create a temporary object file: %s\n", strerror(errno));
      free(tmp_obj);
      tmp_obj = NULL;
      break;
    }
    close(fd);
    if (!kc_target_emit(target, module, KC_EMIT_OBJ, tmp_obj, diag)) break;
    rc = kiln_link(tmp_obj, output, kc_target_name(target), opts, uses_eval, libs);
    break;
  }
  default:
    break;
  }
  if (rc && opts->emit != KILN_EMIT_EXE && strcmp(output, "-") != 0) unlink(output);

done:
  if (tmp_obj) {
    unlink(tmp_obj);
    free(tmp_obj);
  }
  if (module) LLVMDisposeModule(module);
  if (ctx) LLVMContextDispose(ctx);
  if (target) kc_target_free(target);
  kc_arena_free(arena);
  kc_source_free(src);
  kc_diag_free(diag);
  return rc;
}

/* ---- kiln run --------------------------------------------------------- */

static char *read_whole_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  size_t got;
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  *len = n;
  return buf;
}

/* What the cache key covers: the path and bytes of every file the program
 * bundles (--emit=deps), so an edited helper module recompiles. NULL after
 * reporting an error (a missing module, a syntax error). */
static char *bundle_text(const KilnOptions *opts, size_t *len) {
  char list[] = "/tmp/kiln-deps-XXXXXX";
  int fd = mkstemp(list);
  if (fd < 0) {
    fprintf(stderr, "kiln: error: cannot create a temporary file: %s\n", strerror(errno));
    return NULL;
  }
  close(fd);
  KilnOptions o = *opts;
  o.emit = KILN_EMIT_DEPS;
  int rc = kiln_compile(&o, list);
  size_t n = 0;
  char *paths = rc == 0 ? read_whole_file(list, &n) : NULL;
  unlink(list);
  if (!paths) return NULL;
  size_t cap = n + 1, used = 0;
  char *out = malloc(cap);
  for (char *p = paths, *e; p < paths + n; p = e + 1) {
    e = memchr(p, '\n', (size_t)(paths + n - p));
    if (!e) break;
    *e = 0;
    size_t flen = 0;
    char *body = read_whole_file(p, &flen);
    size_t need = (size_t)(e - p) + 1 + flen;
    if (used + need > cap) out = realloc(out, cap = (used + need) * 2);
    memcpy(out + used, p, (size_t)(e - p) + 1);
    used += (size_t)(e - p) + 1;
    if (body) memcpy(out + used, body, flen), used += flen;
    free(body);
  }
  free(paths);
  *len = used;
  return out;
}

static int run_program(const KilnOptions *opts) {
  if (opts->target && strcmp(opts->target, "x86_64-linux-gnu") && strcmp(opts->target, "x86_64-pc-linux-gnu")) {
    fprintf(stderr, "kiln: error: 'kiln run' runs programs for this machine; use 'kiln build --target=%s'\n",
            opts->target);
    return 1;
  }
  size_t len = 0;
  char *text = bundle_text(opts, &len);
  if (!text) return 1;
  char *exe = kiln_cache_path(opts, text, len);
  free(text);
  bool temporary = false;
  if (!exe) {
    exe = strdup("/tmp/kiln-run-XXXXXX");
    int fd = mkstemp(exe);
    if (fd < 0) {
      fprintf(stderr, "kiln: error: cannot create a temporary file: %s\n", strerror(errno));
      return 1;
    }
    close(fd);
    temporary = true;
  }
  if (temporary || opts->no_cache || access(exe, X_OK) != 0) {
    /* Compile next to the final name, then rename, so a concurrent run
     * never executes a half-written file. */
    char *partial = malloc(strlen(exe) + 32);
    sprintf(partial, "%s.%d.tmp", exe, (int)getpid());
    int rc = kiln_compile(opts, partial);
    if (rc != 0 || rename(partial, exe) != 0) {
      unlink(partial);
      free(partial);
      free(exe);
      return 1;
    }
    free(partial);
  }
  char **argv = calloc((size_t)opts->program_argc + 2, sizeof *argv);
  argv[0] = exe;
  for (int i = 0; i < opts->program_argc; i++) argv[i + 1] = opts->program_args[i];
  if (temporary) {
    int rc = kiln_spawn(argv, opts->verbose, false);
    unlink(exe);
    return rc < 0 ? 1 : rc;
  }
  return kiln_exec(argv, opts->verbose);
}

int main(int argc, char **argv) {
  KilnOptions opts;
  if (kiln_options_parse(argc, argv, &opts) != 0) return 1;
  switch (opts.command) {
  case KILN_CMD_HELP:
    kiln_print_usage(stdout);
    return 0;
  case KILN_CMD_VERSION:
    printf("kiln %s (LLVM %d)\n", KILN_VERSION, LLVM_VERSION_MAJOR);
    return 0;
  case KILN_CMD_RUN:
    return run_program(&opts);
  case KILN_CMD_BENCH:
    return kiln_bench(&opts);
  case KILN_CMD_BUILD: {
    char *output = opts.output ? strdup(opts.output) : default_output(&opts);
    int rc = kiln_compile(&opts, output);
    free(output);
    return rc;
  }
  }
  return 1;
}
