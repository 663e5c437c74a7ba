/*
 * rt_eval.c — libkiln_eval: eval and new Function of strings known only at
 * run time, by the compiler's own front end and lowering plus LLVM's ORC
 * LLJIT (docs/internals.md, "eval and the Function constructor").
 *
 * The driver links this library (with the compiler library and LLVM) only
 * into programs that can reach eval or Function; a constructor then sets
 * js_eval_hook. For each request:
 *
 *   source ──kc_parse──► AST ──kc_lower_program(eval_kind)──► LLVM module
 *          ──internalize, default<O0>──► LLJIT ──► kiln_eval_N(this) ──► value
 *
 * so eval'd code has exactly the semantics of compiled code and calls the
 * same runtime ABI. The JIT resolves the ABI through absolute symbols
 * registered once from rt_abi.def (plus the few runtime globals and libm/libc
 * functions that generated code references), never through the dynamic
 * symbol table, so a static executable works as well as a dynamic one.
 *
 * A direct eval passes the caller's innermost env and the site's JSEvalScope;
 * the compiler resolves the caller's bindings from it, and the entry gets the
 * env through its callee's env field, like any closure.
 *
 * Compiled scripts are cached by (kind, site, source text): test262 and template
 * engines evaluate the same strings again and again, and a cached script
 * costs one hash lookup and a call. JIT'd code is never freed.
 *
 * JIT'd data holds GC references (regexp programs and string literals in
 * their sites' globals, inline caches), so the JIT links with RuntimeDyld
 * into memory of its own (jit_mem_*): one reserved region, code in its first
 * half and data in its second (within ±2 GiB of each other, as the small
 * code model needs), the data committed in chunks that are each registered
 * with the collector as roots (js_gc_add_roots), as globals of the executable
 * are. LLJIT's default linker puts them in memory the collector never scans.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Core.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/OrcEE.h>
#include <llvm-c/Target.h>

#include "arena.h"
#include "diag.h"
#include "lower.h"
#include "parser.h"
#include "source.h"
#include "target.h"

#include "kiln/eval.h"
#include "kiln/rt_abi.h"
#include "kiln/runtime.h"

static LLVMOrcLLJITRef jit;
static KcTarget *jit_target;
static int jit_broken; /* set up failed: every eval throws */
static unsigned eval_count;

/* ---- the symbols JIT'd code may reference ------------------------------------ */

typedef struct AbsSym {
    const char *name;
    void *addr;
} AbsSym;

static const AbsSym abi_syms[] = {
#define RT_FN(name, c_ret, c_params, code_ret, codes) {#name, (void *)&name},
#include "kiln/rt_abi.def"
#undef RT_FN
    {"rt_frame_top", (void *)&rt_frame_top},
    {"rt_stack_limit", (void *)&rt_stack_limit},
    {"rt_global_object", (void *)&rt_global_object},
    {"js_dict_epoch", (void *)&js_dict_epoch},
    /* what LLVM's code generator may call on its own */
    {"memcpy", (void *)&memcpy},
    {"memmove", (void *)&memmove},
    {"memset", (void *)&memset},
    {"fmod", (void *)&fmod},
    {"pow", (void *)&pow},
    {"floor", (void *)&floor},
    {"ceil", (void *)&ceil},
    {"trunc", (void *)&trunc},
    {"round", (void *)&round},
    {"rint", (void *)&rint},
    {"nearbyint", (void *)&nearbyint},
    {"sqrt", (void *)&sqrt},
    {"exp", (void *)&exp},
    {"log", (void *)&log},
    {"sin", (void *)&sin},
    {"cos", (void *)&cos},
};

static char *take_error(LLVMErrorRef e) {
    char *m = LLVMGetErrorMessage(e);
    char *copy = strdup(m ? m : "?");
    LLVMDisposeErrorMessage(m);
    return copy;
}

/* ---- the JIT's memory ------------------------------------------------------- */

#define JIT_MEM_HALF  ((uintptr_t)512 << 20) /* code, then data: 512 MiB each */
#define JIT_MEM_CHUNK ((uintptr_t)1 << 20)   /* committed (and rooted) 1 MiB at a time */

typedef struct JitArea {
    uintptr_t start, used, committed; /* committed: bytes from start made accessible */
    int prot;
    bool roots;                       /* register each committed chunk with the GC */
} JitArea;

static uintptr_t jit_mem_base;
static JitArea jit_code, jit_data;

