import en from './en.json';
import nl from './nl.json';

type Tree = { readonly [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

function lookup(tree: Tree, key: string): string {
  const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part]!, tree);
  return value as string;
}

describe('the translations', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys(nl)) {
      expect({ key, placeholders: placeholders(lookup(en, key)) }).toEqual({
        key,
        placeholders: placeholders(lookup(nl, key)),
      });
    }
  });

  it('have no empty texts', () => {
    for (const tree of [nl, en]) {
      for (const key of keys(tree))
        expect({ key, empty: lookup(tree, key).trim() === '' }).toEqual({ key, empty: false });
    }
  });
});
