'use strict';
// node's child_process over libuv: the argument checks, the stdio
// normalisation, ChildProcess and exec/execFile are here; spawning,
// pipes and signals are the natives of 'kiln:child_process'
// (runtime/node/child_process.c), which calls back into the wraps this
// module makes (wrap.onexit, wrap.onread).
//
// A child's stdin/stdout/stderr are stream.Duplex pipes
// (internal/child_pipe), as node's sockets for them are.

const native = require('kiln:child_process');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { constants: { signals } } = require('os');
const {
  makeNodeError, invalidArgType, invalidArgValue, outOfRange, validateString, validateFunction, validateObject,
} = require('internal/errors');
const { PipeSocket, errnoException } = require('internal/child_pipe');

const MAX_BUFFER = 1024 * 1024;
const UV_EOF = -4095;
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

// ---- errors ------------------------------------------------------------------

function genericNodeError(message, props) {
  const e = new Error(message);
  Object.assign(e, props);
  return e;
}

// ---- signals -----------------------------------------------------------------

let signalNames;
function signalName(n) {
  if (!signalNames) {
    signalNames = {};
    for (const k of Object.keys(signals)) if (signalNames[signals[k]] === undefined) signalNames[signals[k]] = k;
  }
  return signalNames[n];
}

// node's convertToValidSignal: a signal name or number as its number.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw invalidArgType('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

// ---- validation --------------------------------------------------------------

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000'))
    throw invalidArgValue(propName, arg, 'must be a string without null bytes');
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0))
    throw outOfRange('timeout', 'an unsigned integer', timeout);
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0))
    throw outOfRange('options.maxBuffer', 'a positive number', maxBuffer);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function isInt32(v) {
  return v === (v | 0);
}

function validatePath(p, name) {
  if (typeof URL === 'function' && p instanceof URL) {
    if (p.protocol !== 'file:')
      throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    p = decodeURIComponent(p.pathname);
  }
  if (Buffer.isBuffer(p)) p = p.toString();
  if (typeof p !== 'string') throw invalidArgType(name, ['string', 'Buffer', 'URL'], p);
  validateArgumentNullCheck(p, name);
  return p;
}

// node's normalizeSpawnArguments: file, args (with argv0 first), cwd,
// envPairs and the rest of the options, copied.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw invalidArgValue('file', file, 'cannot be empty');
  if (Array.isArray(args)) args = args.slice();
  else if (args == null) args = [];
  else if (typeof args !== 'object') throw invalidArgType('args', 'object', args);
  else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };
  let cwd = options.cwd;
  if (cwd != null) cwd = validatePath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) throw invalidArgType('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw invalidArgType('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string')
    throw invalidArgType('options.shell', ['boolean', 'string'], options.shell);
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null)
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
  const env = options.env || process.env;
  const envPairs = [];
  // prototype values are included, as in node
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  }
  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

// node's getValidStdio: the stdio option as one entry per fd,
// {type: 'pipe'|'ignore'|'inherit'|'fd', fd, readable, writable}.
function stdioStringToArray(stdio) {
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      return [stdio, stdio, stdio];
    case 'inherit':
      return [0, 1, 2];
    default:
      throw invalidArgValue('stdio', stdio);
  }
}

function getValidStdio(stdio) {
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw invalidArgValue('stdio', stdio);
  while (stdio.length < 3) stdio.push(undefined);
  return stdio.map((s, i) => {
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') return { type: 'ignore' };
    if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0))
      return { type: 'pipe', readable: i === 0, writable: i !== 0 };
    if (s === 'inherit') return { type: 'inherit', fd: i };
    if (typeof s === 'number') return { type: 'fd', fd: s };
    if (s === 'ipc') throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', "The feature 'ipc' is unavailable on the current platform, which is being used to run Node.js");
    if (typeof s === 'object' && typeof s.fd === 'number') return { type: 'fd', fd: s.fd };
    throw invalidArgValue('stdio', s);
  });
}

// ---- spawnSync, execSync, execFileSync ---------------------------------------

