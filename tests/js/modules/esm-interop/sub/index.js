export const sub = "sub is a module because of package.json"; console.log(typeof module);
