/* lexer.h — tokens of ECMAScript 2024 and the scanner that produces them.
 *
 * The lexer is pulled by the parser one token at a time. Where the grammar,
 * not the characters, decides what a token is, the parser asks for a rescan:
 * a '/' or '/=' in operand position is rescanned as a regular expression
 * (kc_lex_rescan_regex), and the '}' that closes a template substitution is
 * rescanned as the template's continuation (kc_lex_rescan_template).
 *
 * Identifiers and keywords are one token kind, TOK_NAME; `kw` says which
 * reserved or contextual word it spells (KW_NONE otherwise). A word written
 * with a Unicode escape has `escaped` set: it is never a keyword, and using a
 * reserved word that way is an error the parser reports.
 *
 * Errors (unterminated strings, bad escapes, invalid UTF-8 ...) are reported
 * through the callback in KcLexer and stop the parse: the lexer calls
 * kc_lex_error, which never returns (see parser_internal.h).
 */
#ifndef KC_LEXER_H
#define KC_LEXER_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "source.h"

/* X(enum suffix, spelling) */
#define KC_TOKENS(X)                                                           \
  X(EOF, "end of input") X(NAME, "identifier") X(PRIVATE, "private name")     \
  X(NUMBER, "number") X(BIGINT, "bigint") X(STRING, "string")                 \
  X(TEMPLATE, "template") X(REGEX, "regular expression")                      \
  X(LBRACE, "{") X(RBRACE, "}") X(LPAREN, "(") X(RPAREN, ")")                 \
  X(LBRACKET, "[") X(RBRACKET, "]") X(SEMI, ";") X(COMMA, ",")                \
  X(DOT, ".") X(ELLIPSIS, "...") X(QUESTION, "?") X(QDOT, "?.")               \
  X(COLON, ":") X(ARROW, "=>")                                                \
  X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=")                               \
  X(EQ, "==") X(NE, "!=") X(SEQ, "===") X(SNE, "!==")                         \
  X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(PERCENT, "%")       \
  X(STARSTAR, "**") X(INC, "++") X(DEC, "--")                                 \
  X(SHL, "<<") X(SAR, ">>") X(SHR, ">>>") X(AMP, "&") X(PIPE, "|")            \
  X(CARET, "^") X(BANG, "!") X(TILDE, "~") X(AND, "&&") X(OR, "||")           \
  X(NULLISH, "??")                                                            \
  X(ASSIGN, "=") X(PLUS_ASSIGN, "+=") X(MINUS_ASSIGN, "-=")                   \
  X(STAR_ASSIGN, "*=") X(SLASH_ASSIGN, "/=") X(PERCENT_ASSIGN, "%=")          \
  X(STARSTAR_ASSIGN, "**=") X(SHL_ASSIGN, "<<=") X(SAR_ASSIGN, ">>=")         \
  X(SHR_ASSIGN, ">>>=") X(AMP_ASSIGN, "&=") X(PIPE_ASSIGN, "|=")              \
  X(CARET_ASSIGN, "^=") X(AND_ASSIGN, "&&=") X(OR_ASSIGN, "||=")              \
  X(NULLISH_ASSIGN, "?\?=")

typedef enum TokKind {
#define KC_X(e, s) TOK_##e,
  KC_TOKENS(KC_X)
#undef KC_X
  TOK_COUNT
} TokKind;

/* Reserved words (KW_BREAK..KW_NULL are always reserved), then the words
 * reserved only in strict code, then the contextual ones. */
#define KC_KEYWORDS(X)                                                         \
  X(BREAK, "break") X(CASE, "case") X(CATCH, "catch") X(CLASS, "class")       \
  X(CONST, "const") X(CONTINUE, "continue") X(DEBUGGER, "debugger")           \
  X(DEFAULT, "default") X(DELETE, "delete") X(DO, "do") X(ELSE, "else")       \
  X(ENUM, "enum") X(EXPORT, "export") X(EXTENDS, "extends")                   \
  X(FALSE, "false") X(FINALLY, "finally") X(FOR, "for")                       \
  X(FUNCTION, "function") X(IF, "if") X(IMPORT, "import") X(IN, "in")         \
  X(INSTANCEOF, "instanceof") X(NEW, "new") X(RETURN, "return")               \
  X(SUPER, "super") X(SWITCH, "switch") X(THIS, "this") X(THROW, "throw")     \
  X(TRUE, "true") X(TRY, "try") X(TYPEOF, "typeof") X(VAR, "var")             \
  X(VOID, "void") X(WHILE, "while") X(WITH, "with") X(NULL, "null")           \
  X(IMPLEMENTS, "implements") X(INTERFACE, "interface") X(LET, "let")         \
  X(PACKAGE, "package") X(PRIVATE, "private") X(PROTECTED, "protected")       \
  X(PUBLIC, "public") X(STATIC, "static") X(YIELD, "yield")                   \
  X(AWAIT, "await") X(ASYNC, "async") X(OF, "of") X(GET, "get")               \
  X(SET, "set") X(TARGET, "target") X(META, "meta") X(FROM, "from")           \
  X(AS, "as") X(EVAL, "eval") X(ARGUMENTS, "arguments")                       \
  X(CONSTRUCTOR, "constructor") X(PROTO, "__proto__")

