/*
 * os.c — require('os'): what libuv knows about the machine (uv_os_uname,
 * uv_cpu_info, uv_interface_addresses, uv_os_get_passwd, ...), shaped as
 * node 20 returns it, and os.constants (signals, errno, priority, dlopen).
 */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtins/builtins.h"
#include "node/node.h"
#include "node/node_errors.h"
#include "node/os.h"
#include "node/strbuf.h"

static JSValue os_module;

#if defined(__aarch64__)
#define OS_ARCH "arm64"
#elif defined(__x86_64__)
#define OS_ARCH "x64"
#else
#define OS_ARCH "unknown"
#endif

static JSValue str(const char *s) { return js_new_string_cstr(s); }

static void put(JSValue o, const char *k, JSValue v) { js_define_property_value_str(o, k, v, JS_PROP_C_W_E); }

/* A SystemError from a failed uv call, as node's ERR_SYSTEM_ERROR. */
static JSValue uv_fail(int err, const char *syscall)
{
    return js_node_throw_code(JS_ERROR, "ERR_SYSTEM_ERROR", "A system error occurred: %s returned %s (%s)",
                              syscall, uv_err_name(err), uv_strerror(err));
}

static JSValue uname_field(int which)
{
    uv_utsname_t u;
    int r = uv_os_uname(&u);
    if (r < 0) return uv_fail(r, "uv_os_uname");
    const char *f = which == 0 ? u.sysname : which == 1 ? u.release : which == 2 ? u.version : u.machine;
    return str(f);
}

#define NATIVE0(fn) static JSValue fn(JSFunction *callee, JSValue this_val, int32_t argc, const JSValue *argv, JSValue new_target)
#define UNUSED() (void)callee; (void)this_val; (void)argc; (void)argv; (void)new_target

NATIVE0(os_type) { UNUSED(); return uname_field(0); }
NATIVE0(os_release) { UNUSED(); return uname_field(1); }
NATIVE0(os_version) { UNUSED(); return uname_field(2); }
NATIVE0(os_machine) { UNUSED(); return uname_field(3); }
NATIVE0(os_platform) { UNUSED(); return str("linux"); }
NATIVE0(os_arch) { UNUSED(); return str(OS_ARCH); }
NATIVE0(os_endianness) { UNUSED(); return str("LE"); }
NATIVE0(os_totalmem) { UNUSED(); return js_mk_number((double)uv_get_total_memory()); }
NATIVE0(os_freemem) { UNUSED(); return js_mk_number((double)uv_get_free_memory()); }
NATIVE0(os_parallelism) { UNUSED(); return js_mk_number((double)uv_available_parallelism()); }

NATIVE0(os_uptime)
{
    UNUSED();
    double t;
    int r = uv_uptime(&t);
    return r < 0 ? uv_fail(r, "uv_uptime") : js_mk_number(t);
}

NATIVE0(os_loadavg)
{
    UNUSED();
    double a[3];
    uv_loadavg(a);
    JSValue v[3] = { js_mk_number(a[0]), js_mk_number(a[1]), js_mk_number(a[2]) };
    return js_new_array_from(3, v);
}

NATIVE0(os_hostname)
{
    UNUSED();
    char buf[UV_MAXHOSTNAMESIZE];
    size_t n = sizeof buf;
    int r = uv_os_gethostname(buf, &n);
    return r < 0 ? uv_fail(r, "uv_os_gethostname") : js_new_string_from_utf8(buf, n);
}

NATIVE0(os_homedir)
{
    UNUSED();
    char buf[4096];
    size_t n = sizeof buf;
    int r = uv_os_homedir(buf, &n);
    return r < 0 ? uv_fail(r, "uv_os_homedir") : js_new_string_from_utf8(buf, n);
}

/* node's JavaScript: TMPDIR, TMP, TEMP or /tmp, without a trailing slash. */
NATIVE0(os_tmpdir)
{
    UNUSED();
    const char *p = getenv("TMPDIR");
    if (!p || !*p) p = getenv("TMP");
    if (!p || !*p) p = getenv("TEMP");
    if (!p || !*p) p = "/tmp";
    size_t n = strlen(p);
    if (n > 1 && p[n - 1] == '/') n--;
    return js_new_string_from_utf8(p, n);
}

