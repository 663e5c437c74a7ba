// The *Sync functions: round trips of every format, fixed small outputs,
// options, multi-member gzip, dictionaries, crc32 and the constants.
const zlib = require('zlib');

console.log(zlib.gzipSync('abc').toString('hex'));
console.log(zlib.deflateSync('abc').toString('hex'));
console.log(zlib.deflateRawSync('abc').toString('hex'));
console.log(zlib.gzipSync('hello hello hello hello', { level: 9 }).toString('hex'));
console.log(zlib.deflateSync('', { level: 0 }).toString('hex'));
console.log(zlib.deflateSync('aaaa', { level: 1 }).toString('hex'));

// node's compressed bytes, decompressed here
console.log(zlib.gunzipSync(Buffer.from('H4sIAAAAAAAAA8tIzcnJVyjPL8pJAQCFEUoNCwAAAA==', 'base64')).toString());
console.log(zlib.inflateSync(Buffer.from('789ccb48cdc9c95728cf2fca4901001a0b045d', 'hex')).toString());
console.log(zlib.inflateRawSync(Buffer.from('cb48cdc9c95728cf2fca490100', 'hex')).toString());

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(100);
for (const [c, d] of [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'],
                      ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync']]) {
  const packed = zlib[c](text);
  const back = zlib[d](packed);
  console.log(c, d, packed.length < text.length / 10, Buffer.isBuffer(back), back.toString() === text);
}

const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 9)) & 0xff;
for (const level of [0, 1, 6, 9]) {
  const p = zlib.deflateSync(big, { level });
  console.log('level', level, zlib.inflateSync(p).equals(big));
}
for (const strategy of [0, 1, 2, 3, 4]) {
  const p = zlib.gzipSync(big, { strategy });
  console.log('strategy', strategy, zlib.gunzipSync(p).equals(big));
}
for (const windowBits of [9, 12, 15]) {
  const p = zlib.deflateRawSync(big, { windowBits, memLevel: 9 });
  console.log('windowBits', windowBits, zlib.inflateRawSync(p, { windowBits }).equals(big));
}

// views and ArrayBuffers as input
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]))));
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array([4, 5, 6]).buffer)));
console.log(zlib.inflateSync(new DataView(zlib.deflateSync('dv').buffer.slice(0))).toString());

// gunzip reads every member
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two '), zlib.gzipSync('three')])).toString());

// dictionaries
const dict = Buffer.from('hello world dictionary');
const withDict = zlib.deflateSync('hello world', { dictionary: dict });
console.log(zlib.inflateSync(withDict, { dictionary: dict }).toString());
const rawDict = zlib.deflateRawSync('hello world', { dictionary: dict });
console.log(zlib.inflateRawSync(rawDict, { dictionary: dict }).toString());

// a truncated stream with finishFlush Z_SYNC_FLUSH answers what there is
const trunc = zlib.deflateSync('abcdefgh').subarray(0, 6);
console.log(JSON.stringify(zlib.inflateSync(trunc, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()));

console.log(zlib.crc32('hello'), zlib.crc32(''), zlib.crc32(Buffer.from('hello')));
console.log(zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
console.log(zlib.crc32(new Uint8Array(1000)));

console.log(zlib.constants.Z_BEST_COMPRESSION, zlib.constants.Z_SYNC_FLUSH, zlib.constants.GZIP,
            zlib.constants.Z_DEFAULT_CHUNK, zlib.constants.Z_MAX_CHUNK);
console.log(zlib.Z_SYNC_FLUSH, zlib.Z_DATA_ERROR, zlib.codes.Z_DATA_ERROR, zlib.codes['-3'], zlib.codes[2]);
console.log(typeof zlib.gzipSync, zlib.gzipSync.name, zlib.inflate.name);
