// zod's URL-based string formats (they construct the global URL).
import { z } from 'zod';
const show = (label, r) => console.log(label, r.success ? JSON.stringify(r.data) : JSON.stringify(r.error.issues.map(i => [i.code, i.message])));
for (const u of ['http://x.y/z', 'https://user:pw@host:8080/p?q=1#h', 'mailto:a@b.c', 'not a url', '//relative', 'ftp://files.example']) {
  show(u, z.string().url().safeParse(u));
  show(u + ' (http only)', z.url({ protocol: /^https?$/ }).safeParse(u));
}
show('httpUrl', z.httpUrl().safeParse('ftp://x.y'));
