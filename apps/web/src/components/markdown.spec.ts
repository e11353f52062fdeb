import MarkdownIt from 'markdown-it';
import { previewMarkdown } from './markdown';

describe('the Markdown preview', () => {
  const md = previewMarkdown(MarkdownIt);

  it('aligns table columns with the classes the API renders, never an inline style', () => {
    // The same table and the same HTML as the API's renderer (libs/shared/src/lib/markdown.spec.ts).
    expect(md.render('| Gemeente | Vragen | Status |\n|:--|--:|:-:|\n| Zeist | 12 | open |')).toBe(
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
  });

  it('renders links as the API does, and no images or raw HTML', () => {
    expect(md.render('[CBS](https://www.cbs.nl)')).toBe(
      '<p><a href="https://www.cbs.nl" rel="noopener noreferrer nofollow">CBS</a></p>\n',
    );
    expect(md.render('![kaart](https://example.org/kaart.png) <b>x</b>')).not.toMatch(/<img|<b>/);
  });
});
