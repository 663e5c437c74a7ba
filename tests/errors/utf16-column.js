var s = "abc   def";
var t = 1 +* 2;
