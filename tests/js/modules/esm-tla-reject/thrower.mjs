console.log('thrower: before');
await new Promise((r) => setTimeout(r, 1));
throw new TypeError('rejected after a top-level await');
