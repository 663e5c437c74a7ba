module.exports = "internal (require)";
