exports.name = 'plugin two';
