// htmlparser2 and entities (ES modules): streaming callbacks, DOM building, entity coding.
import { Parser, parseDocument, DomUtils } from 'htmlparser2';
import { decodeHTML, encodeHTML, escapeUTF8, encodeXML, decodeXML } from 'entities';
const events = [];
const p = new Parser({
  onopentag(name, attrs) { events.push('open:' + name + JSON.stringify(attrs)); },
  ontext(t) { if (t.trim()) events.push('text:' + JSON.stringify(t)); },
  onclosetag(name, implied) { events.push('close:' + name + (implied ? '(implied)' : '')); },
  oncomment(c) { events.push('comment:' + c); },
  onprocessinginstruction(n, d) { events.push('pi:' + n); },
}, { decodeEntities: true });
p.write('<!DOCTYPE html><html><body><p class="a b" id=x>Hello &amp; <b>wor');
p.write('ld</b><br><img src="i.png" alt=\'q "x"\'><!-- note --><ul><li>one<li>two</ul></p><script>if (a < b) x();</script>');
p.end();
console.log(events.join('\n'));
const doc = parseDocument('<div id="main"><h1>Title</h1><p class="c">One <a href="/1">link</a></p><p class="c">Two &copy;</p><table><tr><td>1<td>2</table></div>');
const ps = DomUtils.getElementsByTagName('p', doc);
console.log(ps.length, ps.map(x => DomUtils.textContent(x)), DomUtils.getAttributeValue(DomUtils.findOne(e => e.name === 'a', doc.children), 'href'));
console.log(DomUtils.getOuterHTML(DomUtils.getElementById('main', doc)));
console.log(DomUtils.getElements({ class: 'c' }, doc, true).length, DomUtils.getElementsByTagName('td', doc).map(DomUtils.getText), DomUtils.existsOne(e => e.name === 'table', doc.children));
const xdoc = parseDocument('<root><Item Key="1"/><item>x</item></root>', { xmlMode: true });
console.log(DomUtils.getOuterHTML(xdoc, { xmlMode: true }), DomUtils.getElementsByTagName('item', xdoc).length);
console.log(decodeHTML('&lt;a&gt; &amp;amp; &copy; &#x263A; &#9731; &nbsp;|&notin; &noti; &unknown;'), encodeHTML('<ü & ☺>'), escapeUTF8('<ü & "x">'));
console.log(encodeXML('<a href="x">\'&</a>'), decodeXML('&lt;&apos;&quot;&#65;&copy;'));
