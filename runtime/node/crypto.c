/*
 * crypto.c — the C half of node's crypto module over OpenSSL's libcrypto:
 * the object stdlib/node/crypto.js requires as 'kiln:crypto'.
 *
 * This file is not part of libkiln_rt.a: it is libkiln_crypto.a, which the
 * driver links (with -lcrypto) only when the program's module graph holds
 * node:crypto (driver/link.c), so a program that never requires crypto
 * does not carry libcrypto. The runtime reaches it through the weak symbol
 * kiln_native_crypto (natives.c); the driver forces it in with -u.
 *
 * Everything here works on bytes: crypto.js turns strings into Buffers,
 * picks encodings, validates arguments and makes node's coded errors. A
 * hash, an HMAC or a cipher in flight is a host object (JS_HOST_CRYPTO)
 * that owns an OpenSSL context; the context is freed when the digest or
 * final ends it, or by a finalizer when the object dies first.
 *
 *   hashNew(alg, xofLen) / hashUpdate(h, bytes) / hashDigest(h) / hashCopy(h)
 *   hmacNew(alg, key) / hmacUpdate / hmacDigest
 *   cipherNew(alg, key, iv, encrypt, tagLen) -> handle or an error number
 *   cipherUpdate / cipherFinal / cipherSetAAD / cipherGetAuthTag /
 *   cipherSetAuthTag / cipherSetAutoPadding
 *   randomFill(view), pbkdf2, scrypt, hkdf, getHashes, getCiphers
 *
 * OpenSSL failures throw node's shape of error: the message
 * "error:1C800064:Provider routines::bad decrypt" with library, reason and
 * code ERR_OSSL_BAD_DECRYPT.
 */
#include <ctype.h>
#include <gc.h>
#include <string.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include "node/buffer.h"
#include "node/node.h"
#include "node/node_errors.h"

enum { H_HASH = 1, H_HMAC, H_CIPHER };

typedef struct CryptoHandle {
    JSHostObject h;
    int kind;
    size_t xof_len;            /* shake*: the output length (0 = default) */
    EVP_MD_CTX *md;
    EVP_MAC_CTX *mac;
    EVP_CIPHER_CTX *cipher;
    bool encrypt, aead;
    int tag_len;               /* GCM: the tag length to produce */
    uint8_t tag[16];
    int have_tag;              /* length of tag[] once known */
} CryptoHandle;

#define NATIVE(name) static JSValue name(JSFunction *callee, JSValue this_val, int32_t argc, \
                                         const JSValue *argv, JSValue new_target)
#define UNUSED_ARGS (void)callee, (void)this_val, (void)new_target

static void free_contexts(CryptoHandle *c)
{
    if (c->md) EVP_MD_CTX_free(c->md);
    if (c->mac) EVP_MAC_CTX_free(c->mac);
    if (c->cipher) EVP_CIPHER_CTX_free(c->cipher);
    c->md = NULL;
    c->mac = NULL;
    c->cipher = NULL;
}

static void finalize(void *obj, void *data)
{
    (void)data;
    free_contexts(obj);
}

static JSValue new_handle(int kind)
{
    JSValue v = js_new_object_kind(JS_CELL_HOST, JS_NULL, sizeof(CryptoHandle));
    CryptoHandle *c = js_cell_ptr(v);
    c->h.host_type = JS_HOST_CRYPTO;
    c->kind = kind;
    GC_register_finalizer_no_order(c, finalize, NULL, NULL, NULL);
    return v;
}

static CryptoHandle *handle(JSValue v, int kind)
{
    if (!js_is_host(v, JS_HOST_CRYPTO)) return NULL;
    CryptoHandle *c = js_cell_ptr(v);
    return c->kind == kind ? c : NULL;
}

static char *utf8_arg(JSValue v)
{
    if (!js_is_string(v)) return NULL;
    size_t n;
    return js_string_to_utf8(v, &n);
}

/* Bytes of a view argument; empty for anything else. */
static const uint8_t *bytes_arg(JSValue v, size_t *n)
{
    uint8_t *p = NULL;
    *n = 0;
    if (!js_buffer_view_bytes(v, &p, n)) return (const uint8_t *)"";
    return p ? p : (const uint8_t *)"";
}

