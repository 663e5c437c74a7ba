// node's zlib errors: zlib's messages with errno and code, option checks.
const zlib = require('zlib');

function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.message);
  }
}

t(() => zlib.gunzipSync(Buffer.from('hello')));
t(() => zlib.inflateSync(Buffer.from('hello')));
t(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
t(() => zlib.gunzipSync(zlib.gzipSync('abc').subarray(0, 10)));
t(() => zlib.inflateSync(zlib.deflateSync('abcdef').subarray(0, 5)));
t(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), Buffer.from('junk')])));
t(() => zlib.unzipSync(Buffer.from('plain text')));
const withDict = zlib.deflateSync('abc', { dictionary: Buffer.from('abc') });
t(() => zlib.inflateSync(withDict));
t(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('xyz') }));
t(() => zlib.inflateSync(zlib.deflateSync('hello world'), { maxOutputLength: 3 }));

t(() => zlib.deflateSync('x', { level: 10 }));
t(() => zlib.deflateSync('x', { level: -2 }));
t(() => zlib.deflateSync('x', { windowBits: 20 }));
t(() => zlib.deflateSync('x', { level: 'a' }));
t(() => zlib.deflateSync('x', { strategy: 9 }));
t(() => zlib.deflateSync('x', { memLevel: 0 }));
t(() => zlib.deflateSync(5));
t(() => zlib.deflateSync(null));
t(() => zlib.crc32(5));

const e = (() => {
  try {
    zlib.inflateSync(Buffer.from('bad'));
  } catch (err) {
    return err;
  }
})();
console.log(e instanceof Error, Object.keys(e), e.errno === zlib.constants.Z_DATA_ERROR);
