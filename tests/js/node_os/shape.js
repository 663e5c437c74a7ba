// os: values that differ between machines are checked by type and shape.
const os = require('os');
console.log(require('node:os') === os, Object.keys(os).join());
console.log(os.EOL === '\n', os.devNull, os.platform(), os.type(), os.endianness(), os.arch() === process.arch);
for (const f of ['release', 'version', 'machine', 'hostname', 'homedir', 'tmpdir'])
  console.log(f, typeof os[f](), os[f]().length > 0);
for (const f of ['totalmem', 'freemem', 'uptime', 'availableParallelism'])
  console.log(f, typeof os[f](), os[f]() > 0);
console.log(os.freemem() <= os.totalmem(), Number.isInteger(os.availableParallelism()));
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.every((x) => typeof x === 'number' && x >= 0));
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]).join(), Object.keys(cpus[0].times).join(),
            typeof cpus[0].model, typeof cpus[0].speed);
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u).join(), typeof u.uid, typeof u.username, u.homedir === os.homedir());
const ni = os.networkInterfaces();
const all = Object.values(ni).flat();
console.log(typeof ni, all.every((a) => ['address', 'netmask', 'family', 'mac', 'internal', 'cidr'].every((k) => k in a)),
            all.some((a) => a.internal && a.family === 'IPv4' && a.address === '127.0.0.1' && a.cidr === '127.0.0.1/8'));
console.log(typeof os.getPriority(), Object.keys(os.constants).join());
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, Object.keys(os.constants.signals).length);
console.log(os.constants.errno.ENOENT, os.constants.errno.EACCES, os.constants.errno.EEXIST, Object.keys(os.constants.errno).length);
console.log(os.constants.priority, os.constants.dlopen.RTLD_NOW);
console.log(os.constants.signals);
