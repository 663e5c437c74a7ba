/*
 * re_exec.c — the backtracking interpreter of the regexp engine.
 *
 * State: pc, the position, and the slot array (capture boundaries, then the
 * registers of counted loops). Backtracking uses one explicit stack of
 * fixed-size entries (four int32 each, the type first):
 *
 *   CHOICE  pc, pos        a place to resume when what follows fails
 *   UNDO    slot, old      a slot write, undone when backtracking past it
 *   LOOK    pos, pc, prev  the start of a lookaround body; prev links to the
 *                          enclosing one
 *
 * Every slot write pushes an UNDO entry, so a CHOICE restores the slots of
 * its time by popping back to it. A lookaround body that matches is atomic:
 * LOOK_END drops the CHOICEs above its LOOK entry but keeps the UNDOs (the
 * captures it set stay, and are undone if the match backtracks past the
 * lookaround). A negative lookaround inverts: its body matching means
 * failure, its LOOK entry being reached by backtracking means success.
 *
 * The stack lives in malloc'ed memory and grows up to RE_STACK_LIMIT
 * entries; past that re_exec returns RE_ERROR_STACK (the runtime throws a
 * RangeError), so no pattern can overflow the C stack. There is no step
 * limit: an exponential pattern is slow, never wrong.
 */
#include <stdlib.h>
#include <utf8proc.h>

#include "re_internal.h"
#include "../builtins/js_unicase_table.h"

#define RE_STACK_LIMIT (1u << 23) /* entries of 16 bytes: 128 MiB */

enum { ST_CHOICE = 1, ST_UNDO, ST_LOOK_POS, ST_LOOK_NEG };

typedef struct Exec {
    const uint8_t *code;
    const ReInput *in;
    bool u, ic;
    int32_t *slots;
    uint32_t nslots;
    int32_t *st;   /* 4 ints per entry */
    uint32_t sp;   /* entries */
    uint32_t cap;  /* entries */
} Exec;

/* ---- canonicalisation ----------------------------------------------------------- */

static uint32_t upper_single(uint32_t c)
{
    size_t lo = 0, hi = sizeof js_upper_runs / sizeof *js_upper_runs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const JSCaseRun *r = &js_upper_runs[mid];
        if (c < r->start) {
            hi = mid;
        } else if (c >= r->start + (uint32_t)r->count * r->step) {
            lo = mid + 1;
        } else {
            if ((c - r->start) % r->step)
                return c;
            return (uint32_t)((int32_t)c + r->delta);
        }
    }
    return c;
}

static bool upper_is_multi(uint32_t c)
{
    size_t lo = 0, hi = sizeof js_upper_multi / sizeof *js_upper_multi;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < js_upper_multi[mid].cp)
            hi = mid;
        else if (c > js_upper_multi[mid].cp)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

uint32_t re_canonicalize(uint32_t c, bool unicode)
{
    if (c < 128) {
        if (unicode)
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }
    if (unicode) {
        /* simple case folding: the full folding when it is one code point,
         * else the simple lowercase (the C+S lines of CaseFolding.txt) */
        if (c == 0x130 || c == 0x131)
            return c;
        utf8proc_int32_t out[4];
        int last = 0;
        utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, out, 4,
                                                     UTF8PROC_CASEFOLD, &last);
        if (n == 1)
            return (uint32_t)out[0];
        return (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
    }
    if (c > 0xFFFF || upper_is_multi(c))
        return c;
    uint32_t u = upper_single(c);
    if (u > 0xFFFF || u < 128)
        return c;
    return u;
}

/* ---- input ------------------------------------------------------------------------- */

static inline uint32_t unit(const ReInput *in, uint32_t i)
{
    return in->s8 ? in->s8[i] : in->s16[i];
}

static inline bool read_fwd(const Exec *e, uint32_t *pos, uint32_t *c)
{
    const ReInput *in = e->in;
    if (*pos >= in->len)
        return false;
    uint32_t x = unit(in, (*pos)++);
    if (e->u && x >= 0xD800 && x <= 0xDBFF && *pos < in->len) {
        uint32_t y = unit(in, *pos);
        if (y >= 0xDC00 && y <= 0xDFFF) {
            x = 0x10000 + ((x - 0xD800) << 10) + (y - 0xDC00);
            (*pos)++;
        }
    }
    *c = x;
    return true;
}

