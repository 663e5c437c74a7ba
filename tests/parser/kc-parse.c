/* kc-parse — a small front-end-only driver for the parser test suites and
 * fuzzing:
 *
 *   kc-parse [--module|--script] [--tokens] [--quiet] FILE|-
 *   kc-parse --batch     read lines "M path" / "S path" (module / script) from
 *                        stdin; for each, print "OK <n>" or "ERR <n>", a
 *                        newline, then n bytes: the JSON, or the diagnostics.
 *                        One process for thousands of files.
 *
 * Prints the ESTree JSON of FILE (or its tokens with --tokens) on stdout;
 * diagnostics on stderr. Exits 0 on success, 1 after syntax errors, 2 on
 * usage or I/O errors. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

static int batch(void) {
  char line[4096];
  while (fgets(line, sizeof line, stdin)) {
    size_t n = strlen(line);
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    if (n < 3) continue;
    KcGoal goal = line[0] == 'M' ? KC_GOAL_MODULE : KC_GOAL_SCRIPT;
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    KcDiag *diag = kc_diag_new(mem);
    KcSource *src = kc_source_read(line + 2, diag);
    bool ok = false;
    if (src) {
      KcArena *arena = kc_arena_new();
      Node *prog = kc_parse(arena, src, goal, diag);
      if (prog) {
        fclose(mem);
        free(buf);
        buf = NULL;
        mem = open_memstream(&buf, &len);
        ok = kc_write_ast_json(mem, prog, src) == 0;
      }
      kc_arena_free(arena);
      kc_source_free(src);
    }
    fclose(mem);
    printf("%s %zu\n", ok ? "OK" : "ERR", len);
    fwrite(buf, 1, len, stdout);
    fflush(stdout);
    free(buf);
    kc_diag_free(diag);
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--batch") == 0) return batch();
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
