// Async iteration of readables, Readable.from over arrays, generators and
// strings, breaking out early (destroys the stream), errors thrown into
// the loop, and the array helpers.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(3); r.push(null);
  for await (const v of r) log('v', v);
  log('after loop', r.destroyed, r.readableEnded);

  let i = 0;
  const bytes = new Readable({
    read() {
      i++;
      setTimeout(() => this.push(i < 4 ? `chunk${i}` : null), 1);
    },
  });
  const parts = [];
  for await (const c of bytes) parts.push(c.toString());
  log('bytes', parts);

  for await (const v of Readable.from(function* () { yield 'a'; yield 'b'; }())) log('gen', v);
  for await (const v of Readable.from('whole string')) log('str', v);
  for await (const v of Readable.from(Buffer.from('buf'))) log('buf', v);

  const early = Readable.from([1, 2, 3, 4]);
  early.on('close', () => log('early close'));
  for await (const v of early) { log('early', v); if (v === 2) break; }
  log('early destroyed', early.destroyed);

  const failing = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try {
    for await (const c of failing) log('never', c);
  } catch (e) {
    log('caught', e.message);
  }

  log('toArray', await Readable.from([1, 2, 3]).toArray());
  log('map', await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  log('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  log('reduce', await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b, 0));
  await Readable.from(['f1', 'f2']).forEach((x) => log('forEach', x));
  log('take', await Readable.from([1, 2, 3, 4]).take(2).toArray());
  log('drop', await Readable.from([1, 2, 3, 4]).drop(3).toArray());

  const nullish = Readable.from([1, null, 3]);
  try { for await (const v of nullish) log('nv', v); } catch (e) { log('null value', e.code, e.message); }
  try { Readable.from(42); } catch (e) { log('from 42', e.code, e.message); }
})();
