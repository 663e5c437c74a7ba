/*
 * js_array.c — the Array constructor, Array.isArray/from/of and
 * Array.prototype (§23.1).
 *
 * Every method follows the specification's generic algorithm over any
 * array-like `this` (Get/Set/HasProperty/DeletePropertyOrThrow on index
 * keys), with fast paths for the common case, a dense JSArray: reading
 * elements straight from `elements` while the index is inside both length
 * and capacity. Callbacks may change the array under our feet, so the fast
 * path re-checks those bounds on every element and falls back to the
 * generic operations (which also see holes through the prototype chain).
 * Array.prototype and Object.prototype are assumed to have no index
 * properties when a fast path moves whole blocks (shift, unshift, splice,
 * reverse), as V8 does behind its "no elements" protector.
 *
 * sort is a stable merge sort (insertion sort on short runs); undefined
 * values go last and holes after them, and an exception from the comparator
 * or from ToString aborts the sort and propagates.
 */
#include "builtins.h"

#include <math.h>

#define MAX_SAFE_LENGTH 9007199254740991.0

/* ---- index helpers (k may exceed uint32 on generic array-likes) ---------- */

static JSValue index_key(int64_t k)
{
    return js_mk_number((double)k);
}

static JSValue get_k(JSValue o, int64_t k)
{
    if (k <= 0xFFFFFFFE)
        return js_get_index(o, (uint32_t)k);
    return js_get_property_value(o, index_key(k));
}

static int set_k(JSValue o, int64_t k, JSValue v)
{
    if (k <= 0xFFFFFFFE)
        return js_set_index(o, (uint32_t)k, v, true);
    return js_set_property_value(o, index_key(k), v, true);
}

static JSAtom atom_k(int64_t k)
{
    if (k <= 0xFFFFFFFE)
        return js_atom_from_uint32((uint32_t)k);
    return js_value_to_atom(index_key(k));
}

static int has_k(JSValue o, int64_t k)
{
    JSAtom a = atom_k(k);
    if (a == JS_EXCEPTION)
        return -1;
    return js_has_property(o, a);
}

static int delete_k(JSValue o, int64_t k)
{
    JSAtom a = atom_k(k);
    if (a == JS_EXCEPTION)
        return -1;
    return js_delete_property(o, a, true);
}

/* CreateDataPropertyOrThrow(o, k, v) */
static int define_k(JSValue o, int64_t k, JSValue v)
{
    if (js_is_array(o)) {
        /* Dense elements are plain writable data properties, and arrays
         * that are not extensible have no dense storage. */
        JSArray *a = js_arr(o);
        if ((uint64_t)k < a->capacity && js_array_is_dense(o)) {
            a->elements[k] = v;
            if ((uint64_t)k >= a->length)
                a->length = (uint32_t)k + 1;
            return 0;
        }
        if ((uint64_t)k == a->length && js_array_is_dense(o))
            return js_array_push(o, v);
    }
    if (k <= 0xFFFFFFFE)
        return js_define_property_index(o, (uint32_t)k, v, JS_PROP_C_W_E);
    JSAtom a = atom_k(k);
    if (a == JS_EXCEPTION)
        return -1;
    return js_define_property_value(o, a, v, JS_PROP_C_W_E);
}

static int set_length(JSValue o, int64_t len)
{
    if (js_is_array(o))
        return js_array_set_length(o, js_mk_number((double)len), true);
    return js_set_property(o, JS_ATOM(length), js_mk_number((double)len), true);
}

/* The element at k of a dense array, or JS_EMPTY when the fast path cannot
 * answer (hole, beyond storage, not an array). */
static inline JSValue fast_elem(JSValue o, int64_t k)
{
    if (js_is_array(o)) {
        JSArray *a = js_arr(o);
        if ((uint64_t)k < a->capacity && (uint64_t)k < a->length)
            return a->elements[k];
    }
    return JS_EMPTY;
}

/* HasProperty(o, k) then Get(o, k): *present tells, *out gets the value.
 * Returns -1 on throw. */
static int get_present(JSValue o, int64_t k, bool *present, JSValue *out)
{
    JSValue v = fast_elem(o, k);
    if (v != JS_EMPTY) {
        *present = true;
        *out = v;
        return 0;
    }
    int r = has_k(o, k);
    if (r < 0)
        return -1;
    *present = r;
    if (!r)
        return 0;
    v = get_k(o, k);
    if (v == JS_EXCEPTION)
        return -1;
    *out = v;
    return 0;
}

/* Get(o, k) with the fast path. */
static inline JSValue get_fast(JSValue o, int64_t k)
{
    JSValue v = fast_elem(o, k);
    return v != JS_EMPTY ? v : get_k(o, k);
}

/* ToObject(this) with V8's message naming the method. */
static JSValue this_obj(JSValue this_val, const char *method)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error("Array.prototype.%s called on null or undefined", method);
    return js_to_object(this_val);
}

static JSValue not_callable(JSValue v)
{
    return js_throw_type_error("%s is not a function", js_value_to_message_text(v));
}

/* this → object and its length; returns -1 on throw. */
static int this_and_length(JSValue this_val, const char *method, JSValue *o, int64_t *len)
{
    *o = this_obj(this_val, method);
    if (*o == JS_EXCEPTION)
        return -1;
    return js_get_length(*o, len);
}

/* ArraySpeciesCreate(original, length): a plain array unless `original` is
 * an array whose constructor[Symbol.species] names another constructor.
 * *plain tells the caller whether it got a plain array it may fill in place. */
