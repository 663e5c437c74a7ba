let n = 0;
exports.next = () => ++n;
console.log('counter loaded', module.id === __filename, module.loaded, require.main === module);