static inline bool read_back(const Exec *e, uint32_t *pos, uint32_t *c)
{
    const ReInput *in = e->in;
    if (*pos == 0)
        return false;
    uint32_t x = unit(in, --(*pos));
    if (e->u && x >= 0xDC00 && x <= 0xDFFF && *pos > 0) {
        uint32_t y = unit(in, *pos - 1);
        if (y >= 0xD800 && y <= 0xDBFF) {
            x = 0x10000 + ((y - 0xD800) << 10) + (x - 0xDC00);
            (*pos)--;
        }
    }
    *c = x;
    return true;
}

static bool class_has(const uint8_t *r, uint32_t n, uint32_t c)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c < re_get_u32(r + 8 * mid))
            hi = mid;
        else if (c > re_get_u32(r + 8 * mid + 4))
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

/* ---- the stack ------------------------------------------------------------------------ */

static int push(Exec *e, int32_t type, int32_t a, int32_t b, int32_t c)
{
    if (e->sp == e->cap) {
        if (e->cap >= RE_STACK_LIMIT)
            return RE_ERROR_STACK;
        uint32_t ncap = e->cap ? e->cap * 2 : 256;
        int32_t *n = realloc(e->st, (size_t)ncap * 4 * sizeof(int32_t));
        if (!n)
            return RE_ERROR_MEMORY;
        e->st = n;
        e->cap = ncap;
    }
    int32_t *s = e->st + 4 * (size_t)e->sp++;
    s[0] = type;
    s[1] = a;
    s[2] = b;
    s[3] = c;
    return 0;
}

/* ---- matching at one position ------------------------------------------------------------ */

#define PUSH(t, a, b, c)                                                                       \
    do {                                                                                       \
        int rc_ = push(e, (t), (int32_t)(a), (int32_t)(b), (int32_t)(c));                      \
        if (rc_ < 0)                                                                           \
            return rc_;                                                                        \
    } while (0)

#define SET_SLOT(i, v)                                                                         \
    do {                                                                                       \
        uint32_t i_ = (i);                                                                     \
        PUSH(ST_UNDO, i_, e->slots[i_], 0);                                                    \
        e->slots[i_] = (int32_t)(v);                                                           \
    } while (0)

