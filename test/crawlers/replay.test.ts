import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runCrawl } from '../../crawlers/index.ts';
import { hnAlgolia, serve, storedKeys, tempDataDir, testConfig, type FakeThread, type Served } from './helpers.ts';
import { hasCorpus, loadCorpusThreads, postingIds } from './replay.ts';

const ids = (keys: string[]) => keys.map((k) => k.split('\t')[0]!).sort();

describe.skipIf(!hasCorpus)(
  'replaying the shared HN corpus (../shared/data/postings/hn_whoishiring) as the Algolia API',
  () => {
    let threads: FakeThread[];
    let server: Served;
    beforeAll(async () => {
      threads = loadCorpusThreads();
      server = await serve(hnAlgolia(threads, { hitsPerPageCap: 20 }));
    });
    afterAll(() => server?.close());

    it('a crawl collects every posting of every month; a second crawl adds nothing', async () => {
      const root = tempDataDir();
      const config = testConfig(root, [{ type: 'hn', months: threads.length, baseUrl: `${server.url}/api/v1` }]);
      const [first] = await runCrawl(config);
      const expected = postingIds(threads);
      expect(first!.errors).toEqual([]);
      expect(first!.new).toBe(expected.length);
      const keys = await storedKeys(root, 'hn_whoishiring');
      expect(keys.length).toBe(expected.length);
      expect(ids(keys)).toEqual(expected);
      const [second] = await runCrawl(config);
      expect(second).toMatchObject({ new: 0, updated: 0, errors: [] });
      expect(await storedKeys(root, 'hn_whoishiring')).toHaveLength(expected.length);
    }, 400_000);

    it('a crawl killed (SIGKILL) halfway and run again ends with exactly the same set: no loss, no doubles', async () => {
      const months = 24;
      const subset = threads.slice(0, months);
      const slow = await serve(hnAlgolia(threads, { hitsPerPageCap: 20, itemDelayMs: 120 }));
      const root = tempDataDir();
      const rawHn = path.join(root, 'raw', 'source=hn_whoishiring');
      const parts = () =>
        existsSync(rawHn)
          ? readdirSync(rawHn, { recursive: true }).filter((f) => String(f).endsWith('.jsonl.gz')).length
          : 0;
      try {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            path.join(import.meta.dirname, 'crawl-child.ts'),
            root,
            `${slow.url}/api/v1`,
            String(months),
          ],
          { stdio: 'ignore' },
        );
        const exited = new Promise<void>((r) => child.on('exit', () => r()));
        const deadline = Date.now() + 180_000; // generous: the machine may be shared
        while (parts() < months / 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        child.kill('SIGKILL');
        await exited;
        const before = parts();
        expect(before).toBeGreaterThanOrEqual(months / 2);
        expect(before).toBeLessThan(months);
        const [resumed] = await runCrawl(testConfig(root, [{ type: 'hn', months, baseUrl: `${slow.url}/api/v1` }]));
        expect(resumed!.errors).toEqual([]);
        const keys = await storedKeys(root, 'hn_whoishiring');
        expect(new Set(keys).size).toBe(keys.length);
        expect(ids(keys)).toEqual(postingIds(subset));
      } finally {
        await slow.close();
      }
    }, 400_000);
  },
);
