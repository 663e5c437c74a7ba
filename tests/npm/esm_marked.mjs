// marked (an ES module package): markdown to HTML, lexer, options, extensions.
import { marked, Marked, Lexer, Parser, Renderer } from 'marked';
import * as markedNs from 'marked';

const md = `# Title *with* emphasis

Some **bold**, _italic_, \`code\`, ~~strike~~ and a [link](http://example.com "t").

- item one
- item two
  1. nested ordered
  2. second

> a quote
> > nested quote

\`\`\`js
const x = 1 < 2;
\`\`\`

| a | b |
|:--|--:|
| 1 | 2 |

Line one  
line two<br>
Autolink: <https://kiln.dev> and www.example.org

***

![img](pic.png)
- [ ] todo
- [x] done

Term &amp; &copy; &#169; < > "q"
`;
console.log(marked.parse(md));
console.log(marked.parseInline('**inline** _only_ `x`'));
const tokens = Lexer.lex('# H\n\npara **b**\n\n- a\n- b');
console.log(tokens.map(t => t.type + ':' + JSON.stringify(t.raw)).join('\n'));
console.log(Parser.parse(tokens));
console.log(marked.parse('# h\n\nsoft\nbreak', { breaks: true, gfm: true }));
console.log(marked.parse('~~no~~ | a |\n|--|\n| b |', { gfm: false }));
const m = new Marked({
  renderer: {
    heading({ tokens, depth }) { return `<h${depth} class="x">${this.parser.parseInline(tokens)}</h${depth}>\n`; },
    codespan({ text }) { return `<kbd>${text}</kbd>`; },
  },
});
m.use({
  extensions: [{
    name: 'mention', level: 'inline', start(src) { return src.indexOf('@'); },
    tokenizer(src) { const r = /^@(\w+)/.exec(src); if (r) return { type: 'mention', raw: r[0], user: r[1] }; },
    renderer(t) { return `<a href="/u/${t.user}">@${t.user}</a>`; },
  }],
  walkTokens(t) { if (t.type === 'text' && t.text === 'SHOUT') t.text = 'shout!'; },
});
console.log(m.parse('## Hi `there` @ann and @bob\n\nSHOUT'));
console.log(Object.keys(markedNs).sort().join(','), markedNs.marked === marked, typeof Renderer);
console.log(marked.parse('<div>raw *html*</div>\n\n*after*'));
console.log(JSON.stringify(marked.parse('')), JSON.stringify(marked.parse('   ')));
