export default async function () { return 'afn'; }
