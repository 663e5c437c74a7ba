let x = 1;
var y;
let x = 2;
