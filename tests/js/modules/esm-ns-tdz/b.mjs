import { fromA } from './a.mjs';
export let late = 'late';
export const K = 1;
export class C {}
export default 'dflt';
export var v = 'v';
export function f() { return fromA(); }
