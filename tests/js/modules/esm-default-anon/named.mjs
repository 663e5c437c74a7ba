export default function named() { return named.name; }
export const early = typeof named;
