export * from './state.mjs';
export * from './shapes.mjs';
export * as geo from './geo.mjs';
export { default } from './shapes.mjs';
