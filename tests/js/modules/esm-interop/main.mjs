// ES modules importing CommonJS, JSON, built-ins and packages.
import cjs, { named } from './lib.cjs';
import * as cns from './lib.cjs';
import data from './data.json' with { type: 'json' };
import util, { format } from 'node:util';
import timers from 'timers';
import cpkg from 'cpkg';
import { fromEpkg } from 'epkg';
import { sub } from './sub/index.js';
console.log(cjs, named, cns.default === cjs, cns.named);
console.log(data, data.list[1]);
console.log(format('%s=%d', 'x', 42), typeof util.inspect, typeof timers.setTimeout);
console.log(cpkg, fromEpkg, sub);
