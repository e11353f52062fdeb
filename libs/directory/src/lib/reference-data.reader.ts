import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DirectoryData, PolicyDomainLevel, PolicyDomainStatus, RegionKind } from './directory.types';

/** The reference data shipped with the hub (copied from the project's shared data; see data/SOURCES.md). */
export const BUNDLED_DATA_DIR = join(__dirname, '..', '..', 'data');

const FILES = ['gemeenten.csv', 'gemeente-neighbours.csv', 'taakvelden.csv', 'tooi-themas.csv'] as const;

type Row = Record<string, string>;

function readCsv(dir: string, file: string): Row[] {
  return parse(readFileSync(join(dir, file)), { columns: true, skip_empty_lines: true, trim: true }) as Row[];
}

function required(row: Row, column: string, file: string): string {
  const value = row[column];
  if (value === undefined || value === '')
    throw new Error(`${file}: column '${column}' is empty in ${JSON.stringify(row)}`);
  return value;
}

export interface ReferenceData {
  readonly data: DirectoryData;
  /** SHA-256 over the data files: an import is skipped when the database already holds this version. */
  readonly checksum: string;
}

export function readReferenceData(dir: string = BUNDLED_DATA_DIR): ReferenceData {
  const hash = createHash('sha256');
  for (const f of FILES) hash.update(f).update(readFileSync(join(dir, f)));

  const gemeenten = readCsv(dir, 'gemeenten.csv');
  const municipalities = gemeenten.map((r) => ({
    code: required(r, 'code', 'gemeenten.csv'),
    name: required(r, 'name', 'gemeenten.csv'),
    province: required(r, 'province', 'gemeenten.csv'),
    provinceCode: required(r, 'province_code', 'gemeenten.csv'),
  }));

  const regions = new Map<string, { id: string; kind: RegionKind; name: string }>();
  const regionMembers: { regionId: string; municipalityCode: string }[] = [];
  for (const r of gemeenten) {
    const code = required(r, 'code', 'gemeenten.csv');
    const province = {
      id: required(r, 'province_code', 'gemeenten.csv'),
      kind: RegionKind.PROVINCE,
      name: required(r, 'province', 'gemeenten.csv'),
    };
    regions.set(province.id, province);
    regionMembers.push({ regionId: province.id, municipalityCode: code });
    if (r['veiligheidsregio_code']) {
      const vr = {
        id: r['veiligheidsregio_code'],
        kind: RegionKind.VEILIGHEIDSREGIO,
        name: required(r, 'veiligheidsregio_name', 'gemeenten.csv'),
      };
      regions.set(vr.id, vr);
      regionMembers.push({ regionId: vr.id, municipalityCode: code });
    }
  }

  const neighbours = readCsv(dir, 'gemeente-neighbours.csv').map((r) => ({
    a: required(r, 'code_a', 'gemeente-neighbours.csv'),
    b: required(r, 'code_b', 'gemeente-neighbours.csv'),
    sharedBorderM: r['approx_shared_border_m'] ? Number(r['approx_shared_border_m']) : null,
  }));

  const taakvelden = readCsv(dir, 'taakvelden.csv');
  const policyDomains = taakvelden.map((r) => ({
    code: required(r, 'code', 'taakvelden.csv'),
    name: required(r, 'name', 'taakvelden.csv'),
    parentCode: r['parent'] || null,
    level:
      required(r, 'level', 'taakvelden.csv') === 'hoofdstuk'
        ? PolicyDomainLevel.HOOFDSTUK
        : PolicyDomainLevel.TAAKVELD,
    status:
      required(r, 'status', 'taakvelden.csv') === 'superseded'
        ? PolicyDomainStatus.SUPERSEDED
        : PolicyDomainStatus.CURRENT,
    formerNames: (r['former_names'] ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  }));
  const successors = taakvelden.flatMap((r) =>
    (r['superseded_by'] ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((successorCode) => ({ code: required(r, 'code', 'taakvelden.csv'), successorCode })),
  );

  const themes = readCsv(dir, 'tooi-themas.csv').map((r) => ({
    code: required(r, 'code', 'tooi-themas.csv'),
    name: required(r, 'name', 'tooi-themas.csv'),
    parentCode: r['parent_code'] || null,
    level: Number(required(r, 'level', 'tooi-themas.csv')),
    uri: required(r, 'uri', 'tooi-themas.csv'),
  }));

  return {
    checksum: hash.digest('hex'),
    data: {
      municipalities,
      neighbours,
      regions: [...regions.values()],
      regionMembers,
      policyDomains,
      successors,
      themes,
    },
  };
}
