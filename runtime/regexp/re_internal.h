/*
 * re_internal.h — what the regexp parser (re_compile.c) and interpreter
 * (re_exec.c) share: the program header and the opcodes.
 *
 * A program is one malloc'ed block:
 *
 *   ReHeader  (magic, flags, capture count, register count, code length,
 *              offset of the group names)
 *   code      opcodes, each one byte followed by little-endian operands
 *   names     for groups 1..n-1 a NUL-terminated UTF-8 name ("" = unnamed)
 *
 * Jump operands are int32 offsets from the end of the instruction. Slots
 * 0..2*ncaps-1 are capture boundaries (start, end per group), the slots
 * after them are registers (loop counters, positions for the empty check).
 * Every consuming opcode has a backward twin (| RE_BACK) used inside
 * lookbehind, which reads the character before the position and moves
 * left.
 */
#ifndef KILN_RE_INTERNAL_H
#define KILN_RE_INTERNAL_H

#include <string.h>

#include "regexp.h"

#define RE_MAGIC 0x4b524531u /* "KRE1" */

typedef struct ReHeader {
    uint32_t magic;
    uint32_t flags;
    uint32_t ncaps;      /* groups + 1 */
    uint32_t nregs;
    uint32_t code_len;
    uint32_t names_off;  /* from the start of the block; 0 = no names */
} ReHeader;

#define RE_INF 0xFFFFFFFFu
#define RE_BACK 0x80 /* backward variant of a consuming opcode */

enum {
    /* consuming (may carry RE_BACK) */
    OP_CHAR = 1,     /* u32 c: the next character is c */
    OP_CHAR_I,       /* u32 c: Canonicalize(next) == c */
    OP_ANY,          /* any character (dotAll) */
    OP_DOT,          /* any but a line terminator */
    OP_CLASS,        /* u8 invert, u32 n, n x (u32 lo, u32 hi): sorted ranges */
    OP_CLASS_I,      /* same, on Canonicalize(next) */
    OP_BACKREF,      /* u8 n, n x u32 group: the first defined group's text */
    OP_BACKREF_I,
    /* non-consuming */
    OP_BOL = 16,     /* ^ without m */
    OP_BOL_M,
    OP_EOL,
    OP_EOL_M,
    OP_WORDB,        /* \b */
    OP_NWORDB,       /* \B */
    OP_SAVE,         /* u32 slot = position */
    OP_RESET,        /* u32 first slot, u32 count: slots = -1 */
    OP_GOTO,         /* i32 off */
    OP_SPLIT_GREEDY, /* i32 off: try next first, then pc + off */
    OP_SPLIT_LAZY,   /* i32 off: try pc + off first, then next */
    OP_SET_REG,      /* u32 slot, u32 value */
    OP_SET_POS,      /* u32 slot = position */
    OP_CHECK_ADV,    /* u32 pos slot, u32 count slot, u32 min: fail on an empty
                        iteration once count >= min */
    OP_INC_REG,      /* u32 slot += 1 */
    OP_LOOP,         /* u32 count slot, u32 min, u32 max, u8 greedy, i32 off (to the exit) */
    OP_LOOK,         /* u8 negative, i32 off (past the matching OP_LOOK_END) */
    OP_LOOK_END,
    OP_MATCH,
};

static inline uint32_t re_get_u32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}
static inline int32_t re_get_i32(const uint8_t *p)
{
    int32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* The classes of \d \s \w (and \w's extra members under /ui). */
bool re_is_line_terminator(uint32_t c);
bool re_is_word_char(uint32_t c, bool unicode_ic);

#endif
