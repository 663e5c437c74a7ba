'use strict';
// process.stdin, made when the program first reads the property
// (runtime/node/process.c): as in node, an fs.ReadStream when fd 0 is a
// file (or /dev/null), a Readable over libuv's pipe or TTY reading
// (kiln:stdio, runtime/node/stdio.c) otherwise, with highWaterMark 0 for
// a TTY. Reading starts only when the stream is read and stops when it is
// paused or its buffer is full, so stdin keeps the process alive only
// while the program wants its data.

const { Readable } = require('stream');
const native = require('kiln:stdio');

function makeStdin() {
  const type = native.guessHandleType(0);
  let stdin;
  if (type === 'FILE') {
    const { ReadStream } = require('internal/fs/streams');
    stdin = new ReadStream(null, { fd: 0, autoClose: false });
  } else if (type === 'PIPE' || type === 'TTY' || type === 'TCP') {
    let reading = false;
    const stop = () => {
      if (reading) {
        reading = false;
        native.readStop(0);
      }
    };
    const onData = (chunk) => {
      if (chunk === null) {
        reading = false;
        stdin.push(null);
      } else if (chunk instanceof Error) {
        reading = false;
        stdin.destroy(chunk);
      } else if (!stdin.push(chunk)) {
        stop();
      }
    };
    stdin = new Readable({
      highWaterMark: type === 'TTY' ? 0 : undefined,
      read() {
        if (!reading) {
          reading = true;
          native.readStart(0, onData);
        }
      },
      destroy(err, cb) {
        stop();
        cb(err);
      },
    });
    stdin.on('pause', () => {
      process.nextTick(() => {
        if (reading && !stdin.readableFlowing) {
          stdin._readableState.reading = false;
          stop();
        }
      });
    });
    if (type === 'TTY') {
      stdin.isTTY = true;
      stdin.isRaw = false;
      stdin.setRawMode = function setRawMode(flag) {
        flag = !!flag;
        const r = native.setRawMode(0, flag);
        if (r) {
          const err = new Error(`setRawMode failed with errno ${-r}`);
          err.errno = r;
          err.code = 'ERR_TTY_INIT_FAILED';
          throw err;
        }
        this.isRaw = flag;
        return this;
      };
    }
  } else {
    stdin = new Readable({
      read() {
        this.push(null);
      },
    });
  }
  stdin.fd = 0;
  return stdin;
}

module.exports = makeStdin();
