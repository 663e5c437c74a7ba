import { fromA, aLate } from './a.mjs';
console.log('b runs first, calls a:', fromA());
try { console.log(aLate); } catch (e) { console.log(e.name + ': ' + e.message); }
try { typeof aLate; } catch (e) { console.log('typeof: ' + e.name); }
export function fromB() { return 'B'; }
export const bLate = 'b-late';
