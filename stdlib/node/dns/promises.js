'use strict';
// dns/promises: the promise API of node's dns (stdlib/node/dns.js).
module.exports = require('dns').promises;
