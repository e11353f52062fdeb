import { markdownToText, renderMarkdown } from './markdown';

// A selection from the OWASP XSS filter evasion cheat sheet and PortSwigger's XSS cheat sheet, as
// users could type them into a question or an answer.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klik</a>',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](javascript&#58;alert(1))',
  '[klik](&#106;avascript:alert(1))',
  '[klik](vbscript:msgbox(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](x" onerror="alert(1))',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '<details open ontoggle=alert(1)>',
  '[a](https://example.org "title" onclick="alert(1)")',
  '<object data="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
];

describe('renderMarkdown', () => {
  it('renders the Markdown people write', () => {
    expect(renderMarkdown('**Jeugdhulp** in de _regio_\n\n- inkoop\n- toegang')).toBe(
      '<p><strong>Jeugdhulp</strong> in de <em>regio</em></p>\n<ul>\n<li>inkoop</li>\n<li>toegang</li>\n</ul>\n',
    );
    expect(renderMarkdown('[CBS](https://www.cbs.nl)')).toBe(
      '<p><a href="https://www.cbs.nl" rel="noopener noreferrer nofollow">CBS</a></p>\n',
    );
  });

  it('aligns table columns with classes, not inline styles (the pages allow no inline style)', () => {
    const html = renderMarkdown('| Gemeente | Vragen | Status |\n|:--|--:|:-:|\n| Zeist | 12 | open |');
    expect(html).toBe(
      '<table>\n<thead>\n<tr>\n' +
        '<th class="ksp-align-left">Gemeente</th>\n' +
        '<th class="ksp-align-right">Vragen</th>\n' +
        '<th class="ksp-align-center">Status</th>\n' +
        '</tr>\n</thead>\n<tbody>\n<tr>\n' +
        '<td class="ksp-align-left">Zeist</td>\n' +
        '<td class="ksp-align-right">12</td>\n' +
        '<td class="ksp-align-center">open</td>\n' +
        '</tr>\n</tbody>\n</table>\n',
    );
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n',
    );
  });

  it('lets no style attribute and no other class through', () => {
    for (const payload of [
      '<td style="text-align:right">x</td>',
      '<p class="ksp-align-right" style="color:red">x</p>',
      '| a |\n|--:|\n| <span class="x" style="position:fixed">1</span> |',
    ]) {
      const html = renderMarkdown(payload);
      expect(html).not.toMatch(/<[^>]*\sstyle=/i);
      expect(html).not.toMatch(/<(?!t[hd]\b)[^>]*\sclass=/i);
    }
  });

  it.each(PAYLOADS)('leaves nothing executable of %s', (payload) => {
    // Escaped text (&lt;script&gt;) is harmless; what matters are the real tags in the output.
    const tags = renderMarkdown(payload).match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).toMatch(/^<(p|a|em|strong|code|pre|br)\b/);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/=\s*"?\s*(javascript|vbscript|data):/i);
    }
  });

  it('gives plain text for excerpts', () => {
    expect(markdownToText('# Titel\n\nEen **vraag** over <b>jeugdzorg</b>.')).toBe(
      'Titel Een vraag over &lt;b&gt;jeugdzorg&lt;/b&gt;.',
    );
  });
});
