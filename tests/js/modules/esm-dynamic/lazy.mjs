console.log('lazy runs');
export const value = 42;
export default function () { return 'default fn'; }
