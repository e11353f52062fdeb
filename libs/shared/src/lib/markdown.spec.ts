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
