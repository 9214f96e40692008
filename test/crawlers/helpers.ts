/** Local servers answering like the real APIs, and test configs pointing at them (temp data dirs). */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { dataPaths, type Config } from '../../config/index.ts';
import { sourceSchema } from '../../config/schema.ts';
import { RawStore, readPart } from '../../crawlers/sink.ts';

export interface Served {
  url: string;
  requests: { method: string; path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => void | Promise<void>;

export async function serve(handler: Handler): Promise<Served> {
  const requests: Served['requests'] = [];
  const server = http.createServer(async (req, res) => {
    const p = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path: p, headers: req.headers });
    try {
      await handler(req, res, p);
    } catch (err) {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(err));
    }
  });
  server.keepAliveTimeout = 500;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Sends JSON with an ETag; answers 304 to a matching If-None-Match. */
export function sendJson(req: IncomingMessage, res: ServerResponse, body: unknown, etagged = true): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const etag = `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`;
  if (etagged && req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...(etagged ? { etag } : {}) });
  res.end(text);
}

export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'));

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'skillpulse-crawl-'));
}

/** A Config for tests: fast politeness defaults unless the source says otherwise. */
export function testConfig(
  root: string,
  sources: Record<string, unknown>[],
  userAgent = 'skillpulse-test/1.0 (+https://example.org)',
): Config {
  return {
    configPath: null,
    schedule: '0 4 * * *',
    userAgent,
    sources: sources.map((s) =>
      sourceSchema.parse({ delayMs: 0, backoffMs: 20, timeoutSecs: 5, maxRetries: 2, maxConcurrency: 4, ...s }),
    ),
    api: { corsOrigins: ['*'], bodyLimit: 100_000 },
    data: dataPaths(root),
    port: 0,
    adminToken: null,
    rateLimit: 0,
  };
}

/** Every stored record of a source: [id, content_hash] pairs (duplicates kept, so doubles show). */
export async function storedKeys(root: string, source: string): Promise<string[]> {
  const store = new RawStore(path.join(root, 'raw'));
  const out: string[] = [];
  for (const part of store.partFiles(source))
    for await (const r of readPart(path.join(store.dir, part))) out.push(`${r.id}\t${r.content_hash}`);
  return out;
}

// ---- HN Algolia fake ----

export interface FakeComment {
  id: number;
  created_at: string;
  text: string | null;
  children?: FakeComment[];
}
export interface FakeThread {
  id: number;
  title: string;
  created_at: string;
  comments: FakeComment[];
}

const node = (c: FakeComment, parent: number, story: number): Record<string, unknown> => ({
  id: c.id,
  created_at: c.created_at,
  created_at_i: Math.floor(Date.parse(c.created_at) / 1000),
  type: 'comment',
  author: c.text === null ? null : 'user',
  title: null,
  url: null,
  text: c.text,
  points: null,
  parent_id: parent,
  story_id: story,
  options: [],
  children: (c.children ?? []).map((k) => node(k, c.id, story)),
});

function count(cs: FakeComment[]): number {
  return cs.reduce((a, c) => a + 1 + count(c.children ?? []), 0);
}

/** Answers `search_by_date` (stories newest first, paged, with decoy "Who wants to be hired?" stories) and `items/{id}`. */
export function hnAlgolia(
  threads: FakeThread[],
  opts: { hitsPerPageCap?: number; itemDelayMs?: number } = {},
): Handler {
  const stories = [...threads].sort((a, b) => b.created_at.localeCompare(a.created_at));
  const hits: Record<string, unknown>[] = [];
  for (const t of stories) {
    hits.push({
      created_at: t.created_at,
      title: t.title,
      author: 'whoishiring',
      num_comments: count(t.comments),
      objectID: String(t.id),
      created_at_i: Math.floor(Date.parse(t.created_at) / 1000),
      _tags: ['story', 'author_whoishiring', `story_${t.id}`, 'ask_hn'],
    });
    hits.push({
      created_at: t.created_at,
      title: t.title.replace('Who is hiring?', 'Who wants to be hired?'),
      author: 'whoishiring',
      num_comments: 3,
      objectID: String(t.id + 1_000_000_000),
      _tags: ['story', 'author_whoishiring'],
    });
  }
  const byId = new Map(threads.map((t) => [String(t.id), t]));
  return async (req, res, p) => {
    const u = new URL(p, 'http://x');
    if (u.pathname.endsWith('/search_by_date')) {
      const per = Math.min(Number(u.searchParams.get('hitsPerPage') ?? 20), opts.hitsPerPageCap ?? 1000);
      const page = Number(u.searchParams.get('page') ?? 0);
      const nbPages = Math.ceil(hits.length / per);
      return sendJson(
        req,
        res,
        {
          hits: hits.slice(page * per, page * per + per),
          nbHits: hits.length,
          page,
          nbPages,
          hitsPerPage: per,
          query: '',
          params: u.search.slice(1),
        },
        false,
      );
    }
    const m = /\/items\/(\d+)$/.exec(u.pathname);
    const t = m && byId.get(m[1]!);
    if (!t) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return void res.end('{"status":404,"error":"Not Found"}');
    }
    if (opts.itemDelayMs) await new Promise((r) => setTimeout(r, opts.itemDelayMs));
    sendJson(req, res, {
      id: t.id,
      created_at: t.created_at,
      type: 'story',
      author: 'whoishiring',
      title: t.title,
      text: 'Please state the location.',
      parent_id: null,
      story_id: t.id,
      options: [],
      children: t.comments.map((c) => node(c, t.id, t.id)),
    });
  };
}
