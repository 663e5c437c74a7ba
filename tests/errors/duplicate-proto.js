var o = { __proto__: a, __proto__: b };
