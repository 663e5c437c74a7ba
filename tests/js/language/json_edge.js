// JSON.stringify and JSON.parse edge cases: replacers, revivers, toJSON, cycles.
const data = { n: 1, s: 'str', u: undefined, f() {}, sym: Symbol('x'), nested: { d: new Date(0), arr: [undefined, () => 1, NaN, -0, Infinity] } };
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, ['n', 'nested', 'arr']));
console.log(JSON.stringify({ a: 1, b: [1, 2], c: { d: 'e' } }, null, 2));
console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (typeof v === 'number' ? v * 10 : v), '\t'));
console.log(JSON.stringify('\u2028\u2029\ud800"\\\n'), JSON.stringify({ '\ud83d\ude00': 1 }));
console.log(JSON.stringify(10n === 10n), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify([new Number(3), new String('s'), new Boolean(false)]));
try { JSON.stringify({ big: 1n }); } catch (e) { console.log(e.constructor.name, e.message); }
const cyc = { name: 'c' }; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.constructor.name, e.message.split('\n')[0]); }
console.log(JSON.stringify({ toJSON(key) { return 'key:' + key; } }), JSON.stringify({ x: { toJSON(k) { return k.toUpperCase(); } } }));
console.log(JSON.parse('{"a":[1,{"b":null}],"c":"\\u0041"}', (k, v) => (v === null ? 'was null' : v)));
console.log(JSON.parse(' [1e3, -0.5, true, "x"] '), Object.is(JSON.parse('-0'), -0));
for (const bad of ['{a:1}', '[1,]', '"\\x"', '01', '', '{"a":1}}']) {
  try { JSON.parse(bad); } catch (e) { console.log(e.constructor.name, JSON.stringify(bad)); }
}
console.log(JSON.parse('{"__proto__": 1}').__proto__, Object.keys(JSON.parse('{"__proto__": {"x": 1}}')));