/* Throws the oldest queued OpenSSL error as node does. */
static JSValue throw_openssl(const char *fallback)
{
    unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e) return js_throw(js_new_error(JS_ERROR, js_new_string_cstr(fallback)));
    char msg[256];
    ERR_error_string_n(e, msg, sizeof msg);
    JSValue err = js_new_error(JS_ERROR, js_new_string_cstr(msg));
    const char *lib = ERR_lib_error_string(e), *reason = ERR_reason_error_string(e);
    if (lib) js_define_property_value_str(err, "library", js_new_string_cstr(lib), JS_PROP_C_W_E);
    if (reason) {
        js_define_property_value_str(err, "reason", js_new_string_cstr(reason), JS_PROP_C_W_E);
        char code[160] = "ERR_OSSL_";
        size_t k = strlen(code);
        for (const char *r = reason; *r && k + 1 < sizeof code; r++)
            code[k++] = *r == ' ' ? '_' : (char)toupper((unsigned char)*r);
        code[k] = 0;
        js_define_property_value_str(err, "code", js_new_string_cstr(code), JS_PROP_C_W_E);
    }
    return js_throw(err);
}

/* ---- hashes ----------------------------------------------------------------- */

static const EVP_MD *find_md(const char *name)
{
    ERR_set_mark();
    const EVP_MD *md = EVP_MD_fetch(NULL, name, NULL);
    if (!md) md = EVP_get_digestbyname(name);
    ERR_pop_to_mark();
    return md;
}

/* hashNew(alg, xofLen): a hash handle, or null when alg is unknown. */
NATIVE(hash_new)
{
    UNUSED_ARGS;
    char *name = utf8_arg(js_arg(argc, argv, 0));
    const EVP_MD *md = name ? find_md(name) : NULL;
    if (!md) return JS_NULL;
    JSValue h = new_handle(H_HASH);
    CryptoHandle *c = js_cell_ptr(h);
    double xof = 0;
    if (js_is_number(js_arg(argc, argv, 1)) && js_to_number(argv[1], &xof) < 0) return JS_EXCEPTION;
    c->md = EVP_MD_CTX_new();
    if (!c->md || EVP_DigestInit_ex(c->md, md, NULL) != 1) return throw_openssl("Digest method not supported");
    if (xof > 0) c->xof_len = (size_t)xof;
    else if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) c->xof_len = (size_t)EVP_MD_get_size(md);
    return h;
}

NATIVE(hash_update)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_HASH);
    if (!c || !c->md) return js_throw_type_error("hashUpdate: no hash");
    size_t n;
    const uint8_t *p = bytes_arg(js_arg(argc, argv, 1), &n);
    if (EVP_DigestUpdate(c->md, p, n) != 1) return throw_openssl("hash update failed");
    return JS_UNDEFINED;
}

NATIVE(hash_digest)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_HASH);
    if (!c || !c->md) return js_throw_type_error("hashDigest: no hash");
    uint8_t out[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    JSValue r;
    if (c->xof_len) {
        uint8_t *big = rt_alloc_atomic(c->xof_len);
        if (EVP_DigestFinalXOF(c->md, big, c->xof_len) != 1) return throw_openssl("digest failed");
        r = js_buffer_from_bytes(big, c->xof_len);
    } else {
        if (EVP_DigestFinal_ex(c->md, out, &n) != 1) return throw_openssl("digest failed");
        r = js_buffer_from_bytes(out, n);
    }
    free_contexts(c);
    return r;
}

NATIVE(hash_copy)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_HASH);
    if (!c || !c->md) return js_throw_type_error("hashCopy: no hash");
    JSValue h = new_handle(H_HASH);
    CryptoHandle *d = js_cell_ptr(h);
    d->xof_len = c->xof_len;
    d->md = EVP_MD_CTX_new();
    if (!d->md || EVP_MD_CTX_copy_ex(d->md, c->md) != 1) return throw_openssl("hash copy failed");
    double xof = 0;
    if (js_is_number(js_arg(argc, argv, 1)) && js_to_number(argv[1], &xof) < 0) return JS_EXCEPTION;
    if (xof > 0) d->xof_len = (size_t)xof;
    return h;
}

