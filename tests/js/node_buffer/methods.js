// Buffer methods: slice/subarray share memory, toString ranges, write, fill,
// copy, concat, compare/equals, indexOf/includes, swap.
const b = Buffer.from('hello world');
const s = b.slice(0, 5), sub = b.subarray(6);
s[0] = 0x48;
console.log(b.toString(), s.toString(), sub.toString(), b.slice(-5).toString(), b.slice(3, 1).length, s instanceof Buffer);
console.log(b.toString('utf8', 6), b.toString('utf8', 0, 5), b.toString(undefined, 2, 4), b.toString('hex', 9, 100), b.toString('utf8', 20));
const w = Buffer.alloc(10);
console.log(w.write('abc'), w, w.write('xyz', 5), w, w.write('€€', 8), w, w.write('ffee', 1, 'hex'), w, w.write('zz', 2, 1), w);
console.log(w.write('aGk=', 'base64'), w.toString('latin1', 0, 3));
const f = Buffer.alloc(8);
console.log(f.fill('ab'), f.fill(0), f.fill(1, 2, 4), f.fill('ab', 5), f.fill('01ff', 'hex'), f.fill(Buffer.from([7, 8, 9]), 1), f.fill(''));
const src = Buffer.from('abcdef'), dst = Buffer.alloc(8, '.');
console.log(src.copy(dst), dst.toString(), src.copy(dst, 6), dst.toString(), src.copy(dst, 1, 4), dst.toString(), src.copy(dst, 0, 2, 3), dst.toString());
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101])]), Buffer.concat([]), Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('abc')], 5));
const a1 = Buffer.from('abc'), a2 = Buffer.from('abd'), a3 = Buffer.from('ab');
console.log(a1.equals(Buffer.from('abc')), a1.equals(a2), Buffer.compare(a1, a2), Buffer.compare(a2, a1), Buffer.compare(a1, a3), a1.compare(a1));
console.log(a1.compare(a2, 0, 2, 0, 2), a1.compare(a2, 2), [a2, a1, a3].sort(Buffer.compare).map(String));
const h = Buffer.from('this is a buffer buffer');
console.log(h.indexOf('is'), h.indexOf('is', 3), h.indexOf(Buffer.from('buffer')), h.indexOf(98), h.indexOf('xyz'), h.indexOf('buffer', -7));
console.log(h.lastIndexOf('buffer'), h.lastIndexOf('is', 4), h.lastIndexOf(0x69), h.includes('a b'), h.includes('zz'), h.indexOf(''), h.indexOf('', 100));
console.log(h.indexOf('6275', 'hex'), h.indexOf('is', 'latin1'));
console.log(Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
console.log(Buffer.from('abc').reverse(), [...Buffer.from('hi')], Buffer.from('xyz').at(-1), Array.from(Buffer.from('ab').entries()));
