export * from './lib.mjs';
export { default as greet } from './g.mjs';
