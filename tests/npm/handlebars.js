// handlebars: compile (generated code through new Function), helpers, partials, block params, errors.
const Handlebars = require('handlebars');
const hb = Handlebars.create();
hb.registerHelper('upper', s => String(s).toUpperCase());
hb.registerHelper('plural', (n, word) => n === 1 ? word : word + 's');
hb.registerHelper('bold', function (options) { return new hb.SafeString('<b>' + options.fn(this) + '</b>'); });
hb.registerHelper('eq', (a, b) => a === b);
hb.registerHelper('join', (arr, { hash }) => arr.join(hash.sep || ','));
hb.registerPartial('user', '<li>{{name}} ({{age}}){{#if admin}} [admin]{{/if}}</li>');
hb.registerPartial('wrap', '<div class="{{cls}}">{{> @partial-block }}</div>');
const data = {
  title: 'Users & <friends>', users: [{ name: 'ann', age: 31, admin: true }, { name: 'bob', age: 25 }], empty: [],
  obj: { a: 1, b: 2 }, n: 1, html: '<i>x</i>', nested: { deep: { v: 'dv' } }, list: ['x', 'y', 'z'],
};
const tpls = [
  '<h1>{{title}}</h1> {{{title}}} {{upper title}}', '{{#each users}}{{@index}}:{{name}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}} {{/each}}',
  '{{#each obj}}{{@key}}={{this}};{{/each}}', '{{#each empty}}x{{else}}none{{/each}}', '{{#unless n}}zero{{else}}nonzero{{/unless}}',
  '{{#with nested.deep}}{{v}} {{../title}}{{/with}}', '{{n}} {{plural n "item"}}, 2 {{plural 2 "item"}}', '{{#bold}}{{html}}{{/bold}}',
  '<ul>{{#each users}}{{> user}}{{/each}}</ul>', '{{#> wrap cls="c"}}inner {{title}}{{/wrap}}', '{{#each users as |u i|}}{{i}}-{{u.name}} {{/each}}',
  '{{#if (eq n 1)}}one{{/if}} {{join list sep="|"}} {{join list}}', '{{lookup list 1}} {{lookup obj "b"}} {{list.length}}', '{{!-- comment --}}{{! c2 }}ok',
  '\\{{escaped}} {{{{raw}}}}{{notparsed}}{{{{/raw}}}}', '  {{#each list}}\n  - {{this}}\n  {{/each}}\n', '{{log "logged"}}{{missing}}|{{missing.deep}}|',
];
hb.registerHelper('raw', options => options.fn());
for (const t of tpls) console.log(JSON.stringify(hb.compile(t)(data)));
console.log(hb.compile('{{x}}', { noEscape: true })({ x: '<a>' }), hb.Utils.escapeExpression('<&"\'`=>'), hb.escapeExpression(null));
const strict = hb.compile('{{a.b}}', { strict: true });
try { strict({ a: {} }); } catch (e) { console.log(e.message.split('\n')[0]); }
for (const bad of ['{{#if x}}unclosed', '{{/if}}', '{{#each}}{{/each}}', '{{> missing}}', '{{foo bar=}}']) {
  try { console.log(hb.compile(bad)({})); } catch (e) { console.log(e.message.split('\n')[0]); }
}
const pre = hb.precompile('{{a}}');
console.log(typeof pre, pre.length > 50);
const ast = hb.parse('{{#if a}}{{b}}{{/if}} text');
console.log(ast.type, ast.body.map(n => n.type).join(','));
console.log(hb.VERSION, typeof hb.template);
