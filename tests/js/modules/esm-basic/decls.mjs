export default class { hi() { return 'anon class'; } }
export class C2 { constructor() { this.name = 'C2'; } }
export var [first, ...list] = [1, 2, 3];
export const { obj = { deep: true } } = {};
const sv = 'sv';
export { sv as "string name" };
