/* parser.c — placeholder until the parser lands: kc_parse reports that
 * parsing is not implemented yet. */
#include "parser.h"

Node *kc_parse(KcArena *arena, const KcSource *src, KcGoal goal, KcDiag *diag) {
  (void)arena;
  (void)goal;
  SourceLoc loc = {0, 0, 0, 0, 1, 0, 1, 0};
  kc_diag_error(diag, src, loc, "the parser is not implemented yet");
  return NULL;
}

int kc_write_ast_json(FILE *out, const Node *program, const KcSource *src) {
  (void)out;
  (void)program;
  (void)src;
  return -1;
}

int kc_write_tokens(FILE *out, const KcSource *src, KcGoal goal, KcDiag *diag) {
  (void)out;
  (void)goal;
  SourceLoc loc = {0, 0, 0, 0, 1, 0, 1, 0};
  kc_diag_error(diag, src, loc, "the lexer is not implemented yet");
  return -1;
}