static int match_at(Exec *e, uint32_t start)
{
    const uint8_t *code = e->code;
    uint32_t pc = 0, pos = start;
    int32_t look_top = -1;
    e->sp = 0;
    for (uint32_t i = 0; i < e->nslots; i++)
        e->slots[i] = -1;
    const ReInput *in = e->in;
    for (;;) {
        uint8_t op = code[pc];
        bool back = op & RE_BACK;
        uint32_t c;
        switch (op & (uint8_t)~RE_BACK) {
        case OP_CHAR:
            if (!(back ? read_back(e, &pos, &c) : read_fwd(e, &pos, &c)) ||
                c != re_get_u32(code + pc + 1))
                goto fail;
            pc += 5;
            continue;
        case OP_CHAR_I:
            if (!(back ? read_back(e, &pos, &c) : read_fwd(e, &pos, &c)) ||
                re_canonicalize(c, e->u) != re_get_u32(code + pc + 1))
                goto fail;
            pc += 5;
            continue;
        case OP_ANY:
            if (!(back ? read_back(e, &pos, &c) : read_fwd(e, &pos, &c)))
                goto fail;
            pc += 1;
            continue;
        case OP_DOT:
            if (!(back ? read_back(e, &pos, &c) : read_fwd(e, &pos, &c)) ||
                re_is_line_terminator(c))
                goto fail;
            pc += 1;
            continue;
        case OP_CLASS:
        case OP_CLASS_I: {
            bool invert = code[pc + 1];
            uint32_t n = re_get_u32(code + pc + 2);
            if (!(back ? read_back(e, &pos, &c) : read_fwd(e, &pos, &c)))
                goto fail;
            if ((op & (uint8_t)~RE_BACK) == OP_CLASS_I)
                c = re_canonicalize(c, e->u);
            if (class_has(code + pc + 6, n, c) == invert)
                goto fail;
            pc += 6 + 8 * n;
            continue;
        }
        case OP_BACKREF:
        case OP_BACKREF_I: {
            uint32_t n = code[pc + 1];
            int32_t s = -1, t = -1;
            for (uint32_t i = 0; i < n; i++) {
                uint32_t g = re_get_u32(code + pc + 2 + 4 * i);
                if (e->slots[2 * g] >= 0 && e->slots[2 * g + 1] >= 0) {
                    s = e->slots[2 * g];
                    t = e->slots[2 * g + 1];
                    break;
                }
            }
            pc += 2 + 4 * n;
            if (s < 0)
                continue;
            uint32_t len = (uint32_t)(t - s);
            uint32_t at;
            if (back) {
                if (pos < len)
                    goto fail;
                at = pos - len;
            } else {
                if (in->len - pos < len)
                    goto fail;
                at = pos;
            }
            if ((op & (uint8_t)~RE_BACK) == OP_BACKREF) {
                for (uint32_t i = 0; i < len; i++)
                    if (unit(in, (uint32_t)s + i) != unit(in, at + i))
                        goto fail;
            } else {
                uint32_t i = 0, j = 0;
                Exec sub = *e;
                while (i < len) {
                    uint32_t a = 0, b = 0, pa = (uint32_t)s + i, pb = at + j;
                    read_fwd(&sub, &pa, &a);
                    read_fwd(&sub, &pb, &b);
                    if (re_canonicalize(a, e->u) != re_canonicalize(b, e->u))
                        goto fail;
                    i = pa - (uint32_t)s;
                    j = pb - at;
                }
                if (j != len)
                    goto fail;
            }
            pos = back ? at : at + len;
            continue;
        }
        case OP_BOL:
            if (pos != 0)
                goto fail;
            pc += 1;
            continue;
        case OP_BOL_M:
            if (pos != 0 && !re_is_line_terminator(unit(in, pos - 1)))
                goto fail;
            pc += 1;
            continue;
        case OP_EOL:
            if (pos != in->len)
                goto fail;
            pc += 1;
            continue;
        case OP_EOL_M:
            if (pos != in->len && !re_is_line_terminator(unit(in, pos)))
                goto fail;
            pc += 1;
            continue;
        case OP_WORDB:
        case OP_NWORDB: {
            bool uic = e->u && e->ic;
            bool a = pos > 0 && re_is_word_char(unit(in, pos - 1), uic);
            bool b = pos < in->len && re_is_word_char(unit(in, pos), uic);
            if ((a != b) != (op == OP_WORDB))
                goto fail;
            pc += 1;
            continue;
        }
        case OP_SAVE:
            SET_SLOT(re_get_u32(code + pc + 1), pos);
            pc += 5;
            continue;
        case OP_RESET: {
            uint32_t first = re_get_u32(code + pc + 1), n = re_get_u32(code + pc + 5);
            for (uint32_t i = 0; i < n; i++)
                if (e->slots[first + i] != -1)
                    SET_SLOT(first + i, -1);
            pc += 9;
            continue;
        }
        case OP_GOTO:
            pc = pc + 5 + (uint32_t)re_get_i32(code + pc + 1);
            continue;
        case OP_SPLIT_GREEDY:
            PUSH(ST_CHOICE, pc + 5 + (uint32_t)re_get_i32(code + pc + 1), pos, 0);
            pc += 5;
            continue;
        case OP_SPLIT_LAZY:
            PUSH(ST_CHOICE, pc + 5, pos, 0);
            pc = pc + 5 + (uint32_t)re_get_i32(code + pc + 1);
            continue;
        case OP_SET_REG:
            SET_SLOT(re_get_u32(code + pc + 1), re_get_u32(code + pc + 5));
            pc += 9;
            continue;
        case OP_SET_POS:
            SET_SLOT(re_get_u32(code + pc + 1), pos);
            pc += 5;
            continue;
        case OP_CHECK_ADV: {
            uint32_t pr = re_get_u32(code + pc + 1), cr = re_get_u32(code + pc + 5);
            uint32_t min = re_get_u32(code + pc + 9);
            if ((uint32_t)e->slots[pr] == pos && (uint32_t)e->slots[cr] >= min)
                goto fail;
            pc += 13;
            continue;
        }
        case OP_INC_REG: {
            uint32_t r = re_get_u32(code + pc + 1);
            SET_SLOT(r, e->slots[r] + 1);
            pc += 5;
            continue;
        }
        case OP_LOOP: {
            uint32_t cnt = (uint32_t)e->slots[re_get_u32(code + pc + 1)];
            uint32_t min = re_get_u32(code + pc + 5), max = re_get_u32(code + pc + 9);
            bool greedy = code[pc + 13];
            uint32_t body = pc + 18, exit = body + (uint32_t)re_get_i32(code + pc + 14);
            if (cnt < min) {
                pc = body;
            } else if (cnt >= max && max != RE_INF) {
                pc = exit;
            } else if (greedy) {
                PUSH(ST_CHOICE, exit, pos, 0);
                pc = body;
            } else {
                PUSH(ST_CHOICE, body, pos, 0);
                pc = exit;
            }
            continue;
        }
        case OP_LOOK: {
            bool neg = code[pc + 1];
            uint32_t after = pc + 6 + (uint32_t)re_get_i32(code + pc + 2);
            PUSH(neg ? ST_LOOK_NEG : ST_LOOK_POS, pos, after, look_top);
            look_top = (int32_t)e->sp - 1;
            pc += 6;
            continue;
        }
        case OP_LOOK_END: {
            int32_t *m = e->st + 4 * (size_t)look_top;
            if (m[0] == ST_LOOK_NEG) {
                /* the body matched: the negative lookaround fails */
                while (e->sp > (uint32_t)look_top) {
                    int32_t *s = e->st + 4 * (size_t)--e->sp;
                    if (s[0] == ST_UNDO)
                        e->slots[s[1]] = s[2];
                }
                look_top = m[3];
                goto fail;
            }
            /* keep the UNDOs above the entry, drop its choices and itself */
            pos = (uint32_t)m[1];
            pc = (uint32_t)m[2];
            int32_t prev = m[3];
            uint32_t w = (uint32_t)look_top;
            for (uint32_t r = (uint32_t)look_top + 1; r < e->sp; r++) {
                int32_t *s = e->st + 4 * (size_t)r;
                if (s[0] == ST_UNDO) {
                    memcpy(e->st + 4 * (size_t)w, s, 4 * sizeof(int32_t));
                    w++;
                }
            }
            e->sp = w;
            look_top = prev;
            continue;
        }
        case OP_MATCH:
            return RE_MATCH;
        default:
            return RE_ERROR_MEMORY; /* corrupt program */
        }
    fail:
        for (;;) {
            if (e->sp == 0)
                return RE_NO_MATCH;
            int32_t *s = e->st + 4 * (size_t)--e->sp;
            switch (s[0]) {
            case ST_UNDO:
                e->slots[s[1]] = s[2];
                continue;
            case ST_CHOICE:
                pc = (uint32_t)s[1];
                pos = (uint32_t)s[2];
                goto resume;
            case ST_LOOK_POS:
                look_top = s[3];
                continue;
            case ST_LOOK_NEG:
                /* the body failed: the negative lookaround succeeds */
                look_top = s[3];
                pos = (uint32_t)s[1];
                pc = (uint32_t)s[2];
                goto resume;
            }
        }
    resume:;
    }
}