static JSValue array_species_create(JSValue original, int64_t length, bool *plain)
{
    *plain = true;
    int is_array = js_is_array_value(original);
    if (is_array < 0)
        return JS_EXCEPTION;
    if (is_array) {
        JSValue c = js_get_property(original, JS_ATOM(constructor));
        if (c == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_is_object(c)) {
            c = js_get_property(c, JS_SYM(species));
            if (c == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (js_is_null(c))
                c = JS_UNDEFINED;
        }
        if (!js_is_undefined(c) && c != js_realm.array_ctor) {
            if (!js_is_constructor(c))
                return js_throw_type_error("object.constructor[Symbol.species] is not a constructor");
            *plain = false;
            JSValue len = js_mk_number((double)length);
            return js_construct(c, 1, &len, c);
        }
    }
    if (length > 4294967295.0)
        return js_throw_range_error("Invalid array length");
    return js_new_array(0);
}

static JS_NATIVE(js_array_species_getter)
{
    (void)callee; (void)argc; (void)argv; (void)new_target;
    return this_val;
}

/* ---- the constructor and statics ----------------------------------------- */

static JSValue set_proto_from_new_target(JSValue arr, JSValue new_target)
{
    if (js_is_undefined(new_target) || new_target == js_realm.array_ctor)
        return arr;
    JSValue proto = js_get_property(new_target, JS_ATOM(prototype));
    if (proto == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (js_is_object(proto) && js_set_prototype(arr, proto, true) < 0)
        return JS_EXCEPTION;
    return arr;
}

static JS_NATIVE(js_array_ctor)
{
    JSValue arr;
    if (argc == 1 && js_is_number(argv[0])) {
        double d = js_to_double(argv[0]);
        if (!(d >= 0 && d <= 4294967295.0) || trunc(d) != d)
            return js_throw_range_error("Invalid array length");
        arr = js_new_array(0);
        if (d > 0 && js_array_set_length(arr, argv[0], true) < 0)
            return JS_EXCEPTION;
    } else {
        arr = js_new_array_from((uint32_t)argc, argv);
    }
    return set_proto_from_new_target(arr, new_target);
}

static JS_NATIVE(js_array_is_array)
{
    int r = js_is_array_value(js_arg(argc, argv, 0));
    return r < 0 ? JS_EXCEPTION : js_mk_bool(r);
}

static JS_NATIVE(js_array_of)
{
    JSValue c = this_val;
    if (js_is_constructor(c) && c != js_realm.array_ctor) {
        JSValue n = js_mk_int32(argc);
        JSValue a = js_construct(c, 1, &n, c);
        if (a == JS_EXCEPTION)
            return JS_EXCEPTION;
        for (int32_t k = 0; k < argc; k++)
            if (define_k(a, k, argv[k]) < 0)
                return JS_EXCEPTION;
        if (set_length(a, argc) < 0)
            return JS_EXCEPTION;
        return a;
    }
    return js_new_array_from((uint32_t)argc, argv);
}

static JSValue close_and_rethrow(JSValue it)
{
    JSValue exc = rt_take_exception();
    js_iterator_close(it);
    if (js_has_exception())
        rt_take_exception();
    return js_throw(exc);
}

static JS_NATIVE(js_array_from)
{
    JSValue items = js_arg(argc, argv, 0);
    JSValue mapfn = js_arg(argc, argv, 1), this_arg = js_arg(argc, argv, 2);
    bool mapping = !js_is_undefined(mapfn);
    if (mapping && !js_is_callable(mapfn))
        return not_callable(mapfn);
    bool custom = js_is_constructor(this_val) && this_val != js_realm.array_ctor;
    if (js_is_nullish(items))
        return js_throw_not_iterable(items);
    JSValue using_iter = js_get_property(items, JS_SYM(iterator));
    if (using_iter == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue a;
    if (!js_is_nullish(using_iter)) {
        if (!js_is_callable(using_iter))
            return js_throw_type_error("%s is not iterable", js_value_to_message_text(items));
        a = custom ? js_construct(this_val, 0, NULL, this_val) : js_new_array(0);
        if (a == JS_EXCEPTION)
            return JS_EXCEPTION;
        JSValue it = js_get_iterator(items);
        if (it == JS_EXCEPTION)
            return JS_EXCEPTION;
        int64_t k = 0;
        for (;; k++) {
            JSValue v = js_iterator_step(it);
            if (v == JS_EXCEPTION)
                return JS_EXCEPTION;
            if (v == JS_EMPTY)
                break;
            if (mapping) {
                v = js_call3(mapfn, this_arg, v, js_mk_number((double)k), JS_UNDEFINED);
                if (v == JS_EXCEPTION)
                    return close_and_rethrow(it);
            }
            if (define_k(a, k, v) < 0)
                return close_and_rethrow(it);
        }
        if (set_length(a, k) < 0)
            return JS_EXCEPTION;
        return a;
    }
    JSValue array_like = js_to_object(items);
    if (array_like == JS_EXCEPTION)
        return JS_EXCEPTION;
    int64_t len;
    if (js_get_length(array_like, &len) < 0)
        return JS_EXCEPTION;
    if (custom) {
        JSValue n = js_mk_number((double)len);
        a = js_construct(this_val, 1, &n, this_val);
    } else {
        if (len > 4294967295.0)
            return js_throw_range_error("Invalid array length");
        a = js_new_array(0);
    }
    if (a == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (int64_t k = 0; k < len; k++) {
        JSValue v = get_fast(array_like, k);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (mapping) {
            v = js_call3(mapfn, this_arg, v, js_mk_number((double)k), JS_UNDEFINED);
            if (v == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
        if (define_k(a, k, v) < 0)
            return JS_EXCEPTION;
    }
    if (set_length(a, len) < 0)
        return JS_EXCEPTION;
    return a;
}

/* ---- push, pop, shift, unshift ------------------------------------------- */

static JS_NATIVE(js_array_proto_push)
{
    if (js_is_array(this_val) && js_array_is_dense(this_val)) {
        for (int32_t i = 0; i < argc; i++)
            if (js_array_push(this_val, argv[i]) < 0)
                return JS_EXCEPTION;
        return js_mk_number(js_arr(this_val)->length);
    }
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "push", &o, &len) < 0)
        return JS_EXCEPTION;
    if ((double)len + argc > MAX_SAFE_LENGTH)
        return js_throw_type_error("Pushing %d elements on an array-like of length %lld "
                                   "is disallowed, as the total surpasses 2**53-1",
                                   argc, (long long)len);
    for (int32_t i = 0; i < argc; i++)
        if (set_k(o, len + i, argv[i]) < 0)
            return JS_EXCEPTION;
    len += argc;
    if (set_length(o, len) < 0)
        return JS_EXCEPTION;
    return js_mk_number((double)len);
}

static JS_NATIVE(js_array_proto_pop)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "pop", &o, &len) < 0)
        return JS_EXCEPTION;
    if (len == 0) {
        if (set_length(o, 0) < 0)
            return JS_EXCEPTION;
        return JS_UNDEFINED;
    }
    JSValue v = get_fast(o, len - 1);
    if (v == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_array(o) && delete_k(o, len - 1) < 0)
        return JS_EXCEPTION;
    if (set_length(o, len - 1) < 0)
        return JS_EXCEPTION;
    return v;
}

/* Whether the fast block-moving paths may run on o for length len. */
static bool can_move_block(JSValue o, int64_t len)
{
    if (!js_is_array(o) || !js_array_is_dense(o))
        return false;
    JSArray *a = js_arr(o);
    return (int64_t)a->length == len && a->capacity >= a->length &&
           !(a->o.h.flags & (JS_OBJ_NOT_EXTENSIBLE | JS_ARRAY_LENGTH_RDONLY));
}

static JS_NATIVE(js_array_proto_shift)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "shift", &o, &len) < 0)
        return JS_EXCEPTION;
    if (len == 0) {
        if (set_length(o, 0) < 0)
            return JS_EXCEPTION;
        return JS_UNDEFINED;
    }
    if (can_move_block(o, len)) {
        JSArray *a = js_arr(o);
        JSValue first = a->elements[0];
        if (first == JS_EMPTY) {
            first = js_get_index(o, 0);
            if (first == JS_EXCEPTION)
                return JS_EXCEPTION;
        }
        if (can_move_block(o, len)) {
            memmove(a->elements, a->elements + 1, sizeof(JSValue) * (size_t)(len - 1));
            a->elements[len - 1] = JS_EMPTY;
            a->length = (uint32_t)(len - 1);
            return first;
        }
    }
    JSValue first = get_k(o, 0);
    if (first == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (int64_t k = 1; k < len; k++) {
        bool present;
        JSValue v;
        if (get_present(o, k, &present, &v) < 0)
            return JS_EXCEPTION;
        if (present ? set_k(o, k - 1, v) < 0 : delete_k(o, k - 1) < 0)
            return JS_EXCEPTION;
    }
    if (delete_k(o, len - 1) < 0 || set_length(o, len - 1) < 0)
        return JS_EXCEPTION;
    return first;
}

