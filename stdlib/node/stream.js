'use strict';
// node:stream — Readable, Writable, Duplex, Transform, PassThrough, the
// legacy Stream (the module itself, as in node), pipeline, finished,
// Readable.from, async iteration and stream/promises. The machinery lives
// in stdlib/internal/streams/ (readable.js, writable.js, duplex.js,
// pipeline.js, util.js); this file only assembles the module.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const u = require('internal/streams/util');
const { pipeline, pipelinePromise } = require('internal/streams/pipeline');
const { getDefaultHighWaterMark, setDefaultHighWaterMark, addAbortSignalNoValidate } = Readable._internal;

const Stream = Readable.Stream;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

const finished = u.eos;
Object.defineProperty(finished, kCustomPromisify, { enumerable: true, value: u.finishedPromise });
Object.defineProperty(pipeline, kCustomPromisify, { enumerable: true, value: pipelinePromise });

module.exports = Stream;
Stream.isDisturbed = u.isDisturbed;
Stream.isErrored = u.isErrored;
Stream.isReadable = u.isReadable;
Stream.isWritable = u.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Duplex.Transform;
Stream.PassThrough = Duplex.PassThrough;
Stream.pipeline = pipeline;
Stream.addAbortSignal = function addAbortSignal(signal, stream) {
  if (!u.isNodeStream(stream)) {
    const { invalidArgType } = require('internal/errors');
    throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
};
Stream.finished = finished;
Stream.destroy = u.destroyer;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('stream/promises'); },
});
Stream.Stream = Stream;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

// process.stdout and process.stderr are plain objects with a native
// write() until a program loads stream: then they become Writables (so
// `readable.pipe(process.stdout)`, 'finish' and 'drain' work) whose
// _write is that same native write. console.log does not go through them.
function upgradeStdio(out) {
  if (!out || typeof out.write !== 'function' || out._writableState) return;
  const nativeWrite = out.write;
  delete out.write;
  delete out.on;
  delete out.once;
  Object.setPrototypeOf(out, Writable.prototype);
  Writable.call(out, {
    decodeStrings: false,
    write(chunk, encoding, cb) {
      nativeWrite.call(out, chunk, encoding === 'buffer' ? undefined : encoding);
      cb();
    },
    destroy(err, cb) {
      cb(err);
    },
  });
  out._isStdio = true;
  out.destroySoon = out.destroy;
  out._type = out.isTTY ? 'tty' : 'fs';
}
upgradeStdio(process.stdout);
upgradeStdio(process.stderr);
