/**
 * `skillpulse start` on a fresh data folder (issue 17): the server answers `/` while the first crawl is still
 * waiting on a slow source (a local HN stand-in that holds every request), /api/v1/status says the crawl is
 * running, and the page in Chromium shows that progress instead of a blank wait. The start command runs as a
 * child process from the TypeScript sources; the time until `/` answered is printed, not asserted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { repoRoot, tmpDir } from '../helpers/tmp.ts';

const chromiumPath = '/usr/bin/chromium';

describe('start: serve first, bootstrap in the background', () => {
  const tmp = tmpDir('skillpulse-start-');
  const held: ServerResponse[] = [];
  const seen: string[] = [];
  const slow = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push(req.url ?? '');
    held.push(res); // never answered while the test runs: the crawl stays in progress
  });
  let child: ChildProcess;
  let url = '';
  let firstPageMs = 0;
  let stdout = '';

  beforeAll(async () => {
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    const port = (slow.address() as { port: number }).port;
    const dataDir = path.join(tmp.dir, 'data');
    mkdirSync(dataDir, { recursive: true });
    const cfg = path.join(tmp.dir, 'skillpulse.config.json');
    writeFileSync(
      cfg,
      JSON.stringify({
        sources: [
          { type: 'hn', months: 1, baseUrl: `http://127.0.0.1:${port}/api/v1`, timeoutSecs: 120, maxRetries: 0 },
        ],
      }),
    );
    const t0 = Date.now();
    child = spawn(
      process.execPath,
      [path.join(repoRoot, 'bin/skillpulse.js'), 'start', '--port', '0', '--config', cfg, '--data', dataDir],
      {
        cwd: tmp.dir,
        env: { ...process.env, SKILLPULSE_FROM_SOURCE: '1', SKILLPULSE_RATE_LIMIT: '0', PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stderr!.on('data', (d) => (stdout += String(d)));
    url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (d) => {
        stdout += String(d);
        const m = /serving (http:\/\/\S+) /.exec(stdout);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${stdout}`)));
    });
    const res = await fetch(url + '/');
    firstPageMs = Date.now() - t0;
    expect(res.status).toBe(200);
    console.log(`start: / answered ${firstPageMs} ms after spawn (fresh data folder, crawl still running)`);
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    for (const r of held) r.destroy();
    await new Promise<void>((r) => slow.close(() => r()));
    tmp.cleanup();
  });

  it('answers / and the API while the first crawl waits on the source', async () => {
    // the crawl reached the slow source and is waiting for it
    // (the crawlers load after the server listens: allow for a slow, shared machine)
    for (let i = 0; i < 900 && !seen.length; i++) await new Promise((r) => setTimeout(r, 100));
    // (robots.txt first, then the search pages: each request is held)
    expect(seen[0]).toMatch(/^\/(robots\.txt|api\/v1\/search_by_date\?)/);
    expect(held.every((r) => !r.writableEnded)).toBe(true);
    const health = await (await fetch(url + '/api/v1/health')).json();
    expect(health.status).toBe('empty');
    const status = await (await fetch(url + '/api/v1/status')).json();
    expect(status).toMatchObject({ state: 'running', kind: 'crawl+pipeline', step: 'crawl' });
    expect(Date.parse(status.started_at)).toBeGreaterThan(0);
    expect(stdout).toContain('first crawl and pipeline running in the background');
  }, 120_000);

  it.skipIf(!existsSync(chromiumPath))(
    'the page says the first crawl is running',
    async () => {
      let browser: Browser | undefined;
      try {
        browser = await chromium.launch({
          executablePath: chromiumPath,
          args: ['--headless', '--no-sandbox', '--disable-gpu'],
        });
        const page = await browser.newPage();
        await page.goto(url + '/#/overview');
        await page.waitForSelector('.state.bootstrap', { timeout: 15_000 });
        const text = await page.textContent('.state.bootstrap');
        expect(text).toContain('No postings yet: the first crawl is running.');
        expect(text).toMatch(/Collecting postings \(first crawl, started \d+ s ago\)/);
      } finally {
        await browser?.close();
      }
    },
    60_000,
  );
});
