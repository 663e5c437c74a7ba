exports.lost = true; // replaced below: require returns module.exports
module.exports = function replaced() {};
module.exports.extra = 1;
