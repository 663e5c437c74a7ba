#!/usr/bin/env node
// The parser suite (driven by tests/parser/run):
//
//   pass/            every file parses, and its ESTree JSON equals acorn's
//   pass-explicit/   likewise (the twins of pass/; their ASTs are the same in
//                    Shift terms but not always in ESTree, e.g. "a" vs a as a
//                    property key, so each twin is checked against acorn)
//   fail/, early/    every file is rejected with a diagnostic, no crash
//   libraries        `--emit=ast` output equals acorn's byte for byte
//
// Files listed in expected-differences.txt are expected to go the other way
// (later editions made them valid). kc-parse --batch parses the corpus in one
// process; $KILN build --emit=ast is used for the libraries when it supports
// that, kc-parse otherwise.
//
//   node run.js NPM_DIR KC_PARSE [KILN] [--verbose]     ONLY=pass|explicit|fail|early|libs
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [npmDir, kcParse, kiln] = process.argv.slice(2).filter(a => !a.startsWith('--'));
const verbose = process.argv.includes('--verbose');
const only = process.env.ONLY;
const acorn = require(path.join(npmDir, 'node_modules/acorn'));
const t262 = path.join(npmDir, 'node_modules/test262-parser-tests');

let passed = 0, failed = 0;
const failures = [];
const fail = (group, file, why) => { failed++; failures.push(`${group}: ${file}: ${why}`); };

const expected = new Set();
for (const line of fs.readFileSync(path.join(__dirname, 'expected-differences.txt'), 'utf8').split('\n')) {
  const t = line.trim();
  if (t && !t.startsWith('#')) expected.add(t.split(/\s+/)[0]);
}

function acornJson(src, isModule) {
  try {
    return JSON.stringify(acorn.parse(src, { ecmaVersion: 'latest', sourceType: isModule ? 'module' : 'script', locations: true }),
                          (k, v) => typeof v === 'bigint' ? null : v) + '\n';
  } catch (e) {
    return null;
  }
}

// Runs kc-parse --batch over jobs [{file, module}], restarting after a crash.
function batch(jobs) {
  const results = new Array(jobs.length);
  let i = 0;
  while (i < jobs.length) {
    const input = jobs.slice(i).map(j => (j.module ? 'M ' : 'S ') + j.file).join('\n') + '\n';
    const r = spawnSync(kcParse, ['--batch'], { input, maxBuffer: 1 << 30 });
    const out = r.stdout;
    let pos = 0;
    while (pos < out.length && i < jobs.length) {
      const nl = out.indexOf(10, pos);
      if (nl < 0) break;
      const [tag, lenStr] = out.slice(pos, nl).toString().split(' ');
      const len = Number(lenStr);
      if (nl + 1 + len > out.length) break;
      results[i++] = { ok: tag === 'OK', text: out.slice(nl + 1, nl + 1 + len).toString() };
      pos = nl + 1 + len;
    }
    if (i < jobs.length && (r.status !== 0 || r.signal)) {
      results[i++] = { crashed: true, text: `crashed (${r.signal || r.status})` };
    }
  }
  return results;
}

function corpus(dir) {
  return fs.readdirSync(path.join(t262, dir)).sort().map(f => ({
    dir, name: f, key: `${dir}/${f}`, file: path.join(t262, dir, f), module: f.includes('.module.'),
  }));
}

const groups = [];
if (!only || only === 'pass') groups.push(['pass', corpus('pass')]);
if (!only || only === 'explicit') groups.push(['pass-explicit', corpus('pass-explicit')]);
if (!only || only === 'fail') groups.push(['fail', corpus('fail')]);
if (!only || only === 'early') groups.push(['early', corpus('early')]);

for (const [name, jobs] of groups) {
  const results = batch(jobs);
  jobs.forEach((j, k) => {
    const r = results[k];
    const listed = expected.has(j.key);
    if (r.crashed) return fail(name, j.name, r.text);
    if (name.startsWith('pass')) {
      if (!r.ok) return listed ? passed++ : fail(name, j.name, r.text.split('\n')[0]);
      if (listed) return fail(name, j.name, 'listed in expected-differences.txt but parses');
      const want = acornJson(fs.readFileSync(j.file, 'utf8'), j.module);
      if (want !== null && want !== r.text) {
        let d = 0;
        while (d < want.length && want[d] === r.text[d]) d++;
        return fail(name, j.name, `JSON differs from acorn at ${d}: ours ${r.text.slice(Math.max(0, d - 60), d + 60)} / acorn ${want.slice(Math.max(0, d - 60), d + 60)}`);
      }
      passed++;
    } else {
      const rejected = !r.ok && /error: /.test(r.text);
      if (listed) return rejected ? fail(name, j.name, 'listed in expected-differences.txt but rejected') : passed++;
      rejected ? passed++ : fail(name, j.name, 'accepted');
    }
  });
}

// Real libraries from npm.
const libs = [
  ['lodash/lodash.js', false],
  ['d3/dist/d3.js', false],
  ['three/build/three.module.js', true],
  ['three/build/three.core.js', true],
  ['d3/dist/d3.min.js', false],
  ['vue/dist/vue.global.js', false],
  ['typescript/lib/typescript.js', false],
];
function kilnSupportsAst() {
  if (!kiln || !fs.existsSync(kiln)) return false;
  const r = spawnSync(kiln, ['build', '--emit=ast', '--script', '/dev/null', '-o', '-'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.startsWith('{"type":"Program"');
}
if (!only || only === 'libs') {
  const useKiln = kilnSupportsAst();
  const present = libs.filter(([rel]) => fs.existsSync(path.join(npmDir, 'node_modules', rel)));
  for (const [rel] of libs) if (!present.find(p => p[0] === rel)) fail('libs', rel, 'not installed');
  const jobs = present.map(([rel, m]) => ({ file: path.join(npmDir, 'node_modules', rel), module: m, rel }));
  const results = useKiln
    ? jobs.map(j => {
        const r = spawnSync(kiln, ['build', '--emit=ast', j.module ? '--module' : '--script', j.file, '-o', '-'],
                            { encoding: 'utf8', maxBuffer: 1 << 30 });
        return { ok: r.status === 0, text: r.status === 0 ? r.stdout : r.stderr, crashed: !!r.signal };
      })
    : batch(jobs);
  jobs.forEach((j, k) => {
    const r = results[k];
    if (!r.ok) return fail('libs', j.rel, r.text.split('\n')[0]);
    const want = acornJson(fs.readFileSync(j.file, 'utf8'), j.module);
    if (want === r.text) return passed++;
    let d = 0;
    while (d < want.length && want[d] === r.text[d]) d++;
    fail('libs', j.rel, `differs at byte ${d}:\n  ours:  ${r.text.slice(Math.max(0, d - 100), d + 100)}\n  acorn: ${want.slice(Math.max(0, d - 100), d + 100)}`);
  });
  console.log(`libraries compared through ${useKiln ? kiln + ' build --emit=ast' : 'kc-parse'}`);
}

for (const f of failures.slice(0, verbose ? failures.length : 40)) console.log('FAIL ' + f);
if (!verbose && failures.length > 40) console.log(`... and ${failures.length - 40} more (--verbose)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
