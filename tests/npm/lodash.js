// lodash: collections, arrays, objects, strings, functions, lang checks.
const _ = require('lodash');

console.log(_.VERSION);
console.log(_.chunk([1, 2, 3, 4, 5, 6, 7], 3));
console.log(_.compact([0, 1, false, 2, '', 3, null, NaN, undefined]));
console.log(_.difference([2, 1, 5, 7], [2, 3, 7]));
console.log(_.differenceBy([2.1, 1.2, 3.3], [2.3, 3.4], Math.floor));
console.log(_.flattenDeep([1, [2, [3, [4, [5]]]]]), _.flatten([1, [2, [3]]]));
console.log(_.uniq([2, 1, 2, 3, 1]), _.uniqBy([{ x: 1 }, { x: 2 }, { x: 1 }], 'x'));
console.log(_.zip(['a', 'b'], [1, 2], [true, false]));
console.log(_.unzip([['a', 1], ['b', 2]]));
console.log(_.intersection([2, 1, 3], [4, 2, 3], [3, 2]));
console.log(_.union([2], [1, 2], [3]), _.xor([2, 1], [2, 3]));
console.log(_.take([1, 2, 3], 2), _.takeRight([1, 2, 3], 2), _.drop([1, 2, 3]), _.dropRightWhile([1, 2, 3, 4], n => n > 2));
console.log(_.sortedIndex([10, 20, 30], 25), _.findIndex([{ a: 1 }, { a: 2 }], { a: 2 }), _.fromPairs([['a', 1], ['b', 2]]));
console.log(_.range(5), _.range(0, 20, 5), _.range(5, 0, -2), _.rangeRight(3));

const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
  { user: 'wilma', age: 36, active: false, tags: ['c'] },
];
console.log(_.map(users, 'user'));
console.log(_.filter(users, { active: true }).map(u => u.user));
console.log(_.find(users, o => o.age < 40).user, _.findLast(users, ['active', false]).user);
console.log(_.groupBy(users, 'age'));
console.log(_.countBy(['one', 'two', 'three'], 'length'));
console.log(_.keyBy(users, 'user').fred.age);
console.log(_.sortBy(users, ['age', 'user']).map(u => u.user + ':' + u.age).join(' '));
console.log(_.orderBy(users, ['age', 'user'], ['desc', 'asc']).map(u => u.user).join(' '));
console.log(_.partition(users, 'active').map(g => g.map(u => u.user)));
console.log(_.reduce([1, 2, 3, 4], (s, n) => s + n, 0), _.sumBy(users, 'age'), _.meanBy(users, 'age'));
console.log(_.maxBy(users, 'age').user, _.minBy(users, 'age').user, _.max([4, 2, 8, 6]), _.min([]));
console.log(_.flatMap([1, 2], n => [n, n * 10]), _.every([true, 1, 'x'], Boolean), _.some([null, 0, 'y'], Boolean));
console.log(_.includes([1, 2, 3], 2), _.includes('abcd', 'bc'), _.includes({ a: 1, b: 2 }, 2));
console.log(_.size({ a: 1, b: 2 }), _.size('pebbles'), _.invokeMap([[5, 1, 7], [3, 2, 1]], 'sort'));

