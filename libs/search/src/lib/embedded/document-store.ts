/**
 * The embedded engine's durable copy of its documents: one SQLite file (better-sqlite3, WAL).
 *
 * - `search_document`: id → the document as JSON, its full text in a column of its own (a snippet of
 *   a short field never parses a long report), and `seq`, the number of the write that stored it.
 *   Written before the in-memory index changes; read per hit for snippets.
 * - `search_deleted`: ids deleted since the last snapshot, with their `seq`.
 * - `search_snapshot`: the in-memory index as binary parts (see `snapshot.ts`), with the `seq` it
 *   includes (in `search_meta`). A start loads the snapshot and replays the writes after it; without
 *   a usable snapshot it re-indexes every document.
 *
 * A rebuild writes into `search_document_next` and swaps it in with one transaction (drop + rename),
 * which also drops the snapshot (it describes the old content).
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { DocumentVersion, SearchDocument } from '../search-engine';

interface Statement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  raw(toggle?: boolean): Statement;
}

interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
}

type DatabaseConstructor = new (path: string) => Database;

// better-sqlite3 ships without type declarations; the few methods used here are typed above.
const BetterSqlite3 = createRequire(__filename)('better-sqlite3') as DatabaseConstructor;

const TABLE = 'search_document';
const NEXT_TABLE = 'search_document_next';

function createTable(db: Database, table: string): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${table} (
       id TEXT PRIMARY KEY,
       updated_at TEXT NOT NULL,
       doc TEXT NOT NULL,
       full_text TEXT NOT NULL DEFAULT '',
       seq INTEGER NOT NULL
     )`,
  );
}

export interface SnapshotInfo {
  readonly seq: number;
  readonly fingerprint: string;
}

interface TableStatements {
  readonly upsert: Statement;
  readonly delete: Statement;
}

function statementsFor(db: Database, table: string): TableStatements {
  return {
    upsert: db.prepare(
      `INSERT INTO ${table} (id, updated_at, doc, full_text, seq) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, doc = excluded.doc,
         full_text = excluded.full_text, seq = excluded.seq`,
    ),
    delete: db.prepare(`DELETE FROM ${table} WHERE id = ?`),
  };
}

function serialize(document: SearchDocument): [string, string, string, string] {
  const { fullText, ...rest } = document;
  return [document.id, document.updatedAt, JSON.stringify(rest), fullText];
}

function deserialize(doc: string, fullText: string): SearchDocument {
  return { ...(JSON.parse(doc) as Omit<SearchDocument, 'fullText'>), fullText };
}

export class DocumentStore {
  private readonly db: Database;
  private main!: TableStatements;
  private next: TableStatements | null = null;
  private getDoc!: Statement;
  private getFullText!: Statement;
  private recordDeleted!: Statement;
  private setMeta!: Statement;
  private closed = false;
  /** Number of the last write (a transaction of upserts and deletes). */
  seq = 0;

  /** `trackDeletes`: record deleted ids for replay after a snapshot (not needed without snapshots). */
  constructor(
    readonly path: string,
    private readonly trackDeletes = true,
  ) {
    if (path !== ':memory:' && !path.startsWith('file:'))
      mkdirSync(dirname(resolve(path)), { recursive: true });
    this.db = new BetterSqlite3(path);
    if (path !== ':memory:') {
      this.db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL is durable against a crash of the process; only a power loss can take
      // back the last transactions (the index in memory is lost then too).
      this.db.pragma('synchronous = NORMAL');
    }
    // A rebuild that did not finish (crash) left its table: the live one is intact.
    this.db.exec(`DROP TABLE IF EXISTS ${NEXT_TABLE}`);
    createTable(this.db, TABLE);
    this.db.exec(`CREATE TABLE IF NOT EXISTS search_deleted (id TEXT PRIMARY KEY, seq INTEGER NOT NULL)`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS search_snapshot (part TEXT PRIMARY KEY, data BLOB NOT NULL)`);
    this.prepare();
    this.seq = Number(this.meta('seq') ?? 0);
  }

  private meta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM search_meta WHERE key = ?').raw(true).get(key) as
      [string] | undefined;
    return row?.[0];
  }

  private prepare(): void {
    this.main = statementsFor(this.db, TABLE);
    this.getDoc = this.db.prepare(`SELECT doc FROM ${TABLE} WHERE id = ?`).raw(true);
    this.getFullText = this.db.prepare(`SELECT full_text FROM ${TABLE} WHERE id = ?`).raw(true);
    this.recordDeleted = this.db.prepare(
      'INSERT INTO search_deleted (id, seq) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq',
    );
    this.setMeta = this.db.prepare(
      'INSERT INTO search_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  /** Writes (inserts or replaces) and deletes in one transaction, in the live table and, during a rebuild, the next one. */
  write(upserts: readonly SearchDocument[], deletes: readonly string[]): void {
    const targets = this.next ? [this.main, this.next] : [this.main];
    const seq = this.seq + 1;
    this.db.transaction(() => {
      for (const document of upserts) {
        const row = serialize(document);
        for (const target of targets) target.upsert.run(...row, seq);
      }
      for (const id of deletes) {
        for (const target of targets) target.delete.run(id);
        if (this.trackDeletes) this.recordDeleted.run(id, seq);
      }
      this.setMeta.run('seq', String(seq));
    })();
    this.seq = seq;
  }

  /** The stored document without its full text (`fullText` is ''), or undefined. */
  get(id: string): SearchDocument | undefined {
    const row = this.getDoc.get(id) as [string] | undefined;
    return row ? deserialize(row[0], '') : undefined;
  }

  fullText(id: string): string {
    const row = this.getFullText.get(id) as [string] | undefined;
    return row ? row[0] : '';
  }

  count(): number {
    return (this.db.prepare(`SELECT count(*) FROM ${TABLE}`).raw(true).get() as [number])[0];
  }

  /** Every stored document, in storage order. */
  *documents(): Generator<SearchDocument> {
    const rows = this.db.prepare(`SELECT doc, full_text FROM ${TABLE}`).raw(true).iterate();
    for (const row of rows) {
      const [doc, fullText] = row as [string, string];
      yield deserialize(doc, fullText);
    }
  }

  versions(): DocumentVersion[] {
    const rows = this.db.prepare(`SELECT id, updated_at FROM ${TABLE} ORDER BY id`).raw(true).all();
    return rows.map((row) => {
      const [id, updatedAt] = row as [string, string];
      return { id, updatedAt };
    });
  }

  beginRebuild(): void {
    this.db.exec(`DROP TABLE IF EXISTS ${NEXT_TABLE}`);
    createTable(this.db, NEXT_TABLE);
    this.next = statementsFor(this.db, NEXT_TABLE);
  }

  /** Writes a rebuild batch into the next table only. */
  writeNext(documents: readonly SearchDocument[]): void {
    const next = this.next;
    if (!next) throw new Error('No rebuild in progress');
    this.db.transaction(() => {
      for (const document of documents) next.upsert.run(...serialize(document), this.seq);
    })();
  }

  /** Swaps the next table in; the snapshot (of the old content) is dropped in the same transaction. */
  commitRebuild(): void {
    this.db.transaction(() => {
      this.db.exec(`DROP TABLE ${TABLE}`);
      this.db.exec(`ALTER TABLE ${NEXT_TABLE} RENAME TO ${TABLE}`);
      this.dropSnapshotRows();
    })();
    this.next = null;
    this.prepare();
  }

  private dropSnapshotRows(): void {
    this.db.exec('DELETE FROM search_snapshot');
    this.db.exec(`DELETE FROM search_meta WHERE key IN ('snapshot_seq', 'snapshot_fingerprint')`);
  }

  /** The stored snapshot's `seq` and fingerprint, or null when there is none. */
  snapshotInfo(): SnapshotInfo | null {
    const seq = this.meta('snapshot_seq');
    const fingerprint = this.meta('snapshot_fingerprint');
    return seq === undefined || fingerprint === undefined ? null : { seq: Number(seq), fingerprint };
  }

  /** One part of the stored snapshot. */
  snapshotPart(part: string): Buffer | undefined {
    const row = this.db.prepare('SELECT data FROM search_snapshot WHERE part = ?').raw(true).get(part) as
      [Buffer] | undefined;
    return row?.[0];
  }

  /**
   * Replaces the snapshot by the parts that `write` hands to its sink (inserted as they come, in one
   * transaction); they must come from an index that includes every write up to now.
   */
  saveSnapshot(fingerprint: string, write: (sink: (part: string, data: Buffer) => void) => void): void {
    const insert = this.db.prepare('INSERT INTO search_snapshot (part, data) VALUES (?, ?)');
    this.db.transaction(() => {
      this.dropSnapshotRows();
      write((part, data) => insert.run(part, data));
      this.setMeta.run('snapshot_seq', String(this.seq));
      this.setMeta.run('snapshot_fingerprint', fingerprint);
      this.db.prepare('DELETE FROM search_deleted WHERE seq <= ?').run(this.seq);
    })();
  }

  /** Ids deleted after write `seq`. */
  deletedSince(seq: number): string[] {
    const rows = this.db.prepare('SELECT id FROM search_deleted WHERE seq > ?').raw(true).all(seq);
    return rows.map((row) => (row as [string])[0]);
  }

  /** Documents written after write `seq`. */
  *documentsSince(seq: number): Generator<SearchDocument> {
    const rows = this.db.prepare(`SELECT doc, full_text FROM ${TABLE} WHERE seq > ?`).raw(true).iterate(seq);
    for (const row of rows) {
      const [doc, fullText] = row as [string, string];
      yield deserialize(doc, fullText);
    }
  }

  abortRebuild(): void {
    this.next = null;
    if (!this.closed) this.db.exec(`DROP TABLE IF EXISTS ${NEXT_TABLE}`);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
