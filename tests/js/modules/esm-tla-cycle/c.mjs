import { a } from './a.mjs';
console.log('c: sees', a);
