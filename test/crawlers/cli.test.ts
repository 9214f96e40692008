import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { crawlCommand } from '../../cli/commands/crawl.ts';
import { loadConfig, InputError } from '../../config/index.ts';
import { fixture, sendJson, serve, tempDataDir, type Served } from './helpers.ts';

function io() {
  const out = new PassThrough();
  const err = new PassThrough();
  let o = '';
  let e = '';
  out.on('data', (d) => (o += d));
  err.on('data', (d) => (e += d));
  return {
    stdout: out as unknown as NodeJS.WriteStream,
    stderr: err as unknown as NodeJS.WriteStream,
    text: () => ({ out: o, err: e }),
  };
}

/** Runs the command as cli/main.ts would (main.ts itself pulls in every room). */
function crawl(args: string[], cfg: string, data: string, t: ReturnType<typeof io>): Promise<number> {
  const ctx = {
    config: () => loadConfig({ configFile: cfg, dataDir: data }),
    stdout: t.stdout,
    stderr: t.stderr,
    isTTY: false,
  };
  const source = args.length ? args : undefined;
  return crawlCommand.run(ctx, { values: { source }, positionals: [] });
}

describe('skillpulse crawl', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve((req, res, p) =>
      p.startsWith('/ashby/acme') ? sendJson(req, res, fixture('ashby_acme.json')) : void res.writeHead(404).end(),
    );
  });
  afterAll(() => server.close());

  it('crawls, prints a summary line, exits 1 naming a source that failed or was unreachable', async () => {
    const root = tempDataDir();
    const cfg = path.join(root, 'skillpulse.config.json');
    const fast = { delayMs: 0, backoffMs: 10, maxRetries: 1 };
    writeFileSync(
      cfg,
      JSON.stringify({
        sources: [
          { type: 'ashby', boards: ['acme', 'gone'], baseUrl: `${server.url}/ashby`, ...fast },
          { type: 'lever', companies: ['acme'], baseUrl: 'http://127.0.0.1:9/lever', ...fast },
        ],
      }),
    );
    const t = io();
    const code = await crawl([], cfg, path.join(root, 'data'), t);
    const { out, err } = t.text();
    expect(out).toBe('crawled 3 sources: 1 pages, 2 new, 0 updated, 0 closed, 2 errors, 1 unreachable\n');
    expect(err).toContain('lever:acme: unreachable (127.0.0.1:9:');
    expect(err).toContain('ashby:gone: failed: ');
    expect(err).toContain('HTTP 404');
    expect(code).toBe(1);

    const t2 = io();
    expect(await crawl(['ashby:acme'], cfg, path.join(root, 'data'), t2)).toBe(0);
    expect(t2.text().out).toBe('crawled 1 sources: 1 pages, 0 new, 0 updated, 0 closed, 0 errors\n');

    await expect(crawl(['nope'], cfg, path.join(root, 'data'), io())).rejects.toThrow(InputError);
    await expect(crawl(['nope'], cfg, path.join(root, 'data'), io())).rejects.toThrow(
      /--source nope: not a configured source/,
    );
  }, 30_000);
});
