import { byYear, domainTree, facetOptions, visibleOptions } from './facets';
import { searchItemPath } from './paths';
import {
  filterInput,
  parseSearch,
  resultsKey,
  searchHref,
  searchParams,
  toggle,
  withoutFilters,
} from './search-state';
import { decodeEntities, snippetParts, snippetText } from './snippet';

describe('search snippets', () => {
  it('turns <mark> markers into marked parts and decodes the escaped text', () => {
    expect(snippetParts('De <mark>wachtlijst</mark> voor jeugd &amp; gezin: &quot;kort&quot;')).toEqual([
      { text: 'De ', marked: false },
      { text: 'wachtlijst', marked: true },
      { text: ' voor jeugd & gezin: "kort"', marked: false },
    ]);
  });

  it('shows any other markup as the text it is, never as HTML', () => {
    const parts = snippetParts('&lt;script&gt;alert(1)&lt;/script&gt; <b>vet</b> <MARK>wmo</MARK>');
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> <b>vet</b> ', marked: false },
      { text: 'wmo', marked: true },
    ]);
  });

  it('does not decode twice (&amp;lt; stays the text "&lt;")', () => {
    expect(snippetText('a &amp;lt; b')).toBe('a &lt; b');
  });

  it('decodes numeric entities and keeps unknown or invalid ones', () => {
    expect(decodeEntities('&#39;s &#x27;t &euro; &#xD800; &#99999999;')).toBe(
      "'s 't &euro; &#xD800; &#99999999;",
    );
  });

  it('joins neighbouring marked words and ignores empty marks', () => {
    expect(snippetParts('<mark>Wet</mark><mark> maatschappelijke</mark><mark></mark> x')).toEqual([
      { text: 'Wet maatschappelijke', marked: true },
      { text: ' x', marked: false },
    ]);
  });
});

describe('the search address', () => {
  it('reads text, filters and order, and leaves out what it cannot use', () => {
    const state = parseSearch(
      new URLSearchParams(
        'q=+wachtlijst+&type=vraag&type=onzin&type=vraag&taakveld=6.751&taakveld=drop%20table&gemeente=GM0344&gemeente=0344&jaar=2025&jaar=25&status=OPEN&sorteer=nieuwste',
      ),
    );
    expect(state).toEqual({
      query: 'wachtlijst',
      sort: 'NEWEST',
      selection: {
        types: ['QUESTION'],
        policyDomains: ['6.751'],
        municipalities: ['GM0344'],
        regions: [],
        years: ['2025'],
        statuses: ['OPEN'],
      },
    });
  });

  it('writes the same address for the same search, and reads back what it wrote', () => {
    const state = parseSearch(new URLSearchParams('sorteer=titel&taakveld=6&q=wmo&type=rapport&type=vraag'));
    const written = searchParams(state).toString();
    expect(written).toBe('q=wmo&type=rapport&type=vraag&taakveld=6&sorteer=titel');
    expect(parseSearch(new URLSearchParams(written))).toEqual(state);
    expect(resultsKey(state)).toBe(written);
  });

  it('switches filter values on and off, and clears them while keeping the text', () => {
    const start = parseSearch(new URLSearchParams('q=jeugd'));
    const on = toggle(toggle(start, 'types', 'REPORT'), 'years', '2024');
    expect(searchParams(on).toString()).toBe('q=jeugd&type=rapport&jaar=2024');
    expect(searchParams(toggle(on, 'types', 'REPORT')).toString()).toBe('q=jeugd&jaar=2024');
    expect(searchParams(withoutFilters(on)).toString()).toBe('q=jeugd');
  });

  it('gives the API its filter, optionally without one field (for that field’s own counts)', () => {
    const state = parseSearch(new URLSearchParams('type=vraag&jaar=2024&jaar=2025&gemeente=GM0310'));
    expect(filterInput(state.selection)).toEqual({
      types: ['QUESTION'],
      policyDomains: null,
      municipalities: ['GM0310'],
      regions: null,
      years: [2024, 2025],
      statuses: null,
    });
    expect(filterInput(state.selection, 'types').types).toBeNull();
    expect(filterInput(state.selection, 'types').years).toEqual([2024, 2025]);
  });

  it('links the header search to the results page', () => {
    expect(searchHref('  wachtlijst jeugd ')).toBe('/zoeken?q=wachtlijst+jeugd');
    expect(searchHref('')).toBe('/zoeken');
  });

  it('knows where each kind of item lives', () => {
    expect(searchItemPath('QUESTION', 'q1')).toBe('/vragen/q1');
    expect(searchItemPath('REPORT', 'r 1')).toBe('/rapporten/r%201');
    expect(searchItemPath('EXPERTISE_PROFILE', 'p1')).toBe('/expertise/p1');
    expect(searchItemPath('DOSSIER', 'd1')).toBe('/dossiers/d1');
  });
});

describe('facets', () => {
  const counted = [
    { value: '6', label: '6 Sociaal domein', count: 5 },
    { value: '6.751', label: '6.751 Jeugdhulp ambulant lokaal', count: 3 },
    { value: '0.10', label: '0.10 Mutaties reserves', count: 1 },
    { value: '6.1', label: '6.1 Samenkracht en burgerparticipatie', count: 2 },
    { value: '0.2', label: '0.2 Burgerzaken', count: 1 },
    { value: '0', label: '0 Bestuur en ondersteuning', count: 2 },
    { value: '7.1', label: '7.1 Volksgezondheid', count: 1 },
  ];

  it('keeps chosen values that were not counted, without a count', () => {
    expect(facetOptions(counted.slice(0, 1), ['6', 'GM0344'], (v) => `naam van ${v}`)).toEqual([
      { value: '6', label: '6 Sociaal domein', count: 5 },
      { value: 'GM0344', label: 'naam van GM0344', count: null },
    ]);
  });

  it('shows the first few and every chosen one', () => {
    const options = facetOptions(counted, []);
    expect(visibleOptions(options, ['7.1'], 2).map((o) => o.value)).toEqual(['6', '6.751', '7.1']);
  });

  it('sorts years newest first', () => {
    const years = facetOptions(
      [
        { value: '2023', label: '2023', count: 9 },
        { value: '2025', label: '2025', count: 1 },
      ],
      [],
    );
    expect(byYear(years).map((o) => o.value)).toEqual(['2025', '2023']);
  });

  it('builds the BBV tree: taakvelden under their hoofdstuk, in the taxonomy’s order', () => {
    const order = ['0', '0.1', '0.2', '0.10', '6', '6.1', '6.751', '7', '7.1'];
    const tree = domainTree(facetOptions(counted, []), order);
    expect(tree.map((h) => [h.value, h.count, h.children.map((c) => c.value)])).toEqual([
      ['0', 2, ['0.2', '0.10']],
      ['6', 5, ['6.1', '6.751']],
      ['7', null, ['7.1']],
    ]);
  });

  it('orders by code, numerically, without the taxonomy', () => {
    const tree = domainTree(facetOptions(counted, []));
    expect(tree[0]!.children.map((c) => c.value)).toEqual(['0.2', '0.10']);
  });
});
