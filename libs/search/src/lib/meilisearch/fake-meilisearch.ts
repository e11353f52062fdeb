/**
 * Test support (used by the specs next to it, not by the adapter): a real HTTP server on
 * 127.0.0.1 that records every request and answers like Meilisearch's REST API does — enqueued
 * tasks (202), `GET /tasks/:uid` moving from `enqueued` to `succeeded` or `failed`, index info,
 * documents, settings, swaps, `index_not_found` errors — so the adapter is exercised through the
 * real meilisearch-js client and real HTTP. It does not search: tests answer searches themselves.
 * Faults (503, HTML 502, a dropped connection, no answer) can be injected per request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: Json | undefined;
  readonly authorization: string | undefined;
}

export interface MeiliErrorBody {
  readonly message: string;
  readonly code: string;
  readonly type: 'invalid_request' | 'internal' | 'auth' | 'system';
  readonly link: string;
}

export interface FakeIndex {
  primaryKey: string | null;
  settings: JsonObject;
  documents: Map<string, JsonObject>;
  readonly createdAt: string;
}

interface FakeTask {
  readonly uid: number;
  readonly indexUid: string | null;
  readonly type: string;
  readonly enqueuedAt: string;
  readonly details: JsonObject;
  readonly apply: () => MeiliErrorBody | null;
  polls: number;
  status: 'enqueued' | 'succeeded' | 'failed';
  error: MeiliErrorBody | null;
}

export type FaultKind = 'status503' | 'html502' | 'close' | 'hang' | 'answer';

export interface Fault {
  readonly when: (request: RecordedRequest) => boolean;
  readonly kind: FaultKind;
  /** For `answer`: the status and body to send instead of the normal answer. */
  readonly answer?: HttpAnswer;
  /** How many matching requests fail; later ones are answered normally. */
  remaining: number;
}

/** A search answer other than 200, e.g. `new HttpAnswer(400, meiliError(…))`. */
export class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export type SearchHandler = (indexUid: string, body: JsonObject) => JsonObject | HttpAnswer;

const TIMESTAMP = '2025-01-01T00:00:00.000000Z';

