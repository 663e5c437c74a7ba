// ajv: JSON Schema compilation (code generated with new Function), validation, errors, formats of keywords.
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const schema = {
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 2, maxLength: 8, pattern: '^[a-z]+$' },
    tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 3 },
    kind: { enum: ['a', 'b'] },
    size: { type: 'number', exclusiveMaximum: 10, multipleOf: 0.5 },
    nested: { type: 'object', properties: { ok: { const: true } }, required: ['ok'], additionalProperties: false },
    either: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    any: { anyOf: [{ type: 'null' }, { type: 'boolean' }] },
    not: { not: { type: 'string' } },
  },
  required: ['id', 'name'],
  additionalProperties: false,
};
const validate = ajv.compile(schema);
const show = (d) => {
  const ok = validate(d);
  console.log(ok, ok ? '' : JSON.stringify(validate.errors.map(e => [e.instancePath, e.keyword, e.message, e.params])));
};
show({ id: 1, name: 'abc' });
show({ id: 1, name: 'abc', tags: ['x', 'y'], kind: 'a', size: 9.5, nested: { ok: true }, either: 3, any: null, not: 5 });
show({ id: 0, name: 'A', tags: ['x', 'x', 'y', 'z'], kind: 'c', size: 10.25, nested: { ok: false, extra: 1 }, either: true, any: 3, not: 's', zzz: 1 });
show({});
show('not an object');
console.log(ajv.validate({ type: 'array', items: [{ type: 'number' }], minItems: 1 }, [1]), ajv.errorsText(null));
const v2 = ajv.compile({ $id: 'tree', type: 'object', properties: { v: { type: 'number' }, kids: { type: 'array', items: { $ref: 'tree' } } }, required: ['v'] });
console.log(v2({ v: 1, kids: [{ v: 2, kids: [] }, { v: 3 }] }), v2({ v: 1, kids: [{ kids: [] }] }), ajv.errorsText(v2.errors));
ajv.addSchema({ $id: 'defs', definitions: { pos: { type: 'integer', minimum: 0 } } });
console.log(ajv.validate({ $ref: 'defs#/definitions/pos' }, 5), ajv.validate({ $ref: 'defs#/definitions/pos' }, -5), ajv.errorsText());
const coerce = new Ajv({ coerceTypes: true, useDefaults: true, removeAdditional: true });
const cv = coerce.compile({ type: 'object', properties: { n: { type: 'number' }, b: { type: 'boolean' }, d: { type: 'string', default: 'def' }, arr: { type: 'array', items: { type: 'integer' } } }, additionalProperties: false });
const data = { n: '42', b: 'true', arr: ['1', 2], junk: 1 };
console.log(cv(data), JSON.stringify(data));
ajv.addKeyword({ keyword: 'even', type: 'number', validate: (s, d) => d % 2 === 0, errors: false });
console.log(ajv.validate({ type: 'number', even: true }, 4), ajv.validate({ type: 'number', even: true }, 3));
ajv.addFormat('hex', /^[0-9a-f]+$/);
console.log(ajv.validate({ type: 'string', format: 'hex' }, 'beef'), ajv.validate({ type: 'string', format: 'hex' }, 'xyz'));
try { ajv.compile({ type: 'nope' }); } catch (e) { console.log(e.message.split('\n')[0]); }
try { ajv.compile({ type: 'string', format: 'email' }); } catch (e) { console.log(e.message.split('\n')[0]); }
const cond = ajv.compile({ if: { properties: { t: { const: 'x' } } }, then: { required: ['x'] }, else: { required: ['y'] } });
console.log(cond({ t: 'x', x: 1 }), cond({ t: 'x' }), cond({ t: 'z', y: 1 }), cond({}));
const dep = ajv.compile({ type: 'object', dependencies: { a: ['b'] }, propertyNames: { maxLength: 3 }, minProperties: 1, patternProperties: { '^n_': { type: 'number' } } });
console.log(dep({ a: 1, b: 2 }), dep({ a: 1 }), dep({ toolong: 1 }), dep({}), dep({ n_x: 's' }), JSON.stringify(dep.errors));
console.log(typeof validate.toString(), validate.schema === schema, Object.keys(ajv.schemas).length > 0);
