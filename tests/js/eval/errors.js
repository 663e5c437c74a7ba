// Errors from code compiled at run time: syntax errors are SyntaxError
// exceptions, and exceptions thrown by eval'd code reach the caller.
var geval = eval;
function check(src) {
  try {
    geval(src);
    console.log("no error");
  } catch (e) {
    console.log(e.constructor.name, e instanceof SyntaxError);
  }
}
check("1 +");
check("var 1x;");
check("}");
check("throw new TypeError('boom')");
check("undefinedName + 1");
check("'use strict'; undeclaredVar = 1");
try {
  geval("(function () { throw 42; })()");
} catch (e) {
  console.log("caught", e);
}
console.log(geval("typeof notDefinedAnywhere"));
