// Named and default imports of the C system modules (fs, fs/promises, buffer, os).
import { readFileSync, existsSync, writeFileSync, rmSync, mkdtempSync } from 'fs';
import fs from 'node:fs';
import { Buffer } from 'buffer';
import * as os from 'os';
import { readFile } from 'fs/promises';
console.log(typeof readFileSync, fs.existsSync === existsSync, Buffer.from('x'), Buffer === globalThis.Buffer, typeof os.platform, os.EOL === '\n');
const dir = mkdtempSync(os.tmpdir() + '/kiln-esm-');
writeFileSync(dir + '/f', 'esm');
console.log(readFileSync(dir + '/f', 'utf8'));
readFile(dir + '/f').then((b) => {
  console.log(b);
  rmSync(dir, { recursive: true });
  console.log(existsSync(dir));
});
