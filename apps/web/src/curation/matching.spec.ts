import { idFromInput, overduePerMunicipality, titleMatches, type DeadlineWindow } from './matching';

describe('finding an item by the words of its title', () => {
  it('needs every word, in any order, without regard to case or accents', () => {
    const title = 'Coördinatie van de wachtlijst Jeugdhulp';
    expect(titleMatches(title, 'jeugdhulp wachtlijst')).toBe(true);
    expect(titleMatches(title, 'coordinatie')).toBe(true);
    expect(titleMatches(title, 'WACHTLIJST')).toBe(true);
    expect(titleMatches(title, 'wachtlijst wmo')).toBe(false);
    expect(titleMatches(title, '   ')).toBe(true);
  });

  it('takes an id from a pasted link of a question or report page, or the id itself', () => {
    expect(idFromInput(' https://hub.example/vragen/4f1c-99?x=1 ')).toBe('4f1c-99');
    expect(idFromInput('/rapporten/abc#samenvatting')).toBe('abc');
    expect(idFromInput('  4f1c-99 ')).toBe('4f1c-99');
  });
});

describe('open questions past their deadline without an answer', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const q = (deadline: string | null, answerCount: number, municipalityCode: string | null) => ({
    node: { deadline, answerCount, author: { organisation: { municipalityCode } } },
  });

  it('counts per gemeente of the asker, leaving out answered ones and those still in time', () => {
    const window: DeadlineWindow = {
      edges: [
        q('2026-05-01T21:59:00Z', 0, 'GM0344'),
        q('2026-05-02T21:59:00Z', 2, 'GM0344'),
        q('2026-05-03T21:59:00Z', 0, 'GM0355'),
        q('2026-05-04T21:59:00Z', 0, 'GM0344'),
        q('2026-07-01T21:59:00Z', 0, 'GM0344'),
        q(null, 0, 'GM0355'),
      ],
      pageInfo: { hasNextPage: true },
    };
    const result = overduePerMunicipality(window, now);
    expect(Object.fromEntries(result.counts)).toEqual({ GM0344: 2, GM0355: 1 });
    expect(result.total).toBe(3);
    expect(result.complete).toBe(true);
  });

  it('says when the window ended in the past: the counts are then a lower bound', () => {
    const window: DeadlineWindow = {
      edges: [q('2026-05-01T21:59:00Z', 0, 'GM0344'), q('2026-05-02T21:59:00Z', 0, 'GM0344')],
      pageInfo: { hasNextPage: true },
    };
    expect(overduePerMunicipality(window, now).complete).toBe(false);
    expect(overduePerMunicipality({ ...window, pageInfo: { hasNextPage: false } }, now).complete).toBe(true);
  });
});
