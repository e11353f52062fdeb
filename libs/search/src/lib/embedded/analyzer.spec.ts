import {
  STOP_WORDS,
  SynonymTable,
  WordScanner,
  analyzeQueryWords,
  escapeHtml,
  fold,
  phraseStems,
  stem,
} from './analyzer';

describe('Dutch analysis', () => {
  describe('fold', () => {
    it.each([
      ['Café', 'cafe'],
      ['geëscaleerde', 'geescaleerde'],
      ['Cliënten', 'clienten'],
      ['ĲSSELMEER', 'ijsselmeer'],
      ['e\u0301e\u0301n', 'een'], // decomposed accents
      ['Één', 'een'],
      ['GEMEENTE', 'gemeente'],
    ])('%s → %s', (text, folded) => {
      expect(fold(text)).toBe(folded);
    });
  });

  describe('stemming (Snowball Dutch)', () => {
    it.each([
      ['woning', 'woningen'],
      ['gemeente', 'gemeenten'],
      ['statushouder', 'statushouders'],
      ['laadpaal', 'laadpalen'],
      ['zonnepaneel', 'zonnepanelen'],
    ])('%s and %s share a stem', (singular, plural) => {
      expect(stem(singular)).toBe(stem(plural));
    });

    it('keeps words with digits as they are', () => {
      expect(stem('2024')).toBe('2024');
      expect(stem('a2b')).toBe('a2b');
    });
  });

  describe('query words', () => {
    const surfaces = (text: string) => analyzeQueryWords(text).map((w) => w.surface);

    it('drops Dutch stop words', () => {
      expect(surfaces('de kosten van de jeugdzorg')).toEqual(['kosten', 'jeugdzorg']);
      expect(STOP_WORDS.has('het')).toBe(true);
    });

    it('keeps the last word when every word is a stop word (someone is still typing)', () => {
      expect(surfaces('van de')).toEqual(['de']);
    });

    it('folds and lower-cases', () => {
      expect(surfaces('Geëscaleerde CAFÉ')).toEqual(['geescaleerde', 'cafe']);
    });

    it('treats a hyphenated word as one word (joined) with its parts', () => {
      const [word] = analyzeQueryWords('PV-panelen');
      expect(word.surface).toBe('pvpanelen');
      expect(word.parts.map((p) => p.surface)).toEqual(['pv', 'panelen']);
      expect(word.stem).toBe(stem('pvpanelen'));
    });

    it('ignores punctuation and markup', () => {
      expect(surfaces('afval & "diftar" <script>')).toEqual(['afval', 'diftar', 'script']);
    });
  });

  describe('WordScanner', () => {
    it('finds words with their offsets and marks hyphen compounds', () => {
      const scanner = new WordScanner();
      const text = 'Noord-Holland, e-mail en café';
      const count = scanner.scan(text);
      const words = Array.from({ length: count }, (_, i) => text.slice(scanner.starts[i], scanner.ends[i]));
      expect(words).toEqual(['Noord', 'Holland', 'e', 'mail', 'en', 'café']);
      expect(Array.from(scanner.joined.subarray(0, count))).toEqual([0, 1, 0, 1, 0, 0]);
      expect(scanner.compoundEnd(0)).toBe(1);
      expect(scanner.compoundEnd(4)).toBe(4);
    });

    it('does not join words around a dash with spaces', () => {
      const scanner = new WordScanner();
      const text = 'wonen - zorg';
      scanner.scan(text);
      expect(Array.from(scanner.joined.subarray(0, scanner.count))).toEqual([0, 0]);
    });
  });

  describe('synonyms', () => {
    it('compiles phrases to stems without stop words', () => {
      expect(phraseStems('Wet maatschappelijke ondersteuning')).toEqual([
        'wet',
        stem('maatschappelijke'),
        stem('ondersteuning'),
      ]);
      expect(phraseStems('besluit begroting en verantwoording')).toHaveLength(3);
    });

    it('has the groups of DUTCH_SYNONYMS, found by any of their phrases', () => {
      const table = new SynonymTable();
      const groupOf = (phrase: string) =>
        table.byFirstStem
          .get(phraseStems(phrase)[0])
          ?.find((p) => p.stems.join(' ') === phraseStems(phrase).join(' '))?.group;
      expect(groupOf('wmo')).toBeDefined();
      expect(groupOf('wmo')).toBe(groupOf('wet maatschappelijke ondersteuning'));
      expect(groupOf('jeugdhulp')).toBe(groupOf('jeugdzorg'));
      expect(groupOf('res')).toBe(groupOf('regionale energiestrategie'));
      expect(groupOf('bijstand')).toBe(groupOf('participatiewet'));
      expect(groupOf('bijstand')).not.toBe(groupOf('jeugdzorg'));
    });

    it('adds extra groups and merges those that share a phrase', () => {
      const table = new SynonymTable([
        ['jeugdzorg', 'jeugdbescherming'],
        ['hondenbelasting', 'belasting op honden'],
      ]);
      const [jeugdzorg] = table.groupsOfStem(stem('jeugdzorg'));
      expect(table.groupsOfStem(stem('jeugdbescherming'))).toEqual([jeugdzorg]);
      expect(table.groupsOfStem(stem('jeugdhulp'))).toEqual([jeugdzorg]);
      expect(table.groupsOfStem(stem('hondenbelasting'))).toHaveLength(1);
    });
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
