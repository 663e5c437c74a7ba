/* lower_ic.c — inline caches for named properties, global variables, and
 * the fast path of element access.
 *
 * Every named property site gets its own JSPropCache global, zero-filled
 * except for the property name (the runtime interns the key on the first
 * miss). The inline fast path checks entry 0 only (value.h guarantees that
 * entry 0 holds own data properties):
 *
 *   ic.check: is a cell?            ─no─► ic.miss: rt_get_prop_ic(obj, ic)
 *   shape == ic.entries[0].shape?   ─no─► ic.miss
 *   ic.hit:  base = flags & OUT_OF_LINE ? obj->slots : obj;  v = *(base + offset)
 *
 * Global reads check entry 0 inline against the global object's shape and
 * the dictionary epoch (see kc_global_get); misses and writes go through
 * rt_get_global_ic/rt_set_global_ic, each site with its own cache. Element
 * reads `a[i]` with an int32 index on a dense
 * JSArray load directly when `(u32)i < capacity` and the slot is not a hole.
 */
#include <stdio.h>
#include <string.h>

#include "lower_internal.h"

LLVMValueRef kc_ic_get_generic(LowerCtx *c, LLVMValueRef obj, KcStr name);

LLVMValueRef kc_ic_new(LowerCtx *c, KcStr name) {
  char gname[48];
  snprintf(gname, sizeof gname, "ic.%d", ++c->ic_count);
  LLVMValueRef str = kc_ll_cstring(c, name.ptr, name.len + 1, "ic.name");
  LLVMValueRef g = LLVMAddGlobal(c->mod, c->t_ic, gname);
  LLVMTypeRef entry_ty = LLVMStructGetTypeAtIndex(c->t_ic, 4);
  LLVMValueRef fields[5] = {kc_ll_i64(c, JS_EMPTY), str, kc_ll_i32(c, name.len), kc_ll_i32(c, 0),
                            LLVMConstNull(entry_ty)};
  LLVMSetInitializer(g, LLVMConstStructInContext(c->ctx, fields, 5, false));
  LLVMSetLinkage(g, LLVMInternalLinkage);
  LLVMSetAlignment(g, 8);
  return g;
}

/* The address of the slot that cache entry [e] describes in object [p]:
 * (e.flags & OUT_OF_LINE ? p->slots : p) + e.offset. */
static LLVMValueRef ic_entry_slot(LowerCtx *c, LLVMValueRef e, LLVMValueRef p) {
  LLVMValueRef off = kc_ll_load(c, c->t_i32, kc_ll_gep(c, e, offsetof(JSPropCacheEntry, offset)), "ic.off");
  LLVMValueRef flags = kc_ll_load(c, c->t_i32, kc_ll_gep(c, e, offsetof(JSPropCacheEntry, flags)), "ic.flags");
  LLVMValueRef ool = LLVMBuildTrunc(c->b, flags, c->t_i1, "ic.ool"); /* JS_IC_OUT_OF_LINE == 1 */
  LLVMValueRef slots = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, p, offsetof(JSObject, slots)), "slots");
  LLVMValueRef base = LLVMBuildSelect(c->b, ool, slots, p, "ic.base");
  LLVMValueRef off64 = LLVMBuildZExt(c->b, off, c->t_i64, "");
  return LLVMBuildInBoundsGEP2(c->b, c->t_i8, base, &off64, 1, "ic.slot");
}

/* Emits the cell + shape check against entry 0; leaves the builder in the
 * hit block and returns the slot address. */
static LLVMValueRef ic_fast_path(LowerCtx *c, LLVMValueRef obj, LLVMValueRef ic,
                                 LLVMBasicBlockRef check, LLVMBasicBlockRef hit,
                                 LLVMBasicBlockRef miss) {
  LLVMBuildCondBr(c->b, kc_ll_is_cell(c, obj), check, miss);
  kc_ll_position(c, check);
  LLVMValueRef p = LLVMBuildIntToPtr(c->b, obj, c->t_ptr, "obj");
  LLVMValueRef shape = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, p, offsetof(JSCellHeader, shape)), "shape");
  LLVMValueRef e0 = kc_ll_gep(c, ic, offsetof(JSPropCache, entries));
  LLVMValueRef cached = kc_ll_load(c, c->t_ptr, e0, "ic.shape");
  LLVMValueRef same = LLVMBuildICmp(c->b, LLVMIntEQ, shape, cached, "ic.same");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, same, true), hit, miss);
  kc_ll_position(c, hit);
  return ic_entry_slot(c, e0, p);
}

