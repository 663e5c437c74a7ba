// assert.throws/doesNotThrow/rejects/doesNotReject with classes, RegExps,
// validation functions and objects, and their failure messages.
const assert = require('assert');
function t(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.operator, e.generatedMessage);
  }
}
const thrower = (e) => () => { throw e; };
t('plain', () => assert.throws(thrower(new Error('x'))));
t('class', () => assert.throws(thrower(new TypeError('x')), TypeError));
t('class f', () => assert.throws(thrower(new TypeError('x')), RangeError));
t('class same name', () => assert.throws(thrower(new (class TypeError extends Error {})('m')), TypeError));
t('class non-error', () => assert.throws(thrower(5), TypeError));
t('regexp', () => assert.throws(thrower(new Error('hello')), /ell/));
t('regexp f', () => assert.throws(thrower(new Error('hello')), /xyz/));
t('fn', () => assert.throws(thrower(new Error('v')), (e) => e.message === 'v'));
t('fn f', () => assert.throws(thrower(new Error('v')), function check(e) { return false; }));
t('obj', () => assert.throws(thrower(Object.assign(new TypeError('m'), { code: 'C' })), { name: 'TypeError', message: 'm', code: 'C' }));
t('obj re', () => assert.throws(thrower(new Error('message here')), { message: /here/ }));
t('obj f', () => assert.throws(thrower(Object.assign(new Error('m'), { code: 'A' })), { code: 'B' }));
t('obj f msg', () => assert.throws(thrower(Object.assign(new Error('m'), { code: 'A' })), { code: 'B' }, 'mine'));
t('obj empty', () => assert.throws(thrower(new Error('m')), {}));
t('obj prim', () => assert.throws(thrower('str'), { message: 'x' }));
t('err obj', () => assert.throws(thrower(new Error('m')), new Error('m')));
t('err obj f', () => assert.throws(thrower(new Error('m')), new Error('n')));
t('missing', () => assert.throws(() => {}));
t('missing class', () => assert.throws(() => {}, TypeError));
t('missing msg', () => assert.throws(() => {}, 'should throw'));
t('missing msg2', () => assert.throws(() => {}, TypeError, 'should throw'));
t('not fn', () => assert.throws(5));
t('bad error', () => assert.throws(thrower(new Error()), 5));
t('ambiguous', () => assert.throws(thrower(new Error('same')), 'same'));
t('dnt', () => assert.doesNotThrow(() => {}));
t('dnt f', () => assert.doesNotThrow(thrower(new Error('oops'))));
t('dnt f msg', () => assert.doesNotThrow(thrower(new Error('oops')), 'msg'));
t('dnt class other', () => assert.doesNotThrow(thrower(new TypeError('oops')), RangeError));
t('dnt class', () => assert.doesNotThrow(thrower(new TypeError('oops')), TypeError));
const seq = [
  ['rejects', () => assert.rejects(Promise.reject(new TypeError('r')), TypeError)],
  ['rejects fn', () => assert.rejects(async () => { throw new Error('a'); }, /a/)],
  ['rejects missing', () => assert.rejects(Promise.resolve(1))],
  ['rejects missing cls', () => assert.rejects(async () => 1, TypeError)],
  ['rejects bad fn', () => assert.rejects(() => 5)],
  ['rejects bad arg', () => assert.rejects(5)],
  ['rejects mismatch', () => assert.rejects(Promise.reject(new Error('x')), { message: 'y' })],
  ['dnr', () => assert.doesNotReject(Promise.resolve())],
  ['dnr f', () => assert.doesNotReject(Promise.reject(new Error('no')))],
  ['dnr fn', () => assert.doesNotReject(async () => { throw new Error('no2'); }, 'msg')],
];
(async () => {
  for (const [label, f] of seq) {
    try {
      await f();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, JSON.stringify(e.message), e.operator, e.generatedMessage);
    }
  }
})();
