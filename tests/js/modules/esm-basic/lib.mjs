export let a = 1;
export const b = 'bee';
export function inc() { a++; }
export default 'dflt';
