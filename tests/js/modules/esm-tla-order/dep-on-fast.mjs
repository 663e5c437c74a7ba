import { say } from './log.mjs';
import { value } from './fast.mjs';
say('dep-on-fast sees ' + value);