NATIVE0(os_cpus)
{
    UNUSED();
    uv_cpu_info_t *cpus;
    int count;
    JSValue arr = js_new_array(0);
    if (uv_cpu_info(&cpus, &count) < 0) return arr;
    for (int i = 0; i < count; i++) {
        JSValue c = js_new_object(), t = js_new_object();
        put(c, "model", str(cpus[i].model));
        put(c, "speed", js_mk_number(cpus[i].speed));
        put(t, "user", js_mk_number((double)cpus[i].cpu_times.user));
        put(t, "nice", js_mk_number((double)cpus[i].cpu_times.nice));
        put(t, "sys", js_mk_number((double)cpus[i].cpu_times.sys));
        put(t, "idle", js_mk_number((double)cpus[i].cpu_times.idle));
        put(t, "irq", js_mk_number((double)cpus[i].cpu_times.irq));
        put(c, "times", t);
        js_array_push(arr, c);
    }
    uv_free_cpu_info(cpus, count);
    return arr;
}

NATIVE0(os_user_info)
{
    (void)callee; (void)this_val; (void)new_target;
    uv_passwd_t pw;
    int r = uv_os_get_passwd(&pw);
    if (r < 0) return uv_fail(r, "uv_os_get_passwd");
    bool buffer = false;
    JSValue opts = js_arg(argc, argv, 0);
    if (js_is_object(opts)) {
        JSValue e = js_get_property_str(opts, "encoding");
        if (e == JS_EXCEPTION) { uv_os_free_passwd(&pw); return e; }
        buffer = js_is_string(e) && js_string_eq_ascii(e, "buffer");
    }
    (void)buffer;
    JSValue o = js_new_object_proto(JS_NULL);
    put(o, "uid", js_mk_number((double)pw.uid));
    put(o, "gid", js_mk_number((double)pw.gid));
    put(o, "username", str(pw.username));
    put(o, "homedir", str(pw.homedir));
    put(o, "shell", pw.shell ? str(pw.shell) : JS_NULL);
    uv_os_free_passwd(&pw);
    return o;
}

static int prefix_len(const uint8_t *mask, int n)
{
    int bits = 0;
    for (int i = 0; i < n; i++)
        for (int b = 7; b >= 0; b--) {
            if (!(mask[i] >> b & 1)) return bits;
            bits++;
        }
    return bits;
}

NATIVE0(os_network_interfaces)
{
    UNUSED();
    uv_interface_address_t *ifs;
    int count;
    JSValue res = js_new_object();
    if (uv_interface_addresses(&ifs, &count) < 0) return res;
    for (int i = 0; i < count; i++) {
        uv_interface_address_t *a = &ifs[i];
        char addr[64], mask[64], mac[32];
        bool v6 = a->address.address4.sin_family == AF_INET6;
        int plen;
        if (v6) {
            uv_ip6_name(&a->address.address6, addr, sizeof addr);
            uv_ip6_name(&a->netmask.netmask6, mask, sizeof mask);
            plen = prefix_len(a->netmask.netmask6.sin6_addr.s6_addr, 16);
        } else {
            uv_ip4_name(&a->address.address4, addr, sizeof addr);
            uv_ip4_name(&a->netmask.netmask4, mask, sizeof mask);
            plen = prefix_len((const uint8_t *)&a->netmask.netmask4.sin_addr.s_addr, 4);
        }
        const unsigned char *m = (const unsigned char *)a->phys_addr;
        snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4], m[5]);
        JSValue e = js_new_object();
        put(e, "address", str(addr));
        put(e, "netmask", str(mask));
        put(e, "family", str(v6 ? "IPv6" : "IPv4"));
        put(e, "mac", str(mac));
        put(e, "internal", js_mk_bool(a->is_internal));
        put(e, "cidr", str(str_fmt("%s/%d", addr, plen)));
        if (v6) put(e, "scopeid", js_mk_number(a->address.address6.sin6_scope_id));
        JSValue list = js_get_property_str(res, a->name);
        if (!js_is_array(list)) {
            list = js_new_array(0);
            put(res, a->name, list);
        }
        js_array_push(list, e);
    }
    uv_free_interface_addresses(ifs, count);
    return res;
}

