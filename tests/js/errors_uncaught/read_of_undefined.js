// Reading a property of undefined: node's message names the property.
function get(o) { return o.inner.value; }
console.log(get({ inner: { value: 3 } }));
get({});
