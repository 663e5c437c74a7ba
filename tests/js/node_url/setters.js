// URL setters (with the standard's state overrides) and the live link
// between a URL and its searchParams.
const u = new URL('https://user:pw@example.com:8080/a/b?x=1#h');
const show = (label) => console.log(label.padEnd(22), u.href);
u.protocol = 'http'; show('protocol http');
u.protocol = 'foo'; show('protocol foo (kept)');
u.protocol = 'wss:junk'; show('protocol wss:junk');
u.protocol = '1x'; show('protocol 1x');
u.username = 'a b@c'; show('username');
u.password = 'p:w/d'; show('password');
u.password = ''; show('password empty');
u.host = 'other.org:99'; show('host');
u.host = 'h:abc'; show('host h:abc');
u.host = ''; show('host empty');
u.hostname = 'NEW.example'; show('hostname');
u.hostname = 'a:1'; show('hostname a:1');
u.port = '443'; show('port 443 (default)');
u.port = '1234abc'; show('port 1234abc');
u.port = 'x'; show('port x');
u.port = '99999'; show('port 99999');
u.port = ''; show('port empty');
u.port = 8000; show('port 8000');
u.pathname = '/p q/../r?s#t'; show('pathname');
u.pathname = 'noslash'; show('pathname noslash');
u.search = 'a=1&b= 2#'; show('search');
u.search = '?'; show('search ?');
u.search = ''; show('search empty');
u.hash = 'frag ment'; show('hash');
u.hash = '#'; show('hash #');
u.hash = ''; show('hash empty');
u.href = 'http://fresh.example/?k=v'; show('href');
try { u.href = 'bad'; } catch (e) { console.log(e.name, e.code, e.message, e.input); }
console.log(u.searchParams.get('k'));

const m = new URL('mailto:x@y.z');
m.host = 'h'; m.pathname = '/p'; m.port = '1'; m.username = 'u';
console.log(m.href, m.host, m.pathname);
const f = new URL('file:///tmp/x');
f.host = 'server'; console.log(f.href); f.host = 'localhost'; console.log(f.href);
f.username = 'u'; f.port = '12'; console.log(f.href);
f.protocol = 'http'; console.log(f.href);
const h = new URL('http://h/');
h.protocol = 'file'; console.log(h.href);
const o = new URL('foo://h/p');
o.protocol = 'http'; console.log(o.href); o.protocol = 'bar'; console.log(o.href);
o.host = ''; console.log(o.href);
const sp = new URL('data:text/plain,a  #f');
sp.hash = ''; console.log(JSON.stringify(sp.href));

// searchParams live link
const l = new URL('http://x/?a=1&b=2&a=3');
const p = l.searchParams;
console.log(p === l.searchParams, p.get('a'), p.getAll('a'), p.has('b'), p.size);
p.append('c', 'x y'); console.log(l.href);
p.delete('a'); console.log(l.href);
p.set('b', 'é&='); console.log(l.href, l.search);
l.search = '?z=9'; console.log(p.get('z'), p.has('b'), [...p]);
l.href = 'http://x/?n=1'; console.log([...p]);
p.delete('n'); console.log(JSON.stringify(l.href), l.search);
l.hash = 'h'; p.append('q', '1'); console.log(l.href);
p.sort(); console.log(l.href);
