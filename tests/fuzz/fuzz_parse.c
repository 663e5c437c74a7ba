/* fuzz_parse.c — libFuzzer target for the front end: every input is parsed
 * as a script and as a module, its tokens are dumped, and a successful parse
 * is printed as JSON, all to /dev/null. Any crash, hang, leak or sanitizer
 * report is a bug; syntax errors are the expected outcome for most inputs.
 * See tests/fuzz/README.md. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "parser.h"

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!devnull) devnull = fopen("/dev/null", "w");
  KcSource *src = kc_source_from_memory("fuzz.js", (const char *)data, size);
  if (!src) return 0;
  for (int goal = 0; goal < 2; goal++) {
    KcArena *arena = kc_arena_new();
    KcDiag *diag = kc_diag_new(devnull);
    Node *prog = kc_parse(arena, src, goal ? KC_GOAL_MODULE : KC_GOAL_SCRIPT, diag);
    if (prog) kc_write_ast_json(devnull, prog, src);
    kc_diag_free(diag);
    kc_arena_free(arena);
  }
  KcDiag *diag = kc_diag_new(NULL);
  kc_write_tokens(devnull, src, KC_GOAL_SCRIPT, diag);
  kc_diag_free(diag);
  kc_source_free(src);
  return 0;
}
