import { area } from './geo.mjs';
export class Shape { constructor(n) { this.n = n; } describe() { return `${this.n}:${area(1)}`; } }
export const square = (x) => x * x;
export default function () { return 'shapes default'; }
