/* kc-parse — a small front-end-only driver for the parser test suites and
 * fuzzing:
 *
 *   kc-parse [--module|--script] [--tokens] [--quiet] FILE|-
 *
 * Prints the ESTree JSON of FILE (or its tokens with --tokens) on stdout;
 * diagnostics on stderr. Exits 0 on success, 1 after syntax errors, 2 on
 * usage or I/O errors. */
#include <stdio.h>
#include <string.h>

#include "parser.h"

int main(int argc, char **argv) {
  KcGoal goal = KC_GOAL_SCRIPT;
  int tokens = 0, quiet = 0;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--module") == 0) goal = KC_GOAL_MODULE;
    else if (strcmp(argv[i], "--script") == 0) goal = KC_GOAL_SCRIPT;
    else if (strcmp(argv[i], "--tokens") == 0) tokens = 1;
    else if (strcmp(argv[i], "--quiet") == 0) quiet = 1;
    else if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "kc-parse: unknown option %s\n", argv[i]);
      return 2;
    } else path = argv[i];
  }
  if (!path) {
    fputs("usage: kc-parse [--module|--script] [--tokens] [--quiet] FILE\n", stderr);
    return 2;
  }
  KcDiag *diag = kc_diag_new(stderr);
  KcSource *src = kc_source_read(path, diag);
  if (!src) {
    kc_diag_free(diag);
    return 2;
  }
  int rc = 0;
  if (tokens) {
    rc = kc_write_tokens(quiet ? NULL : stdout, src, goal, diag) == 0 ? 0 : 1;
  } else {
    KcArena *arena = kc_arena_new();
    Node *prog = kc_parse(arena, src, goal, diag);
    if (!prog) rc = 1;
    else if (!quiet && kc_write_ast_json(stdout, prog, src) != 0) rc = 2;
    kc_arena_free(arena);
  }
  kc_source_free(src);
  kc_diag_free(diag);
  return rc;
}
