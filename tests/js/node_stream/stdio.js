// process.stdin (here /dev/null, as the test runner gives it) is a
// Readable that ends at once; process.stdout is a Writable once stream is
// loaded: pipe into it, write callbacks, console.log interleaved in order.
const { Readable, Writable, Transform, pipeline } = require('stream');

console.log('stdin', process.stdin instanceof Readable, process.stdin.fd, typeof process.stdin.on);
console.log('stdout', process.stdout instanceof Writable, process.stdout.writable, typeof process.stdout.write);
let got = 0;
process.stdin.on('data', (d) => { got += d.length; });
process.stdin.on('end', () => {
  console.log('stdin end', got);
  const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  pipeline(Readable.from(['piped ', 'through ', 'stdout\n']), up, process.stdout, (err) => {
    console.log('pipeline into stdout', err);
  });
});
process.stdout.write('written\n', () => console.log('write callback'));
process.stdout.write(Buffer.from('bytes\n'));
console.log('log after writes');