/* hmacNew(alg, key): an HMAC handle, or null when alg is unknown. */
NATIVE(hmac_new)
{
    UNUSED_ARGS;
    char *name = utf8_arg(js_arg(argc, argv, 0));
    if (!name || !find_md(name)) return JS_NULL;
    size_t klen;
    const uint8_t *key = bytes_arg(js_arg(argc, argv, 1), &klen);
    EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
    if (!mac) return throw_openssl("HMAC not available");
    JSValue h = new_handle(H_HMAC);
    CryptoHandle *c = js_cell_ptr(h);
    c->mac = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, name, 0), OSSL_PARAM_construct_end()};
    if (!c->mac || EVP_MAC_init(c->mac, key, klen, params) != 1) {
        ERR_clear_error();
        return JS_NULL;
    }
    return h;
}

NATIVE(hmac_update)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_HMAC);
    if (!c || !c->mac) return js_throw_type_error("hmacUpdate: no hmac");
    size_t n;
    const uint8_t *p = bytes_arg(js_arg(argc, argv, 1), &n);
    if (EVP_MAC_update(c->mac, p, n) != 1) return throw_openssl("hmac update failed");
    return JS_UNDEFINED;
}

NATIVE(hmac_digest)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_HMAC);
    if (!c || !c->mac) return js_throw_type_error("hmacDigest: no hmac");
    uint8_t out[EVP_MAX_MD_SIZE];
    size_t n = 0;
    if (EVP_MAC_final(c->mac, out, &n, sizeof out) != 1) return throw_openssl("hmac digest failed");
    free_contexts(c);
    return js_buffer_from_bytes(out, n);
}

/* ---- ciphers ---------------------------------------------------------------- */

static const EVP_CIPHER *find_cipher(const char *name)
{
    ERR_set_mark();
    const EVP_CIPHER *ci = EVP_CIPHER_fetch(NULL, name, NULL);
    if (!ci) ci = EVP_get_cipherbyname(name);
    ERR_pop_to_mark();
    return ci;
}

/* cipherNew(alg, key, iv, encrypt, tagLen): a handle, or -1 unknown
 * cipher, -2 invalid key length, -3 invalid IV. */
NATIVE(cipher_new)
{
    UNUSED_ARGS;
    char *name = utf8_arg(js_arg(argc, argv, 0));
    const EVP_CIPHER *ci = name ? find_cipher(name) : NULL;
    if (!ci) return js_mk_int32(-1);
    size_t klen, ivlen;
    const uint8_t *key = bytes_arg(js_arg(argc, argv, 1), &klen);
    JSValue ivv = js_arg(argc, argv, 2);
    const uint8_t *iv = bytes_arg(ivv, &ivlen);
    bool enc = js_to_boolean(js_arg(argc, argv, 3));
    double tag_len = 16;
    if (js_is_number(js_arg(argc, argv, 4)) && js_to_number(argv[4], &tag_len) < 0) return JS_EXCEPTION;
    int mode = EVP_CIPHER_get_mode(ci);
    bool aead = (EVP_CIPHER_get_flags(ci) & EVP_CIPH_FLAG_AEAD_CIPHER) != 0;
    if ((size_t)EVP_CIPHER_get_key_length(ci) != klen) return js_mk_int32(-2);
    int want_iv = EVP_CIPHER_get_iv_length(ci);
    if (aead) {
        if (ivlen == 0) return js_mk_int32(-3);
    } else if (mode == EVP_CIPH_ECB_MODE) {
        if (ivv != JS_NULL && ivlen != 0) return js_mk_int32(-3);
    } else if ((int)ivlen != want_iv) {
        return js_mk_int32(-3);
    }
    JSValue h = new_handle(H_CIPHER);
    CryptoHandle *c = js_cell_ptr(h);
    c->encrypt = enc;
    c->aead = aead;
    c->tag_len = (int)tag_len;
    c->cipher = EVP_CIPHER_CTX_new();
    if (!c->cipher || EVP_CipherInit_ex(c->cipher, ci, NULL, NULL, NULL, enc) != 1)
        return throw_openssl("cipher init failed");
    if (aead && EVP_CIPHER_CTX_ctrl(c->cipher, EVP_CTRL_AEAD_SET_IVLEN, (int)ivlen, NULL) != 1)
        return js_mk_int32(-3);
    if (EVP_CipherInit_ex(c->cipher, NULL, NULL, key, ivlen ? iv : NULL, enc) != 1)
        return throw_openssl("cipher init failed");
    return h;
}

