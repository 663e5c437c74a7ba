export default async function* () { yield 'a'; }
