'use strict';
// util.parseArgs as node 20 has it: the arguments become tokens (long
// options with or without "=value", lone short options, short option
// groups "-abc", a short string option with its value "-fVALUE",
// positionals, the "--" terminator), and then values and positionals;
// strict mode (the default) rejects unknown options, a string option
// without a value, a boolean one with a value, an option value that looks
// like an option, and positionals unless allowPositionals. Errors are
// node's ERR_PARSE_ARGS_* TypeErrors.

const { makeNodeError, invalidArgType, invalidArgValue, validateObject, validateString } = require('internal/errors');

function validateBoolean(v, name) {
  if (typeof v !== 'boolean') throw invalidArgType(name, 'boolean', v);
}

function validateArrayOf(v, name, check) {
  if (!Array.isArray(v)) throw invalidArgType(name, 'Array', v);
  v.forEach((item, i) => check(item, `${name}[${i}]`));
}

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const optionGet = (options, name, key) => (hasOwn(options, name) && options[name] ? options[name][key] : undefined);

function findLongOptionForShort(short, options) {
  for (const name of Object.keys(options)) if (options[name].short === short) return name;
  return short;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isShortGroupLike = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
const isOptionLikeValue = (v) => v != null && v.length > 1 && v[0] === '-';

function parseError(message) {
  return makeNodeError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1, groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const a of remaining) tokens.push({ kind: 'positional', index: ++index, value: a });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = findLongOptionForShort(arg[1], options);
      let value, inlineValue;
      if (optionGet(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortGroupLike(arg)) {
      const first = findLongOptionForShort(arg[1], options);
      if (optionGet(options, first, 'type') !== 'string') {
        // -abc is -a -b -c; a string option in the middle takes the rest
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const name = findLongOptionForShort(arg[i], options);
          if (optionGet(options, name, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${arg[i]}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value, inlineValue;
      if (optionGet(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(options, allowPositionals, token) {
  if (!hasOwn(options, token.name)) {
    const hint = allowPositionals
      ? `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}`
      : '';
    throw makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${token.rawName}'${hint}`);
  }
  const short = optionGet(options, token.name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${token.name}`;
  const type = optionGet(options, token.name, 'type');
  if (type === 'string' && typeof token.value !== 'string') throw parseError(`Option '${shortAndLong} <value>' argument missing`);
  if (type === 'boolean' && token.value != null) throw parseError(`Option '${shortAndLong}' does not take an argument`);
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ? `'--${token.name}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw parseError(`Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  const v = value ?? true;
  if (optionGet(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [v];
    else values[name].push(v);
  } else {
    values[name] = v;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = config.args ?? process.argv.slice(2);
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const options = config.options ?? { __proto__: null };
  if (!Array.isArray(args)) throw invalidArgType('args', 'Array', args);
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateObject(options, 'options');
  for (const [name, o] of Object.entries(options)) {
    validateObject(o, `options.${name}`);
    const type = o.type;
    if (type !== 'string' && type !== 'boolean') throw invalidArgType(`options.${name}.type`, "('string|boolean')", type);
    if (hasOwn(o, 'short')) {
      validateString(o.short, `options.${name}.short`);
      if (o.short.length !== 1) throw invalidArgValue(`options.${name}.short`, o.short, 'must be a single character');
    }
    const multiple = o.multiple;
    if (hasOwn(o, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    if (hasOwn(o, 'default') && o.default !== undefined) {
      const check = type === 'string' ? validateString : validateBoolean;
      if (multiple) validateArrayOf(o.default, `options.${name}.default`, check);
      else check(o.default, `options.${name}.default`);
    }
  }
  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(options, allowPositionals, token);
        checkOptionLikeValue(token);
      }
      storeOption(token.name, token.value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals)
        throw makeNodeError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
                            `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      result.positionals.push(token.value);
    }
  }
  for (const [name, o] of Object.entries(options))
    if (o.default !== undefined && result.values[name] === undefined) result.values[name] = o.default;
  return result;
}

module.exports = { parseArgs };