static JS_NATIVE(js_array_proto_unshift)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "unshift", &o, &len) < 0)
        return JS_EXCEPTION;
    if (argc > 0) {
        if ((double)len + argc > MAX_SAFE_LENGTH)
            return js_throw_type_error("Invalid array length");
        if (can_move_block(o, len) && len + argc <= 0xFFFFFFFE &&
            js_array_reserve(o, (uint32_t)(len + argc))) {
            JSArray *a = js_arr(o);
            memmove(a->elements + argc, a->elements, sizeof(JSValue) * (size_t)len);
            for (int32_t i = 0; i < argc; i++)
                a->elements[i] = argv[i];
            a->length = (uint32_t)(len + argc);
            return js_mk_number((double)a->length);
        }
        for (int64_t k = len; k > 0; k--) {
            bool present;
            JSValue v;
            if (get_present(o, k - 1, &present, &v) < 0)
                return JS_EXCEPTION;
            if (present ? set_k(o, k + argc - 1, v) < 0 : delete_k(o, k + argc - 1) < 0)
                return JS_EXCEPTION;
        }
        for (int32_t j = 0; j < argc; j++)
            if (set_k(o, j, argv[j]) < 0)
                return JS_EXCEPTION;
    }
    if (set_length(o, len + argc) < 0)
        return JS_EXCEPTION;
    return js_mk_number((double)(len + argc));
}

/* ---- slice, splice, concat ----------------------------------------------- */

