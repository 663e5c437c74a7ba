exports.stop = true;
if (exports.stop) return;
exports.after = true;