static bool jit_mem_reserve(void)
{
    if (jit_mem_base)
        return true;
    void *p = mmap(NULL, 2 * JIT_MEM_HALF, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return false;
    jit_mem_base = (uintptr_t)p;
    jit_code = (JitArea){.start = jit_mem_base, .prot = PROT_READ | PROT_WRITE | PROT_EXEC};
    jit_data = (JitArea){.start = jit_mem_base + JIT_MEM_HALF, .prot = PROT_READ | PROT_WRITE, .roots = true};
    return true;
}

static uint8_t *jit_area_alloc(JitArea *a, uintptr_t size, unsigned align)
{
    if (align < 16)
        align = 16;
    uintptr_t at = (a->start + a->used + align - 1) & ~((uintptr_t)align - 1);
    uintptr_t end = at + (size ? size : 1);
    if (end - a->start > JIT_MEM_HALF)
        return NULL;
    while (a->start + a->committed < end) {
        void *chunk = (void *)(a->start + a->committed);
        if (mprotect(chunk, JIT_MEM_CHUNK, a->prot) != 0)
            return NULL;
        if (a->roots)
            js_gc_add_roots(chunk, (char *)chunk + JIT_MEM_CHUNK);
        a->committed += JIT_MEM_CHUNK;
    }
    a->used = end - a->start;
    return (uint8_t *)at;
}

static void *jit_mem_context(void *ctx) { return ctx; }
static void jit_mem_terminating(void *ctx) { (void)ctx; }

static uint8_t *jit_mem_code(void *opaque, uintptr_t size, unsigned align, unsigned id, const char *name)
{
    (void)opaque; (void)id; (void)name;
    return jit_area_alloc(&jit_code, size, align);
}

static uint8_t *jit_mem_data(void *opaque, uintptr_t size, unsigned align, unsigned id, const char *name,
                             LLVMBool read_only)
{
    (void)opaque; (void)id; (void)name; (void)read_only;
    return jit_area_alloc(&jit_data, size, align);
}

static LLVMBool jit_mem_finalize(void *opaque, char **err)
{
    (void)opaque; (void)err;
    /* code was written through the data cache: make it visible to fetches */
    __builtin___clear_cache((char *)jit_code.start, (char *)(jit_code.start + jit_code.used));
    return 0;
}

static void jit_mem_destroy(void *opaque) { (void)opaque; } /* JIT'd code is never freed */

static LLVMOrcObjectLayerRef jit_object_layer(void *ctx, LLVMOrcExecutionSessionRef es, const char *triple)
{
    (void)ctx; (void)triple;
    return LLVMOrcCreateRTDyldObjectLinkingLayerWithMCJITMemoryManagerLikeCallbacks(
        es, NULL, jit_mem_context, jit_mem_terminating, jit_mem_code, jit_mem_data, jit_mem_finalize,
        jit_mem_destroy);
}

static bool jit_init(void)
{
    if (jit)
        return true;
    if (jit_broken)
        return false;
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    if (!jit_mem_reserve()) {
        fprintf(stderr, "kiln: cannot start the eval JIT: no memory for its code\n");
        jit_broken = 1;
        return false;
    }
    LLVMOrcLLJITBuilderRef builder = LLVMOrcCreateLLJITBuilder();
    LLVMOrcLLJITBuilderSetObjectLinkingLayerCreator(builder, jit_object_layer, NULL);
    LLVMErrorRef e = LLVMOrcCreateLLJIT(&jit, builder);
    if (e) {
        char *m = take_error(e);
        fprintf(stderr, "kiln: cannot start the eval JIT: %s\n", m);
        free(m);
        jit = NULL;
        jit_broken = 1;
        return false;
    }
    size_t n = sizeof abi_syms / sizeof abi_syms[0];
    LLVMOrcCSymbolMapPair *pairs = calloc(n, sizeof *pairs);
    for (size_t i = 0; i < n; i++) {
        pairs[i].Name = LLVMOrcLLJITMangleAndIntern(jit, abi_syms[i].name);
        pairs[i].Sym.Address = (LLVMOrcExecutorAddress)(uintptr_t)abi_syms[i].addr;
        pairs[i].Sym.Flags.GenericFlags = LLVMJITSymbolGenericFlagsExported | LLVMJITSymbolGenericFlagsCallable;
        pairs[i].Sym.Flags.TargetFlags = 0;
    }
    e = LLVMOrcJITDylibDefine(LLVMOrcLLJITGetMainJITDylib(jit), LLVMOrcAbsoluteSymbols(pairs, n));
    free(pairs);
    if (e) {
        char *m = take_error(e);
        fprintf(stderr, "kiln: cannot start the eval JIT: %s\n", m);
        free(m);
        jit_broken = 1;
        return false;
    }
    KcDiag *diag = kc_diag_new(NULL);
    jit_target = kc_target_create(NULL, 0, false, diag);
    kc_diag_free(diag);
    if (!jit_target) {
        jit_broken = 1;
        return false;
    }
    return true;
}

/* ---- the cache ------------------------------------------------------------------ */

typedef struct CacheEntry {
    char *text;
    size_t len;
    int kind;
    const JSEvalScope *scope; /* direct eval: the site */
    uint64_t hash;
    JSCode entry;
} CacheEntry;

static CacheEntry *cache;
static size_t cache_cap, cache_count;

static uint64_t hash_text(const char *s, size_t len, int kind, const JSEvalScope *scope)
{
    uint64_t h = (1469598103934665603ULL ^ (uint64_t)kind) + (uint64_t)(uintptr_t)scope * 31;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static CacheEntry *cache_find(const char *text, size_t len, int kind, const JSEvalScope *scope, uint64_t h)
{
    if (!cache_cap)
        return NULL;
    for (size_t i = h & (cache_cap - 1);; i = (i + 1) & (cache_cap - 1)) {
        CacheEntry *e = &cache[i];
        if (!e->text)
            return NULL;
        if (e->hash == h && e->len == len && e->kind == kind && e->scope == scope && !memcmp(e->text, text, len))
            return e;
    }
}

static void cache_put(char *text, size_t len, int kind, const JSEvalScope *scope, uint64_t h, JSCode entry)
{
    if ((cache_count + 1) * 2 > cache_cap) {
        size_t ncap = cache_cap ? cache_cap * 2 : 64;
        CacheEntry *n = calloc(ncap, sizeof *n);
        for (size_t i = 0; i < cache_cap; i++) {
            if (!cache[i].text)
                continue;
            size_t j = cache[i].hash & (ncap - 1);
            while (n[j].text)
                j = (j + 1) & (ncap - 1);
            n[j] = cache[i];
        }
        free(cache);
        cache = n;
        cache_cap = ncap;
    }
    size_t j = h & (cache_cap - 1);
    while (cache[j].text)
        j = (j + 1) & (cache_cap - 1);
    cache[j] = (CacheEntry){ text, len, kind, scope, h, entry };
    cache_count++;
}

/* ---- compiling ------------------------------------------------------------------ */

/* The message of the first diagnostic without its "path:line:col: error: ". */
static const char *diag_text(KcDiag *d)
{
    const char *m = kc_diag_message(d, 0);
    if (!m)
        return "invalid code";
    const char *p = strstr(m, "error: ");
    return p ? p + 7 : m;
}

/* Only the entry stays visible: every eval module defines functions and
 * globals with the same names, and they must not clash in the JITDylib. */
static void internalize(LLVMModuleRef m, const char *entry)
{
    for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
        if (LLVMIsDeclaration(f))
            continue;
        size_t n;
        const char *name = LLVMGetValueName2(f, &n);
        if (strcmp(name, entry) != 0)
            LLVMSetLinkage(f, LLVMInternalLinkage);
    }
    for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g))
        if (!LLVMIsDeclaration(g))
            LLVMSetLinkage(g, LLVMInternalLinkage);
}

