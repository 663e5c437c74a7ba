module.exports = [require('dual'), require('dual/features/one.js').feature, require('#internal')];