typedef enum KwKind {
  KW_NONE,
#define KC_X(e, s) KW_##e,
  KC_KEYWORDS(KC_X)
#undef KC_X
  KW_COUNT
} KwKind;

#define KW_LAST_RESERVED KW_NULL   /* always reserved */
#define KW_LAST_STRICT KW_YIELD    /* implements..yield: reserved in strict code */

typedef struct Token {
  TokKind kind;
  KwKind kw;          /* TOK_NAME: which word, KW_NONE for other names */
  bool nl_before;     /* a line terminator precedes the token */
  bool escaped;       /* TOK_NAME: written with \u escapes */
  bool legacy_octal;  /* NUMBER: 010 or 08; STRING: an octal or \8 \9 escape */
  bool template_tail; /* TEMPLATE: ends with '`' (not '${') */
  bool cooked_invalid;/* TEMPLATE: an invalid escape; cooked is absent */
  SourceLoc loc;
  SourceLoc octal_loc;/* STRING with legacy_octal / TEMPLATE with cooked_invalid: the escape */
  KcStr value;        /* NAME/PRIVATE: decoded name (PRIVATE without '#');
                         STRING/TEMPLATE: cooked value (WTF-8);
                         REGEX: pattern; BIGINT: decimal digits */
  KcStr raw2;         /* TEMPLATE: raw (CR/CRLF normalised); REGEX: flags */
  double number;      /* NUMBER */
} Token;

typedef struct KcLexer {
  const KcSource *src;
  KcArena *arena;
  const char *text, *end;
  uint32_t pos;         /* byte offset of the next character */
  uint32_t pos16;       /* UTF-16 offset of pos */
  uint32_t line;        /* 1-based line of pos */
  uint32_t line_start16;/* UTF-16 offset of the start of that line */
  /* error reporting: never returns */
  void (*error)(void *ctx, SourceLoc loc, const char *msg);
  void *error_ctx;
  bool module; /* module goal: no HTML-like comments */
  bool seen_token; /* a token has been scanned (for '-->' at the start) */
  /* scratch buffer for decoded values */
  char *buf;
  uint32_t buf_len, buf_cap;
} KcLexer;

void kc_lex_init(KcLexer *lx, const KcSource *src, KcArena *arena,
                 void (*error)(void *, SourceLoc, const char *), void *ctx);
void kc_lex_free(KcLexer *lx);
/* Scans the next token into [t]. */
void kc_lex_next(KcLexer *lx, Token *t);
/* [t] is a '/' or '/=' token just scanned: rescan it as a regular expression. */
void kc_lex_rescan_regex(KcLexer *lx, Token *t);
/* [t] is a '}' just scanned: rescan it as the continuation of a template. */
void kc_lex_rescan_template(KcLexer *lx, Token *t);

/* The spelling of a token kind or keyword, for messages. */
const char *kc_token_name(TokKind k);
const char *kc_keyword_name(KwKind k);
/* The keyword a name spells (KW_NONE if none). */
KwKind kc_lookup_keyword(const char *s, uint32_t n);

/* Unicode identifier classes (ID_Start / ID_Continue plus $, _, ZWNJ, ZWJ). */
bool kc_is_id_start(uint32_t cp);
bool kc_is_id_part(uint32_t cp);

/* Decodes one UTF-8 sequence at [p] (before [end]); returns its length, or 0
 * if it is not valid UTF-8 (overlong, surrogate, > U+10FFFF, truncated). */
int kc_utf8_decode(const char *p, const char *end, uint32_t *cp);

#endif
