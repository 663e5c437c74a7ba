/*
 * dns.c — the C half of node's dns.lookup (stdlib/node/dns.js) as
 * 'kiln:dns': getaddrinfo on libuv's threadpool (uv_getaddrinfo), as
 * node's cares_wrap does for lookup. The request is malloc'ed memory the
 * collector cannot see, so the callback is held by a js_root_new root
 * until the after-work callback has run; the pool thread touches only C
 * strings. Linked only into programs that require dns (natives.c names
 * kiln_native_dns weakly; the driver passes -u).
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include "node/node.h"
#include "node/node_errors.h"

typedef struct Lookup {
    uv_getaddrinfo_t req;
    JSValue *cb;
} Lookup;

static void lookup_done(uv_getaddrinfo_t *req, int status, struct addrinfo *res)
{
    Lookup *l = req->data;
    JSValue cb = *l->cb;
    js_root_free(l->cb);
    free(l);
    JSValue list = js_new_array(0);
    if (status == 0) {
        for (struct addrinfo *a = res; a; a = a->ai_next) {
            char ip[INET6_ADDRSTRLEN];
            const void *p;
            if (a->ai_family == AF_INET)
                p = &((struct sockaddr_in *)a->ai_addr)->sin_addr;
            else if (a->ai_family == AF_INET6)
                p = &((struct sockaddr_in6 *)a->ai_addr)->sin6_addr;
            else
                continue;
            if (!inet_ntop(a->ai_family, p, ip, sizeof ip))
                continue;
            js_array_push(list, js_new_string_cstr(ip));
        }
    }
    uv_freeaddrinfo(res);
    JSValue args[2] = { js_mk_int32(status), list };
    js_node_after_callback(js_call(cb, JS_UNDEFINED, 2, args));
}

/* getaddrinfo(hostname, family, hints, cb) -> 0 or a negative errno;
 * cb(status, [address, ...]) later, in the system's order */
static JSValue dns_getaddrinfo(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                               JSValue new_target)
{
    JSValue host = js_arg(argc, argv, 0), cb = js_arg(argc, argv, 3);
    if (!js_is_string(host))
        return js_node_throw_invalid_arg_type("hostname", "of type string", host);
    if (!js_is_callable(cb))
        return js_node_throw_invalid_arg_type("callback", "of type function", cb);
    int32_t family = 0, flags = 0;
    if (js_to_int32(js_arg(argc, argv, 1), &family) < 0 || js_to_int32(js_arg(argc, argv, 2), &flags) < 0)
        return JS_EXCEPTION;
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = flags;
    Lookup *l = calloc(1, sizeof *l);
    l->cb = js_root_new(cb);
    l->req.data = l;
    /* libuv copies the node name and hints before returning */
    int r = uv_getaddrinfo(js_node_loop(), &l->req, lookup_done, js_string_to_utf8(host, NULL), NULL, &hints);
    if (r < 0) {
        js_root_free(l->cb);
        free(l);
    }
    return js_mk_int32(r);
}

/* errname(err) -> 'ENOTFOUND' for the getaddrinfo codes that mean "no
 * such name", as node's dnsException says, else libuv's name */
static JSValue dns_errname(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv,
                           JSValue new_target)
{
    int32_t e = 0;
    if (js_to_int32(js_arg(argc, argv, 0), &e) < 0)
        return JS_EXCEPTION;
    if (e == UV_EAI_NODATA || e == UV_EAI_NONAME)
        return js_new_string_cstr("ENOTFOUND");
    return js_new_string_cstr(uv_err_name(e));
}

static const JSPropDef dns_props[] = {
    JS_CFUNC_DEF("getaddrinfo", 4, dns_getaddrinfo),
    JS_CFUNC_DEF("errname", 1, dns_errname),
};

/* The 'kiln:dns' object (natives.c calls this through a weak symbol). */
JSValue kiln_native_dns(void);
JSValue kiln_native_dns(void)
{
    JSValue o = js_new_object();
    js_install_props(o, dns_props, JS_COUNTOF(dns_props));
    js_define_property_value_str(o, "ADDRCONFIG", js_mk_int32(AI_ADDRCONFIG), JS_PROP_C_W_E);
    js_define_property_value_str(o, "V4MAPPED", js_mk_int32(AI_V4MAPPED), JS_PROP_C_W_E);
    js_define_property_value_str(o, "ALL", js_mk_int32(AI_ALL), JS_PROP_C_W_E);
    return o;
}
