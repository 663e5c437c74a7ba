// import() of bundled modules: a promise of the namespace, evaluated after
// the current job; a module that was not bundled rejects.
const p = import('./lazy.mjs');
console.log('before', p instanceof Promise);
let first;
p.then((ns) => {
  first = ns;
  console.log('loaded', ns.value, ns.default());
  return import('./lazy.mjs');
}).then((again) => {
  console.log('same namespace', again === first);
  const name = './nowhere.mjs';
  return import(name);
}).catch((e) => {
  console.log(e.code, e.message.startsWith("Cannot find module '"), e.message.endsWith(' imported from ' + import.meta.filename));
  return import('./legacy.cjs');
}).then((ns) => {
  console.log('cjs', ns.default);
  return import('node:util');
}).then((ns) => {
  console.log('builtin', typeof ns.default.format, typeof ns.format);
  return import('./thrower.mjs');
}).catch((e) => {
  console.log('rejected with', e.message);
  return import('./thrower.mjs');
}).catch((e) => {
  console.log('again', e.message);
  return import('./cjs-main.cjs');
});
console.log('after');
