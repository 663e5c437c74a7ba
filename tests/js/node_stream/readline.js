// readline over streams: 'line' for \n, \r\n and lone \r (also split
// across chunks), the last unterminated line at the end, 'close', a
// question answered by the next line, prompt output, for await over the
// lines, readline/promises' question, and the cursor helpers.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

function sink() {
  const out = [];
  const w = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  w.text = () => JSON.stringify(out.join(''));
  return w;
}

const steps = [
  (next) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('line', (l) => log('line', JSON.stringify(l)));
    rl.on('close', () => { log('close', rl.closed); next(); });
    rl.on('pause', () => log('pause'));
    input.write('one\ntwo\r\nthr');
    input.write('ee\rfour\r');
    input.write('\nfive\n\nlast');
    input.end();
  },
  (next) => {
    const input = new PassThrough();
    const output = sink();
    const rl = readline.createInterface({ input, output, prompt: '$ ' });
    log('prompt', rl.getPrompt(), rl.terminal);
    rl.question('name? ', (answer) => {
      log('answer', JSON.stringify(answer), 'prompt back', rl.getPrompt());
      rl.setPrompt('> ');
      rl.prompt();
      input.end('after\n');
    });
    rl.on('line', (l) => log('line event', l));
    rl.on('close', () => { log('output', output.text()); next(); });
    input.write('Ada\n');
  },
  async (next) => {
    const rl = readline.createInterface({ input: Readable.from(['a\nb', '\nc\n']), crlfDelay: Infinity });
    const lines = [];
    for await (const line of rl) lines.push(line);
    log('for await', lines, rl.crlfDelay);
    next();
  },
  async (next) => {
    const input = new PassThrough();
    const output = sink();
    const rl = rlp.createInterface({ input, output });
    setTimeout(() => input.write('42\n'), 1);
    const answer = await rl.question('how many? ');
    log('promise answer', answer, output.text());
    rl.close();
    try { await rl.question('again?'); } catch (e) { log('after close', e.code, e.message); }
    log('promises', readline.promises === rlp);
    next();
  },
  (next) => {
    const out = sink();
    readline.cursorTo(out, 3);
    readline.cursorTo(out, 1, 2);
    readline.moveCursor(out, -2, 3);
    readline.moveCursor(out, 4, -1);
    readline.clearLine(out, -1);
    readline.clearLine(out, 0);
    readline.clearLine(out, 1);
    readline.clearScreenDown(out);
    log('escapes', out.text());
    try { readline.cursorTo(out, undefined, 2); } catch (e) { log(e.code, e.message); }
    try { readline.createInterface({ input: new PassThrough(), completer: 5 }); } catch (e) { log(e.code, e.message); }
    next();
  },
  (next) => {
    const rl = readline.createInterface({ input: process.stdin });
    rl.on('line', (l) => log('stdin line', l));
    rl.on('close', () => { log('stdin closed'); next(); });
  },
];
function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
  else log('done');
}
run(0);