static JS_NATIVE(js_array_proto_slice)
{
    JSValue o;
    int64_t len, k, final;
    if (this_and_length(this_val, "slice", &o, &len) < 0)
        return JS_EXCEPTION;
    if (js_arg_relative_index(argc, argv, 0, len, 0, &k) < 0 ||
        js_arg_relative_index(argc, argv, 1, len, len, &final) < 0)
        return JS_EXCEPTION;
    int64_t count = final > k ? final - k : 0;
    bool plain;
    JSValue result = array_species_create(o, count, &plain);
    if (result == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (plain && js_is_array(o)) {
        JSArray *a = js_arr(o);
        if (final <= (int64_t)a->capacity && final <= (int64_t)a->length) {
            bool holes = false;
            for (int64_t i = k; i < final; i++)
                if (a->elements[i] == JS_EMPTY) {
                    holes = true;
                    break;
                }
            if (!holes)
                return js_new_array_from((uint32_t)count, a->elements + k);
        }
    }
    int64_t n = 0;
    for (; k < final; k++, n++) {
        bool present;
        JSValue v;
        if (get_present(o, k, &present, &v) < 0)
            return JS_EXCEPTION;
        if (present && define_k(result, n, v) < 0)
            return JS_EXCEPTION;
    }
    if (set_length(result, n) < 0)
        return JS_EXCEPTION;
    return result;
}

static JS_NATIVE(js_array_proto_splice)
{
    JSValue o;
    int64_t len, start;
    if (this_and_length(this_val, "splice", &o, &len) < 0)
        return JS_EXCEPTION;
    if (js_arg_relative_index(argc, argv, 0, len, 0, &start) < 0)
        return JS_EXCEPTION;
    int32_t item_count = argc > 2 ? argc - 2 : 0;
    const JSValue *items = argv + 2;
    int64_t del;
    if (argc == 0) {
        del = 0;
    } else if (argc == 1) {
        del = len - start;
    } else {
        double dc;
        if (js_arg_integer(argc, argv, 1, &dc) < 0)
            return JS_EXCEPTION;
        del = dc < 0 ? 0 : (dc > (double)(len - start) ? len - start : (int64_t)dc);
    }
    if ((double)len + item_count - del > MAX_SAFE_LENGTH)
        return js_throw_type_error("Invalid array length");
    /* The removed elements. */
    bool plain;
    JSValue removed = array_species_create(o, del, &plain);
    if (removed == JS_EXCEPTION)
        return JS_EXCEPTION;
    for (int64_t k = 0; k < del; k++) {
        bool present;
        JSValue v;
        if (get_present(o, start + k, &present, &v) < 0)
            return JS_EXCEPTION;
        if (present && define_k(removed, k, v) < 0)
            return JS_EXCEPTION;
    }
    if (set_length(removed, del) < 0)
        return JS_EXCEPTION;
    int64_t new_len = len - del + item_count;
    if (can_move_block(o, len) && new_len <= 0xFFFFFFFE &&
        (new_len <= len || js_array_reserve(o, (uint32_t)new_len))) {
        JSArray *a = js_arr(o);
        memmove(a->elements + start + item_count, a->elements + start + del,
                sizeof(JSValue) * (size_t)(len - start - del));
        for (int32_t i = 0; i < item_count; i++)
            a->elements[start + i] = items[i];
        for (int64_t i = new_len; i < len; i++)
            a->elements[i] = JS_EMPTY;
        a->length = (uint32_t)new_len;
        return removed;
    }
    if (item_count < del) {
        for (int64_t k = start; k < len - del; k++) {
            bool present;
            JSValue v;
            if (get_present(o, k + del, &present, &v) < 0)
                return JS_EXCEPTION;
            if (present ? set_k(o, k + item_count, v) < 0 : delete_k(o, k + item_count) < 0)
                return JS_EXCEPTION;
        }
        for (int64_t k = len; k > new_len; k--)
            if (delete_k(o, k - 1) < 0)
                return JS_EXCEPTION;
    } else if (item_count > del) {
        for (int64_t k = len - del; k > start; k--) {
            bool present;
            JSValue v;
            if (get_present(o, k + del - 1, &present, &v) < 0)
                return JS_EXCEPTION;
            if (present ? set_k(o, k + item_count - 1, v) < 0 : delete_k(o, k + item_count - 1) < 0)
                return JS_EXCEPTION;
        }
    }
    for (int32_t i = 0; i < item_count; i++)
        if (set_k(o, start + i, items[i]) < 0)
            return JS_EXCEPTION;
    if (set_length(o, new_len) < 0)
        return JS_EXCEPTION;
    return removed;
}

static int is_concat_spreadable(JSValue e)
{
    if (!js_is_object(e))
        return 0;
    JSValue s = js_get_property(e, JS_SYM(isConcatSpreadable));
    if (s == JS_EXCEPTION)
        return -1;
    if (!js_is_undefined(s))
        return js_to_boolean(s);
    return js_is_array_value(e);
}

static JS_NATIVE(js_array_proto_concat)
{
    JSValue o = this_obj(this_val, "concat");
    if (o == JS_EXCEPTION)
        return JS_EXCEPTION;
    bool plain;
    JSValue a = array_species_create(o, 0, &plain);
    if (a == JS_EXCEPTION)
        return JS_EXCEPTION;
    int64_t n = 0;
    for (int32_t i = -1; i < argc; i++) {
        JSValue e = i < 0 ? o : argv[i];
        int spreadable = is_concat_spreadable(e);
        if (spreadable < 0)
            return JS_EXCEPTION;
        if (!spreadable) {
            if (n >= MAX_SAFE_LENGTH)
                return js_throw_type_error("Invalid array length");
            if (define_k(a, n++, e) < 0)
                return JS_EXCEPTION;
            continue;
        }
        int64_t len;
        if (js_get_length(e, &len) < 0)
            return JS_EXCEPTION;
        if (n + len > MAX_SAFE_LENGTH)
            return js_throw_type_error("Invalid array length");
        for (int64_t k = 0; k < len; k++, n++) {
            bool present;
            JSValue v;
            if (get_present(e, k, &present, &v) < 0)
                return JS_EXCEPTION;
            if (present && define_k(a, n, v) < 0)
                return JS_EXCEPTION;
        }
    }
    if (set_length(a, n) < 0)
        return JS_EXCEPTION;
    return a;
}

/* ---- join, toString, toLocaleString --------------------------------------- */

/* Arrays being joined right now: a cycle joins as "" (as in V8). The array
 * is static so the collector scans it. */
#define JOIN_STACK_MAX 1024
static JSValue join_stack[JOIN_STACK_MAX];
static int join_depth;

static JSValue join_impl(JSValue o, JSValue sep_arg, bool locale)
{
    int64_t len;
    if (js_get_length(o, &len) < 0)
        return JS_EXCEPTION;
    JSValue sep;
    if (js_is_undefined(sep_arg)) {
        sep = JS_EMPTY;
    } else {
        sep = js_to_string(sep_arg);
        if (sep == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    for (int i = 0; i < join_depth; i++)
        if (join_stack[i] == o)
            return JS_ATOM(empty);
    if (join_depth >= JOIN_STACK_MAX)
        return js_throw_range_error("Maximum call stack size exceeded");
    join_stack[join_depth++] = o;
    JSStringBuilder sb;
    js_sb_init(&sb);
    JSValue result = JS_EXCEPTION;
    for (int64_t k = 0; k < len; k++) {
        if (k > 0) {
            if (sep == JS_EMPTY)
                js_sb_putc(&sb, ',');
            else
                js_sb_put_string(&sb, sep);
        }
        JSValue v = get_fast(o, k);
        if (v == JS_EXCEPTION)
            goto out;
        if (js_is_nullish(v))
            continue;
        if (locale) {
            v = js_call_method(v, JS_ATOM(toLocaleString), 0, NULL);
            if (v == JS_EXCEPTION)
                goto out;
        }
        JSValue s = js_is_string(v) ? v : js_to_string(v);
        if (s == JS_EXCEPTION)
            goto out;
        js_sb_put_string(&sb, s);
        if (sb.len > (1u << 29)) {
            js_throw_range_error("Invalid string length");
            goto out;
        }
    }
    result = js_sb_finish(&sb);
out:
    join_depth--;
    return result;
}

static JS_NATIVE(js_array_proto_join)
{
    JSValue o = this_obj(this_val, "join");
    if (o == JS_EXCEPTION)
        return JS_EXCEPTION;
    return join_impl(o, js_arg(argc, argv, 0), false);
}

static JS_NATIVE(js_array_proto_to_locale_string)
{
    JSValue o = this_obj(this_val, "toLocaleString");
    if (o == JS_EXCEPTION)
        return JS_EXCEPTION;
    return join_impl(o, JS_UNDEFINED, true);
}

static JS_NATIVE(js_array_proto_to_string)
{
    JSValue o = js_to_object(this_val);
    if (o == JS_EXCEPTION)
        return JS_EXCEPTION;
    JSValue join = js_get_property(o, JS_ATOM(join));
    if (join == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (!js_is_callable(join))
        return js_object_to_string_tag(o);
    return js_call(join, o, 0, NULL);
}

/* ---- reverse, indexOf, lastIndexOf, includes ------------------------------ */

static JS_NATIVE(js_array_proto_reverse)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "reverse", &o, &len) < 0)
        return JS_EXCEPTION;
    if (can_move_block(o, len)) {
        JSValue *e = js_arr(o)->elements;
        for (int64_t lo = 0, hi = len - 1; lo < hi; lo++, hi--) {
            JSValue t = e[lo];
            e[lo] = e[hi];
            e[hi] = t;
        }
        return o;
    }
    for (int64_t lower = 0; lower < len / 2; lower++) {
        int64_t upper = len - 1 - lower;
        bool lp, up;
        JSValue lv = JS_UNDEFINED, uv = JS_UNDEFINED;
        if (get_present(o, lower, &lp, &lv) < 0 || get_present(o, upper, &up, &uv) < 0)
            return JS_EXCEPTION;
        if (lp && up) {
            if (set_k(o, lower, uv) < 0 || set_k(o, upper, lv) < 0)
                return JS_EXCEPTION;
        } else if (up) {
            if (set_k(o, lower, uv) < 0 || delete_k(o, upper) < 0)
                return JS_EXCEPTION;
        } else if (lp) {
            if (delete_k(o, lower) < 0 || set_k(o, upper, lv) < 0)
                return JS_EXCEPTION;
        }
    }
    return o;
}

static JS_NATIVE(js_array_proto_index_of)
{
    JSValue o;
    int64_t len, k;
    if (this_and_length(this_val, "indexOf", &o, &len) < 0)
        return JS_EXCEPTION;
    if (len == 0)
        return js_mk_int32(-1);
    if (js_arg_relative_index(argc, argv, 1, len, 0, &k) < 0)
        return JS_EXCEPTION;
    JSValue target = js_arg(argc, argv, 0);
    for (; k < len; k++) {
        bool present;
        JSValue v;
        if (get_present(o, k, &present, &v) < 0)
            return JS_EXCEPTION;
        if (present && js_strict_equals(v, target))
            return js_mk_number((double)k);
    }
    return js_mk_int32(-1);
}

static JS_NATIVE(js_array_proto_last_index_of)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "lastIndexOf", &o, &len) < 0)
        return JS_EXCEPTION;
    if (len == 0)
        return js_mk_int32(-1);
    int64_t k = len - 1;
    if (argc > 1) {
        double n;
        if (js_arg_integer(argc, argv, 1, &n) < 0)
            return JS_EXCEPTION;
        if (n == -INFINITY)
            return js_mk_int32(-1);
        k = n >= 0 ? (n < (double)(len - 1) ? (int64_t)n : len - 1) : (int64_t)((double)len + n);
    }
    JSValue target = js_arg(argc, argv, 0);
    for (; k >= 0; k--) {
        bool present;
        JSValue v;
        if (get_present(o, k, &present, &v) < 0)
            return JS_EXCEPTION;
        if (present && js_strict_equals(v, target))
            return js_mk_number((double)k);
    }
    return js_mk_int32(-1);
}

