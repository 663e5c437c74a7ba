console.log('lazy: start');
await new Promise((r) => setTimeout(r, 10));
export const when = 'after a timer';
console.log('lazy: done');
