// require of an extensionless file in a "type": "module" package loads it
// as CommonJS, as node does (yargs's "yargs/yargs").
console.log(require("esmpkg2").kind);
