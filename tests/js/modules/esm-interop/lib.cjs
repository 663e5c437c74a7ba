exports.named = 'named export';
exports.other = 2;
console.log('lib.cjs runs, require is', typeof require);