/* The Function constructor's text must parse as one parenthesized function
 * expression whose body is exactly the braces the runtime placed. */
static bool function_shape_ok(const Node *program, const JSEvalRequest *req)
{
    if (program->program.body.count != 1)
        return false;
    const Node *st = program->program.body.items[0];
    if (st->kind != NODE_ExpressionStatement)
        return false;
    const Node *fn = st->expr_stmt.expression;
    if (fn->kind != NODE_FunctionExpression || !fn->function.body)
        return false;
    const Node *body = fn->function.body;
    return fn->loc.offset == 1 && body->loc.offset == req->body_start &&
           body->loc.offset + body->loc.length == req->body_end;
}

static JSCode compile(const JSEvalRequest *req, char *text)
{
    KcDiag *diag = kc_diag_new(NULL);
    KcSource *src = kc_source_from_memory("<eval>", text, req->len);
    KcArena *arena = kc_arena_new();
    JSCode code = NULL;
    unsigned pflags = 0;
    if (req->kind == JS_EVAL_DIRECT) {
        int32_t sf = req->scope->flags;
        pflags = ((sf & JS_EVAL_SCOPE_STRICT) ? KC_PARSE_EVAL_STRICT : 0) |
                 ((sf & JS_EVAL_SCOPE_NEW_TARGET) ? KC_PARSE_EVAL_NEW_TARGET : 0) |
                 ((sf & JS_EVAL_SCOPE_SUPER) ? KC_PARSE_EVAL_SUPER : 0);
    }
    Node *program = kc_parse_eval(arena, src, pflags, diag);
    if (!program) {
        js_throw_syntax_error("%s", diag_text(diag));
        goto done;
    }
    if (req->kind == JS_EVAL_FUNCTION && !function_shape_ok(program, req)) {
        js_throw_syntax_error("Invalid parameters or body for the Function constructor");
        goto done;
    }
    char entry[32];
    snprintf(entry, sizeof entry, "kiln_eval_%u", eval_count++);
    LLVMOrcThreadSafeContextRef tsc = LLVMOrcCreateNewThreadSafeContext();
    LLVMContextRef ctx = LLVMOrcThreadSafeContextGetContext(tsc);
    KcLowerOptions opts = {
        .opt_level = 0,
        .entry_name = entry,
        .eval_kind = req->kind == JS_EVAL_DIRECT ? KC_EVAL_DIRECT : KC_EVAL_GLOBAL,
        .eval_scope = req->scope,
        .anonymous_function = req->kind == JS_EVAL_FUNCTION,
    };
    LLVMModuleRef mod = kc_lower_program(ctx, program, src, jit_target, &opts, diag);
    if (!mod) {
        const char *m = diag_text(diag);
        if (!strncmp(m, "not supported yet", 17))
            js_throw_error(JS_EVAL_ERROR, "eval: %s", m);
        else
            js_throw_syntax_error("%s", m);
        LLVMOrcDisposeThreadSafeContext(tsc);
        goto done;
    }
    internalize(mod, entry);
    LLVMSetDataLayout(mod, LLVMOrcLLJITGetDataLayoutStr(jit));
    if (!kc_target_optimize(jit_target, mod, diag)) {
        js_throw_error(JS_EVAL_ERROR, "eval: %s", diag_text(diag));
        LLVMDisposeModule(mod);
        LLVMOrcDisposeThreadSafeContext(tsc);
        goto done;
    }
    LLVMOrcThreadSafeModuleRef tsm = LLVMOrcCreateNewThreadSafeModule(mod, tsc);
    LLVMOrcDisposeThreadSafeContext(tsc);
    LLVMErrorRef e = LLVMOrcLLJITAddLLVMIRModule(jit, LLVMOrcLLJITGetMainJITDylib(jit), tsm);
    LLVMOrcExecutorAddress addr = 0;
    if (!e)
        e = LLVMOrcLLJITLookup(jit, &addr, entry);
    if (e) {
        char *m = take_error(e);
        js_throw_error(JS_EVAL_ERROR, "eval: the JIT failed: %s", m);
        free(m);
        goto done;
    }
    code = (JSCode)(uintptr_t)addr;
done:
    kc_arena_free(arena);
    /* the source text stays: compiled functions point into it */
    kc_source_free(src);
    kc_diag_free(diag);
    return code;
}

