// Duplex.from: over an async generator function (a transform), an async
// function (a sink), an iterable, a promise, a { readable, writable }
// pair, and an existing Duplex (returned as is).
const { Duplex, PassThrough, Readable, Writable, pipeline } = require('stream');
const log = (...a) => console.log(...a);

(async () => {
  const upper = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  const out = [];
  await new Promise((resolve) => {
    pipeline(Readable.from(['a', 'b', 'c']), upper, new Writable({
      objectMode: true,
      write(c, e, cb) { out.push(c); cb(); },
    }), (err) => { log('generator transform', err, out); resolve(); });
  });

  const seen = [];
  const sink = Duplex.from(async function (source) {
    for await (const chunk of source) seen.push(String(chunk));
  });
  await new Promise((resolve) => {
    sink.on('finish', () => { log('async function sink', seen); resolve(); });
    sink.write('x');
    sink.write('y');
    sink.end();
  });

  log('iterable', await Duplex.from([1, 2, 3]).toArray());
  log('promise', await Duplex.from(Promise.resolve('resolved')).toArray());

  const w = new PassThrough();
  const r = Readable.from(['from readable']);
  const pair = Duplex.from({ readable: r, writable: w });
  w.on('data', (d) => log('pair writable got', d.toString()));
  pair.write('to writable');
  log('pair readable', await pair.toArray().then((a) => a.map(String)));

  const d = new PassThrough();
  log('same duplex', Duplex.from(d) === d);
  try { Duplex.from(42); } catch (e) { log(e.code); }
})();
