// semver: parsing, comparison, ranges, coercion, increments, errors.
const semver = require('semver');

console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.valid('v1.2.3-beta.1+build.5'));
console.log(semver.clean('  =v1.2.3   '), semver.clean('~1.0.0'));
const v = semver.parse('1.2.3-alpha.10.beta+exp.sha.5114f85');
console.log(v.major, v.minor, v.patch, v.prerelease, v.build, v.version, String(v), v.raw);
console.log(semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'), semver.eq('1.2.3', 'v1.2.3'), semver.neq('1.0.0', '1.0.1'));
console.log(semver.compare('1.0.0-alpha', '1.0.0-alpha.1'), semver.compare('1.0.0-beta.11', '1.0.0-beta.2'), semver.rcompare('1.0.0', '2.0.0'));
console.log(semver.compareBuild('1.0.0+1', '1.0.0+2'), semver.compareLoose('=1.2.3', '1.2.3'));
const list = ['1.0.0', '1.0.0-rc.1', '0.9.9', '1.0.0-beta', '1.0.0-alpha.beta', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '2.0.0', '1.10.0', '1.2.0'];
console.log(semver.sort(list.slice()).join(' '));
console.log(semver.rsort(list.slice()).join(' '));
const ranges = ['^1.2.3', '~1.2.3', '>=1.0.0 <2.0.0', '1.x', '1.2.3 - 2.3.4', '*', '^0.2.3', '^0.0.3', '~1', '>1.2.3-alpha.3', '1.2.x || >=2.5.0 || 5.0.0 - 7.2.3'];
const versions = ['1.2.3', '1.2.4', '1.3.0', '2.0.0', '0.2.5', '0.0.3', '0.0.4', '1.2.3-alpha.7', '3.4.5', '6.0.0', '1.9.9'];
for (const r of ranges) {
  console.log(r.padEnd(36), new semver.Range(r).range.padEnd(48), versions.filter(x => semver.satisfies(x, r)).join(','));
}
console.log(semver.satisfies('1.2.3-alpha.7', '>1.2.3-alpha.3', { includePrerelease: true }), semver.satisfies('3.4.5-beta', '*', { includePrerelease: true }));
console.log(semver.maxSatisfying(versions, '^1.2.0'), semver.minSatisfying(versions, '^1.2.0'), semver.maxSatisfying(versions, '^9'));
console.log(semver.minVersion('>=1.0.0 <2').version, semver.minVersion('^0.0.3').version, semver.minVersion('>1.2.3').version);
console.log(semver.validRange('~> 1.2'), semver.validRange('blerg'), semver.validRange('>=1.2'));
console.log(semver.gtr('3.0.0', '^2.0.0'), semver.ltr('1.0.0', '^2.0.0'), semver.outside('1.0.0', '^2.0.0', '<'));
console.log(semver.intersects('^1.2.0', '~1.3.0'), semver.intersects('^1.2.0', '^2'), semver.subset('~1.2.3', '^1.2.0'), semver.subset('^1', '~1.2'));
for (const rel of ['major', 'premajor', 'minor', 'preminor', 'patch', 'prepatch', 'prerelease']) {
  console.log(rel, semver.inc('1.2.3', rel), semver.inc('1.2.3-beta.4', rel, 'beta'), semver.inc('1.2.3', rel, 'rc', '1'));
}
console.log(semver.diff('1.2.3', '2.0.0'), semver.diff('1.2.3', '1.2.4-pre'), semver.diff('1.2.3', '1.2.3'), semver.diff('1.0.0-1', '1.0.0'));
console.log(semver.major('4.5.6'), semver.minor('4.5.6'), semver.patch('4.5.6'), semver.prerelease('1.2.3-alpha.1'), semver.prerelease('1.2.3'));
console.log(String(semver.coerce('v2')), String(semver.coerce('42.6.7.9.3-alpha')), String(semver.coerce('version 3.1 build')), semver.coerce('none'));
console.log(String(semver.coerce('1.2.3-rc.1+b', { includePrerelease: true })), String(semver.coerce('a1.2.3b4.5.6', { rtl: true })));
console.log(semver.cmp('1.2.3', '>=', '1.2.3'), semver.cmp('1.2.3', '!==', '1.2.3'), semver.cmp('1.2.3', '<', '1.2.4'));
const c = new semver.Comparator('>=1.2.3');
console.log(c.operator, c.semver.version, c.test('1.3.0'), c.test('1.0.0'), String(c));
const r = new semver.Range('>=1.2.3 <1.5.0 || 2.x');
console.log(r.set.length, r.set.map(cs => cs.map(String).join(' ')), r.test('1.4.9'), r.test('2.9.0'), r.test('3.0.0'));
console.log(semver.simplifyRange(['1.1.0', '1.2.0', '1.2.1', '1.3.0', '2.0.0'], '1.1.0 || 1.2.0 || 1.2.1 || 1.3.0 || 2.0.0'));
try { new semver.SemVer('not-a-version'); } catch (e) { console.log(e.constructor.name, e.message); }
try { semver.inc('1.2.3', 'bogus'); console.log('no throw'); } catch (e) { console.log('threw', e.message); }
console.log(semver.inc('1.2.3', 'bogus'));
try { new semver.SemVer(12); } catch (e) { console.log(e.name, e.message); }
const sv = new semver.SemVer('1.2.3-pre.0');
sv.inc('prerelease');
console.log(sv.version, sv.compare('1.2.3'), sv.compareMain('1.2.3'), sv.comparePre('1.2.3-pre.2'));
console.log(semver.SEMVER_SPEC_VERSION, semver.RELEASE_TYPES);
