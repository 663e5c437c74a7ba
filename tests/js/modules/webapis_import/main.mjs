// Static imports of the pure-library modules: default and named imports
// under plain and node: names.
import qs, { parse as qsParse, stringify } from 'querystring';
import * as qsNs from 'node:querystring';
console.log(qsParse('a=1&b=2'), stringify({ x: [1, 2] }), qs.escape('a b'), qsNs.default === qs, typeof qsNs.unescapeBuffer);
import url, { URL as URLFromModule, fileURLToPath, URLSearchParams as USP } from 'node:url';
import { format as urlFormat } from 'url';
console.log(URLFromModule === URL, USP === URLSearchParams, fileURLToPath('file:///a/b'), urlFormat(new URL('http://x/y')), typeof url.parse);
import { StringDecoder } from 'node:string_decoder';
import sd from 'string_decoder';
console.log(new StringDecoder('hex').write(Buffer.from([1, 255])), sd.StringDecoder === StringDecoder);
import assert, { strictEqual, deepStrictEqual, AssertionError } from 'node:assert';
import strict from 'assert/strict';
import { isDeepStrictEqual } from 'node:util';
strictEqual(1, 1);
deepStrictEqual({ a: [1] }, { a: [1] });
try { strict.equal(1, '1'); } catch (e) { console.log(e instanceof AssertionError, e.code, assert.strict === strict, isDeepStrictEqual([1], [1])); }
