import './c.mjs';
import { readA } from './b.mjs';
console.log('d: sees', readA());
