module.exports = { name: 'dir/index.js' };
