// import() of a module with top-level await settles after its evaluation;
// a rejection of its evaluation rejects every import() of it (and of its
// importers), with the same error each time.
const p = import('./lazy.mjs');
console.log('main: import() returned');
const ns = await p;
console.log('main:', ns.when, Object.keys(ns));
console.log((await import('./lazy.mjs')) === ns);
const tries = [() => import('./bad.mjs'), () => import('./uses-bad.mjs'), () => import('./bad.mjs')];
for (const t of tries) {
  try {
    await t();
  } catch (e) {
    console.log(e.name, e.message);
  }
}
const [x, y] = await Promise.all([import('./lazy.mjs'), import('./bad.mjs').catch((e) => e.message)]);
console.log(x === ns, y);
