// A package whose package.json names "type" inside nested objects before its
// top-level "type": "module": its .js files are ES modules (as htmlparser2's).
import greet, { kind } from 'esmpkg';
console.log(greet('kiln'), kind);