NATIVE(cipher_update)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_CIPHER);
    if (!c || !c->cipher) return js_throw_type_error("cipherUpdate: no cipher");
    size_t n;
    const uint8_t *p = bytes_arg(js_arg(argc, argv, 1), &n);
    uint8_t *out = rt_alloc_atomic(n + EVP_MAX_BLOCK_LENGTH);
    int outl = 0;
    if (EVP_CipherUpdate(c->cipher, out, &outl, p, (int)n) != 1) return throw_openssl("Trying to add data in unsupported state");
    return js_buffer_from_bytes(out, (size_t)outl);
}

/* cipherFinal(h): the last bytes; for GCM encryption the tag is kept for
 * getAuthTag, GCM decryption checks the tag set by setAuthTag. */
NATIVE(cipher_final)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_CIPHER);
    if (!c || !c->cipher) return js_throw_type_error("cipherFinal: no cipher");
    uint8_t out[EVP_MAX_BLOCK_LENGTH];
    int outl = 0;
    if (EVP_CipherFinal_ex(c->cipher, out, &outl) != 1) {
        if (c->aead && !c->encrypt) {
            ERR_clear_error();
            free_contexts(c);
            return js_throw(js_new_error(JS_ERROR, js_new_string_cstr("Unsupported state or unable to authenticate data")));
        }
        JSValue r = throw_openssl("Unsupported state");
        free_contexts(c);
        return r;
    }
    if (c->aead && c->encrypt) {
        int t = c->tag_len > 0 && c->tag_len <= 16 ? c->tag_len : 16;
        if (EVP_CIPHER_CTX_ctrl(c->cipher, EVP_CTRL_AEAD_GET_TAG, t, c->tag) == 1) c->have_tag = t;
    }
    free_contexts(c);
    return js_buffer_from_bytes(out, (size_t)outl);
}

NATIVE(cipher_set_aad)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_CIPHER);
    if (!c || !c->cipher) return JS_FALSE;
    size_t n;
    const uint8_t *p = bytes_arg(js_arg(argc, argv, 1), &n);
    int outl = 0;
    return js_mk_bool(EVP_CipherUpdate(c->cipher, NULL, &outl, p, (int)n) == 1);
}

NATIVE(cipher_get_auth_tag)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_CIPHER);
    if (!c || !c->have_tag) return JS_UNDEFINED;
    return js_buffer_from_bytes(c->tag, (size_t)c->have_tag);
}

NATIVE(cipher_set_auth_tag)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_CIPHER);
    if (!c || !c->cipher) return JS_FALSE;
    size_t n;
    const uint8_t *p = bytes_arg(js_arg(argc, argv, 1), &n);
    return js_mk_bool(EVP_CIPHER_CTX_ctrl(c->cipher, EVP_CTRL_AEAD_SET_TAG, (int)n, (void *)p) == 1);
}

NATIVE(cipher_set_auto_padding)
{
    UNUSED_ARGS;
    CryptoHandle *c = handle(js_arg(argc, argv, 0), H_CIPHER);
    if (!c || !c->cipher) return JS_FALSE;
    return js_mk_bool(EVP_CIPHER_CTX_set_padding(c->cipher, js_to_boolean(js_arg(argc, argv, 1))) == 1);
}

/* ---- randomness and key derivation ---------------------------------------- */

