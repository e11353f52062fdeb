import { regionLabel } from './search.service';

describe('region facet labels', () => {
  it('name the kind, so that regions of the same name can be told apart', () => {
    expect(regionLabel({ kind: 'PROVINCE', name: 'Utrecht' })).toBe('Provincie Utrecht');
    expect(regionLabel({ kind: 'VEILIGHEIDSREGIO', name: 'Utrecht' })).toBe('Veiligheidsregio Utrecht');
    expect(regionLabel({ kind: 'CUSTOM', name: 'Foodvalley' })).toBe('Kennisregio Foodvalley');
  });

  it('do not repeat a kind the name already starts with', () => {
    expect(regionLabel({ kind: 'CUSTOM', name: 'Kennisregio Oost' })).toBe('Kennisregio Oost');
    expect(regionLabel({ kind: 'VEILIGHEIDSREGIO', name: 'Veiligheidsregio Zeeland' })).toBe(
      'Veiligheidsregio Zeeland',
    );
    expect(regionLabel({ kind: 'PROVINCE', name: 'Provinciestad' })).toBe('Provincie Provinciestad');
  });
});
