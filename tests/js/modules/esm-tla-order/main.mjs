// Async module evaluation (§16.2.1.5.3): a module with top-level await runs
// up to its first await during the depth-first walk; modules that import it
// run once its promise settles (in the order their evaluation started);
// siblings without async dependencies run at once, in source order.
import { say, log } from './log.mjs';
import './slow.mjs';
import './sync1.mjs';
import './dep-on-slow.mjs';
import './fast.mjs';
import './dep-on-fast.mjs';
import './sync2.mjs';
import { derived } from './dep-on-slow.mjs';
say('main: ' + derived);
queueMicrotask(() => say('main: a microtask queued by main'));
const t = await new Promise((r) => setTimeout(() => r('timer'), 5));
say('main after await: ' + t);
for await (const x of [Promise.resolve(1), 2, Promise.resolve(3)]) say('for await ' + x);
async function* gen() { yield 'a'; await null; yield 'b'; }
for await (const x of gen()) say('gen ' + x);
try {
  await Promise.reject(new Error('caught at top level'));
} catch (e) {
  say(e.message);
} finally {
  say('finally');
}
{
  let blockScoped = await 'in a block';
  const f = () => blockScoped;
  await null;
  say(f());
}
label: for (let i = 0; i < 3; i++) {
  if (await i === 1) continue label;
  say('loop ' + i);
}
say(typeof this);
say('entries: ' + log.length);
