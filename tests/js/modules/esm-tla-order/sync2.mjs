import { say } from './log.mjs';
say('sync2 runs in order with the other siblings');
