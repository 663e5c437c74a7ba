import { say } from './log.mjs';
import { value } from './slow.mjs';
say('dep-on-slow sees ' + value);
export const derived = value + '!';