static JS_NATIVE(js_array_proto_includes)
{
    JSValue o;
    int64_t len, k;
    if (this_and_length(this_val, "includes", &o, &len) < 0)
        return JS_EXCEPTION;
    if (len == 0)
        return JS_FALSE;
    if (js_arg_relative_index(argc, argv, 1, len, 0, &k) < 0)
        return JS_EXCEPTION;
    JSValue target = js_arg(argc, argv, 0);
    for (; k < len; k++) {
        JSValue v = get_fast(o, k);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_same_value_zero(v, target))
            return JS_TRUE;
    }
    return JS_FALSE;
}

/* ---- callback iteration --------------------------------------------------- */

enum { IT_FOREACH, IT_MAP, IT_FILTER, IT_SOME, IT_EVERY };

static JSValue iterate(JSValue this_val, int32_t argc, const JSValue *argv, int kind,
                       const char *name)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, name, &o, &len) < 0)
        return JS_EXCEPTION;
    JSValue cb = js_arg(argc, argv, 0), this_arg = js_arg(argc, argv, 1);
    if (!js_is_callable(cb))
        return not_callable(cb);
    JSValue a = JS_UNDEFINED;
    bool plain = true;
    int64_t to = 0;
    if (kind == IT_MAP || kind == IT_FILTER) {
        a = array_species_create(o, kind == IT_MAP ? len : 0, &plain);
        if (a == JS_EXCEPTION)
            return JS_EXCEPTION;
        /* A plain map result is filled in place; its length is set at the end. */
        if (kind == IT_MAP && plain && len > 0)
            js_array_reserve(a, (uint32_t)len);
    }
    for (int64_t k = 0; k < len; k++) {
        bool present;
        JSValue v;
        if (get_present(o, k, &present, &v) < 0)
            return JS_EXCEPTION;
        if (!present)
            continue;
        JSValue r = js_call3(cb, this_arg, v, js_mk_number((double)k), o);
        if (r == JS_EXCEPTION)
            return JS_EXCEPTION;
        switch (kind) {
        case IT_MAP: {
            JSArray *arr = plain ? js_arr(a) : NULL;
            if (arr && (uint64_t)k < arr->capacity && js_array_is_dense(a)) {
                arr->elements[k] = r;
                if ((uint64_t)k >= arr->length)
                    arr->length = (uint32_t)k + 1;
            } else if (define_k(a, k, r) < 0) {
                return JS_EXCEPTION;
            }
            break;
        }
        case IT_FILTER:
            if (js_to_boolean(r) && (plain ? js_array_push(a, v) : define_k(a, to, v)) < 0)
                return JS_EXCEPTION;
            if (js_to_boolean(r))
                to++;
            break;
        case IT_SOME:
            if (js_to_boolean(r))
                return JS_TRUE;
            break;
        case IT_EVERY:
            if (!js_to_boolean(r))
                return JS_FALSE;
            break;
        default:
            break;
        }
    }
    switch (kind) {
    case IT_MAP:
        if (plain && js_arr(a)->length < len && set_length(a, len) < 0)
            return JS_EXCEPTION;
        return a;
    case IT_FILTER:
        return a;
    case IT_SOME:
        return JS_FALSE;
    case IT_EVERY:
        return JS_TRUE;
    default:
        return JS_UNDEFINED;
    }
}

static JS_NATIVE(js_array_proto_for_each) { return iterate(this_val, argc, argv, IT_FOREACH, "forEach"); }
static JS_NATIVE(js_array_proto_map) { return iterate(this_val, argc, argv, IT_MAP, "map"); }
static JS_NATIVE(js_array_proto_filter) { return iterate(this_val, argc, argv, IT_FILTER, "filter"); }
static JS_NATIVE(js_array_proto_some) { return iterate(this_val, argc, argv, IT_SOME, "some"); }
static JS_NATIVE(js_array_proto_every) { return iterate(this_val, argc, argv, IT_EVERY, "every"); }

/* find / findIndex / findLast / findLastIndex: no holes skipped. */
static JSValue find_impl(JSValue this_val, int32_t argc, const JSValue *argv, bool last,
                         bool want_index, const char *name)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, name, &o, &len) < 0)
        return JS_EXCEPTION;
    JSValue cb = js_arg(argc, argv, 0), this_arg = js_arg(argc, argv, 1);
    if (!js_is_callable(cb))
        return not_callable(cb);
    for (int64_t i = 0; i < len; i++) {
        int64_t k = last ? len - 1 - i : i;
        JSValue v = get_fast(o, k);
        if (v == JS_EXCEPTION)
            return JS_EXCEPTION;
        JSValue kv = js_mk_number((double)k);
        JSValue r = js_call3(cb, this_arg, v, kv, o);
        if (r == JS_EXCEPTION)
            return JS_EXCEPTION;
        if (js_to_boolean(r))
            return want_index ? kv : v;
    }
    return want_index ? js_mk_int32(-1) : JS_UNDEFINED;
}

static JS_NATIVE(js_array_proto_find) { return find_impl(this_val, argc, argv, false, false, "find"); }
static JS_NATIVE(js_array_proto_find_index) { return find_impl(this_val, argc, argv, false, true, "findIndex"); }
static JS_NATIVE(js_array_proto_find_last) { return find_impl(this_val, argc, argv, true, false, "findLast"); }
static JS_NATIVE(js_array_proto_find_last_index) { return find_impl(this_val, argc, argv, true, true, "findLastIndex"); }

