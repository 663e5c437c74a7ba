"use strict";
var eval = 1;
