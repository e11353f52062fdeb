import { policyDomainFilterCodes, withDescendants, type TaxonomyView } from './policy-domain-filter';

describe('policyDomainFilterCodes', () => {
  // A small copy of the BBV tree: hoofdstuk 6 with 6.71 superseded by 6.711 and 6.712.
  const children: Record<string, string[]> = { '6': ['6.1', '6.71', '6.711', '6.712'], '0': ['0.1'] };
  const successors: Record<string, string[]> = { '6.71': ['6.711', '6.712'] };
  const predecessors: Record<string, string[]> = { '6.711': ['6.71'], '6.712': ['6.71'] };
  const codes = (m: Record<string, string[]>) => (c: string) => (m[c] ?? []).map((code) => ({ code }));
  const t: TaxonomyView = {
    childrenOf: codes(children),
    successorsOf: codes(successors),
    predecessorsOf: codes(predecessors),
  };
  const sorted = (xs: string[]) => [...xs].sort();

  it('finds everything below a hoofdstuk', () => {
    expect(sorted(policyDomainFilterCodes('6', t))).toEqual(['6', '6.1', '6.71', '6.711', '6.712']);
    expect(sorted(withDescendants('0', t.childrenOf))).toEqual(['0', '0.1']);
  });

  it('finds the successors of a superseded taakveld, and the superseded one from a successor', () => {
    expect(sorted(policyDomainFilterCodes('6.71', t))).toEqual(['6.71', '6.711', '6.712']);
    // Only the direct predecessor, not its other successors.
    expect(sorted(policyDomainFilterCodes('6.711', t))).toEqual(['6.71', '6.711']);
    expect(policyDomainFilterCodes('6.1', t)).toEqual(['6.1']);
  });
});
