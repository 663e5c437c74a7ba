// EventTarget, Event, AbortController and AbortSignal as node 20's globals.
const t = new EventTarget();
const log = [];
const f1 = (e) => log.push(`f1 ${e.type} ${e.target === t} ${e.eventPhase}`);
t.addEventListener('x', f1);
t.addEventListener('x', f1);
t.addEventListener('x', { handleEvent(e) { log.push(`obj ${this !== t}`); } });
t.addEventListener('x', () => log.push('once'), { once: true });
t.addEventListener('x', function () { log.push(`this ${this === t}`); });
console.log(t.dispatchEvent(new Event('x')), t.dispatchEvent(new Event('x')), log);
t.removeEventListener('x', f1);
log.length = 0; t.dispatchEvent(new Event('x')); console.log(log);
const c = new EventTarget();
c.addEventListener('y', (e) => { e.preventDefault(); e.stopImmediatePropagation(); console.log('first', e.defaultPrevented, e.cancelable); });
c.addEventListener('y', () => console.log('never'));
console.log(c.dispatchEvent(new Event('y', { cancelable: true })), c.dispatchEvent(new Event('y')));
const p = new EventTarget();
p.addEventListener('z', (e) => { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
console.log(p.dispatchEvent(new Event('z', { cancelable: true })));
const ev = new Event('q', { bubbles: true });
console.log(ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.defaultPrevented, ev.eventPhase, ev.target, ev.returnValue, Event.AT_TARGET, ev.isTrusted);
for (const f of [() => new Event(), () => t.dispatchEvent({}), () => t.addEventListener('a'), () => new AbortSignal(), () => AbortSignal.timeout('1')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ac = new AbortController();
console.log(ac, ac.signal, ac.signal.aborted, ac.signal.reason);
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, ac.signal.aborted));
ac.signal.onabort = (e) => console.log('onabort', e.type);
ac.abort();
ac.abort('again');
console.log(ac.signal, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code, ac.signal.reason instanceof Error);
try { ac.signal.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
const ac2 = new AbortController();
ac2.abort(new Error('custom'));
console.log(ac2.signal.reason.message);
const s = AbortSignal.abort('why');
console.log(s.aborted, s.reason);
const a1 = new AbortController(), a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
a2.abort('second');
console.log(AbortSignal.any([AbortSignal.abort(1)]).reason);
const sig = new AbortController();
const tgt = new EventTarget();
tgt.addEventListener('k', () => console.log('k listener'), { signal: sig.signal });
tgt.dispatchEvent(new Event('k'));
sig.abort();
tgt.dispatchEvent(new Event('k'));
const to = AbortSignal.timeout(10);
to.addEventListener('abort', () => console.log('timeout', to.reason.name, to.reason.message, to.reason.code));
setTimeout(() => console.log('later', to.aborted), 50);
console.log(Object.prototype.toString.call(ac.signal), typeof AbortSignal.any, new EventTarget());