int re_exec(const uint8_t *prog, const ReInput *in, uint32_t start, bool sticky, int32_t *caps)
{
    const ReHeader *h = (const ReHeader *)prog;
    Exec e = {0};
    e.code = prog + sizeof(ReHeader);
    e.in = in;
    e.u = h->flags & (RE_FLAG_UNICODE | RE_FLAG_UNICODE_SETS);
    e.ic = h->flags & RE_FLAG_IGNORECASE;
    e.nslots = 2 * h->ncaps + h->nregs;
    int32_t slots_small[64];
    e.slots = e.nslots <= 64 ? slots_small : malloc(e.nslots * sizeof(int32_t));
    if (!e.slots)
        return RE_ERROR_MEMORY;
    /* a literal first character lets the scan skip positions cheaply */
    const uint8_t *first = e.code + 5;
    bool lit = !sticky && first[0] == OP_CHAR;
    uint32_t lit_c = lit ? re_get_u32(first + 1) : 0;
    int rc = RE_NO_MATCH;
    for (uint32_t at = start; at <= in->len;) {
        if (lit) {
            if (lit_c > 0xFFFF || (e.u && lit_c >= 0xD800 && lit_c <= 0xDFFF))
                lit = false;
            else {
                while (at < in->len && unit(in, at) != lit_c)
                    at++;
                if (at >= in->len)
                    break;
            }
        }
        rc = match_at(&e, at);
        if (rc != RE_NO_MATCH || sticky)
            break;
        if (at >= in->len)
            break;
        uint32_t c;
        read_fwd(&e, &at, &c);
    }
    if (rc == RE_MATCH)
        memcpy(caps, e.slots, 2 * h->ncaps * sizeof(int32_t));
    free(e.st);
    if (e.slots != slots_small)
        free(e.slots);
    return rc;
}
