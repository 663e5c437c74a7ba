/* arena.c — chunked bump allocator (see arena.h).
 *
 * Chunks double in size up to 1 MiB; a request larger than a quarter of the
 * chunk size gets a chunk of its own, so big allocations waste nothing. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
  struct Chunk *next;
  size_t size, used;
  _Alignas(16) unsigned char data[];
} Chunk;

struct KcArena {
  Chunk *head;
  size_t next_size;
};

KcArena *kc_arena_new(void) {
  KcArena *a = calloc(1, sizeof *a);
  if (!a) {
    fputs("kiln: out of memory\n", stderr);
    abort();
  }
  a->next_size = 16 * 1024;
  return a;
}

static Chunk *chunk_new(size_t size) {
  Chunk *c = malloc(sizeof(Chunk) + size);
  if (!c) {
    fputs("kiln: out of memory\n", stderr);
    abort();
  }
  c->size = size;
  c->used = 0;
  return c;
}

void *kc_arena_alloc(KcArena *a, size_t size) {
  size = (size + 15) & ~(size_t)15;
  Chunk *c = a->head;
  if (!c || c->size - c->used < size) {
    if (size > a->next_size / 4) {
      /* Own chunk, linked behind the head so the head keeps serving. */
      Chunk *big = chunk_new(size);
      big->used = size;
      if (c) {
        big->next = c->next;
        c->next = big;
      } else {
        big->next = NULL;
        a->head = big;
      }
      memset(big->data, 0, size);
      return big->data;
    }
    c = chunk_new(a->next_size);
    if (a->next_size < (1u << 20)) a->next_size *= 2;
    c->next = a->head;
    a->head = c;
  }
  void *p = c->data + c->used;
  c->used += size;
  memset(p, 0, size);
  return p;
}

char *kc_arena_strndup(KcArena *a, const char *s, size_t len) {
  char *p = kc_arena_alloc(a, len + 1);
  if (len) memcpy(p, s, len);
  p[len] = 0;
  return p;
}

void kc_arena_free(KcArena *a) {
  if (!a) return;
  Chunk *c = a->head;
  while (c) {
    Chunk *n = c->next;
    free(c);
    c = n;
  }
  free(a);
}
