import { idFromInput, titleMatches } from './matching';

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
