// events.once (a promise of the arguments array, rejected by 'error'),
// events.on (an async iterator that queues events and ends on error or
// return), captureRejections (a rejected async listener becomes 'error'),
// and listeners added by newListener.
const EventEmitter = require('events');
const { once, on } = EventEmitter;
async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log('once', await once(e, 'ready'));
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
  setTimeout(() => e.emit('error', new Error('nope')), 1);
  try { await once(e, 'ready'); } catch (err) { console.log('once rejected', err.message, e.listenerCount('ready')); }
  const it = on(e, 'tick');
  e.emit('tick', 'a');
  e.emit('tick', 'b', 'c');
  process.nextTick(() => e.emit('tick', 'd'));
  let n = 0;
  for await (const args of it) {
    console.log('tick', args);
    if (++n === 3) break;
  }
  console.log('after break', e.listenerCount('tick'), e.listenerCount('error'));
  const it2 = on(e, 'tick');
  setTimeout(() => { e.emit('tick', 1); e.emit('error', new Error('stop')); }, 1);
  try {
    for await (const args of it2) console.log('it2', args);
  } catch (err) {
    console.log('it2 error', err.message, e.listenerCount('tick'));
  }
  const c = new EventEmitter({ captureRejections: true });
  c.on('go', async () => { throw new Error('async fail'); });
  c.on('error', (err) => console.log('captured', err.message));
  c.emit('go');
  await new Promise((r) => setTimeout(r, 5));
  const r = new EventEmitter({ captureRejections: true });
  r[Symbol.for('nodejs.rejection')] = (err, ev, ...args) => console.log('rejection hook', err.message, ev, args);
  r.on('go', async (x) => { throw new Error('hooked'); });
  r.emit('go', 7);
  await new Promise((r2) => setTimeout(r2, 5));
  console.log(EventEmitter.captureRejections, EventEmitter.captureRejectionSymbol);
}
main();
