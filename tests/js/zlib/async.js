// The callback forms run on the threadpool and call back from the loop.
const zlib = require('zlib');

const input = 'callback forms '.repeat(50);
zlib.gzip(input, (err, packed) => {
  console.log('gzip', err, Buffer.isBuffer(packed));
  zlib.gunzip(packed, (err2, out) => {
    console.log('gunzip', err2, out.toString() === input);
    zlib.deflate(input, { level: 9 }, (err3, d) => {
      console.log('deflate', err3, d.length < input.length);
      zlib.inflate(d, (err4, out2) => {
        console.log('inflate', err4, out2.toString() === input);
        zlib.deflateRaw(Buffer.from(input), (err5, r) => {
          zlib.inflateRaw(r, (err6, out3) => {
            console.log('raw', err5, err6, out3.toString() === input);
            zlib.unzip(packed, (err7, out4) => {
              console.log('unzip', err7, out4.length);
              zlib.gunzip(Buffer.from('not gzip'), (err8, res) => {
                console.log('error', err8.message, err8.code, err8.errno, res);
                console.log(err8 instanceof Error, Object.keys(err8));
              });
            });
          });
        });
      });
    });
  });
});
console.log('queued');
try {
  zlib.gzip('x');
} catch (e) {
  console.log(e.code, e.message);
}
