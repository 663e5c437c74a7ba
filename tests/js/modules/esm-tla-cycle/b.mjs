import { a } from './a.mjs';
console.log('b: start');
await null;
console.log('b: after await');
export const b = 'B';
export function readA() { return a; }
