import { say } from './log.mjs';
say('sync1 (no TLA, no async deps) runs at once');
export const v = 1;
