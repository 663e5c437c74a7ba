/*
 * js_collections.h — the C view of Map, Set, WeakMap and WeakSet objects
 * (js_map.c) for other parts of the runtime (util.inspect prints their
 * entries through js_map_foreach).
 */
#ifndef KILN_JS_COLLECTIONS_H
#define KILN_JS_COLLECTIONS_H

#include "kiln/runtime.h"

/* Whether v is a Map/Set/WeakMap/WeakSet object (cell kinds JS_CELL_MAP...). */
bool js_is_map_like(JSValue v);
/* Number of live entries of a Map/Set/WeakMap/WeakSet. */
uint32_t js_map_size(JSValue m);
/* Calls fn on each live entry in insertion order (a Set passes the value
 * as both key and value); stops and returns fn's result when it is
 * nonzero, else 0. The map may not be modified during the walk. */
typedef int (*JSMapVisitor)(JSValue key, JSValue value, void *opaque);
int js_map_foreach(JSValue m, JSMapVisitor fn, void *opaque);

#endif
