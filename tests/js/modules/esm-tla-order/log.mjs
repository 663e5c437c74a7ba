export const log = [];
export function say(s) { log.push(s); console.log(s); }
