// mustache: variables, sections, inverted, partials, lambdas, delimiters, parse, errors.
const Mustache = require('mustache');
const view = {
  title: 'Joe <b>', calc: () => 2 + 4, items: [{ name: 'a', price: 1.5 }, { name: 'b', price: 2 }], empty: [],
  person: { first: 'Ann', last: 'Lee', address: { city: 'Oslo' } }, flag: false, zero: 0, html: '<i>x</i>',
  bold: () => (text, render) => '<b>' + render(text) + '</b>', names: ['x', 'y', 'z'],
};
const tpls = [
  'Hello {{title}} spends {{calc}}', '{{{html}}} {{&html}} {{html}}', '{{#items}}[{{name}}={{price}}]{{/items}}',
  '{{^empty}}no items{{/empty}}{{#empty}}never{{/empty}}', '{{person.first}} {{person.address.city}} {{#person}}{{last}}{{/person}}',
  '{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}} {{zero}} {{missing}}|', '{{#bold}}Hi {{person.first}}.{{/bold}}',
  '{{#names}}{{.}},{{/names}}', '{{! a comment }}visible', '{{=<% %>=}}<% title %> {{title}}<%={{ }}=%> {{title}}',
  '{{> header}} body {{> footer}}', 'line\n  {{#items}}\n  - {{name}}\n  {{/items}}\nend',
  '{{#person}}{{#address}}{{city}}/{{first}}{{/address}}{{/person}}', '{{#zero}}z{{/zero}}{{^zero}}nz{{/zero}}',
];
const partials = { header: '<h1>{{title}}</h1>', footer: '<footer>{{#names}}{{.}}{{/names}}</footer>' };
for (const t of tpls) console.log(JSON.stringify(Mustache.render(t, view, partials)));
console.log(JSON.stringify(Mustache.parse('a {{b}} {{#c}}d{{/c}} {{^e}}f{{/e}} {{{g}}} {{> h}}')));
console.log(Mustache.render('{{a}}', { a: '&<>"\'/`=' }), Mustache.escape('<&>'));
console.log(Mustache.render('[{{x}}]', { x: 'raw' }, {}, { escape: s => s.toUpperCase() }));
console.log(Mustache.render('<%a%> {{a}}', { a: 1 }, {}, ['<%', '%>']));
console.log(Mustache.render('{{> p}}', {}, name => 'partial:' + name));
console.log(Mustache.name, Mustache.version, Mustache.tags);
for (const bad of ['{{#a}}unclosed', '{{/a}}', '{{#a}}{{/b}}', '{{=<% =}}', '{{ unclosed']) {
  try { console.log(Mustache.render(bad, {})); } catch (e) { console.log(e.message); }
}
try { Mustache.render(5, {}); } catch (e) { console.log(e.constructor.name, e.message); }
const w = new Mustache.Writer();
console.log(w.render('{{x}}-{{y.z}}', { x: 1, y: { z: 2 } }));
Mustache.clearCache();
