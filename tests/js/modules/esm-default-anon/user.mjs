import f from './hoisted.mjs';
export const callEarly = f();
