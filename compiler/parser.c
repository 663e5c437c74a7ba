/* parser.c — the parser's core: token movement, errors, node allocation,
 * the list-building stack, and the public entry points kc_parse and
 * kc_write_tokens (see parser.h and parser_internal.h). */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

/* ---- errors ---- */

_Noreturn void p_error(Parser *p, SourceLoc loc, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  kc_diag_error(p->diag, p->src, loc, "%s", msg);
  longjmp(p->bail, 1);
}

static void lexer_error(void *ctx, SourceLoc loc, const char *msg) {
  Parser *p = ctx;
  kc_diag_error(p->diag, p->src, loc, "%s", msg);
  longjmp(p->bail, 1);
}

_Noreturn void p_unexpected(Parser *p) {
  const Token *t = &p->tok;
  switch (t->kind) {
  case TOK_EOF:
    p_error(p, t->loc, "unexpected end of input");
  case TOK_NAME:
    if (t->kw && t->kw <= KW_LAST_RESERVED && !t->escaped)
      p_error(p, t->loc, "unexpected keyword '%s'", t->value.ptr);
    p_error(p, t->loc, "unexpected identifier '%s'", t->value.ptr);
  case TOK_NUMBER:
  case TOK_BIGINT:
    p_error(p, t->loc, "unexpected number");
  case TOK_STRING:
    p_error(p, t->loc, "unexpected string");
  case TOK_TEMPLATE:
    p_error(p, t->loc, "unexpected template string");
  case TOK_REGEX:
    p_error(p, t->loc, "unexpected regular expression");
  case TOK_PRIVATE:
    p_error(p, t->loc, "unexpected private name '#%s'", t->value.ptr);
  default:
    p_error(p, t->loc, "unexpected token '%s'", kc_token_name(t->kind));
  }
}

/* Location of a byte offset, computed by scanning the text (errors only). */
SourceLoc p_loc_at(Parser *p, uint32_t offset) {
  SourceLoc l = {0};
  const char *s = p->src->text;
  uint32_t line = 1, pos16 = 0, ls16 = 0;
  for (uint32_t i = 0; i < offset && i < p->src->len;) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n' || (c == '\r' && !(i + 1 < p->src->len && s[i + 1] == '\n'))) {
      i++;
      pos16++;
      line++;
      ls16 = pos16;
      continue;
    }
    if (c < 0x80) {
      i++;
      pos16++;
      continue;
    }
    uint32_t cp;
    int n = kc_utf8_decode(s + i, s + p->src->len, &cp);
    if (!n) n = 1, cp = 0xFFFD;
    i += n;
    pos16 += cp >= 0x10000 ? 2 : 1;
    if (cp == 0x2028 || cp == 0x2029) {
      line++;
      ls16 = pos16;
    }
  }
  l.offset = offset;
  l.length = 1;
  l.start16 = pos16;
  l.end16 = pos16 + 1;
  l.line = l.end_line = line;
  l.col = pos16 - ls16;
  l.end_col = l.col + 1;
  return l;
}

/* ---- tokens ---- */

void p_next(Parser *p) {
  if (p->token_hook) p->token_hook(p->token_hook_ctx, &p->tok);
  p->prev = p->tok.loc;
  kc_lex_next(&p->lx, &p->tok);
}

bool p_is(Parser *p, TokKind k) { return p->tok.kind == k; }

bool p_is_kw(Parser *p, KwKind kw) {
  return p->tok.kind == TOK_NAME && p->tok.kw == kw && !p->tok.escaped;
}

bool p_eat(Parser *p, TokKind k) {
  if (p->tok.kind != k) return false;
  p_next(p);
  return true;
}

bool p_eat_kw(Parser *p, KwKind kw) {
  if (!p_is_kw(p, kw)) return false;
  p_next(p);
  return true;
}

void p_expect(Parser *p, TokKind k) {
  if (p->tok.kind == k) {
    p_next(p);
    return;
  }
  if (p->tok.kind == TOK_EOF)
    p_error(p, p->tok.loc, "expected '%s' but found end of input", kc_token_name(k));
  p_error(p, p->tok.loc, "expected '%s'", kc_token_name(k));
}

void p_expect_kw(Parser *p, KwKind kw) {
  if (p_eat_kw(p, kw)) return;
  p_error(p, p->tok.loc, "expected '%s'", kc_keyword_name(kw));
}

void p_expect_close(Parser *p, TokKind k, SourceLoc open) {
  if (p->tok.kind == k) {
    p_next(p);
    return;
  }
  const char *opener = k == TOK_RPAREN ? "(" : k == TOK_RBRACKET ? "[" : k == TOK_RBRACE ? "{" : "?";
  kc_diag_error(p->diag, p->src, p->tok.loc, "expected '%s' to close '%s' at %u:%u%s",
                kc_token_name(k), opener, open.line, open.col + 1,
                p->tok.kind == TOK_EOF ? " but found end of input" : "");
  kc_diag_note(p->diag, p->src, open, "to match this '%s'", opener);
  longjmp(p->bail, 1);
}

