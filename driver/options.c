/*
 * options.c - the kiln command line.
 *
 *   kiln build [flags] FILE            compile to an executable (or --emit=...)
 *   kiln run [flags] FILE [-- ARGS]    compile (cached) and run
 *   kiln bench [flags] FILE            kiln vs node vs node --jitless
 *
 * Flags follow compiler habits: -o, -O0..-O3, -g, -v, --target=, --emit=.
 * Every error names the offending argument and points at `kiln --help`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "driver.h"

void kiln_print_usage(FILE *out) {
  fputs(
    "usage: kiln build [options] FILE.js        compile to a native executable\n"
    "       kiln run [options] FILE.js [-- ARGS] compile (cached) and run\n"
    "       kiln bench [options] FILE.js         compare with node and node --jitless\n"
    "       kiln --version | --help\n"
    "\n"
    "options:\n"
    "  -o PATH            output file ('-' for stdout); default: FILE without .js\n"
    "  -O0 -O1 -O2 -O3    optimisation level (default -O2)\n"
    "  -g                 emit DWARF line tables mapping to the .js source\n"
    "  --target=TRIPLE    x86_64-linux-gnu (default here) or aarch64-linux-gnu\n"
    "  --emit=KIND        exe (default), obj, asm, llvm-ir, llvm-bc, ast, tokens, deps\n"
    "  --module, --script force the parse goal (default: node's rules)\n"
    "  --dynamic          link against shared libraries instead of statically\n"
    "  --no-cache         (run) always recompile\n"
    "  --runs=N           (bench) runs per contender, default 5\n"
    "  -v                 print the commands the driver runs\n",
    out);
}

static const struct { const char *name; KilnEmit emit; } emit_names[] = {
  {"exe", KILN_EMIT_EXE},         {"obj", KILN_EMIT_OBJ},
  {"asm", KILN_EMIT_ASM},         {"llvm-ir", KILN_EMIT_LLVM_IR},
  {"llvm-bc", KILN_EMIT_LLVM_BC}, {"ast", KILN_EMIT_AST},
  {"tokens", KILN_EMIT_TOKENS},  {"deps", KILN_EMIT_DEPS},
};

const char *kiln_emit_name(KilnEmit emit) {
  for (size_t i = 0; i < sizeof emit_names / sizeof emit_names[0]; i++)
    if (emit_names[i].emit == emit) return emit_names[i].name;
  return "?";
}

static int usage_error(const char *fmt, const char *arg) {
  fputs("kiln: error: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\n(see 'kiln --help')\n", stderr);
  return 1;
}

/* Accepts "--name=value" and "--name value"; returns the value or NULL. */
static const char *long_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  const char *a = argv[*i];
  if (strncmp(a, name, n) != 0) return NULL;
  if (a[n] == '=') return a + n + 1;
  if (a[n] == '\0' && *i + 1 < argc) return argv[++*i];
  return NULL;
}

int kiln_options_parse(int argc, char **argv, KilnOptions *opts) {
  memset(opts, 0, sizeof *opts);
  opts->opt_level = 2;
  opts->bench_runs = 5;
  if (argc < 2) {
    kiln_print_usage(stderr);
    return 1;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "build")) opts->command = KILN_CMD_BUILD;
  else if (!strcmp(cmd, "run")) opts->command = KILN_CMD_RUN;
  else if (!strcmp(cmd, "bench")) opts->command = KILN_CMD_BENCH;
  else if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
    opts->command = KILN_CMD_HELP;
    return 0;
  } else if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
    opts->command = KILN_CMD_VERSION;
    return 0;
  } else {
    return usage_error("unknown command '%s' (expected build, run or bench)", cmd);
  }

  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    const char *v;
    if (!strcmp(a, "--")) {
      opts->program_args = argv + i + 1;
      opts->program_argc = argc - i - 1;
      break;
    }
    if (a[0] != '-' || !strcmp(a, "-")) {
      if (opts->input) {
        if (opts->command == KILN_CMD_RUN) {  /* `kiln run app.js a b` */
          opts->program_args = argv + i;
          opts->program_argc = argc - i;
          break;
        }
        return usage_error("more than one input file ('%s')", a);
      }
      opts->input = a;
    } else if (!strcmp(a, "-o")) {
      if (i + 1 >= argc) return usage_error("%s needs a path", a);
      opts->output = argv[++i];
    } else if (!strncmp(a, "-o", 2)) {
      opts->output = a + 2;
    } else if (a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && a[3] == '\0') {
      opts->opt_level = a[2] - '0';
    } else if (!strcmp(a, "-O")) {
      opts->opt_level = 2;
    } else if (!strcmp(a, "-g")) {
      opts->debug_info = true;
    } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
      opts->verbose = true;
    } else if (!strcmp(a, "--module")) {
      opts->goal = KILN_GOAL_FORCE_MODULE;
    } else if (!strcmp(a, "--script")) {
      opts->goal = KILN_GOAL_FORCE_SCRIPT;
    } else if (!strcmp(a, "--dynamic")) {
      opts->dynamic = true;
    } else if (!strcmp(a, "--static")) {
      opts->dynamic = false;
    } else if (!strcmp(a, "--no-cache")) {
      opts->no_cache = true;
    } else if ((v = long_value(argc, argv, &i, "--target"))) {
      opts->target = v;
    } else if ((v = long_value(argc, argv, &i, "--runs"))) {
      char *end;
      long n = strtol(v, &end, 10);
      if (*end || n < 1 || n > 1000) return usage_error("--runs needs a number from 1 to 1000, not '%s'", v);
      opts->bench_runs = (int)n;
    } else if ((v = long_value(argc, argv, &i, "--emit"))) {
      size_t k = 0, n = sizeof emit_names / sizeof emit_names[0];
      while (k < n && strcmp(emit_names[k].name, v)) k++;
      if (k == n)
        return usage_error("unknown --emit kind '%s' (exe, obj, asm, llvm-ir, llvm-bc, ast, tokens, deps)", v);
      opts->emit = emit_names[k].emit;
    } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      opts->command = KILN_CMD_HELP;
      return 0;
    } else {
      return usage_error("unknown option '%s'", a);
    }
  }
  if (!opts->input) return usage_error("%s", "no input file");
  if (opts->command != KILN_CMD_BUILD && opts->emit != KILN_EMIT_EXE)
    return usage_error("%s", "--emit is only for 'kiln build'");
  return 0;
}
