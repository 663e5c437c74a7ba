// ms: both directions, long/short forms, edge cases, errors.
const ms = require('ms');
for (const s of ['2 days', '1d', '10h', '2.5 hrs', '2h', '1m', '5s', '1y', '100', '-3 days', '-200', '1.5w', '53 milliseconds',
                 '17 msecs', '1 sec', '.5ms', '-.5 hours', 'foo', '1 fortnight', '', '10 Minutes', '3 YEARS', '  4 h ']) {
  try { console.log(JSON.stringify(s), ms(s)); } catch (e) { console.log(JSON.stringify(s), e.message); }
}
for (const n of [0, 1, 999, 1000, 1500, 59999, 60000, 90000, 3600000, 5400000, 86400000, 172800000, 604800000, 31557600000, -60000, -1, 1e15]) {
  console.log(n, ms(n), ms(n, { long: true }));
}
for (const bad of [undefined, null, [], {}, NaN, Infinity, 'x'.repeat(101)]) {
  try { console.log('ok', ms(bad)); } catch (e) { console.log(e.constructor.name + ':', e.message.slice(0, 80)); }
}
