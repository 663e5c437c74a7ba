#!/usr/bin/env node
// Prints acorn's ESTree JSON for a file, the way kc-parse / `kiln build
// --emit=ast` print it: JSON.stringify of acorn.parse(src, {ecmaVersion:
// 'latest', locations: true}), with BigInt values as null.
//   node acorn-json.js [--module] FILE      (ACORN=path/to/acorn)
const fs = require('fs');
const acorn = require(process.env.ACORN || require('path').join(process.env.XDG_CACHE_HOME || require('os').homedir() + '/.cache', 'kiln/npm/node_modules/acorn'));
const args = process.argv.slice(2);
const module_ = args.includes('--module');
const file = args.filter(a => !a.startsWith('--'))[0];
const src = fs.readFileSync(file, 'utf8');
try {
  const ast = acorn.parse(src, {ecmaVersion: 'latest', sourceType: module_ ? 'module' : 'script', locations: true});
  process.stdout.write(JSON.stringify(ast, (k, v) => typeof v === 'bigint' ? null : v) + '\n');
} catch (e) {
  process.stderr.write(`${file}: ${e.message}\n`);
  process.exit(1);
}
