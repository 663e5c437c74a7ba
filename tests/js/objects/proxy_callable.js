const fp = new Proxy(function f() {}, {});
console.log(Function.prototype.toString.call(fp));
console.log({} instanceof fp, Object.create(fp.prototype) instanceof fp);
const throwing = new Proxy({}, { getPrototypeOf() { throw new Error('gp'); } });
try { throwing instanceof Object; } catch (e) { console.log(e.message); }
console.log(String(fp).length > 0, typeof fp.bind(null));
