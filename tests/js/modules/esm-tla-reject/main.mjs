// A module whose top-level await evaluation rejects: node reports the error
// as an uncaught exception (message, throw site) and exits with 1; the
// importer never runs, timers already scheduled do not keep it alive.
import './thrower.mjs';
console.log('main: never printed');