NATIVE0(os_get_priority)
{
    (void)callee; (void)this_val; (void)new_target;
    double pid = 0;
    JSValue v = js_arg(argc, argv, 0);
    if (v != JS_UNDEFINED) {
        if (!js_is_number(v)) return js_node_throw_invalid_arg_type("pid", "of type number", v);
        pid = js_to_double(v);
    }
    int prio;
    int r = uv_os_getpriority((uv_pid_t)pid, &prio);
    return r < 0 ? uv_fail(r, "uv_os_getpriority") : js_mk_int32(prio);
}

NATIVE0(os_set_priority)
{
    (void)callee; (void)this_val; (void)new_target;
    JSValue a = js_arg(argc, argv, 0), b = js_arg(argc, argv, 1);
    double pid = 0, prio;
    if (argc < 2 || b == JS_UNDEFINED) b = a, a = js_mk_int32(0);
    if (!js_is_number(b)) return js_node_throw_invalid_arg_type("priority", "of type number", b);
    if (!js_is_number(a)) return js_node_throw_invalid_arg_type("pid", "of type number", a);
    pid = js_to_double(a);
    prio = js_to_double(b);
    if (prio < -20 || prio > 19) return js_node_throw_out_of_range("priority", ">= -20 && <= 19", b);
    int r = uv_os_setpriority((uv_pid_t)pid, (int)prio);
    return r < 0 ? uv_fail(r, "uv_os_setpriority") : JS_UNDEFINED;
}

static const JSPropDef os_props[] = {
    JS_CFUNC_DEF("arch", 0, os_arch),
    JS_CFUNC_DEF("availableParallelism", 0, os_parallelism),
    JS_CFUNC_DEF("cpus", 0, os_cpus),
    JS_CFUNC_DEF("endianness", 0, os_endianness),
    JS_CFUNC_DEF("freemem", 0, os_freemem),
    JS_CFUNC_DEF("getPriority", 0, os_get_priority),
    JS_CFUNC_DEF("homedir", 0, os_homedir),
    JS_CFUNC_DEF("hostname", 0, os_hostname),
    JS_CFUNC_DEF("loadavg", 0, os_loadavg),
    JS_CFUNC_DEF("networkInterfaces", 0, os_network_interfaces),
    JS_CFUNC_DEF("platform", 0, os_platform),
    JS_CFUNC_DEF("release", 0, os_release),
    JS_CFUNC_DEF("setPriority", 2, os_set_priority),
    JS_CFUNC_DEF("tmpdir", 0, os_tmpdir),
    JS_CFUNC_DEF("totalmem", 0, os_totalmem),
    JS_CFUNC_DEF("type", 0, os_type),
    JS_CFUNC_DEF("userInfo", 1, os_user_info),
    JS_CFUNC_DEF("uptime", 0, os_uptime),
    JS_CFUNC_DEF("version", 0, os_version),
    JS_CFUNC_DEF("machine", 0, os_machine),
};

typedef struct { const char *name; int value; } NameValue;

