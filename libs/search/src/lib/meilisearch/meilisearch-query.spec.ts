import {
  buildFilter,
  buildQuery,
  escapeHtml,
  markStems,
  markedToHtml,
  pageWindow,
  queryAttempts,
  quoteFilterValue,
} from './meilisearch-query';
import { expandSynonymGroups } from './meilisearch-settings';
import { fieldStems, stemOf, stemPhrase, withStemmedSynonyms } from './meilisearch-stems';

const PRE = '\uE000';
const POST = '\uE001';

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

describe('queryAttempts', () => {
  const qs = (query: string, options = {}) =>
    queryAttempts(query, { maxDroppedWords: 9, ...options }).map((attempt) => attempt.q);

  it('is one empty query for an empty or blank query', () => {
    expect(queryAttempts('   ', { maxDroppedWords: 3 })).toEqual([{ q: '', dropped: 0, stems: new Set() }]);
  });

  it('sends stems and lists, per attempt, the stems of the words it keeps', () => {
    const attempts = queryAttempts('Tijdelijke woningen gemeenten', { maxDroppedWords: 3 });
    expect(attempts.map(({ q, dropped, stems }) => ({ q, dropped, stems: [...stems] }))).toEqual([
      { q: 'tijdelijk woning gemeent', dropped: 0, stems: ['tijdelijk', 'woning', 'gemeent'] },
      { q: 'tijdelijk woning ', dropped: 1, stems: ['tijdelijk', 'woning'] },
      { q: 'tijdelijk ', dropped: 2, stems: ['tijdelijk'] },
    ]);
  });

  it('counts what Meilisearch counts as words: not stop words, a quoted phrase as one', () => {
    // Only stop words: nothing to drop.
    expect(qs('de het een')).toEqual(['de het een']);
    expect(qs('de wmo')).toEqual(['de wmo']);
    expect(qs('"wet maatschappelijke ondersteuning" evaluatie')).toEqual([
      '"wet maatschappelijke ondersteuning" evaluatie',
      '"wet maatschappelijke ondersteuning" ',
    ]);
    // An unclosed quote runs to the end, as Meilisearch reads it.
    expect(qs('evaluatie "wet maatschappelijke')).toEqual(['evaluatie "wet maatschappelijke', 'evaluatie ']);
  });

  it('leaves out the words after the 10th, which Meilisearch would ignore', () => {
    const words = Array.from({ length: 12 }, (_, i) => `woord${i}`);
    const [first, second] = qs(words.join(' '));
    // The 10th word was followed by more: it is not a prefix.
    expect(first).toBe(`${words.slice(0, 10).join(' ')} `);
    expect(second).toBe(`${words.slice(0, 9).join(' ')} `);
  });

  it('drops nothing for a limit that is no number', () => {
    expect(qs('aa bb', { maxDroppedWords: Number.NaN })).toEqual(['aa bb']);
    expect(qs('aa bb', { maxDroppedWords: -2 })).toEqual(['aa bb']);
    expect(qs('aa bb cc', { maxDroppedWords: 1.7 })).toEqual(['aa bb cc', 'aa bb ']);
  });

  it('keeps buildQuery the strict query', () => {
    expect(buildQuery('regionale woningen')).toBe('regional woning');
    expect(buildQuery('regionale woningen', { prefixLastWord: false })).toBe('regional woning ');
  });
});

describe('stems', () => {
  it('stems folded words; stop words, over-long and digit words are special', () => {
    expect(stemOf('woningen')).toBe('woning');
    expect(stemOf('gemeenten')).toBe('gemeent');
    expect(stemOf('regionale')).toBe('regional');
    expect(stemOf('jeugdzorg')).toBe('jeugdzorg');
    expect(stemOf('hebben')).toBeNull();
    expect(stemOf('uwe')).toBe('uwe');
    expect(stemOf('2024')).toBe('2024');
    expect(stemOf('a'.repeat(49))).toBeNull();
  });

  it('joins the stems of a field once each, tags one by one', () => {
    expect(fieldStems('De woning en de woningen; WONINGEN!')).toBe('woning');
    expect(fieldStems(['Zonnepanelen', 'zonnepaneel', 'pv-panelen'])).toBe('zonnepanel pv panel');
    expect(fieldStems('')).toBe('');
  });

  it('adds the stemmed phrases of a synonym group after its terms', () => {
    expect(stemPhrase('  Regionale Energiestrategie ')).toBe('regional energiestrategie');
    expect(
      withStemmedSynonyms([
        ['wmo', 'wet maatschappelijke ondersteuning'],
        ['jeugdhulp', 'jeugdzorg'],
      ]),
    ).toEqual([
      ['wmo', 'wet maatschappelijke ondersteuning', 'wet maatschapp ondersteun'],
      ['jeugdhulp', 'jeugdzorg'],
    ]);
  });
});

describe('markStems', () => {
  const stems = new Set(['woning']);

  it('marks whole words whose stem is a query stem, keeping the other marks', () => {
    expect(markStems(`Woningen en ${PRE}woon${POST}wijken`, stems)).toBe(
      `${PRE}Woningen${POST} en ${PRE}woon${POST}wijken`,
    );
    expect(markStems(`${PRE}woning${POST}en`, stems)).toBe(`${PRE}woningen${POST}`);
  });

  it('returns the text unchanged when it has no such word', () => {
    expect(markStems(`${POST}a ${PRE}b`, stems)).toBe(`${POST}a ${PRE}b`);
    expect(markStems('woningen', new Set())).toBe('woningen');
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    expect(markedToHtml(markStems('😀woningen😀 ✓', stems)).html).toBe('😀<mark>woningen</mark>😀 ✓');
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
