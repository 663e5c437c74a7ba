export let counter = 0;
export function bump() { return ++counter; }
