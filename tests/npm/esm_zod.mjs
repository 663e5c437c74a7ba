// zod (ESM build): schemas, parsing, refinements, transforms, errors.
import { z } from 'zod';
import * as zns from 'zod';

const show = (label, r) => console.log(label, r.success ? JSON.stringify(r.data) : JSON.stringify(r.error.issues.map(i => [i.code, i.path.join('.'), i.message])));
const User = z.object({
  name: z.string().min(2).max(10),
  email: z.string().email(),
  age: z.number().int().nonnegative().optional(),
  role: z.enum(['admin', 'user']).default('user'),
  tags: z.array(z.string()).max(3).default([]),
  meta: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
show('ok', User.safeParse({ name: 'ann', email: 'a@b.co', age: 3 }));
show('bad', User.safeParse({ name: 'a', email: 'nope', age: -1.5, role: 'root', tags: ['a', 'b', 'c', 'd'] }));
show('type', User.safeParse('str'));
show('strict', User.strict().safeParse({ name: 'bob', email: 'b@c.de', extra: 1 }));
show('passthrough', User.passthrough().safeParse({ name: 'bob', email: 'b@c.de', extra: 1 }));
show('partial', User.partial().safeParse({}));
show('pick', User.pick({ name: true }).safeParse({ name: 'xy', email: 5 }));
show('coerce', z.coerce.number().safeParse('42'));
show('coerceBad', z.coerce.number().safeParse('x'));
show('literal', z.literal('on').safeParse('off'));
show('tuple', z.tuple([z.string(), z.number()]).safeParse(['a', 1]));
show('tupleBad', z.tuple([z.string(), z.number()]).safeParse(['a', 'b', 3]));
show('nullable', z.string().nullable().safeParse(null));
show('transform', z.string().transform(s => s.length).pipe(z.number().gt(2)).safeParse('abcd'));
show('refine', z.string().refine(s => s === s.toUpperCase(), { message: 'must shout' }).safeParse('quiet'));
const Pw = z.object({ pw: z.string(), confirm: z.string() }).refine(d => d.pw === d.confirm, { message: 'mismatch', path: ['confirm'] });
show('objrefine', Pw.safeParse({ pw: 'a', confirm: 'b' }));
const Shape = z.discriminatedUnion('kind', [z.object({ kind: z.literal('c'), r: z.number() }), z.object({ kind: z.literal('s'), side: z.number() })]);
show('du', Shape.safeParse({ kind: 's', side: 2 }));
show('duBad', Shape.safeParse({ kind: 't' }));
show('regex', z.string().regex(/^\d{3}$/).safeParse('12a'));
show('uuid', z.string().uuid().safeParse('123e4567-e89b-12d3-a456-426614174000'));
show('trim', z.string().trim().toLowerCase().safeParse('  HeLLo  '));
show('bigint', z.bigint().positive().safeParse(5n) && { success: true, data: 'bigint ok' });
show('date', z.date().min(new Date(0)).safeParse(new Date(-1)));
show('set', z.set(z.number()).size(2).safeParse(new Set([1])));
show('map', z.map(z.string(), z.number()).safeParse(new Map([['a', 'x']])));
show('catch', z.number().catch(-1).safeParse('nan'));
show('nativeEnum', z.nativeEnum({ A: 1, B: 2 }).safeParse(2));
const Tree = z.lazy(() => z.object({ v: z.number(), kids: z.array(Tree) }));
show('lazy', Tree.safeParse({ v: 1, kids: [{ v: 2, kids: [] }, { v: 'x', kids: [] }] }));
try { User.parse({}); } catch (e) { console.log(e.name, e instanceof z.ZodError, e.issues.length); }
console.log(User.parse({ name: 'zed', email: 'z@z.io' }));
console.log(JSON.stringify(z.object({ a: z.string() }).shape.a.parse('x')), Object.keys(User.shape).join(','));
console.log(typeof zns.z, typeof zns.object, zns.z === zns.default || typeof zns.default);
console.log(z.string().optional().isOptional(), z.string().isOptional(), z.number().describe('n').description);
const flat = z.object({ a: z.string(), b: z.number() }).safeParse({ a: 1, b: 'x' }).error;
console.log(JSON.stringify(z.flattenError(flat)), JSON.stringify(z.treeifyError(flat)));
console.log(z.prettifyError(flat));