function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe');
  if (options.input) options.stdio[0] = { ...options.stdio[0], input: options.input };
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input != null) {
      const pipe = (options.stdio[i] = { ...options.stdio[i] });
      if (ArrayBuffer.isView(input)) {
        pipe.input = input instanceof Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      } else if (typeof input === 'string') {
        pipe.input = Buffer.from(input, options.encoding);
      } else {
        throw invalidArgType(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      }
    }
  }
  const r = native.spawnSync({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio: options.stdio,
    timeout: options.timeout,
    maxBuffer: options.maxBuffer === Infinity ? 0 : options.maxBuffer,
    killSignal: options.killSignal,
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
  });
  const result = {};
  if (r.error) {
    const e = errnoException(r.error, `spawnSync ${options.file}`);
    e.path = options.file;
    e.spawnargs = options.args.slice(1);
    result.error = e;
  }
  result.status = r.status;
  result.signal = r.signal ? signalName(r.signal) : null;
  let output = r.output;
  if (output && options.encoding && options.encoding !== 'buffer') {
    for (let i = 0; i < output.length; i++) if (output[i]) output[i] = output[i].toString(options.encoding);
  }
  result.output = output;
  result.pid = r.pid;
  result.stdout = output && output[1];
  result.stderr = output && output[2];
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// ---- ChildProcess ------------------------------------------------------------

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

// node's flushStdio: a stream nobody reads is drained, so that it ends.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

const kRuntimeErrors = [-13 /* EACCES */, -11 /* EAGAIN */, -24 /* EMFILE */, -23 /* ENFILE */, -2 /* ENOENT */];

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    let stdio = options.stdio || 'pipe';
    stdio = getValidStdio(stdio);
    if (options.envPairs === undefined) options.envPairs = [];
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) this.spawnargs = [];
    else {
      if (!Array.isArray(options.args)) throw invalidArgType('options.args', 'Array', options.args);
      this.spawnargs = options.args;
    }
    for (const s of stdio) if (s.type === 'pipe') s.handle = native.pipe();
    const [err, handle] = native.spawn({
      file: options.file,
      args: options.args,
      cwd: options.cwd,
      envPairs: options.envPairs,
      stdio,
      detached: options.detached,
      uid: options.uid,
      gid: options.gid,
    });
    this._handle = handle;
    handle.onexit = (exitCode, signalCode) => {
      if (signalCode) this.signalCode = signalName(signalCode);
      else this.exitCode = exitCode;
      if (this.stdin) this.stdin.destroy();
      if (this._handle) native.close(this._handle);
      this._handle = null;
      if (exitCode < 0) {
        const e = errnoException(exitCode, this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn');
        if (this.spawnfile) e.path = this.spawnfile;
        e.spawnargs = this.spawnargs.slice(1);
        this.emit('error', e);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
    if (kRuntimeErrors.includes(err)) {
      process.nextTick(() => handle.onexit(err, 0));
    } else if (err) {
      native.close(handle);
      this._handle = null;
      for (const s of stdio) if (s.handle) native.close(s.handle);
      throw errnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
    }
    this.pid = err ? undefined : handle.pid;
    const streams = stdio.map((s, i) => {
      if (s.type !== 'pipe') return null;
      const sock = new PipeSocket(s.handle, i > 0, true);
      if (err) sock._failed();
      if (i > 0) {
        this._closesNeeded++;
        sock.on('close', () => maybeClose(this));
      }
      return sock;
    });
    this.stdin = streams[0] || null;
    this.stdout = streams[1] || null;
    this.stderr = streams[2] || null;
    this.stdio = streams;
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = native.kill(this._handle, signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === -3 /* ESRCH */) {
        // already dead
      } else if (err === -22 /* EINVAL */ || err === -38 /* ENOSYS */) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  ref() {
    if (this._handle) native.ref(this._handle, true);
  }

  unref() {
    if (this._handle) native.ref(this._handle, false);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => {
      try {
        if (child.kill(killSignal)) {
          const e = new Error('The operation was aborted', { cause: signal.reason });
          e.name = 'AbortError';
          e.code = 'ABORT_ERR';
          child.emit('error', e);
        }
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// ---- exec, execFile ----------------------------------------------------------

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null, shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell, signal: options.signal,
    uid: options.uid, windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });
  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const _stdout = [], _stderr = [];
  let killed = false, exited = false, timeoutId, ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = encoding || (child.stdout && child.stdout.readableEncoding) ? _stdout.join('') : Buffer.concat(_stdout);
    const stderr = encoding || (child.stderr && child.stderr.readableEncoding) ? _stderr.join('') : Buffer.concat(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? native.errname(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, which) {
    if (encoding) stream.setEncoding(encoding);
    let len = 0;
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        chunks.push(chunk);
        return;
      }
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      len += length;
      if (len > options.maxBuffer) {
        chunks.push(chunk.slice(0, options.maxBuffer - (len - length)));
        ex = makeNodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${which} maxBuffer length exceeded`);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, _stdout, 'stdout');
  if (child.stderr) collect(child.stderr, _stderr, 'stderr');

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

function customPromiseExecFunction(orig) {
  return (...args) => {
    let resolve, reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(exec) });
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(execFile) });

function fork() {
  throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                      "The feature 'fork' is unavailable on the current platform, which is being used to run Node.js");
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
