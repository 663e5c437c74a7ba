export let counter = 0;
export function bump() { counter += 1; }
