import { say } from './log.mjs';
say('fast: start');
await null;
say('fast: after one tick');
export const value = 'fast-value';