#define S(x) { #x, x }
static const NameValue signals[] = {
    S(SIGHUP), S(SIGINT), S(SIGQUIT), S(SIGILL), S(SIGTRAP), S(SIGABRT), S(SIGIOT), S(SIGBUS),
    S(SIGFPE), S(SIGKILL), S(SIGUSR1), S(SIGSEGV), S(SIGUSR2), S(SIGPIPE), S(SIGALRM), S(SIGTERM),
    S(SIGCHLD), S(SIGSTKFLT), S(SIGCONT), S(SIGSTOP), S(SIGTSTP), S(SIGTTIN), S(SIGTTOU), S(SIGURG),
    S(SIGXCPU), S(SIGXFSZ), S(SIGVTALRM), S(SIGPROF), S(SIGWINCH), S(SIGIO), S(SIGPOLL), S(SIGPWR),
    S(SIGSYS),
};
static const NameValue errnos[] = {
    S(E2BIG), S(EACCES), S(EADDRINUSE), S(EADDRNOTAVAIL), S(EAFNOSUPPORT), S(EAGAIN), S(EALREADY),
    S(EBADF), S(EBADMSG), S(EBUSY), S(ECANCELED), S(ECHILD), S(ECONNABORTED), S(ECONNREFUSED),
    S(ECONNRESET), S(EDEADLK), S(EDESTADDRREQ), S(EDOM), S(EDQUOT), S(EEXIST), S(EFAULT), S(EFBIG),
    S(EHOSTUNREACH), S(EIDRM), S(EILSEQ), S(EINPROGRESS), S(EINTR), S(EINVAL), S(EIO), S(EISCONN),
    S(EISDIR), S(ELOOP), S(EMFILE), S(EMLINK), S(EMSGSIZE), S(EMULTIHOP), S(ENAMETOOLONG),
    S(ENETDOWN), S(ENETRESET), S(ENETUNREACH), S(ENFILE), S(ENOBUFS), S(ENODATA), S(ENODEV),
    S(ENOENT), S(ENOEXEC), S(ENOLCK), S(ENOLINK), S(ENOMEM), S(ENOMSG), S(ENOPROTOOPT), S(ENOSPC),
    S(ENOSR), S(ENOSTR), S(ENOSYS), S(ENOTCONN), S(ENOTDIR), S(ENOTEMPTY), S(ENOTSOCK), S(ENOTSUP),
    S(ENOTTY), S(ENXIO), S(EOPNOTSUPP), S(EOVERFLOW), S(EPERM), S(EPIPE), S(EPROTO),
    S(EPROTONOSUPPORT), S(EPROTOTYPE), S(ERANGE), S(EROFS), S(ESPIPE), S(ESRCH), S(ESTALE), S(ETIME),
    S(ETIMEDOUT), S(ETXTBSY), S(EWOULDBLOCK), S(EXDEV),
};
static const NameValue priorities[] = {
    { "PRIORITY_LOW", 19 }, { "PRIORITY_BELOW_NORMAL", 10 }, { "PRIORITY_NORMAL", 0 },
    { "PRIORITY_ABOVE_NORMAL", -7 }, { "PRIORITY_HIGH", -14 }, { "PRIORITY_HIGHEST", -20 },
};
static const NameValue dlopen_flags[] = {
    S(RTLD_LAZY), S(RTLD_NOW), S(RTLD_GLOBAL), S(RTLD_LOCAL), S(RTLD_DEEPBIND),
};
#undef S

static JSValue table(const NameValue *t, size_t n)
{
    JSValue o = js_new_object_proto(JS_NULL);
    for (size_t i = 0; i < n; i++) put(o, t[i].name, js_mk_int32(t[i].value));
    return o;
}

JSValue js_os_module(void)
{
    if (os_module) return os_module;
    JSValue m = js_new_object();
    js_install_props(m, os_props, JS_COUNTOF(os_props));
    /* module functions are enumerable in node */
    for (size_t i = 0; i < JS_COUNTOF(os_props); i++) {
        JSValue f = js_get_property_str(m, os_props[i].name);
        put(m, os_props[i].name, f);
    }
    JSValue c = js_new_object_proto(JS_NULL);
    put(c, "UV_UDP_REUSEADDR", js_mk_int32(4));
    put(c, "dlopen", table(dlopen_flags, JS_COUNTOF(dlopen_flags)));
    put(c, "errno", table(errnos, JS_COUNTOF(errnos)));
    put(c, "signals", table(signals, JS_COUNTOF(signals)));
    put(c, "priority", table(priorities, JS_COUNTOF(priorities)));
    put(m, "constants", c);
    put(m, "EOL", str("\n"));
    put(m, "devNull", str("/dev/null"));
    os_module = m;
    return m;
}
