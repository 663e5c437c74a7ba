// The WHATWG URL parser: special and non-special schemes, relative
// resolution against a base, hosts (domains, IPv4 forms, IPv6), ports,
// percent-encoding sets, dot segments, file URLs, opaque paths, failures.
const cases = [
  ['https://user:pass@EXAMPLE.com:443/a/./b/../c?q=1#frag'],
  ['HTTP://example.com:80/'], ['http://example.com:8080'], ['ws://x:80/'], ['wss://x:443'], ['ftp://x:21/a'],
  ['  \t http://ex\nample.com/\r  '], ['http://a b.com/'], ['http://exa%41mple.com/'], ['http://%zz/'],
  ['http://example.com/a b/c"d<e>f`g{h}i|j^k'], ['http://x/?a b"c#d e"f`g'], ["http://x/?'"], ["foo://x/?'"],
  ['http://x/%2e/%2E%2e/a/%2e%2E/b'], ['http://x/a/..'], ['http://x/a/.'], ['http://x/..//a'], ['http://x\\a\\b'],
  ['http://192.168.0.1/'], ['http://0x7f.1/'], ['http://0300.0250.1/'], ['http://4294967295/'], ['http://4294967296/'],
  ['http://1.2.3.4.5/'], ['http://1.2.3.256/'], ['http://1.2.3/'], ['http://999999999999/'], ['http://09/'], ['http://0x/'],
  ['http://1.2.3.4./'], ['http://foo.1/'], ['http://1.foo/'],
  ['http://[::1]:3000/'], ['http://[0:0:0:0:0:0:0:1]/'], ['http://[2001:db8::ff00:42:8329]/'], ['http://[1:0:0:2::3:0]/'],
  ['http://[::ffff:192.168.0.1]/'], ['http://[::1.2.3]/'], ['http://[1::2::3]/'], ['http://[::1/'], ['http://[g::]/'],
  ['http://[1:2:3:4:5:6:7:8]/'], ['http://[1:2:3:4:5:6:7:8:9]/'], ['http://[0:0:1:0:0:0:0:0]/'],
  ['http://example.com:65535/'], ['http://example.com:65536/'], ['http://example.com:8a/'], ['http://example.com:/'],
  ['http://:80/'], ['http://@x/'], ['http://a:b@/'], ['http://a@b@c/'], ['http://u:p:q@x/'], ['http:///x/'], ['http:x'],
  ['https://münchen.de/'], ['https://ÉXAMPLE.com/'], ['http://例え.テスト/'], ['http://xn--mnchen-3ya.de/'],
  ['http://a\u3002b/'], ['http://ｅｘａｍｐｌｅ.com/'],
  ['file:///etc/passwd'], ['file://localhost/x'], ['file://host/share/f'], ['file:c:/windows'], ['file:///C|/x'],
  ['file:/a/../../b'], ['file:'], ['file://x:80/'], ['FILE:///a?b#c'],
  ['mailto:someone@example.com'], ['javascript:alert(1)'], ['data:text/plain,hi there'], ['urn:isbn:0451450523'],
  ['foo://host:99/p/a?q#f'], ['foo:/a/../b'], ['foo://a b/'], ['foo://[::1]/'], ['foo:///x'], ['foo://'], ['foo:'],
  ['blob:https://example.com/uuid'], ['blob:foo'], ['sc://ñ.test/'], ['a+b-c.d:x'], ['1a:b'],
  ['x', 'http://example.com/a/b'], ['../c', 'http://example.com/a/b/'], ['/abs', 'http://example.com/a/b'],
  ['?q', 'http://example.com/a/b?x#y'], ['#h', 'http://example.com/a/b?x#y'], ['', 'http://example.com/a?x#y'],
  ['//other.com/p', 'https://example.com/'], ['https:rel', 'https://example.com/a/'], ['http:rel', 'https://example.com/a/'],
  ['\\\\x\\y', 'http://example.com/'], ['x', 'mailto:a@b'], ['#x', 'mailto:a@b'], ['c:/x', 'file:///a/b'],
  ['../../..', 'file:///C:/a/b'], ['x', 'file:///a/b'], ['//h/p', 'file:///a'], ['/p', 'file://h/a'],
  ['x', 'foo://h/a/b'], ['', 'not a url'], ['relative'], [''], ['http://'], ['https://x/\u{1F600}?\u{1F600}#\u{1F600}'],
  ['http://x/\ud800'], ['http://x/%'], ['http://x/%41%zz'], ['http://x:0/'], ['http://x:00080/'],
];
for (const [input, base] of cases) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify(input), '->', u.href, '|', u.origin, u.protocol, u.username, u.password, u.host,
                u.hostname, u.port, u.pathname, u.search, u.hash);
  } catch (e) {
    console.log(JSON.stringify(input), 'throws', e.name, e.code, e.message, e.input, e.base);
  }
}
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y'), URL.canParse('x', 'bad'));
console.log(URL.parse('x', 'http://y/z').href, URL.parse('nope'), URL.parse('http://a') instanceof URL);
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.canParse(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new URL({ toString() { return 'http://obj/'; } }).href, new URL('http://x', undefined).href);
console.log(String(new URL('http://a/b')), JSON.stringify({ u: new URL('http://a/b') }), `${new URL('http://a')}`);
