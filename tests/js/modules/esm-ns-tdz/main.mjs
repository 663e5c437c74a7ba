// A read through a module namespace object of an export whose binding is
// still in its TDZ throws the ReferenceError of the binding (§10.4.6.8
// [[Get]], §10.4.6.5 [[GetOwnProperty]]); `in`, ownKeys and delete do not
// read the binding.
import './b.mjs';
import * as b from './b.mjs';
console.log(b.late, b.K, typeof b.C, b.default, b.v, b.f());
console.log(Object.keys(b));
console.log(b);
