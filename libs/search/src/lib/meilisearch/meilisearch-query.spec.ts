import {
  buildFilter,
  buildQuery,
  escapeHtml,
  markedToHtml,
  pageWindow,
  quoteFilterValue,
} from './meilisearch-query';
import { expandSynonymGroups } from './meilisearch-settings';

describe('pageWindow', () => {
  it('always returns one page that holds the whole window, as small as possible', () => {
    for (let offset = 0; offset <= 120; offset++) {
      for (let limit = 1; limit <= 25; limit++) {
        const { page, hitsPerPage, skip } = pageWindow(offset, limit);
        const start = (page - 1) * hitsPerPage;
        expect(start + skip).toBe(offset);
        expect(skip + limit).toBeLessThanOrEqual(hitsPerPage);
        // No smaller page size would do.
        for (let size = limit; size < hitsPerPage; size++) {
          expect(Math.floor(offset / size)).not.toBe(Math.floor((offset + limit - 1) / size));
        }
      }
    }
  });

  it('is the plain page when the offset is a multiple of the limit', () => {
    expect(pageWindow(60, 20)).toEqual({ page: 4, hitsPerPage: 20, skip: 0 });
  });
});

describe('filter values', () => {
  it('quotes and escapes backslashes and double quotes', () => {
    expect(quoteFilterValue('plain')).toBe('"plain"');
    expect(quoteFilterValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteFilterValue('a\\"b')).toBe('"a\\\\\\"b"');
    expect(quoteFilterValue("it's AND x OR y")).toBe('"it\'s AND x OR y"');
  });

  it('refuses a year that is not a whole number instead of dropping the filter', () => {
    expect(() => buildFilter(['public'], { years: [2024.5] })).toThrow(
      'Search filter year: 2024.5 is not a whole number',
    );
  });
});

describe('buildQuery', () => {
  it('keeps an empty query empty in every mode', () => {
    expect(buildQuery('  ')).toBe('');
    expect(buildQuery(' " " ', { typoTolerance: false })).toBe('');
    expect(buildQuery('', { prefixLastWord: false })).toBe('');
  });
});

describe('highlight HTML', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it('reports whether anything was marked', () => {
    expect(markedToHtml('geen treffer')).toEqual({ html: 'geen treffer', matched: false });
    expect(markedToHtml('\uE000wmo\uE001')).toEqual({ html: '<mark>wmo</mark>', matched: true });
  });
});

describe('expandSynonymGroups', () => {
  it('makes every term of a group a key for all the others', () => {
    expect(expandSynonymGroups([['a', 'b c', 'd']])).toEqual({
      a: ['b c', 'd'],
      'b c': ['a', 'd'],
      d: ['a', 'b c'],
    });
  });

  it('merges groups that share a term, so that equivalence is transitive', () => {
    expect(
      expandSynonymGroups([
        ['a', 'b'],
        ['c', 'd'],
        ['b', 'c'],
      ]),
    ).toEqual({
      a: ['b', 'c', 'd'],
      b: ['a', 'c', 'd'],
      c: ['a', 'b', 'd'],
      d: ['a', 'b', 'c'],
    });
  });

  it('normalizes case and spacing and drops empty or single-term groups', () => {
    expect(
      expandSynonymGroups([
        ['  WMO ', 'wmo'],
        ['', 'x'],
        ['Sociaal   Wijkteam', 'wijkteam'],
      ]),
    ).toEqual({
      'sociaal wijkteam': ['wijkteam'],
      wijkteam: ['sociaal wijkteam'],
    });
  });
});