/* `a.length` on a JSArray: the length field, boxed as int32 when it fits. */
static LLVMValueRef array_length_get(LowerCtx *c, LLVMValueRef obj, KcStr name) {
  LLVMBasicBlockRef cell = kc_ll_block_new(c, "len.cell");
  LLVMBasicBlockRef arr = kc_ll_block_new(c, "len.array");
  LLVMBasicBlockRef other = kc_ll_block_new(c, "len.other");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "len.done");
  LLVMBuildCondBr(c->b, kc_ll_is_cell(c, obj), cell, other);
  kc_ll_position(c, cell);
  LLVMBuildCondBr(c->b, kc_ll_cell_kind_is(c, obj, JS_CELL_ARRAY), arr, other);
  kc_ll_position(c, arr);
  LLVMValueRef p = LLVMBuildIntToPtr(c->b, obj, c->t_ptr, "");
  LLVMValueRef len = kc_ll_load(c, c->t_i32, kc_ll_gep(c, p, offsetof(JSArray, length)), "length");
  LLVMValueRef fits = LLVMBuildICmp(c->b, LLVMIntSGE, len, kc_ll_i32(c, 0), "");
  LLVMValueRef as_int = kc_ll_box_int32(c, len);
  LLVMValueRef as_dbl = kc_ll_box_double(c, LLVMBuildUIToFP(c->b, len, c->t_f64, ""));
  LLVMValueRef fast = LLVMBuildSelect(c->b, fits, as_int, as_dbl, "");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, other);
  LLVMValueRef slow = kc_ic_get_generic(c, obj, name);
  LLVMBasicBlockRef other_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  return kc_ll_phi2(c, "length", fast, arr, slow, other_end);
}

LLVMValueRef kc_ic_get(LowerCtx *c, LLVMValueRef obj, KcStr name) {
  if (name.len == 6 && !memcmp(name.ptr, "length", 6)) return array_length_get(c, obj, name);
  return kc_ic_get_generic(c, obj, name);
}

LLVMValueRef kc_ic_get_generic(LowerCtx *c, LLVMValueRef obj, KcStr name) {
  LLVMValueRef ic = kc_ic_new(c, name);
  LLVMBasicBlockRef check = kc_ll_block_new(c, "ic.check");
  LLVMBasicBlockRef hit = kc_ll_block_new(c, "ic.hit");
  LLVMBasicBlockRef miss = kc_ll_block_new(c, "ic.miss");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "ic.done");
  LLVMValueRef slot = ic_fast_path(c, obj, ic, check, hit, miss);
  LLVMValueRef fast = kc_ll_load(c, c->t_i64, slot, "ic.val");
  LLVMBasicBlockRef hit_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, miss);
  LLVMValueRef args[2] = {obj, ic};
  LLVMValueRef slow = kc_ll_call_rt_checked(c, RT_rt_get_prop_ic, args, 2);
  LLVMBasicBlockRef miss_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  return kc_ll_phi2(c, "prop", fast, hit_end, slow, miss_end);
}

void kc_ic_set(LowerCtx *c, LLVMValueRef obj, KcStr name, LLVMValueRef val) {
  LLVMValueRef ic = kc_ic_new(c, name);
  LLVMBasicBlockRef check = kc_ll_block_new(c, "ic.check");
  LLVMBasicBlockRef hit = kc_ll_block_new(c, "ic.hit");
  LLVMBasicBlockRef miss = kc_ll_block_new(c, "ic.miss");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "ic.done");
  LLVMValueRef slot = ic_fast_path(c, obj, ic, check, hit, miss);
  kc_ll_store(c, val, slot);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, miss);
  LLVMValueRef args[4] = {obj, val, ic, kc_ll_i32(c, c->f->fi->strict)};
  kc_ll_call_rt_checked(c, RT_rt_set_prop_ic, args, 4);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
}