// objects
const obj = { a: [{ b: { c: 3 } }], d: { e: 4 } };
console.log(_.get(obj, 'a[0].b.c'), _.get(obj, ['d', 'e']), _.get(obj, 'a.b.c', 'default'), _.has(obj, 'a[0].b'));
const o2 = _.set({}, 'x[0].y.z', 5);
console.log(JSON.stringify(o2), JSON.stringify(_.unset(o2, 'x[0].y.z') && o2));
console.log(_.pick({ a: 1, b: '2', c: 3 }, ['a', 'c']), _.omit({ a: 1, b: '2', c: 3 }, ['a']));
console.log(_.pickBy({ a: 1, b: null, c: 3 }, _.isNumber), _.omitBy({ a: 1, b: 'x' }, _.isString));
console.log(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
console.log(_.defaults({ a: 1 }, { b: 2 }, { a: 3 }), _.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } }));
console.log(_.assign({ a: 0 }, { b: 1 }, { c: 2 }), _.invert({ a: 1, b: 2, c: 1 }), _.mapValues({ a: 1, b: 2 }, v => v * 3));
console.log(_.mapKeys({ a: 1, b: 2 }, (v, k) => k + v), _.toPairs({ a: 1, b: 2 }), _.keys('hi'), _.values({ x: 1, y: [2] }));
const deep = { a: [1, { b: 2 }], d: new Date(0) };
const cl = _.cloneDeep(deep);
console.log(cl.a[1] !== deep.a[1], _.isEqual(cl, deep), cl.d instanceof Date, cl.d.getTime());
console.log(_.isEqual({ a: [1, 2, { b: new Set([1]) }] }, { a: [1, 2, { b: new Set([1]) }] }), _.isEqual([1], [2]));
console.log(_.isMatch({ a: 1, b: 2 }, { b: 2 }), _.isEmpty({}), _.isEmpty([1]), _.isEmpty(''), _.isEmpty(new Map()));
console.log(_.isPlainObject({}), _.isPlainObject(new Date()), _.isArrayLike('abc'), _.isFunction(class {}), _.isNil(undefined));
console.log(_.isInteger(3), _.isSafeInteger(2 ** 53), _.isFinite('3'), _.isNaN(NaN), _.isRegExp(/x/), _.isSymbol(Symbol()));
console.log(_.toNumber('3.2'), _.toInteger('3.9'), _.toFinite(Infinity), _.toString([1, [2, 3]]), _.toString(-0), _.toArray('abc'));
console.log(_.clamp(10, -5, 5), _.inRange(3, 2, 4), _.round(4.006, 2), _.floor(0.046, 2), _.ceil(6040, -2), _.sum([4, 2, 8, 6]));

// strings
console.log(_.camelCase('Foo Bar'), _.camelCase('--foo-bar--'), _.camelCase('__FOO_BAR__'));
console.log(_.kebabCase('fooBar'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'), _.lowerCase('fooBar'), _.upperFirst('fred'));
console.log(_.capitalize('FRED'), _.deburr('déjà vu'), _.escape('fred, barney, & <pebbles>'), _.unescape('&lt;b&gt;&amp;&quot;'));
console.log(JSON.stringify([_.pad('abc', 8, '_-'), _.padStart('abc', 6), _.padEnd('abc', 6, '_-'), _.trim('  abc  '), _.trimEnd('-_-abc-_-', '_-')]));
console.log(_.repeat('*', 3), _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' }), _.words('fred, barney, & pebbles'));
console.log(_.words('camelCaseHTMLParser'), _.split('a-b-c', '-', 2), _.escapeRegExp('[lodash](https://lodash.com/)'));
const compiled = _.template('hello <%= user %>! <% _.forEach(list, function(x) { %><li><%- x %></li><% }); %>');
console.log(compiled({ user: 'fred', list: ['a', '<b>'] }));
console.log(_.template('${ a } + ${ b }')({ a: 1, b: 2 }));

// functions
let calls = 0;
const once = _.once(() => ++calls);
once(); once();
console.log(calls);
const memo = _.memoize(n => n * 2);
console.log(memo(4), memo.cache.has(4));
const curried = _.curry((a, b, c) => [a, b, c]);
console.log(curried(1)(2)(3), curried(1, 2)(3), curried(1)(_, 3)(2));
console.log(_.partial((a, b) => a + b, 'hi ')('there'), _.flow([_.add, n => n * n])(2, 3), _.flowRight(String, Math.abs)(-4));
console.log(_.negate(Boolean)(0), _.ary(parseInt, 1)('10', 2), _.rearg((a, b, c) => [a, b, c], [2, 0, 1])('b', 'c', 'a'));
console.log(_.spread((a, b) => a * b)([6, 7]), _.unary(parseFloat)('1.5x'), _.times(4, String), _.constant(7)());
const after = _.after(2, () => 'ran');
console.log(after(), after());

// chaining
console.log(_.chain(users).filter('active').sortBy('age').map(u => u.user.toUpperCase()).head().value());
console.log(_([1, 2, 3, 4]).map(n => n * n).filter(n => n % 2 === 0).sum());
console.log(_.uniqueId('id_'), _.uniqueId('id_'), _.identity(5), _.times(3, _.constant('z')));
console.log(_.zipObjectDeep(['a.b[0].c', 'a.b[1].d'], [1, 2]).a.b);
console.log(_.shuffle.length, typeof _.debounce, typeof _.throttle);
