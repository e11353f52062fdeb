import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** The same gemeenten and buurgemeenten the hub serves, read from its bundled data, in memory. */
export interface SliceMunicipality {
  code: string;
  name: string;
  neighbours: SliceMunicipality[];
}

export function loadSlice(): Map<string, SliceMunicipality> {
  const dir = join(__dirname, '../../../../libs/directory/data');
  const rows = parse(readFileSync(join(dir, 'gemeenten.csv')), { columns: true }) as Record<string, string>[];
  const byCode = new Map<string, SliceMunicipality>();
  for (const r of rows) byCode.set(r['code']!, { code: r['code']!, name: r['name']!, neighbours: [] });
  const pairs = parse(readFileSync(join(dir, 'gemeente-neighbours.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  for (const p of pairs) {
    const a = byCode.get(p['code_a']!)!;
    const b = byCode.get(p['code_b']!)!;
    a.neighbours.push(b);
    b.neighbours.push(a);
  }
  for (const m of byCode.values()) m.neighbours.sort((x, y) => x.name.localeCompare(y.name, 'nl'));
  return byCode;
}