/* An external runtime global of type [ty], declared once per module. */
static LLVMValueRef runtime_global(LowerCtx *c, const char *name, LLVMTypeRef ty) {
  LLVMValueRef g = LLVMGetNamedGlobal(c->mod, name);
  return g ? g : LLVMAddGlobal(c->mod, ty, name);
}

/* A global read: inline when entry 0 of the site's cache has the global
 * object's shape and the current dictionary epoch (the runtime records the
 * global's own data properties there), else rt_get_global_ic, which also
 * throws the ReferenceError of an undeclared name.
 *
 *   glob.check: shape == e0.shape && js_dict_epoch == e0.epoch ─no─► glob.miss
 *   glob.hit:   v = *((flags & OUT_OF_LINE ? g->slots : g) + offset)
 */
LLVMValueRef kc_global_get(LowerCtx *c, KcStr name, bool typeof_ctx) {
  LLVMValueRef ic = kc_ic_new(c, name);
  if (typeof_ctx) return kc_ll_call_rt_checked(c, RT_rt_typeof_global, &ic, 1);
  LLVMBasicBlockRef hit = kc_ll_block_new(c, "glob.hit");
  LLVMBasicBlockRef miss = kc_ll_block_new(c, "glob.miss");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "glob.done");
  LLVMValueRef g = kc_ll_load(c, c->t_ptr, runtime_global(c, "rt_global_object", c->t_ptr), "global");
  LLVMValueRef shape = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, g, offsetof(JSCellHeader, shape)), "shape");
  LLVMValueRef e0 = kc_ll_gep(c, ic, offsetof(JSPropCache, entries));
  LLVMValueRef cached = kc_ll_load(c, c->t_ptr, e0, "ic.shape");
  LLVMValueRef epoch = kc_ll_load(c, c->t_i64, runtime_global(c, "js_dict_epoch", c->t_i64), "epoch");
  LLVMValueRef cached_epoch =
      kc_ll_load(c, c->t_i64, kc_ll_gep(c, e0, offsetof(JSPropCacheEntry, epoch)), "ic.epoch");
  LLVMValueRef same = LLVMBuildAnd(c->b, LLVMBuildICmp(c->b, LLVMIntEQ, shape, cached, ""),
                                   LLVMBuildICmp(c->b, LLVMIntEQ, epoch, cached_epoch, ""), "glob.same");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, same, true), hit, miss);
  kc_ll_position(c, hit);
  LLVMValueRef fast = kc_ll_load(c, c->t_i64, ic_entry_slot(c, e0, g), "glob.val");
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, miss);
  LLVMValueRef slow = kc_ll_call_rt_checked(c, RT_rt_get_global_ic, &ic, 1);
  LLVMBasicBlockRef miss_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  return kc_ll_phi2(c, "glob", fast, hit, slow, miss_end);
}

void kc_global_set(LowerCtx *c, KcStr name, LLVMValueRef val) {
  LLVMValueRef ic = kc_ic_new(c, name);
  LLVMValueRef args[3] = {val, ic, kc_ll_i32(c, c->f->fi->strict)};
  kc_ll_call_rt_checked(c, RT_rt_set_global_ic, args, 3);
}

/* Address of elements[i] when obj is a dense array and i an in-range
 * non-hole index; otherwise branches to [slow]. Key is int32-typed. */
