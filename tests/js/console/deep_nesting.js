// Depth limit: objects nested deeper than 2 levels print as [Object] / [Array].
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[[[["deep"]]]]]);
console.log({ a: [{ b: [{ c: 1 }] }] });
console.log([{ a: { b: { c: {} } } }, { x: [] }]);
console.log({ a: { b: { c: [] } } });
