/* comment
var x;
