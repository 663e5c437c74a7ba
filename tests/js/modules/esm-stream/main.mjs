// node:stream, stream/promises, readline and fs streams from an ES module:
// named and default imports, top-level await over pipeline and readline.
import { Readable, Transform } from 'stream';
import { pipeline } from 'stream/promises';
import stream from 'node:stream';
import { createInterface } from 'node:readline';
import { createReadStream } from 'fs';

const chunks = [];
await pipeline(
  Readable.from(['a', 'b']),
  new Transform({ transform(c, e, cb) { cb(null, `${c}!`); } }),
  async function (src) { for await (const c of src) chunks.push(c.toString()); },
);
console.log(chunks, typeof stream.Duplex, typeof createInterface, stream.promises.pipeline === pipeline);
const rl = createInterface({ input: createReadStream(`${import.meta.dirname}/lines.txt`) });
for await (const l of rl) console.log(l);
