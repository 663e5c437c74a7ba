// assert's functions with node's AssertionError (code, actual, expected,
// operator, generatedMessage) and generated messages.
const assert = require('assert');
function t(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.operator, e.generatedMessage, e instanceof assert.AssertionError);
  }
}
t('ok', () => assert.ok(1));
t('ok msg', () => assert.ok(0, 'zero'));
t('ok none', () => assert.ok());
t('assert msg', () => assert(null, 'nul'));
t('ok err', () => assert.ok(false, new TypeError('mine')));
t('equal', () => assert.equal(1, '1'));
t('equal f', () => assert.equal(1, 2));
t('equal NaN', () => assert.equal(NaN, NaN));
t('equal obj', () => assert.equal({ a: 1 }, { a: 1 }));
t('notEqual', () => assert.notEqual(1, '1'));
t('strictEqual', () => assert.strictEqual(1, 1));
t('strictEqual f', () => assert.strictEqual(1, 2));
t('strictEqual str', () => assert.strictEqual('hello world', 'hello there'));
t('strictEqual long', () => assert.strictEqual('a'.repeat(20), 'b'.repeat(20)));
t('strictEqual 0', () => assert.strictEqual(0, -0));
t('strictEqual obj', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('strictEqual objs', () => assert.strictEqual({ a: 1 }, { a: 2 }));
t('strictEqual ml', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
t('strictEqual msg', () => assert.strictEqual(1, 2, 'custom'));
t('notStrictEqual', () => assert.notStrictEqual(1, 1));
t('notStrictEqual obj', () => { const o = { x: 1 }; assert.notStrictEqual(o, o); });
t('notStrictEqual long', () => assert.notStrictEqual('abcdefg', 'abcdefg'));
t('deepEqual', () => assert.deepEqual({ a: 1, b: [1, '2'] }, { a: '1', b: [1, 2] }));
t('deepEqual f', () => assert.deepEqual({ a: 1 }, { a: 2 }));
t('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t('notDeepEqual2', () => assert.notDeepEqual([1], ['1']));
t('deepStrictEqual', () => assert.deepStrictEqual({ a: [1, 2], b: new Map([[1, { c: 2 }]]) }, { a: [1, 2], b: new Map([[1, { c: 2 }]]) }));
t('deepStrictEqual f', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1, b: 3, c: 3 }));
t('deepStrictEqual arr', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 0, 8, 9, 10]));
t('deepStrictEqual extra', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
t('deepStrictEqual sym', () => assert.deepStrictEqual({ a: Symbol.iterator }, { a: Symbol.iterator }));
t('deepStrictEqual id', () => assert.deepStrictEqual([new Date(0)], [new Date(0)]));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('notDeepStrictEqual2', () => assert.notDeepStrictEqual([1, 2, 3].map(String), ['1', '2', '3']));
t('fail', () => assert.fail());
t('fail msg', () => assert.fail('boom'));
t('fail err', () => assert.fail(new RangeError('r')));
t('ifError null', () => assert.ifError(null));
t('ifError', () => assert.ifError(new Error('bad')));
t('ifError str', () => assert.ifError('str'));
t('ifError empty', () => assert.ifError(new TypeError()));
t('match', () => assert.match('abc', /b/));
t('match f', () => assert.match('abc', /x/));
t('match type', () => assert.match(5, /x/));
t('match re', () => assert.match('a', 'a'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('missing', () => assert.strictEqual(1));
const e = (() => { try { assert.strictEqual(1, 2); } catch (err) { return err; } })();
console.log(Object.keys(e), e.actual, e.expected, String(e).split('\n')[0], e.stack.split('\n')[0]);
const ae = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(ae.message, ae.generatedMessage, ae.name, ae.code);
console.log(new assert.AssertionError({ message: 'm', actual: 'a' }).message);
console.log(typeof assert.strict, assert.strict.strict === assert.strict, assert.strict.equal === assert.strictEqual);
t('strict.equal', () => assert.strict.equal(1, '1'));
t('strict.deepEqual', () => require('assert/strict').deepEqual([1], ['1']));
console.log(require('node:assert/strict') === assert.strict, require('node:assert') === assert);
