import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFileStorage } from './file-storage';

describe('LocalFileStorage', () => {
  let folder: string;
  let storage: LocalFileStorage;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'ksp-files-'));
    storage = new LocalFileStorage(folder);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('puts, gets and deletes bytes by key, leaving no temporary files', async () => {
    const bytes = Buffer.from('%PDF-1.7 rapport');
    await storage.put('reports/r-1/f-1', bytes);
    expect((await storage.get('reports/r-1/f-1'))?.equals(bytes)).toBe(true);
    expect(readdirSync(join(folder, 'reports', 'r-1'))).toEqual(['f-1']);
    await storage.delete('reports/r-1/f-1');
    expect(await storage.get('reports/r-1/f-1')).toBeNull();
    await expect(storage.delete('reports/r-1/f-1')).resolves.toBeUndefined();
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../buiten', 'reports/../../etc/passwd', '/etc/passwd', 'reports//x', '', 'a\\b']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow('invalid storage key');
      await expect(storage.get(key)).rejects.toThrow('invalid storage key');
    }
  });
});
