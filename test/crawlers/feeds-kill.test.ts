/** kill -9 in the middle of a SmartRecruiters crawl (listing pages + one request per posting), then again. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runCrawl } from '../../crawlers/index.ts';
import { EventLog } from '../../crawlers/events.ts';
import { fixture, sendJson, serve, storedKeys, tempDataDir, testConfig, type Served } from './helpers.ts';

const ids = Array.from({ length: 40 }, (_, i) => String(744000060000000 + i));

describe('a new source type killed (SIGKILL) halfway', () => {
  let server: Served;
  beforeAll(async () => {
    const posting = fixture('smartrecruiters_acme_posting.json') as Record<string, unknown>;
    server = await serve(async (req, res, p) => {
      const u = new URL(p, 'http://x');
      const detail = /^\/sr\/acme\/postings\/(\d+)$/.exec(u.pathname);
      if (detail) {
        await new Promise((r) => setTimeout(r, 80));
        return sendJson(req, res, { ...posting, id: detail[1], name: `Role ${detail[1]}` });
      }
      if (u.pathname === '/sr/acme/postings') {
        const offset = Number(u.searchParams.get('offset') ?? 0);
        const page = ids.slice(offset, offset + 15); // pages of 15, as a server may cap `limit`
        return sendJson(
          req,
          res,
          {
            offset,
            limit: 15,
            totalFound: ids.length,
            content: page.map((id) => ({ id, name: `Role ${id}`, releasedDate: '2025-03-05T10:11:12.000Z' })),
          },
          false,
        );
      }
      res.writeHead(404).end();
    });
  });
  afterAll(() => server.close());

  it('ends with exactly the full set after a rerun: no loss, no doubles, nothing closed wrongly', async () => {
    const root = tempDataDir();
    const sources = [{ type: 'smartrecruiters', companies: ['acme'], baseUrl: `${server.url}/sr`, maxConcurrency: 1 }];
    const dir = path.join(root, 'raw', 'source=smartrecruiters:acme');
    const parts = () =>
      existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.jsonl.gz')).length : 0;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'crawl-child-sources.ts'), root, JSON.stringify(sources)],
      { stdio: 'ignore' },
    );
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    const deadline = Date.now() + 180_000; // generous: the machine may be shared
    while (parts() < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    const before = parts();
    expect(before).toBeGreaterThanOrEqual(10);
    expect(before).toBeLessThan(ids.length);
    const [resumed] = await runCrawl(testConfig(root, sources));
    expect(resumed).toMatchObject({ source: 'smartrecruiters:acme', errors: [], closed: 0 });
    const keys = await storedKeys(root, 'smartrecruiters:acme');
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.map((k) => k.split('\t')[0]).sort()).toEqual(ids);
    expect(
      new EventLog(path.join(root, 'raw', '_events')).read('smartrecruiters:acme').filter((e) => e.event === 'closed'),
    ).toEqual([]);
    // a third run asks for no posting again (all known at their version)
    server.requests.length = 0;
    const [third] = await runCrawl(testConfig(root, sources));
    expect(third).toMatchObject({ new: 0, updated: 0, errors: [] });
    expect(server.requests.filter((r) => /postings\/\d+$/.test(r.path))).toHaveLength(0);
  }, 400_000);
});
