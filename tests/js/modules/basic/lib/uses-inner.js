module.exports = require('inner');
