/*
 * gc.c — the runtime's only door to the Boehm collector.
 *
 * Every JavaScript cell comes from rt_alloc_cell (zeroed, scanned
 * conservatively) or rt_alloc_atomic (never scanned: string characters and
 * other pointer-free payloads). The collector scans globals (the realm, the
 * atom table, inline caches emitted by the compiler) and every thread's
 * stack; memory from malloc is invisible to it, so a value held only there
 * needs a root from js_root_new for as long as it is held.
 */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kiln/runtime.h"

static int gc_ready;

void js_gc_init(void)
{
    if (gc_ready)
        return;
    gc_ready = 1;
    GC_INIT();
    /* Collect when the heap has grown by its own size rather than by a
     * third: allocation-heavy programs (string building, short-lived
     * objects) collect about three times less often, for a heap at most
     * about twice the live data. GC_FREE_SPACE_DIVISOR still overrides. */
    if (!getenv("GC_FREE_SPACE_DIVISOR"))
        GC_set_free_space_divisor(1);
    /* Interior pointers stay recognised (the default): compiled code may
     * hold only &obj->slots[i] in a register across an allocation. */
}

void *rt_alloc_cell(size_t size)
{
    void *p = GC_MALLOC(size);
    if (!p) {
        fputs("kiln: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *rt_alloc_atomic(size_t size)
{
    void *p = GC_MALLOC_ATOMIC(size);
    if (!p) {
        fputs("kiln: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *rt_realloc_cell(void *p, size_t old_size, size_t new_size)
{
    void *q = rt_alloc_cell(new_size);
    if (p)
        memcpy(q, p, old_size < new_size ? old_size : new_size);
    return q;
}

JSValue *js_root_new(JSValue value)
{
    JSValue *r = GC_MALLOC_UNCOLLECTABLE(sizeof(JSValue));
    if (!r) {
        fputs("kiln: out of memory\n", stderr);
        abort();
    }
    *r = value;
    return r;
}

void js_root_free(JSValue *root)
{
    if (root)
        GC_FREE(root);
}

void js_gc_collect(void)
{
    GC_gcollect();
}

void js_gc_add_roots(void *lo, void *hi)
{
    GC_add_roots(lo, hi);
}
