"use strict";
var n = 0777;
