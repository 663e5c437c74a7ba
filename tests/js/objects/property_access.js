// Getting, setting, adding and deleting properties, dot and bracket forms.
var o = {};
o.a = 1;
o["b"] = 2;
var k = "c";
o[k] = 3;
o[1] = "one";
o[1.5] = "onehalf";
console.log(o, o.a + o.b + o.c, o["1"], o["1.5"]);
console.log(o.missing, o["missing"]);
o.a = "changed";
delete o.b;
console.log(o, Object.keys(o));
o.b = "back";
console.log(Object.keys(o));
for (var i = 0; i < 5; i++) o["p" + i] = i * i;
console.log(o.p4, Object.keys(o).length);
try { var n = null; n.x; } catch (e) { console.log(e.name); }
try { var u; u.x = 1; } catch (e) { console.log(e.name); }
console.log("str".length, (5).toFixed === Number.prototype.toFixed);