bool p_can_insert_semicolon(Parser *p) {
  return p->tok.kind == TOK_EOF || p->tok.kind == TOK_RBRACE || p->tok.nl_before;
}

void p_semicolon(Parser *p) {
  if (p_eat(p, TOK_SEMI) || p_can_insert_semicolon(p)) return;
  SourceLoc l = p->prev;
  l.offset += l.length;
  l.length = 0;
  l.start16 = l.end16;
  l.line = l.end_line;
  l.col = l.end_col;
  if (p->tok.kind == TOK_EOF) p_error(p, l, "expected ';'");
  kc_diag_error(p->diag, p->src, p->tok.loc, "expected ';' before %s%s%s",
                p->tok.kind == TOK_NAME ? "'" : "'",
                p->tok.kind == TOK_NAME || p->tok.kind == TOK_PRIVATE ? p->tok.value.ptr
                                                                       : kc_token_name(p->tok.kind),
                "'");
  longjmp(p->bail, 1);
}

Token p_peek(Parser *p) {
  KcLexer saved = p->lx;
  Token t;
  kc_lex_next(&p->lx, &t);
  /* restore the position but keep the (possibly grown) scratch buffer */
  char *buf = p->lx.buf;
  uint32_t cap = p->lx.buf_cap;
  p->lx = saved;
  p->lx.buf = buf;
  p->lx.buf_cap = cap;
  return t;
}

/* ---- nodes and lists ---- */

Node *p_node(Parser *p, NodeKind kind, SourceLoc start) {
  Node *n = kc_arena_alloc(p->arena, sizeof(Node));
  n->kind = kind;
  n->loc = start;
  return n;
}

Node *p_finish(Parser *p, Node *n) {
  n->loc = kc_loc_span(n->loc, p->prev);
  return n;
}

void p_push(Parser *p, Node *n) {
  if (p->sp == p->stack_cap) {
    int nc = p->stack_cap ? p->stack_cap * 2 : 256;
    Node **ns = realloc(p->stack, nc * sizeof *ns);
    if (!ns) {
      fputs("kiln: out of memory\n", stderr);
      abort();
    }
    p->stack = ns;
    p->stack_cap = nc;
  }
  p->stack[p->sp++] = n;
}

NodeList p_pop_list(Parser *p, int mark) {
  NodeList l;
  l.count = p->sp - mark;
  l.items = NULL;
  if (l.count) {
    l.items = kc_arena_alloc(p->arena, l.count * sizeof(Node *));
    memcpy(l.items, p->stack + mark, l.count * sizeof(Node *));
  }
  p->sp = mark;
  return l;
}

void p_enter(Parser *p) {
  if (++p->depth > KC_MAX_DEPTH) p_error(p, p->tok.loc, "nesting too deep");
}

void p_leave(Parser *p) { p->depth--; }

bool p_str_eq(KcStr s, const char *lit) {
  size_t n = strlen(lit);
  return s.ptr && s.len == n && memcmp(s.ptr, lit, n) == 0;
}

/* ---- entry points ---- */

static void parser_free(Parser *p) {
  kc_lex_free(&p->lx);
  free(p->stack);
  for (int i = 0; i < p->scopes_cap; i++) free(p->scopes[i].table);
  free(p->scopes);
  free(p->labels);
  free(p->priv_decls);
  free(p->priv_used);
  free(p->priv_scopes);
  free(p->exports);
  free(p->export_locals);
}

static Node *parse_with_hook(KcArena *arena, const KcSource *src, KcGoal goal, KcDiag *diag,
                             KcTokenHook hook, void *ctx, unsigned eval_flags) {
  Parser *p = calloc(1, sizeof *p);
  if (!p) return NULL;
  p->eval_flags = eval_flags;
  p->arena = arena;
  p->src = src;
  p->diag = diag;
  p->module = goal == KC_GOAL_MODULE;
  p->commonjs = goal == KC_GOAL_COMMONJS;
  p->strict = p->module || (eval_flags & KC_PARSE_EVAL_STRICT);
  p->token_hook = hook;
  p->token_hook_ctx = ctx;
  kc_lex_init(&p->lx, src, arena, lexer_error, p);
  p->lx.module = p->module;
  Node *prog = NULL;
  if (setjmp(p->bail) == 0) {
    SourceLoc start = {0, 0, 0, 0, 1, 0, 1, 0};
    kc_lex_next(&p->lx, &p->tok);
    prog = p_node(p, NODE_Program, start);
    prog->program.source_type = p->module ? KC_SOURCE_MODULE : KC_SOURCE_SCRIPT;
    if (goal == KC_GOAL_SCRIPT) prog->flags |= NODE_FLAG_GLOBAL_SCRIPT;
    parse_top_level(p, prog);
    if (p->tla) prog->flags |= NODE_FLAG_TLA;
    /* Program spans the whole input (acorn: start 0, end = input length). */
    SourceLoc end = p->tok.loc; /* EOF token, after trailing trivia */
    prog->loc.length = end.offset;
    prog->loc.end16 = end.start16;
    prog->loc.end_line = end.line;
    prog->loc.end_col = end.col;
    if (hook) hook(ctx, &p->tok);
  } else {
    prog = NULL;
  }
  parser_free(p);
  free(p);
  return prog;
}

