const p = new Proxy({ a: 1, nested: { b: 2 } }, { get() { return 5; }, ownKeys() { return ['zz']; } });
console.log(p);
console.log([p], { p });
console.log(new Proxy([1, 2], {}), new Proxy(function f() {}, {}));
const r = Proxy.revocable({}, {}); r.revoke(); console.log(r.proxy);