static LLVMValueRef elem_fast_path(LowerCtx *c, LLVMValueRef obj, LLVMValueRef idx,
                                   LLVMBasicBlockRef slow) {
  LLVMBasicBlockRef is_cell = kc_ll_block_new(c, "elem.cell");
  LLVMBasicBlockRef is_arr = kc_ll_block_new(c, "elem.array");
  LLVMBasicBlockRef in_range = kc_ll_block_new(c, "elem.inrange");
  LLVMBuildCondBr(c->b, kc_ll_is_cell(c, obj), is_cell, slow);
  kc_ll_position(c, is_cell);
  LLVMBuildCondBr(c->b, kc_ll_cell_kind_is(c, obj, JS_CELL_ARRAY), is_arr, slow);
  kc_ll_position(c, is_arr);
  LLVMValueRef p = LLVMBuildIntToPtr(c->b, obj, c->t_ptr, "arr");
  LLVMValueRef cap = kc_ll_load(c, c->t_i32, kc_ll_gep(c, p, offsetof(JSArray, capacity)), "cap");
  LLVMValueRef ok = LLVMBuildICmp(c->b, LLVMIntULT, idx, cap, "");
  LLVMBuildCondBr(c->b, kc_ll_expect(c, ok, true), in_range, slow);
  kc_ll_position(c, in_range);
  LLVMValueRef elems = kc_ll_load(c, c->t_ptr, kc_ll_gep(c, p, offsetof(JSArray, elements)), "elems");
  LLVMValueRef i64 = LLVMBuildZExt(c->b, idx, c->t_i64, "");
  return LLVMBuildInBoundsGEP2(c->b, c->t_i64, elems, &i64, 1, "elem.slot");
}

/* The key as an i32 when it is an int32 (else branches to [slow]). */
static LLVMValueRef key_i32(LowerCtx *c, KcVal key, LLVMBasicBlockRef slow) {
  if (key.kind == VK_I32) return key.v;
  LLVMBasicBlockRef isint = kc_ll_block_new(c, "elem.intkey");
  LLVMBuildCondBr(c->b, kc_ll_is_int32(c, key.v), isint, slow);
  kc_ll_position(c, isint);
  return kc_ll_unbox_int32(c, key.v);
}

LLVMValueRef kc_elem_get(LowerCtx *c, LLVMValueRef obj, KcVal key) {
  if (key.kind != VK_I32 && key.kind != VK_BOXED) key = kc_boxed(kc_val_box(c, key));
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "elem.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "elem.done");
  LLVMValueRef idx = key_i32(c, key, slow);
  LLVMValueRef slot = elem_fast_path(c, obj, idx, slow);
  LLVMValueRef v = kc_ll_load(c, c->t_i64, slot, "elem");
  LLVMBasicBlockRef hit = kc_ll_block_new(c, "elem.hit");
  LLVMValueRef hole = LLVMBuildICmp(c->b, LLVMIntEQ, v, kc_ll_i64(c, JS_EMPTY), "hole");
  LLVMBuildCondBr(c->b, hole, slow, hit);
  kc_ll_position(c, hit);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef args[2] = {obj, kc_val_box(c, key)};
  LLVMValueRef sv = kc_ll_call_rt_checked(c, RT_rt_get_elem, args, 2);
  LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(c->b);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
  return kc_ll_phi2(c, "elem.val", v, hit, sv, slow_end);
}

void kc_elem_set(LowerCtx *c, LLVMValueRef obj, KcVal key, LLVMValueRef val) {
  if (key.kind != VK_I32 && key.kind != VK_BOXED) key = kc_boxed(kc_val_box(c, key));
  LLVMBasicBlockRef slow = kc_ll_block_new(c, "elem.slow");
  LLVMBasicBlockRef done = kc_ll_block_new(c, "elem.done");
  LLVMValueRef idx = key_i32(c, key, slow);
  LLVMValueRef slot = elem_fast_path(c, obj, idx, slow);
  LLVMValueRef old = kc_ll_load(c, c->t_i64, slot, "elem.old");
  LLVMBasicBlockRef store = kc_ll_block_new(c, "elem.store");
  LLVMValueRef hole = LLVMBuildICmp(c->b, LLVMIntEQ, old, kc_ll_i64(c, JS_EMPTY), "hole");
  LLVMBuildCondBr(c->b, hole, slow, store);
  kc_ll_position(c, store);
  kc_ll_store(c, val, slot);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, slow);
  LLVMValueRef args[4] = {obj, kc_val_box(c, key), val, kc_ll_i32(c, c->f->fi->strict)};
  kc_ll_call_rt_checked(c, RT_rt_set_elem, args, 4);
  LLVMBuildBr(c->b, done);
  kc_ll_position(c, done);
}