/* randomFill(view): fills the view's bytes. */
NATIVE(random_fill)
{
    UNUSED_ARGS;
    uint8_t *p;
    size_t n;
    if (!js_buffer_view_bytes(js_arg(argc, argv, 0), &p, &n)) return js_throw_type_error("randomFill: not a view");
    if (n && RAND_bytes(p, (int)n) != 1) return throw_openssl("random bytes failed");
    return JS_UNDEFINED;
}

static int int_arg(int32_t argc, const JSValue *argv, int i, double *out)
{
    *out = 0;
    return js_to_number(js_arg(argc, argv, i), out);
}

/* pbkdf2(password, salt, iterations, keylen, digest): a Buffer, or null
 * when the digest is unknown. */
NATIVE(pbkdf2)
{
    UNUSED_ARGS;
    size_t plen, slen;
    const uint8_t *pass = bytes_arg(js_arg(argc, argv, 0), &plen);
    const uint8_t *salt = bytes_arg(js_arg(argc, argv, 1), &slen);
    double iter, keylen;
    if (int_arg(argc, argv, 2, &iter) < 0 || int_arg(argc, argv, 3, &keylen) < 0) return JS_EXCEPTION;
    char *name = utf8_arg(js_arg(argc, argv, 4));
    const EVP_MD *md = name ? find_md(name) : NULL;
    if (!md) return JS_NULL;
    JSValue out = js_buffer_alloc((size_t)keylen);
    uint8_t *p;
    size_t n;
    js_buffer_view_bytes(out, &p, &n);
    if (PKCS5_PBKDF2_HMAC((const char *)pass, (int)plen, salt, (int)slen, (int)iter, md, (int)n, p) != 1)
        return throw_openssl("pbkdf2 failed");
    return out;
}

/* scrypt(password, salt, keylen, N, r, p, maxmem): a Buffer, or false when
 * OpenSSL refuses the parameters. */
NATIVE(scrypt)
{
    UNUSED_ARGS;
    size_t plen, slen;
    const uint8_t *pass = bytes_arg(js_arg(argc, argv, 0), &plen);
    const uint8_t *salt = bytes_arg(js_arg(argc, argv, 1), &slen);
    double keylen, N, r, par, maxmem;
    if (int_arg(argc, argv, 2, &keylen) < 0 || int_arg(argc, argv, 3, &N) < 0 || int_arg(argc, argv, 4, &r) < 0 ||
        int_arg(argc, argv, 5, &par) < 0 || int_arg(argc, argv, 6, &maxmem) < 0)
        return JS_EXCEPTION;
    JSValue out = js_buffer_alloc((size_t)keylen);
    uint8_t *p;
    size_t n;
    js_buffer_view_bytes(out, &p, &n);
    if (EVP_PBE_scrypt((const char *)pass, plen, salt, slen, (uint64_t)N, (uint64_t)r, (uint64_t)par,
                       (uint64_t)maxmem, p, n) != 1) {
        ERR_clear_error();
        return JS_FALSE;
    }
    return out;
}

/* hkdf(digest, ikm, salt, info, keylen): a Buffer, or null for an unknown
 * digest. */
NATIVE(hkdf)
{
    UNUSED_ARGS;
    char *name = utf8_arg(js_arg(argc, argv, 0));
    if (!name || !find_md(name)) return JS_NULL;
    size_t ilen, slen, flen;
    const uint8_t *ikm = bytes_arg(js_arg(argc, argv, 1), &ilen);
    const uint8_t *salt = bytes_arg(js_arg(argc, argv, 2), &slen);
    const uint8_t *info = bytes_arg(js_arg(argc, argv, 3), &flen);
    double keylen;
    if (int_arg(argc, argv, 4, &keylen) < 0) return JS_EXCEPTION;
    EVP_KDF *kdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
    EVP_KDF_CTX *kctx = kdf ? EVP_KDF_CTX_new(kdf) : NULL;
    EVP_KDF_free(kdf);
    if (!kctx) return throw_openssl("HKDF not available");
    OSSL_PARAM params[6], *q = params;
    *q++ = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, name, 0);
    *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)ikm, ilen);
    *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)salt, slen);
    *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)info, flen);
    *q = OSSL_PARAM_construct_end();
    JSValue out = js_buffer_alloc((size_t)keylen);
    uint8_t *p;
    size_t n;
    js_buffer_view_bytes(out, &p, &n);
    int ok = EVP_KDF_derive(kctx, p, n, params);
    EVP_KDF_CTX_free(kctx);
    if (ok != 1) return throw_openssl("hkdf failed");
    return out;
}

