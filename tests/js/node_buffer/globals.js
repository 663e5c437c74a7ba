// The globals Buffer, atob and btoa as node defines them; SlowBuffer; a FileHandle as readFile's path.
const d = Object.getOwnPropertyDescriptor(globalThis, 'atob');
console.log(typeof d.get, d.enumerable, d.configurable, atob.name, atob.length, atob === require('buffer').atob);
console.log(btoa('kiln'), atob(btoa('kiln')), typeof Buffer, Buffer === require('buffer').Buffer);
globalThis.btoa = 5;
console.log(btoa, Object.getOwnPropertyDescriptor(globalThis, 'btoa').value);
console.log(require('buffer').SlowBuffer(2));
const fs = require('fs');
const os = require('os');
(async () => {
  const dir = fs.mkdtempSync(os.tmpdir() + '/kiln-g-');
  const fh = await fs.promises.open(dir + '/f', 'w+');
  await fs.promises.writeFile(fh, 'via handle');
  await fh.close();
  const h2 = await fs.promises.open(dir + '/f');
  console.log(await fs.promises.readFile(h2, 'utf8'));
  await h2.close();
  fs.rmSync(dir, { recursive: true });
})();