/* The parser recurses once per nesting level (bounded by KC_MAX_DEPTH); it
 * runs on its own thread with a generous stack so that the bound, not the
 * caller's stack size, decides what nests too deeply. */
typedef struct ParseJob {
  KcArena *arena;
  const KcSource *src;
  KcGoal goal;
  KcDiag *diag;
  KcTokenHook hook;
  void *ctx;
  Node *result;
  unsigned eval_flags;
} ParseJob;

static void *parse_thread(void *arg) {
  ParseJob *j = arg;
  j->result = parse_with_hook(j->arena, j->src, j->goal, j->diag, j->hook, j->ctx, j->eval_flags);
  return NULL;
}

static Node *parse_on_big_stack(ParseJob *j) {
#ifdef KC_NO_PARSE_THREAD
  /* for fuzzing: thread creation is slow under sanitizers; run with a big
   * `ulimit -s` instead */
  parse_thread(j);
  return j->result;
#endif
  pthread_attr_t attr;
  pthread_t th;
  if (pthread_attr_init(&attr) == 0) {
    bool ok = pthread_attr_setstacksize(&attr, (size_t)256 << 20) == 0 &&
              pthread_create(&th, &attr, parse_thread, j) == 0;
    pthread_attr_destroy(&attr);
    if (ok) {
      pthread_join(th, NULL);
      return j->result;
    }
  }
  parse_thread(j);
  return j->result;
}

Node *kc_parse(KcArena *arena, const KcSource *src, KcGoal goal, KcDiag *diag) {
  ParseJob j = {arena, src, goal, diag, NULL, NULL, NULL, 0};
  return parse_on_big_stack(&j);
}

Node *kc_parse_eval(KcArena *arena, const KcSource *src, unsigned flags, KcDiag *diag) {
  ParseJob j = {arena, src, KC_GOAL_SCRIPT, diag, NULL, NULL, NULL, flags};
  return parse_on_big_stack(&j);
}

typedef struct TokenDump {
  FILE *out;
  const KcSource *src;
} TokenDump;

static const char *token_kind_label(const Token *t) {
  switch (t->kind) {
  case TOK_NAME:
    return t->kw && t->kw <= KW_LAST_RESERVED && !t->escaped ? "keyword" : "name";
  case TOK_PRIVATE: return "private";
  case TOK_NUMBER: return "number";
  case TOK_BIGINT: return "bigint";
  case TOK_STRING: return "string";
  case TOK_TEMPLATE: return "template";
  case TOK_REGEX: return "regex";
  case TOK_EOF: return "eof";
  default: return "punct";
  }
}

static void dump_token(void *ctx, const Token *t) {
  TokenDump *d = ctx;
  if (!d->out) return;
  fprintf(d->out, "%u:%u %s ", t->loc.line, t->loc.col + 1, token_kind_label(t));
  /* The token's text, with line breaks and control characters escaped so
   * each token stays on one line. */
  const char *s = d->src->text + t->loc.offset;
  for (uint32_t i = 0; i < t->loc.length; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') fputs("\\n", d->out);
    else if (c == '\r') fputs("\\r", d->out);
    else if (c == '\\') fputs("\\\\", d->out);
    else if (c < 0x20 || c == 0x7f) fprintf(d->out, "\\x%02x", c);
    else fputc(c, d->out);
  }
  fputc('\n', d->out);
}

int kc_write_tokens(FILE *out, const KcSource *src, KcGoal goal, KcDiag *diag) {
  KcArena *arena = kc_arena_new();
  TokenDump d = {out, src};
  ParseJob j = {arena, src, goal, diag, dump_token, &d, NULL, 0};
  Node *prog = parse_on_big_stack(&j);
  kc_arena_free(arena);
  if (!prog) return -1;
  return out && ferror(out) ? -1 : 0;
}
