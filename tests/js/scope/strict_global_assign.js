"use strict";
globalThis.known = 1;
known = 2; console.log(known);
try { known2 = (delete globalThis.known, 3); console.log("no"); } catch (e) { console.log(e.message); }
try { known = (delete globalThis.known, 3); console.log("no"); } catch (e) { console.log(e.message); }
function f() { nope = 1; }
try { f(); } catch (e) { console.log(e.message); }
