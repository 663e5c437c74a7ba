// decimal.js, lru-cache, eventemitter3, path-to-regexp, validator, bytes and esprima.
const Decimal = require('decimal.js');
const { LRUCache } = require('lru-cache');
const EventEmitter = require('eventemitter3');
const { match, compile, parse, pathToRegexp } = require('path-to-regexp');
const validator = require('validator');
const bytes = require('bytes');
const esprima = require('esprima');

const D = Decimal.clone({ precision: 30 });
console.log(new D(1).div(3).toString(), new D(2).sqrt().toString(), new D('0.1').plus('0.2').toString(), new D(10).pow(-20).toString());
console.log(new D(2).ln().toString(), new D(1).exp().toString(), D.acos(-1).toString(), new D('123.456').toSignificantDigits(4).toString());
console.log(new D('1e500').times('1e500').toString(), new D(-7).mod(3).toString(), new D('255').toHex(), new D('0.625').toBinary(), new D('5.5').round().toString());
console.log(new D('12345.6789').toFixed(2), new D('0.000001234').toExponential(2), new D('99.5').toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).toString(), new D(NaN).isNaN());
console.log(D.max(1, 5, 3).toString(), D.sum(1, 2, 3).toString(), new D(3).cmp(2), new D('-0').isNeg(), new D(0.1).toFraction().map(String), new D('1.23').decimalPlaces());
try { new D('xyz'); } catch (e) { console.log(e.name, e.message); }

const cache = new LRUCache({ max: 3, dispose: (v, k, r) => console.log('dispose', k, v, r) });
cache.set('a', 1); cache.set('b', 2); cache.set('c', 3); cache.get('a'); cache.set('d', 4);
console.log([...cache.keys()], cache.has('b'), cache.size, cache.peek('c'), cache.get('zz'));
cache.delete('c'); cache.set('a', 10);
console.log([...cache.entries()], cache.pop(), cache.size, [...cache.rvalues()]);
cache.clear();
const sized = new LRUCache({ maxSize: 10, sizeCalculation: v => v.length });
sized.set('x', 'aaaa'); sized.set('y', 'bbbbb'); sized.set('z', 'ccc');
console.log([...sized.keys()], sized.calculatedSize);
const fetcher = new LRUCache({ max: 2, memoMethod: (k) => k.toUpperCase() });
console.log(fetcher.memo('abc'), fetcher.memo('abc'), fetcher.size);

const ee = new EventEmitter();
ee.on('e', (a, b) => console.log('on e', a, b));
ee.once('e', a => console.log('once e', a));
ee.on('x', function () { console.log('ctx', this.tag); }, { tag: 'T' });
console.log(ee.emit('e', 1, 2), ee.emit('e', 3), ee.emit('none'), ee.emit('x'), ee.listenerCount('e'), ee.eventNames());
ee.removeAllListeners('e');
console.log(ee.listenerCount('e'), ee.listeners('x').length, EventEmitter.prefixed);

const m = match('/users/:id/posts/:slug{.:ext}', { decode: decodeURIComponent });
console.log(JSON.stringify(m('/users/42/posts/hello%20world.json')), m('/users/42'), JSON.stringify(match('/files/*path')('/files/a/b/c.txt')));
const toPath = compile('/user/:id{/:tab}');
console.log(toPath({ id: '7' }), toPath({ id: 'a b', tab: 'x' }), pathToRegexp('/a/:b').regexp.source, JSON.stringify(parse('/x/:y{-:z}').tokens));
try { compile('/:id')({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { parse('/:'); } catch (e) { console.log(e.constructor.name, e.message.split('\n')[0]); }

for (const [fn, ...args] of [['isEmail', 'a@b.co'], ['isEmail', 'nope@'], ['isURL', 'https://x.dev/p?q=1'], ['isURL', 'ht!tp://x'], ['isIP', '192.168.1.300'], ['isIP', '::1', 6],
  ['isUUID', '123e4567-e89b-12d3-a456-426614174000'], ['isCreditCard', '4111111111111111'], ['isISO8601', '2020-02-30'], ['isISO8601', '2020-02-29T10:00:00Z', { strict: true }],
  ['isAlpha', 'abcÄ', 'de-DE'], ['isNumeric', '-12.5'], ['isHexColor', '#fa0'], ['isJSON', '{"a":1}'], ['isStrongPassword', 'Aa1!aaaa'], ['isSlug', 'a-b-c'], ['isPostalCode', '0150', 'NO'],
  ['isMobilePhone', '+4791234567', 'nb-NO'], ['isBase64', 'aGVsbG8='], ['isLength', 'abc', { min: 4 }], ['isIn', 'b', ['a', 'b']], ['isSemVer', '1.2.3-rc.1'], ['isLatLong', '59.9,10.7']]) {
  console.log(fn, JSON.stringify(args[0]), validator[fn](...args));
}
console.log(validator.escape('<a href="x">'), validator.normalizeEmail('John.Doe+tag@GoogleMail.com'), validator.trim('  x '), validator.toInt('12px'), validator.blacklist('abcabc', 'b'), validator.version);
try { validator.isEmail(5); } catch (e) { console.log(e.constructor.name, e.message); }

console.log(bytes(1024), bytes(1536, { decimalPlaces: 1 }), bytes(1e12), bytes('1.5kb'), bytes('2 MB'), bytes.parse('10gb'), bytes(1000, { thousandsSeparator: ',', unit: 'B' }), bytes(-3072), bytes('junk'), bytes(NaN));

const prog = esprima.parseScript('var answer = 6 * 7; function f(a) { return a ? "y" : `n${a}`; }', { range: true, tokens: true });
console.log(JSON.stringify(prog.body[0]), prog.tokens.length, prog.tokens.slice(0, 5).map(t => t.type + ':' + t.value).join(' '));
console.log(esprima.tokenize('const x = /r/g;').map(t => t.type).join(','), esprima.parseModule('export default 1').body[0].type);
try { esprima.parseScript('var = 1'); } catch (e) { console.log(e.name, e.description, e.index, e.lineNumber, e.column); }
