// classnames (and its dedupe / bind variants) and clsx.
const classNames = require('classnames');
const dedupe = require('classnames/dedupe');
const bind = require('classnames/bind');
const clsx = require('clsx');
const cases = [
  ['foo', 'bar'], ['foo', { bar: true }], [{ 'foo-bar': true }], [{ 'foo-bar': false }], [{ foo: true }, { bar: true }],
  [{ foo: true, bar: true }], ['foo', { bar: true, duck: false }, 'baz', { quux: true }], [null, false, 'bar', undefined, 0, 1, { baz: null }, ''],
  ['a', ['b', { c: true, d: false }], [['e', ['f']]]], [[], {}], [123, 0n === 0n && 'big'], ['x', { toString() { return 'custom'; } }],
];
for (const c of cases) console.log(JSON.stringify(classNames(...c)), JSON.stringify(clsx(...c)));
console.log(dedupe('foo', 'foo', 'bar'), '|', dedupe('foo', { foo: false, bar: true }), '|', dedupe('a b', 'b c', { a: false }));
const styles = { foo: 'abc', bar: 'def', baz: 'xyz' };
const cx = bind.bind(styles);
console.log(cx('foo', ['bar'], { baz: true }), '|', cx('foo', 'unknown'), '|', cx({ foo: false, bar: true }));
console.log(JSON.stringify(clsx()), JSON.stringify(clsx(true, false, '')), clsx('a', 1 && 'b', { c: 1, d: 0 }, ['e', ['f', { g: 'yes' }]]));
