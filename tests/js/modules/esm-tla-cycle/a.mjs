import { b } from './b.mjs';
console.log('a: start, b =', b);
await null;
console.log('a: after await');
export const a = 'A';
