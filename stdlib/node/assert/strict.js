'use strict';
// node:assert/strict — assert's strict mode (equal is strictEqual, ...).
module.exports = require('assert').strict;
