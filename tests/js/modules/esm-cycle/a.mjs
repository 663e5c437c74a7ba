import { fromB } from './b.mjs';
console.log('a runs, b is done:', fromB());
export function fromA() { return 'A'; }
export let aLate = 'a-late';
