import { DirectorySnapshot } from './directory.snapshot';
import type { DirectoryData } from './directory.types';

const gemeente = (code: string, name: string) => ({ code, name, province: 'Utrecht', provinceCode: 'PV26' });

const data: DirectoryData = {
  municipalities: [
    gemeente('GM0344', 'Utrecht'),
    gemeente('GM0355', 'Zeist'),
    gemeente('GM0356', 'Nieuwegein'),
  ],
  neighbours: [
    { a: 'GM0344', b: 'GM0355', sharedBorderM: null },
    { a: 'GM0355', b: 'GM0344', sharedBorderM: null },
    { a: 'GM0344', b: 'GM0356', sharedBorderM: null },
    { a: 'GM0356', b: 'GM0344', sharedBorderM: null },
  ],
  regions: [],
  regionMembers: [],
  policyDomains: [],
  successors: [],
  themes: [],
};

describe('DirectorySnapshot', () => {
  const snapshot = new DirectorySnapshot(data, null);

  it('links each gemeente to its buurgemeenten, by name, as the same objects the directory hands out', () => {
    const utrecht = snapshot.municipality('GM0344')!;
    expect(utrecht.neighbours.map((m) => m.name)).toEqual(['Nieuwegein', 'Zeist']);
    expect(utrecht.neighbours[1]).toBe(snapshot.municipality('GM0355'));
    expect(snapshot.municipality('GM0355')!.neighbours).toEqual([utrecht]);
    expect(snapshot.neighbours('GM0356')).toEqual([utrecht]);
  });

  it('serialises a gemeente without its buurgemeenten (no cycle in JSON, logs or search documents)', () => {
    expect(JSON.parse(JSON.stringify(snapshot.municipality('GM0344')))).toEqual(
      gemeente('GM0344', 'Utrecht'),
    );
    expect({ ...snapshot.municipality('GM0355') }).toEqual(gemeente('GM0355', 'Zeist'));
  });
});
