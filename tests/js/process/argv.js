// process.argv has the executable and script entries, and no user arguments here.
console.log(process.argv.length);
console.log(Array.isArray(process.argv), typeof process.argv[0]);
console.log(process.argv.slice(2));