static JSValue reduce_impl(JSValue this_val, int32_t argc, const JSValue *argv, bool right)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, right ? "reduceRight" : "reduce", &o, &len) < 0)
        return JS_EXCEPTION;
    JSValue cb = js_arg(argc, argv, 0);
    if (!js_is_callable(cb))
        return not_callable(cb);
    int64_t i = 0;
    JSValue acc = JS_UNDEFINED;
    if (argc >= 2) {
        acc = argv[1];
    } else {
        bool found = false;
        for (; i < len && !found; i++) {
            bool present;
            if (get_present(o, right ? len - 1 - i : i, &present, &acc) < 0)
                return JS_EXCEPTION;
            found = present;
        }
        if (!found)
            return js_throw_type_error("Reduce of empty array with no initial value");
    }
    for (; i < len; i++) {
        int64_t k = right ? len - 1 - i : i;
        bool present;
        JSValue v;
        if (get_present(o, k, &present, &v) < 0)
            return JS_EXCEPTION;
        if (!present)
            continue;
        JSValue args[4] = { acc, v, js_mk_number((double)k), o };
        acc = js_call(cb, JS_UNDEFINED, 4, args);
        if (acc == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return acc;
}

static JS_NATIVE(js_array_proto_reduce) { return reduce_impl(this_val, argc, argv, false); }
static JS_NATIVE(js_array_proto_reduce_right) { return reduce_impl(this_val, argc, argv, true); }

/* ---- fill, at, copyWithin, flat, flatMap ---------------------------------- */

static JS_NATIVE(js_array_proto_fill)
{
    JSValue o;
    int64_t len, k, final;
    if (this_and_length(this_val, "fill", &o, &len) < 0)
        return JS_EXCEPTION;
    if (js_arg_relative_index(argc, argv, 1, len, 0, &k) < 0 ||
        js_arg_relative_index(argc, argv, 2, len, len, &final) < 0)
        return JS_EXCEPTION;
    JSValue v = js_arg(argc, argv, 0);
    if (can_move_block(o, len)) {
        JSValue *e = js_arr(o)->elements;
        for (; k < final; k++)
            e[k] = v;
        return o;
    }
    for (; k < final; k++)
        if (set_k(o, k, v) < 0)
            return JS_EXCEPTION;
    return o;
}

static JS_NATIVE(js_array_proto_at)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "at", &o, &len) < 0)
        return JS_EXCEPTION;
    double rel;
    if (js_arg_integer(argc, argv, 0, &rel) < 0)
        return JS_EXCEPTION;
    double k = rel >= 0 ? rel : (double)len + rel;
    if (k < 0 || k >= (double)len)
        return JS_UNDEFINED;
    return get_fast(o, (int64_t)k);
}

static JS_NATIVE(js_array_proto_copy_within)
{
    JSValue o;
    int64_t len, to, from, final;
    if (this_and_length(this_val, "copyWithin", &o, &len) < 0)
        return JS_EXCEPTION;
    if (js_arg_relative_index(argc, argv, 0, len, 0, &to) < 0 ||
        js_arg_relative_index(argc, argv, 1, len, 0, &from) < 0 ||
        js_arg_relative_index(argc, argv, 2, len, len, &final) < 0)
        return JS_EXCEPTION;
    int64_t count = final - from;
    if (len - to < count)
        count = len - to;
    int dir = 1;
    if (from < to && to < from + count) {
        dir = -1;
        from += count - 1;
        to += count - 1;
    }
    for (; count > 0; count--, from += dir, to += dir) {
        bool present;
        JSValue v;
        if (get_present(o, from, &present, &v) < 0)
            return JS_EXCEPTION;
        if (present ? set_k(o, to, v) < 0 : delete_k(o, to) < 0)
            return JS_EXCEPTION;
    }
    return o;
}

/* FlattenIntoArray; returns the next target index or -1 on throw. */
static int64_t flatten_into(JSValue target, JSValue source, int64_t source_len, int64_t start,
                            double depth, JSValue mapper, JSValue this_arg)
{
    int64_t target_index = start;
    for (int64_t si = 0; si < source_len; si++) {
        bool present;
        JSValue e;
        if (get_present(source, si, &present, &e) < 0)
            return -1;
        if (!present)
            continue;
        if (!js_is_undefined(mapper)) {
            e = js_call3(mapper, this_arg, e, js_mk_number((double)si), source);
            if (e == JS_EXCEPTION)
                return -1;
        }
        int flatten = 0;
        if (depth > 0) {
            flatten = js_is_array_value(e);
            if (flatten < 0)
                return -1;
        }
        if (flatten) {
            int64_t len;
            if (js_get_length(e, &len) < 0)
                return -1;
            target_index = flatten_into(target, e, len, target_index, depth - 1,
                                        JS_UNDEFINED, JS_UNDEFINED);
            if (target_index < 0)
                return -1;
        } else {
            if (target_index >= MAX_SAFE_LENGTH) {
                js_throw_type_error("Invalid array length");
                return -1;
            }
            if (define_k(target, target_index++, e) < 0)
                return -1;
        }
    }
    return target_index;
}

static JS_NATIVE(js_array_proto_flat)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "flat", &o, &len) < 0)
        return JS_EXCEPTION;
    double depth = 1;
    if (!js_is_undefined(js_arg(argc, argv, 0))) {
        if (js_arg_integer(argc, argv, 0, &depth) < 0)
            return JS_EXCEPTION;
        if (depth < 0)
            depth = 0;
    }
    bool plain;
    JSValue a = array_species_create(o, 0, &plain);
    if (a == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (flatten_into(a, o, len, 0, depth, JS_UNDEFINED, JS_UNDEFINED) < 0)
        return JS_EXCEPTION;
    return a;
}

static JS_NATIVE(js_array_proto_flat_map)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "flatMap", &o, &len) < 0)
        return JS_EXCEPTION;
    JSValue mapper = js_arg(argc, argv, 0);
    if (!js_is_callable(mapper))
        return js_throw_type_error("flatMap mapper function is not callable");
    bool plain;
    JSValue a = array_species_create(o, 0, &plain);
    if (a == JS_EXCEPTION)
        return JS_EXCEPTION;
    if (flatten_into(a, o, len, 0, 1, mapper, js_arg(argc, argv, 1)) < 0)
        return JS_EXCEPTION;
    return a;
}

/* ---- sort ------------------------------------------------------------------ */

typedef struct SortCtx {
    JSValue cmp;       /* user comparator or JS_UNDEFINED */
    JSValue *keys;     /* default sort: ToString of each item (parallel) */
} SortCtx;

/* Sorts indexes rather than values so that the default sort can compare
 * precomputed strings. Returns <0, 0, >0, or INT32_MIN... via *err. */
static int compare_items(SortCtx *c, const JSValue *items, uint32_t a, uint32_t b, bool *err)
{
    if (js_is_undefined(c->cmp)) {
        JSValue x = c->keys[a], y = c->keys[b];
        return js_string_compare(x, y);
    }
    JSValue args[2] = { items[a], items[b] };
    JSValue r = js_call(c->cmp, JS_UNDEFINED, 2, args);
    if (r == JS_EXCEPTION) {
        *err = true;
        return 0;
    }
    if (js_is_int32(r))
        return js_get_int32(r) < 0 ? -1 : js_get_int32(r) > 0;
    double d;
    if (js_to_number(r, &d) < 0) {
        *err = true;
        return 0;
    }
    return d < 0 ? -1 : d > 0;
}

