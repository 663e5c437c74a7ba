// path's argument errors: node's TypeError with code ERR_INVALID_ARG_TYPE,
// the argument's name (paths[1] for resolve, suffix for basename,
// pathObject for format) and node's description of the received value.
const path = require('node:path');
const calls = [
  () => path.join('a', 1), () => path.join(null), () => path.resolve('a', {}), () => path.normalize(undefined),
  () => path.basename('a', 5), () => path.basename(true), () => path.extname([]), () => path.dirname(() => {}),
  () => path.relative('a'), () => path.format(null), () => path.format('x'), () => path.parse(Symbol('s')),
  () => path.isAbsolute(12345678901234567890), () => path.win32.join('a', 'x'.repeat(40)), () => path.win32.resolve(1n),
  () => path.posix.relative(new Date(0), 'b'), () => path.join(function named() {}), () => path.format([]),
];
for (const f of calls) {
  try {
    console.log('returned', f());
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof TypeError);
  }
}
try { path.join(5); } catch (e) { console.log(String(e)); console.log(e.stack.split('\n')[0]); console.log(Object.keys(e)); }
try { path.join({}); } catch (e) {
  console.log(e.constructor === TypeError, e.constructor.name, Object.getPrototypeOf(e) !== TypeError.prototype);
  console.log(Object.getOwnPropertyNames(e).sort(), Object.prototype.propertyIsEnumerable.call(e, 'message'));
  console.log(require('util').inspect(e).split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
}
