import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { runCrawl } from '../../crawlers/index.ts';
import { EventLog } from '../../crawlers/events.ts';
import { RawStore, readPart } from '../../crawlers/sink.ts';
import { hnAlgolia, serve, storedKeys, tempDataDir, testConfig, type FakeThread, type Served } from './helpers.ts';

const threads: FakeThread[] = [
  {
    id: 100,
    title: 'Ask HN: Who is hiring? (January 2025)',
    created_at: '2025-01-02T16:00:00.000Z',
    comments: [
      {
        id: 101,
        created_at: '2025-01-02T16:05:00.000Z',
        text: 'Acme | Go Engineer | Berlin<p>Go &amp; Postgres.',
        children: [{ id: 102, created_at: '2025-01-02T17:00:00.000Z', text: 'Remote ok?' }],
      },
      { id: 103, created_at: '2025-01-03T09:00:00.000Z', text: null },
    ],
  },
  {
    id: 200,
    title: 'Ask HN: Who is hiring? (February 2025)',
    created_at: '2025-02-03T16:00:00.000Z',
    comments: [
      { id: 201, created_at: '2025-02-03T16:01:00.000Z', text: 'DataCo | Data Engineer | REMOTE<p>Spark, dbt.' },
      { id: 202, created_at: '2025-02-04T10:00:00.000Z', text: 'Beta | Frontend | NYC<p>React.' },
    ],
  },
  {
    id: 300,
    title: 'Ask HN: Who is hiring? (March 2025)',
    created_at: '2025-03-03T16:00:00.000Z',
    comments: [{ id: 301, created_at: '2025-03-03T16:01:00.000Z', text: 'Gamma | SRE | London<p>Kubernetes.' }],
  },
];

describe('HN Who is hiring through a local Algolia API', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve(hnAlgolia(threads, { hitsPerPageCap: 2 }));
  });
  afterAll(() => server.close());

  it('collects the newest N threads across search pages; re-crawls only threads that changed', async () => {
    const root = tempDataDir();
    const config = testConfig(root, [{ type: 'hn', months: 2, baseUrl: `${server.url}/api/v1` }]);
    const [first] = await runCrawl(config);
    expect(first).toMatchObject({ source: 'hn_whoishiring', new: 3, updated: 0, errors: [] });
    expect((await storedKeys(root, 'hn_whoishiring')).map((k) => k.split('\t')[0]).sort()).toEqual([
      'hn:201',
      'hn:202',
      'hn:301',
    ]);
    const store = new RawStore(path.join(root, 'raw'));
    const recs = [];
    for (const p of store.partFiles('hn_whoishiring'))
      for await (const r of readPart(path.join(store.dir, p))) recs.push(r);
    const r301 = recs.find((r) => r.id === 'hn:301')!;
    expect(r301).toMatchObject({
      month: '2025-03',
      posted_at: '2025-03-03T16:01:00.000Z',
      text: 'Gamma | SRE | London\n\nKubernetes.',
      extra: { thread_id: 300 },
      origin: 'crawl:hn',
    });
    const itemsFirst = server.requests
      .filter((r) => r.path.includes('/items/'))
      .map((r) => r.path)
      .sort();
    expect(itemsFirst).toEqual(['/api/v1/items/200', '/api/v1/items/300']);

    // Second run: comment counters unchanged -> no item fetched, nothing added.
    server.requests.length = 0;
    const [second] = await runCrawl(config);
    expect(second).toMatchObject({ new: 0, updated: 0, errors: [] });
    expect(server.requests.filter((r) => r.path.includes('/items/'))).toHaveLength(0);

    // A new comment and an edited one in March: only that thread is fetched again.
    threads[2]!.comments.push({ id: 302, created_at: '2025-03-05T08:00:00.000Z', text: 'Delta | ML | Paris' });
    threads[2]!.comments[0]!.text = 'Gamma | SRE | London<p>Kubernetes, Terraform.';
    const changed = hnAlgolia(threads, { hitsPerPageCap: 2 });
    const server2 = await serve(changed);
    try {
      const [third] = await runCrawl(testConfig(root, [{ type: 'hn', months: 2, baseUrl: `${server2.url}/api/v1` }]));
      expect(third).toMatchObject({ new: 1, updated: 1, errors: [] });
      expect(server2.requests.filter((r) => r.path.includes('/items/')).map((r) => r.path)).toEqual([
        '/api/v1/items/300',
      ]);
      expect(await storedKeys(root, 'hn_whoishiring')).toHaveLength(5);
      const seen = new EventLog(path.join(root, 'raw', '_events')).read('hn_whoishiring');
      expect(seen.filter((e) => e.id === 'hn:301').length).toBe(2);
    } finally {
      await server2.close();
    }
  }, 30_000);
});
