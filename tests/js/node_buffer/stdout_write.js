// process.stdout.write with Buffers, Uint8Arrays and encoded strings.
process.stdout.write(Buffer.from('buffer line\n'));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write('68690a', 'hex');
process.stdout.write('aGkK', 'base64');
process.stdout.write(require('fs').readFileSync(__filename).subarray(0, 3));
process.stdout.write('\n', () => console.log('callback'));
try { process.stdout.write(5); } catch (e) { console.log(e.code); }
