// Static imports of a stdlib module: default, named and namespace imports
// under both names, and export-from of a built-in's names.
import path, { join, basename as base } from 'path';
import * as ns from 'node:path';
import { posix } from 'node:path';
import { sep, reexported } from './helper.mjs';
console.log(join('a', '..', 'b'), base('/x/y.js', '.js'), path.sep, ns.default === path, posix === path);
console.log(Object.keys(ns).sort().join(','));
console.log(sep, reexported('q', 'r'));
