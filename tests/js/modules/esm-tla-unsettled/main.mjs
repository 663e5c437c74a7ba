// A top-level await whose promise never settles: once the event loop is
// empty node exits with 13 (and warns about the unsettled await on stderr).
console.log('before');
setTimeout(() => console.log('timer still runs'), 5);
process.on('exit', (code) => console.log('exit event', code));
await new Promise(() => {});
console.log('never printed');