/* Stable merge sort of idx[0..n) (tmp has room for n). */
static int merge_sort(SortCtx *c, const JSValue *items, uint32_t *idx, uint32_t *tmp, uint32_t n)
{
    bool err = false;
    const uint32_t RUN = 8;
    for (uint32_t lo = 0; lo < n; lo += RUN) {
        uint32_t hi = lo + RUN < n ? lo + RUN : n;
        for (uint32_t i = lo + 1; i < hi; i++) {
            uint32_t v = idx[i];
            uint32_t j = i;
            while (j > lo) {
                int r = compare_items(c, items, idx[j - 1], v, &err);
                if (err)
                    return -1;
                if (r <= 0)
                    break;
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = v;
        }
    }
    for (uint32_t width = RUN; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = lo + width < n ? lo + width : n;
            uint32_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (mid >= hi)
                continue;
            /* Already ordered? (one comparison saves the merge) */
            int r0 = compare_items(c, items, idx[mid - 1], idx[mid], &err);
            if (err)
                return -1;
            if (r0 <= 0)
                continue;
            uint32_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                int r = compare_items(c, items, idx[i], idx[j], &err);
                if (err)
                    return -1;
                tmp[k++] = r <= 0 ? idx[i++] : idx[j++];
            }
            while (i < mid)
                tmp[k++] = idx[i++];
            while (j < hi)
                tmp[k++] = idx[j++];
            memcpy(idx + lo, tmp + lo, sizeof(uint32_t) * (hi - lo));
        }
    }
    return 0;
}

/* SortIndexedProperties + the comparator of §23.1.3.30: the sorted items of
 * o (holes skipped, undefined last) in a GC array; *n items, *undefs of
 * which are undefined. */
static int sort_collect(JSValue o, int64_t len, JSValue cmp, JSValue **out, uint32_t *n_out)
{
    uint32_t n = 0, undefs = 0;
    JSValue *items;
    if (len > (1 << 20) && !js_is_fast_array(o)) {
        /* A huge, sparse length: visit the indices that exist (own ones;
         * prototypes of arrays have none) instead of every number below it. */
        uint32_t count;
        JSAtom *keys = js_own_property_keys(o, JS_GPN_STRINGS, &count);
        if (!keys)
            return -1;
        items = rt_alloc_cell(sizeof(JSValue) * ((size_t)count + 1));
        for (uint32_t i = 0; i < count; i++) {
            uint32_t idx;
            if (!js_atom_is_index(keys[i], &idx) || idx >= len)
                continue;
            JSValue v = js_get_property(o, keys[i]);
            if (v == JS_EXCEPTION)
                return -1;
            if (js_is_undefined(v))
                undefs++;
            else
                items[n++] = v;
        }
    } else {
        if (len > 0xFFFFFFFE) {
            js_throw_range_error("Invalid array length");
            return -1;
        }
        items = rt_alloc_cell(sizeof(JSValue) * ((size_t)len + 1));
        for (int64_t k = 0; k < len; k++) {
            bool present;
            JSValue v;
            if (get_present(o, k, &present, &v) < 0)
                return -1;
            if (!present)
                continue;
            if (js_is_undefined(v))
                undefs++;
            else
                items[n++] = v;
        }
    }
    SortCtx c = { cmp, NULL };
    if (js_is_undefined(cmp)) {
        c.keys = rt_alloc_cell(sizeof(JSValue) * ((size_t)n + 1));
        for (uint32_t i = 0; i < n; i++) {
            c.keys[i] = js_is_string(items[i]) ? items[i] : js_to_string(items[i]);
            if (c.keys[i] == JS_EXCEPTION)
                return -1;
        }
    }
    uint32_t *idx = rt_alloc_atomic(sizeof(uint32_t) * ((size_t)n + 1) * 2);
    for (uint32_t i = 0; i < n; i++)
        idx[i] = i;
    if (merge_sort(&c, items, idx, idx + n + 1, n) < 0)
        return -1;
    JSValue *sorted = rt_alloc_cell(sizeof(JSValue) * ((size_t)n + undefs + 1));
    for (uint32_t i = 0; i < n; i++)
        sorted[i] = items[idx[i]];
    for (uint32_t i = 0; i < undefs; i++)
        sorted[n + i] = JS_UNDEFINED;
    *out = sorted;
    *n_out = n + undefs;
    return 0;
}

static JS_NATIVE(js_array_proto_sort)
{
    JSValue cmp = js_arg(argc, argv, 0);
    if (!js_is_undefined(cmp) && !js_is_callable(cmp))
        return js_throw_type_error("The comparison function must be either a function or undefined");
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "sort", &o, &len) < 0)
        return JS_EXCEPTION;
    JSValue *sorted;
    uint32_t n;
    if (sort_collect(o, len, cmp, &sorted, &n) < 0)
        return JS_EXCEPTION;
    for (uint32_t i = 0; i < n; i++)
        if (set_k(o, i, sorted[i]) < 0)
            return JS_EXCEPTION;
    if (len > (1 << 20) && !js_is_fast_array(o)) {
        /* Holes go last: delete the indices >= n that still exist. */
        uint32_t count;
        JSAtom *keys = js_own_property_keys(o, JS_GPN_STRINGS, &count);
        if (!keys)
            return JS_EXCEPTION;
        for (uint32_t i = 0; i < count; i++) {
            uint32_t idx;
            if (js_atom_is_index(keys[i], &idx) && idx >= n && idx < len &&
                js_delete_property(o, keys[i], true) < 0)
                return JS_EXCEPTION;
        }
        return o;
    }
    for (int64_t k = n; k < len; k++) {
        /* Holes go last: delete what is left (only where present). */
        int r = has_k(o, k);
        if (r < 0 || (r && delete_k(o, k) < 0))
            return JS_EXCEPTION;
    }
    return o;
}