export function meiliError(
  message: string,
  code: string,
  type: MeiliErrorBody['type'] = 'invalid_request',
): MeiliErrorBody {
  return { message, code, type, link: `https://docs.meilisearch.com/errors#${code}` };
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<string, FakeIndex>();
  readonly faults: Fault[] = [];
  /** Task failures to inject: the first matching one fails the task with its error. */
  readonly taskFailures: {
    when: (type: string, indexUid: string | null) => boolean;
    error: MeiliErrorBody;
  }[] = [];
  /** `GET /tasks/:uid` answers `enqueued` this many times before the task is processed. */
  pollsBeforeDone = 0;
  onSearch: SearchHandler = () => ({
    hits: [],
    query: '',
    processingTimeMs: 0,
    hitsPerPage: 20,
    page: 1,
    totalPages: 0,
    totalHits: 0,
  });
  private readonly tasks = new Map<number, FakeTask>();
  private nextTaskUid = 0;
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();

  get url(): string {
    if (!this.server) throw new Error('FakeMeilisearch is not started');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const res of this.hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  /** Requests other than task polls, as `METHOD /path` (with the query string when there is one). */
  calls(): string[] {
    return this.requests
      .filter((r) => !(r.method === 'GET' && r.path.startsWith('/tasks/')))
      .map((r) => {
        const query = new URLSearchParams(r.query).toString();
        return `${r.method} ${r.path}${query ? `?${query}` : ''}`;
      });
  }

  /** Status polls of one task. */
  pollsOf(taskUid: number): number {
    return this.requests.filter((r) => r.method === 'GET' && r.path === `/tasks/${taskUid}`).length;
  }

  addIndex(uid: string, primaryKey: string | null = 'id', documents: JsonObject[] = []): FakeIndex {
    const index: FakeIndex = {
      primaryKey,
      settings: {},
      documents: new Map(documents.map((d) => [String(d['id']), d])),
      createdAt: TIMESTAMP,
    };
    this.indexes.set(uid, index);
    return index;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text === '' ? undefined : (JSON.parse(text) as Json),
      authorization: req.headers.authorization,
    };
    this.requests.push(recorded);

    const fault = this.faults.find((f) => f.remaining > 0 && f.when(recorded));
    if (fault) {
      fault.remaining--;
      switch (fault.kind) {
        case 'close':
          req.socket.destroy();
          return;
        case 'hang':
          this.hanging.add(res);
          return;
        case 'html502':
          res.writeHead(502, { 'content-type': 'text/html' });
          res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
          return;
        case 'status503':
          return this.send(res, 503, meiliError('Service unavailable', 'internal', 'internal'));
        case 'answer':
          return this.send(res, fault.answer?.status ?? 500, fault.answer?.body);
      }
    }

    try {
      const [status, body] = this.route(recorded);
      this.send(res, status, body);
    } catch (error) {
      this.send(res, 500, meiliError(String(error), 'internal', 'internal'));
    }
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    const payload = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(payload);
  }

  private route(r: RecordedRequest): [number, unknown] {
    const parts = r.path.split('/').filter(Boolean).map(decodeURIComponent);
    const m = r.method;
    if (m === 'GET' && r.path === '/health') return [200, { status: 'available' }];
    if (m === 'GET' && parts[0] === 'tasks' && parts.length === 2) return this.getTask(Number(parts[1]));
    if (m === 'POST' && r.path === '/swap-indexes') return this.swap(r.body);
    if (parts[0] !== 'indexes') return [404, meiliError(`Not found: ${r.path}`, 'not_found')];

    if (m === 'POST' && parts.length === 1) {
      const body = isObject(r.body) ? r.body : {};
      const uid = String(body['uid']);
      const primaryKey = typeof body['primaryKey'] === 'string' ? body['primaryKey'] : null;
      return this.enqueue(uid, 'indexCreation', { primaryKey }, () => {
        if (this.indexes.has(uid)) {
          return meiliError(`Index \`${uid}\` already exists.`, 'index_already_exists');
        }
        this.addIndex(uid, primaryKey);
        return null;
      });
    }
    const uid = parts[1];
    const index = this.indexes.get(uid);
    const notFound = (): [number, MeiliErrorBody] => [
      404,
      meiliError(`Index \`${uid}\` not found.`, 'index_not_found'),
    ];
    const rest = parts.slice(2).join('/');

    if (rest === '') {
      if (m === 'GET') {
        if (!index) return notFound();
        return [200, { uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: TIMESTAMP }];
      }
      if (m === 'PATCH') {
        const body = isObject(r.body) ? r.body : {};
        return this.enqueue(uid, 'indexUpdate', body, () => {
          const target = this.indexes.get(uid);
          if (!target) return meiliError(`Index \`${uid}\` not found.`, 'index_not_found');
          if (typeof body['primaryKey'] === 'string') target.primaryKey = body['primaryKey'];
          return null;
        });
      }
      if (m === 'DELETE') {
        return this.enqueue(uid, 'indexDeletion', {}, () =>
          this.indexes.delete(uid) ? null : meiliError(`Index \`${uid}\` not found.`, 'index_not_found'),
        );
      }
    }
    if (rest === 'settings' && m === 'PATCH') {
      const body = isObject(r.body) ? r.body : {};
      return this.enqueue(uid, 'settingsUpdate', body, () => {
        const target = this.indexes.get(uid) ?? this.addIndex(uid, null);
        target.settings = { ...target.settings, ...body };
        return null;
      });
    }
    if (rest === 'documents' && m === 'POST') {
      const documents = Array.isArray(r.body) ? r.body.filter(isObject) : [];
      const primaryKey = r.query['primaryKey'] ?? 'id';
      return this.enqueue(uid, 'documentAdditionOrUpdate', { receivedDocuments: documents.length }, () => {
        const target = this.indexes.get(uid) ?? this.addIndex(uid, primaryKey);
        for (const document of documents) target.documents.set(String(document[primaryKey]), document);
        return null;
      });
    }
    if (rest === 'documents' && m === 'GET') {
      if (!index) return notFound();
      const offset = Number(r.query['offset'] ?? 0);
      const limit = Number(r.query['limit'] ?? 20);
      const fields = r.query['fields']?.split(',');
      const all = [...index.documents.values()];
      const results = all
        .slice(offset, offset + limit)
        .map((document) =>
          fields
            ? Object.fromEntries(Object.entries(document).filter(([key]) => fields.includes(key)))
            : document,
        );
      return [200, { results, offset, limit, total: all.length }];
    }
    if (rest === 'documents/delete-batch' && m === 'POST') {
      const ids = Array.isArray(r.body) ? r.body.map(String) : [];
      return this.enqueue(uid, 'documentDeletion', { providedIds: ids.length }, () => {
        const target = this.indexes.get(uid);
        if (!target) return meiliError(`Index \`${uid}\` not found.`, 'index_not_found');
        for (const id of ids) target.documents.delete(id);
        return null;
      });
    }
    if (rest === 'search' && m === 'POST') {
      if (!index) return notFound();
      const answer = this.onSearch(uid, isObject(r.body) ? r.body : {});
      return answer instanceof HttpAnswer ? [answer.status, answer.body] : [200, answer];
    }
    return [404, meiliError(`Not found: ${m} ${r.path}`, 'not_found')];
  }

  private swap(body: Json | undefined): [number, unknown] {
    const pairs = Array.isArray(body) ? body.filter(isObject) : [];
    for (const pair of pairs) {
      const keys = Object.keys(pair);
      if (keys.some((key) => key !== 'indexes')) {
        // Meilisearch < 1.18 refuses unknown fields such as `rename`.
        return [400, meiliError(`Unknown field \`${keys.join(', ')}\``, 'bad_request')];
      }
    }
    return this.enqueue(null, 'indexSwap', { swaps: pairs }, () => {
      for (const pair of pairs) {
        const [a, b] = (Array.isArray(pair['indexes']) ? pair['indexes'] : []).map(String);
        const first = this.indexes.get(a);
        const second = this.indexes.get(b);
        if (!first || !second) {
          return meiliError(`Indexes not found: ${!first ? a : b}`, 'index_not_found');
        }
        this.indexes.set(a, second);
        this.indexes.set(b, first);
      }
      return null;
    });
  }

  private enqueue(
    indexUid: string | null,
    type: string,
    details: JsonObject,
    apply: () => MeiliErrorBody | null,
  ): [number, unknown] {
    const task: FakeTask = {
      uid: this.nextTaskUid++,
      indexUid,
      type,
      enqueuedAt: TIMESTAMP,
      details,
      apply,
      polls: 0,
      status: 'enqueued',
      error: null,
    };
    this.tasks.set(task.uid, task);
    return [202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: TIMESTAMP }];
  }

  private getTask(uid: number): [number, unknown] {
    const task = this.tasks.get(uid);
    if (!task) return [404, meiliError(`Task \`${uid}\` not found.`, 'task_not_found')];
    if (task.status === 'enqueued' && task.polls++ >= this.pollsBeforeDone) {
      const injected = this.taskFailures.find((f) => f.when(task.type, task.indexUid));
      task.error = injected ? injected.error : task.apply();
      task.status = task.error ? 'failed' : 'succeeded';
    }
    const done = task.status !== 'enqueued';
    return [
      200,
      {
        uid: task.uid,
        batchUid: done ? task.uid : null,
        indexUid: task.indexUid,
        status: task.status,
        type: task.type,
        canceledBy: null,
        details: task.details,
        error: task.error,
        duration: done ? 'PT0.001S' : null,
        enqueuedAt: task.enqueuedAt,
        startedAt: done ? TIMESTAMP : null,
        finishedAt: done ? TIMESTAMP : null,
      },
    ];
  }
}
