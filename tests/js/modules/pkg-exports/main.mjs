// package.json "exports" (conditions, subpaths, patterns) and "imports".
import dual from 'dual';
import { feature } from 'dual/features/one.js';
import sc from '@sc/pkg';
import internal from '#internal';
import fromCjs from './req.cjs';
console.log(dual, feature, sc, internal);
console.log(fromCjs);
