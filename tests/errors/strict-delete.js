"use strict";
var a;
delete a;