/* ---- lists ------------------------------------------------------------------ */

static void add_name(const char *name, JSValue arr)
{
    js_array_push(arr, js_new_string_cstr(name));
}

static void md_name(const EVP_MD *md, const char *from, const char *to, void *arg)
{
    (void)md;
    (void)to;
    /* only what the default provider offers (no legacy md4, whirlpool) */
    if (!from) return;
    ERR_set_mark();
    EVP_MD *f = EVP_MD_fetch(NULL, from, NULL);
    ERR_pop_to_mark();
    if (!f) return;
    EVP_MD_free(f);
    add_name(from, *(JSValue *)arg);
}

static void cipher_name(const EVP_CIPHER *c, const char *from, const char *to, void *arg)
{
    (void)c;
    (void)to;
    if (!from || !islower((unsigned char)from[0])) return;
    ERR_set_mark();
    EVP_CIPHER *f = EVP_CIPHER_fetch(NULL, from, NULL);
    ERR_pop_to_mark();
    if (!f) return;
    EVP_CIPHER_free(f);
    add_name(from, *(JSValue *)arg);
}

NATIVE(get_hashes)
{
    UNUSED_ARGS;
    (void)argc;
    (void)argv;
    JSValue *arr = js_root_new(js_new_array(0));
    EVP_MD_do_all_sorted(md_name, arr);
    JSValue r = *arr;
    js_root_free(arr);
    return r;
}

NATIVE(get_ciphers)
{
    UNUSED_ARGS;
    (void)argc;
    (void)argv;
    JSValue *arr = js_root_new(js_new_array(0));
    EVP_CIPHER_do_all_sorted(cipher_name, arr);
    JSValue r = *arr;
    js_root_free(arr);
    return r;
}

static const JSPropDef crypto_props[] = {
    JS_CFUNC_DEF("hashNew", 2, hash_new),
    JS_CFUNC_DEF("hashUpdate", 2, hash_update),
    JS_CFUNC_DEF("hashDigest", 1, hash_digest),
    JS_CFUNC_DEF("hashCopy", 2, hash_copy),
    JS_CFUNC_DEF("hmacNew", 2, hmac_new),
    JS_CFUNC_DEF("hmacUpdate", 2, hmac_update),
    JS_CFUNC_DEF("hmacDigest", 1, hmac_digest),
    JS_CFUNC_DEF("cipherNew", 5, cipher_new),
    JS_CFUNC_DEF("cipherUpdate", 2, cipher_update),
    JS_CFUNC_DEF("cipherFinal", 1, cipher_final),
    JS_CFUNC_DEF("cipherSetAAD", 2, cipher_set_aad),
    JS_CFUNC_DEF("cipherGetAuthTag", 1, cipher_get_auth_tag),
    JS_CFUNC_DEF("cipherSetAuthTag", 2, cipher_set_auth_tag),
    JS_CFUNC_DEF("cipherSetAutoPadding", 2, cipher_set_auto_padding),
    JS_CFUNC_DEF("randomFill", 1, random_fill),
    JS_CFUNC_DEF("pbkdf2", 5, pbkdf2),
    JS_CFUNC_DEF("scrypt", 7, scrypt),
    JS_CFUNC_DEF("hkdf", 5, hkdf),
    JS_CFUNC_DEF("getHashes", 0, get_hashes),
    JS_CFUNC_DEF("getCiphers", 0, get_ciphers),
};

/* The 'kiln:crypto' object (natives.c calls this through a weak symbol). */
JSValue kiln_native_crypto(void);
JSValue kiln_native_crypto(void)
{
    JSValue o = js_new_object();
    js_install_props(o, crypto_props, JS_COUNTOF(crypto_props));
    return o;
}
