import { say } from './log.mjs';
say('slow: start');
await new Promise((r) => setTimeout(r, 20));
say('slow: after timer');
export const value = await Promise.resolve('slow-value');
say('slow: done');
