// pipeline and finished: the callback after the last stream finishes,
// the first error forwarded and every stream destroyed, premature close,
// generators as source, transform and destination, stream/promises.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const sp = require('stream/promises');
const log = (...a) => console.log(...a);
// setImmediate chains, not timers: the order must not depend on the clock
const later = (fn, n = 1) => (n <= 0 ? fn() : setImmediate(() => later(fn, n - 1)));
const show = (e) => (e ? `${e.code || e.name}: ${e.message}` : e);

function collect(name) {
  const out = [];
  const w = new Writable({ objectMode: true, write(c, e, cb) { out.push(String(c)); cb(); } });
  w.on('finish', () => log(name, 'collected', out.join(',')));
  return w;
}

const up = () => new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });

pipeline(Readable.from(['a', 'b']), up(), collect('p1'), (err) => log('p1 done', show(err)));

const bad = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
const src2 = Readable.from(['x']);
const dst2 = collect('p2');
pipeline(src2, bad, dst2, (err) => {
  log('p2 done', show(err), src2.destroyed, bad.destroyed, dst2.destroyed);
});

pipeline(
  async function* () { yield 'g1'; yield 'g2'; },
  async function* (source) { for await (const c of source) yield `${c}!`; },
  async function (source) {
    const all = [];
    for await (const c of source) all.push(c.toString());
    return all.join('+');
  },
  (err, val) => log('p3 done', show(err), val),
);

const r = new Readable({ read() {} });
finished(r, (err) => log('finished r', show(err)));
r.push('data');
r.resume();
later(() => r.destroy(), 5);

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log('finished w', show(err)));
w.end('x');

const e = new PassThrough();
finished(e, (err) => log('finished e', show(err)));
e.destroy(new Error('kaput'));

try { pipeline(Readable.from(['a'])); } catch (err) { log('few', show(err)); }
try { pipeline(Readable.from(['a']), collect('none')); } catch (err) { log('no cb', show(err)); }

(async () => {
  await sp.pipeline(Readable.from(['q', 'r']), up(), collect('p4'));
  log('p4 resolved');
  try {
    await sp.pipeline(Readable.from(['q']), new Transform({ transform(c, e, cb) { cb(new Error('p5 fail')); } }), collect('p5'));
  } catch (err) {
    log('p5 rejected', show(err));
  }
  const s = Readable.from(['z']);
  s.resume();
  await sp.finished(s);
  log('finished promise', s.readableEnded);
  log(require('stream').promises === sp || typeof require('stream').promises.pipeline);
})();
