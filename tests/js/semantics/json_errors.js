// JSON.stringify of a cycle throws TypeError; toJSON errors propagate; parse reviver order.
var o = { a: {} };
o.a.back = o;
try { JSON.stringify(o); } catch (e) { console.log(e.name, e.message.split("\n")[0]); }
try { JSON.stringify({ toJSON: function () { throw new RangeError("in toJSON"); } }); } catch (e) { console.log(e.name, e.message); }
var order = [];
JSON.parse('{"a":{"b":1,"c":[2,3]},"d":4}', function (k, v) { order.push(k); return v; });
console.log(order.join(","));
console.log(JSON.parse('{"a":1,"b":2}', function (k, v) { return k === "a" ? undefined : v; }));
console.log(JSON.stringify({ a: [undefined, function () {}] }), JSON.stringify([,1]));