static JSValue eval_request(const JSEvalRequest *req)
{
    if (!jit_init())
        return js_throw_error(JS_EVAL_ERROR, "eval: the JIT could not be started");
    uint64_t h = hash_text(req->text, req->len, req->kind, req->scope);
    CacheEntry *ce = cache_find(req->text, req->len, req->kind, req->scope, h);
    JSCode code = ce ? ce->entry : NULL;
    if (!code) {
        char *text = malloc(req->len + 1);
        memcpy(text, req->text, req->len);
        text[req->len] = 0;
        code = compile(req, text);
        if (!code) {
            free(text);
            return JS_EXCEPTION;
        }
        cache_put(text, req->len, req->kind, req->scope, h, code);
    }
    JSFunction *callee = NULL;
    if (req->kind == JS_EVAL_DIRECT) {
        /* the entry reads the caller's env from its callee, as a closure would */
        callee = rt_alloc_cell(sizeof *callee);
        memset(callee, 0, sizeof *callee);
        callee->env = req->env;
        callee->home_object = req->home; /* super.x */
        return code(callee, req->this_val, 0, NULL, req->new_target);
    }
    return code(callee, req->this_val, 0, NULL, JS_UNDEFINED);
}

/* Referenced by the driver's -u flag so that the linker pulls this file in. */
void kiln_eval_link(void);
void kiln_eval_link(void) {}

__attribute__((constructor)) static void install(void) { js_eval_hook = eval_request; }
