module.exports = { x: 'legacy x' };
