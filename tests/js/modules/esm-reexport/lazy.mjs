export default 'lazy default';
export const later = 'later';
export async function loadAgain() { const m = await import('./lazy.mjs'); return m.later === later; }
