import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions, pendingSchemaChanges, runMigrations } from '@ksp/persistence';
import { createTestDatabase, TestDatabase } from '@ksp/testing';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule, DirectoryService, ReferenceDataImporter, readReferenceData } from '@ksp/directory';
import { ALL_ENTITIES } from './entities';

describe('migrations', () => {
  let db: TestDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDatabase();
    ds = createDataSource({ target: db.target, entities: ALL_ENTITIES });
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('give exactly the schema of the entities (generating a migration afterwards yields nothing)', async () => {
    expect(await pendingSchemaChanges(ds)).not.toEqual([]); // an empty database does drift
    const applied = await runMigrations(ds);
    expect(applied.length).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(ds)).toEqual([]);
    expect(await runMigrations(ds)).toEqual([]); // and running them again does nothing
  });
});

describe('reference data import', () => {
  let db: TestDatabase;
  let importer: ReferenceDataImporter;
  let directory: DirectoryService;
  let close: () => Promise<void>;
  beforeAll(async () => {
    db = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ target: db.target, entities: ALL_ENTITIES }),
          migrationsRun: true,
        }),
        DirectoryModule.forRoot({ importOnStart: false, refreshIntervalMs: 0 }),
      ],
    }).compile();
    await moduleRef.init();
    importer = moduleRef.get(ReferenceDataImporter);
    directory = moduleRef.get(DirectoryService);
    close = () => moduleRef.close();
  });
  afterAll(async () => {
    await close?.();
    await db?.drop();
  });

  it('loads everything the first time and changes nothing the second time', async () => {
    const first = await importer.import();
    expect(first.changed.municipality.upserted).toBe(342);
    expect(first.changed.municipalityNeighbour.upserted).toBe(2 * 874);
    expect(first.changed.policyDomain.upserted).toBe(84);
    expect(first.changed.tooiTheme.upserted).toBe(92);
    const second = await importer.import();
    for (const counts of Object.values(second.changed)) expect(counts).toEqual({ upserted: 0, deleted: 0 });
    const onStart = await importer.importIfOutdated();
    expect(onStart.skipped).toBe(true);
    await directory.reload();
    expect(directory.neighboursOf('GM0363')).toHaveLength(13);
  });

  it('updates only what changed in the data files, and leaves a hub’s own regions alone', async () => {
    const ref = readReferenceData();
    const renamed = {
      checksum: 'test-version',
      data: {
        ...ref.data,
        municipalities: ref.data.municipalities.map((m) =>
          m.code === 'GM0344' ? { ...m, name: 'Utrecht (test)' } : m,
        ),
        neighbours: ref.data.neighbours.filter((n) => !(n.a === 'GM0344' && n.b === 'GM0355')),
      },
    };
    const result = await importer.import(renamed);
    expect(result.changed.municipality).toEqual({ upserted: 1, deleted: 0 });
    expect(result.changed.municipalityNeighbour).toEqual({ upserted: 0, deleted: 2 });
    await directory.reload();
    expect(directory.getMunicipality('GM0344').name).toBe('Utrecht (test)');
    expect(directory.areNeighbours('GM0355', 'GM0344')).toBe(false);
    // back to the bundled data
    const restored = await importer.import();
    expect(restored.changed.municipality).toEqual({ upserted: 1, deleted: 0 });
    expect(restored.changed.municipalityNeighbour).toEqual({ upserted: 2, deleted: 0 });
  });
});
