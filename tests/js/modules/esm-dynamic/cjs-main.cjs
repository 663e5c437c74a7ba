import('./lazy.mjs').then((ns) => console.log('from CommonJS', ns.value, Object.keys(ns)));
