/* arena.h — bump allocation for the AST and everything that lives as long.
 *
 * Memory comes in growing chunks and is freed all at once by kc_arena_free;
 * single allocations are never freed. Returned memory is zeroed and aligned
 * to 16 bytes. Allocation failure aborts (the only sensible thing for a
 * compiler out of memory) after printing a message.
 */
#ifndef KC_ARENA_H
#define KC_ARENA_H

#include <stddef.h>

typedef struct KcArena KcArena;

KcArena *kc_arena_new(void);
void *kc_arena_alloc(KcArena *a, size_t size);
/* Copies [len] bytes of [s] and appends a NUL. */
char *kc_arena_strndup(KcArena *a, const char *s, size_t len);
void kc_arena_free(KcArena *a);

#endif
