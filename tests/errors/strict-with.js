"use strict";
with (o) {}
