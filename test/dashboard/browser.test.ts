/**
 * The dashboard in Debian's Chromium against the real server (api/server.ts) on 127.0.0.1 with the fixture
 * warehouse: every view draws charts with marks, filters and the planner change what is shown, the URL
 * restores a view, the empty warehouse shows its message, and no console errors or outside requests happen.
 * Screenshots of each view go to test/artifacts/dashboard/. One browser launch for the whole file.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../crawlers/sources/jsonld/browser.ts';
import { loadConfig } from '../../config/index.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { buildDashboard } from '../../dashboard/build.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';
import { repoRoot, tmpDir } from '../helpers/tmp.ts';

const chromiumPath = CHROMIUM_PATH;
const artifacts = path.join(repoRoot, 'test/artifacts/dashboard');

type Server = RunningServer;

describe.skipIf(!existsSync(chromiumPath))('dashboard in Chromium', () => {
  const tmp = tmpDir('skillpulse-dash-');
  let server: Server;
  let emptyServer: Server;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let allowed404 = false;

  const config = (dir: string) => loadConfig({ dataDir: dir, cwd: tmp.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const dataDir = path.join(tmp.dir, 'data');
    const emptyDir = path.join(tmp.dir, 'empty');
    mkdirSync(emptyDir, { recursive: true });
    const [staticDir] = await Promise.all([
      buildDashboard(path.join(repoRoot, 'dashboard/dist')),
      buildFixtureWarehouse(dataDir),
    ]);
    const log = () => {};
    server = await startServer({ config: config(dataDir), port: 0, host: '127.0.0.1', staticDir, log });
    emptyServer = await startServer({ config: config(emptyDir), port: 0, host: '127.0.0.1', staticDir, log });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (allowed404 && /status of 404/.test(m.text())) return;
      problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('http://127.0.0.1:') && !u.startsWith('data:') && !u.startsWith('blob:'))
        problems.push(`outside request: ${u}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await emptyServer?.close();
    tmp.cleanup();
  });

  /** Opens a hash route and waits until the view has finished rendering. */
  async function open(hash: string, base = server.url): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${base.replace(/\/$/, '')}/${hash}`);
    await page.waitForSelector('.view[data-ready="true"]', { timeout: 15_000 });
  }
  /** Waits until the view rendered for the current URL has finished. */
  async function ready(): Promise<void> {
    await page.waitForFunction(
      () => {
        const v = document.querySelector('.view');
        return v?.getAttribute('data-ready') === 'true' && v.getAttribute('data-hash') === location.hash;
      },
      null,
      { timeout: 15_000 },
    );
  }
  /** Number of drawn marks (paths, circles, rects, lines inside mark groups) per chart in each card. */
  async function marksPerCard(): Promise<Record<string, number>> {
    return page.$$eval('section.card', (cards) =>
      Object.fromEntries(
        cards.map((c) => [
          c.getAttribute('aria-label') ?? '?',
          c.querySelectorAll('svg g[aria-label] :is(path, circle, rect, line)').length -
            c.querySelectorAll('svg g[aria-label$="axis"] *, svg g[aria-label$="tick"] *, svg g[aria-label$="grid"] *')
              .length,
        ]),
      ),
    );
  }
  const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  const chartHtml = (card: string) => page.$eval(`section.card[aria-label="${card}"] svg`, (s) => s.outerHTML);

  it('overview: leaders, movers and coverage drawn; first chart time printed', async () => {
    const t0 = Date.now();
    await page.goto(`${server.url}/#/overview`);
    await page.waitForSelector('.chart-slot svg');
    console.log(`first chart visible after ${Date.now() - t0} ms (fixture warehouse, cold page)`);
    await ready();
    const marks = await marksPerCard();
    expect(marks['Demand-score leaders']).toBeGreaterThanOrEqual(6);
    expect(marks['Rising skills']).toBeGreaterThan(0);
    expect(marks['Declining skills']).toBeGreaterThan(0);
    expect(marks['Data freshness and coverage']).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('section.card[aria-label="Rising skills"]')).toContain('TypeScript');
    await shot('overview');
  });

  it('overview: a country filter changes the leaders and is kept in the URL', async () => {
    const before = await chartHtml('Demand-score leaders');
    await page.selectOption('#f-country', 'DE');
    await page.waitForFunction(() => location.hash.includes('country=DE'));
    await ready();
    expect(await chartHtml('Demand-score leaders')).not.toBe(before);
    expect(await page.textContent('section.card[aria-label="Demand-score leaders"]')).toContain('React');
  });

  it('skill: trend with smoothed line, forecast band, half-life fit and stated interval; related; breakdowns', async () => {
    await open('#/skill?skill=jquery');
    const marks = await marksPerCard();
    expect(marks['Share of postings over time']).toBeGreaterThan(12);
    expect(marks['Related skills']).toBeGreaterThan(0);
    expect(marks['By country']).toBeGreaterThan(0);
    expect(marks['By role family']).toBeGreaterThan(0);
    expect(marks['By source']).toBeGreaterThan(0);
    const trend = page.locator('section.card[aria-label="Share of postings over time"]');
    await expect(trend.locator('svg g[aria-label="area"] path').count()).resolves.toBe(1);
    const text = await trend.textContent();
    expect(text).toContain('peak 2024-01');
    expect(text).toContain('half-life 4.5 months');
    expect(text).toContain('interval 3.8–5.6 months');
    expect(await page.locator('#f-language option').count()).toBe(12); // 'all languages' + 11 codes
    await page.waitForSelector('.time-to-fill');
    expect(await page.textContent('.time-to-fill')).toBe(
      'Time to fill: postings asking for it stay open a median 34 days on ATS boards (90% interval 25–48); 36 postings, 12 still open.',
    );
    await shot('skill');
  });

  it('skill: filters change the chart, and the URL alone restores the view', async () => {
    const before = await chartHtml('Share of postings over time');
    await page.selectOption('#f-source', 'greenhouse:vercel');
    await page.waitForFunction(() => location.hash.includes('source=greenhouse'));
    await ready();
    await page.selectOption('#f-from', '2024-03');
    await page.waitForFunction(() => location.hash.includes('from=2024-03'));
    await ready();
    const after = await chartHtml('Share of postings over time');
    expect(after).not.toBe(before);
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await ready();
    expect(await page.inputValue('#f-source')).toBe('greenhouse:vercel');
    expect(await page.inputValue('#f-from')).toBe('2024-03');
    expect(await chartHtml('Share of postings over time')).toBe(after);
  });

  it('compare: skills picked by autocomplete (mouse and keyboard) appear as lines', async () => {
    await open('#/compare');
    await page.fill('#compare-search', 'type');
    await page.click('#compare-search-list li[data-id="typescript"]');
    await page.waitForFunction(() => location.hash.includes('skills=typescript'));
    await ready();
    await page.focus('#compare-search');
    await page.keyboard.type('jq');
    await page.waitForSelector('#compare-search-list li[data-id="jquery"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('skills=typescript,jquery'));
    await ready();
    const lines = await page.$$eval('section.card svg g[aria-label="line"] path', (p) => p.length);
    expect(lines).toBe(2);
    await shot('compare');
  });

  it('categories: half-life per category and role family', async () => {
    await open('#/categories');
    const marks = await marksPerCard();
    expect(marks['Skill-set half-life per category']).toBeGreaterThan(0);
    expect(marks['Skill-set half-life per role family']).toBeGreaterThan(0);
    expect(await page.textContent('section.card[aria-label="Which categories turn over fastest"]')).toContain(
      'Frontend frameworks',
    );
    await shot('categories');
  });

  it('planner: recommendations change with the program, and export as CSV', async () => {
    await open('#/planner?have=react');
    await page.waitForSelector('table.recs tbody tr');
    const first = await page.$$eval('table.recs tbody th', (t) => t.map((x) => x.textContent));
    expect(first.length).toBeGreaterThan(0);
    expect(first).not.toContain('React');
    expect((await marksPerCard())['Recommended next skills']).toBeGreaterThan(0);
    await page.fill('#planner-search', 'sql');
    await page.click('#planner-search-list li[data-id="sql"]');
    await page.waitForFunction(() => location.hash.includes('have=react,sql'));
    await ready();
    await page.waitForSelector('table.recs tbody tr');
    const second = await page.$$eval('table.recs tbody th', (t) => t.map((x) => x.textContent));
    expect(second).not.toEqual(first);
    expect(second).not.toContain('SQL');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'skill_id,label,score,demand,growth,durability,adjacency,half_life_months,reasons',
    );
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(second.length + 1);
    await shot('planner');
  });

  it('phone width: no horizontal scrolling, controls reachable by keyboard', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open('#/skill?skill=jquery');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('skill-phone');
    await open('#/overview');
    await shot('overview-phone');
    await page.reload();
    await ready();
    const reached = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''),
      );
    }
    expect(reached).toContain('Compare');
    expect(reached).toContain('f-country');
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  it('unknown skill shows an error, not a blank page', async () => {
    allowed404 = true;
    await open('#/skill?skill=no-such-skill');
    expect(await page.textContent('[role="alert"]')).toMatch(/no-such-skill|not found|unknown/i);
    allowed404 = false;
  });

  it('empty warehouse shows how to get data', async () => {
    await open('#/overview', emptyServer.url);
    expect(await page.textContent('.state.empty')).toContain('No postings yet: run skillpulse crawl or import');
    await shot('empty');
  });

  it('logged no console errors and made no outside requests', () => {
    expect(problems).toEqual([]);
  });
});