static JS_NATIVE(js_array_proto_to_sorted)
{
    JSValue cmp = js_arg(argc, argv, 0);
    if (!js_is_undefined(cmp) && !js_is_callable(cmp))
        return js_throw_type_error("The comparison function must be either a function or undefined");
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "toSorted", &o, &len) < 0)
        return JS_EXCEPTION;
    if (len > 4294967295.0)
        return js_throw_range_error("Invalid array length");
    /* toSorted reads holes as undefined. */
    JSValue *items = rt_alloc_cell(sizeof(JSValue) * ((size_t)len + 1));
    for (int64_t k = 0; k < len; k++) {
        items[k] = get_fast(o, k);
        if (items[k] == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    JSValue tmp = js_new_array_from((uint32_t)len, items);
    JSValue *sorted;
    uint32_t n;
    if (sort_collect(tmp, len, cmp, &sorted, &n) < 0)
        return JS_EXCEPTION;
    return js_new_array_from(n, sorted);
}

static JS_NATIVE(js_array_proto_to_reversed)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "toReversed", &o, &len) < 0)
        return JS_EXCEPTION;
    if (len > 4294967295.0)
        return js_throw_range_error("Invalid array length");
    JSValue *items = rt_alloc_cell(sizeof(JSValue) * ((size_t)len + 1));
    for (int64_t k = 0; k < len; k++) {
        items[k] = get_fast(o, len - 1 - k);
        if (items[k] == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return js_new_array_from((uint32_t)len, items);
}

static JS_NATIVE(js_array_proto_with)
{
    JSValue o;
    int64_t len;
    if (this_and_length(this_val, "with", &o, &len) < 0)
        return JS_EXCEPTION;
    double rel;
    if (js_arg_integer(argc, argv, 0, &rel) < 0)
        return JS_EXCEPTION;
    double idx = rel >= 0 ? rel : (double)len + rel;
    if (idx >= (double)len || idx < 0)
        return js_throw_range_error("Invalid index : %s",
                                    js_value_to_message_text(js_arg(argc, argv, 0)));
    if (len > 4294967295.0)
        return js_throw_range_error("Invalid array length");
    JSValue *items = rt_alloc_cell(sizeof(JSValue) * ((size_t)len + 1));
    for (int64_t k = 0; k < len; k++) {
        items[k] = k == (int64_t)idx ? js_arg(argc, argv, 1) : get_fast(o, k);
        if (items[k] == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return js_new_array_from((uint32_t)len, items);
}

static JS_NATIVE(js_array_proto_to_spliced)
{
    JSValue o;
    int64_t len, start;
    if (this_and_length(this_val, "toSpliced", &o, &len) < 0)
        return JS_EXCEPTION;
    if (js_arg_relative_index(argc, argv, 0, len, 0, &start) < 0)
        return JS_EXCEPTION;
    int32_t insert = argc > 2 ? argc - 2 : 0;
    int64_t skip;
    if (argc == 0) {
        skip = 0;
    } else if (argc == 1) {
        skip = len - start;
    } else {
        double dc;
        if (js_arg_integer(argc, argv, 1, &dc) < 0)
            return JS_EXCEPTION;
        skip = dc < 0 ? 0 : (dc > (double)(len - start) ? len - start : (int64_t)dc);
    }
    int64_t new_len = len + insert - skip;
    if (new_len > MAX_SAFE_LENGTH)
        return js_throw_type_error("Invalid array length");
    if (new_len > 4294967295.0)
        return js_throw_range_error("Invalid array length");
    JSValue *items = rt_alloc_cell(sizeof(JSValue) * ((size_t)new_len + 1));
    int64_t i = 0;
    for (int64_t k = 0; k < start; k++, i++)
        if ((items[i] = get_fast(o, k)) == JS_EXCEPTION)
            return JS_EXCEPTION;
    for (int32_t j = 0; j < insert; j++)
        items[i++] = argv[2 + j];
    for (int64_t k = start + skip; k < len; k++, i++)
        if ((items[i] = get_fast(o, k)) == JS_EXCEPTION)
            return JS_EXCEPTION;
    return js_new_array_from((uint32_t)new_len, items);
}

/* ---- iterators ------------------------------------------------------------- */

static const JSPropDef array_props[] = {
    JS_CFUNC_DEF("isArray", 1, js_array_is_array),
    JS_CFUNC_DEF("from", 1, js_array_from),
    JS_CFUNC_DEF("of", 0, js_array_of),
};

static const JSPropDef array_proto_props[] = {
    JS_CFUNC_DEF("at", 1, js_array_proto_at),
    JS_CFUNC_DEF("concat", 1, js_array_proto_concat),
    JS_CFUNC_DEF("copyWithin", 2, js_array_proto_copy_within),
    JS_CFUNC_DEF("fill", 1, js_array_proto_fill),
    JS_CFUNC_DEF("find", 1, js_array_proto_find),
    JS_CFUNC_DEF("findIndex", 1, js_array_proto_find_index),
    JS_CFUNC_DEF("findLast", 1, js_array_proto_find_last),
    JS_CFUNC_DEF("findLastIndex", 1, js_array_proto_find_last_index),
    JS_CFUNC_DEF("lastIndexOf", 1, js_array_proto_last_index_of),
    JS_CFUNC_DEF("pop", 0, js_array_proto_pop),
    JS_CFUNC_DEF("push", 1, js_array_proto_push),
    JS_CFUNC_DEF("reverse", 0, js_array_proto_reverse),
    JS_CFUNC_DEF("shift", 0, js_array_proto_shift),
    JS_CFUNC_DEF("unshift", 1, js_array_proto_unshift),
    JS_CFUNC_DEF("slice", 2, js_array_proto_slice),
    JS_CFUNC_DEF("sort", 1, js_array_proto_sort),
    JS_CFUNC_DEF("splice", 2, js_array_proto_splice),
    JS_CFUNC_DEF("includes", 1, js_array_proto_includes),
    JS_CFUNC_DEF("indexOf", 1, js_array_proto_index_of),
    JS_CFUNC_DEF("join", 1, js_array_proto_join),
    JS_CFUNC_DEF("forEach", 1, js_array_proto_for_each),
    JS_CFUNC_DEF("filter", 1, js_array_proto_filter),
    JS_CFUNC_DEF("flat", 0, js_array_proto_flat),
    JS_CFUNC_DEF("flatMap", 1, js_array_proto_flat_map),
    JS_CFUNC_DEF("map", 1, js_array_proto_map),
    JS_CFUNC_DEF("every", 1, js_array_proto_every),
    JS_CFUNC_DEF("some", 1, js_array_proto_some),
    JS_CFUNC_DEF("reduce", 1, js_array_proto_reduce),
    JS_CFUNC_DEF("reduceRight", 1, js_array_proto_reduce_right),
    JS_CFUNC_DEF("toLocaleString", 0, js_array_proto_to_locale_string),
    JS_CFUNC_DEF("toString", 0, js_array_proto_to_string),
    JS_CFUNC_DEF("toReversed", 0, js_array_proto_to_reversed),
    JS_CFUNC_DEF("toSorted", 1, js_array_proto_to_sorted),
    JS_CFUNC_DEF("toSpliced", 2, js_array_proto_to_spliced),
    JS_CFUNC_DEF("with", 2, js_array_proto_with),
};

void js_init_array(JSValue global)
{
    JSValue proto = js_realm.array_proto;
    JSValue ctor = js_new_native_constructor("Array", js_array_ctor, 1, proto);
    js_realm.array_ctor = ctor;
    js_install_props(ctor, array_props, JS_COUNTOF(array_props));
    JSValue species = js_new_native_function("get [Symbol.species]", js_array_species_getter, 0);
    js_define_property_getset(ctor, JS_SYM(species), species, JS_UNDEFINED, JS_PROP_CONFIGURABLE);
    js_install_props(proto, array_proto_props, JS_COUNTOF(array_proto_props));
    js_init_array_iterators(proto);
    /* Array.prototype[Symbol.unscopables] */
    static const char *const unscopables[] = {
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
        "findLastIndex", "flat", "flatMap", "includes", "keys", "toReversed",
        "toSorted", "toSpliced", "values",
    };
    JSValue u = js_new_object_proto(JS_NULL);
    for (size_t i = 0; i < JS_COUNTOF(unscopables); i++)
        js_define_property_value_str(u, unscopables[i], JS_TRUE, JS_PROP_C_W_E);
    js_define_property_value(proto, JS_SYM(unscopables), u, JS_PROP_CONFIGURABLE);
    js_define_global(global, "Array", ctor);
}
