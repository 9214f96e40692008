/**
 * The evidence panel in Debian's Chromium against the real server on 127.0.0.1 with the fixture warehouse:
 * clicking a point of the skill share chart opens the postings of that point (count = the point's postings),
 * the hash reopens it; a click on a demand-score leaders bar opens the postings of the score's window (count = the
 * score's `postings`), on a breakdown bar those of the bar's slice (count = the bar's Σ postings), and a reload of
 * either URL reopens the same panel; "Not a skill here" stores a mark visible in GET /api/v1/feedback/aliases.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../config/index.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { buildDashboard } from '../../dashboard/build.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';
import { repoRoot, tmpDir } from '../helpers/tmp.ts';

const chromiumPath = '/usr/bin/chromium';

describe.skipIf(!existsSync(chromiumPath))('evidence panel in Chromium', () => {
  const tmp = tmpDir('skillpulse-ev-');
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const dataDir = path.join(tmp.dir, 'data');
    mkdirSync(dataDir, { recursive: true });
    const [staticDir] = await Promise.all([
      buildDashboard(path.join(repoRoot, 'dashboard/dist')),
      buildFixtureWarehouse(dataDir),
    ]);
    const config = loadConfig({ dataDir, cwd: tmp.dir, env: { SKILLPULSE_RATE_LIMIT: '0' } });
    server = await startServer({ config, port: 0, host: '127.0.0.1', staticDir, log: () => {} });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    tmp.cleanup();
  });

  const api = async (p: string) => (await fetch(`${server.url.replace(/\/$/, '')}${p}`)).json() as Promise<any>;
  const panel = async () => {
    await page.waitForSelector('aside.evidence[data-ready="true"]', { timeout: 15_000 });
    return page.$eval('aside.evidence', (a) => ({
      period: a.getAttribute('data-period'),
      from: a.getAttribute('data-from'),
      to: a.getAttribute('data-to'),
      of: a.getAttribute('data-of'),
      skill: a.getAttribute('data-skill'),
      head: a.querySelector('.ev-count')?.textContent ?? '',
      total: Number(a.getAttribute('data-total')),
      listed: a.querySelectorAll('.ev-posting').length,
      marks: [...a.querySelectorAll('mark')].map((m) => m.textContent),
    }));
  };

  it('a click on a share-chart point lists the postings that point counts; the hash reopens the panel', async () => {
    await page.goto(`${server.url.replace(/\/$/, '')}/#/skill?skill=typescript`);
    await page.waitForSelector(
      'section.card[aria-label="Share of postings over time"] [data-pickable] svg, section.card[aria-label="Share of postings over time"] svg[data-pickable]',
      { timeout: 15_000 },
    );
    const svg = await page.$('section.card[aria-label="Share of postings over time"] svg');
    const box = (await svg!.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
    const p = await panel();
    expect(p.skill).toBe('typescript');
    const trend = await api('/api/v1/skills/typescript/trend');
    const point = trend.points.find((x: { period: string }) => x.period === p.period);
    expect(point, `period ${p.period}`).toBeTruthy();
    expect(p.total).toBe(point.postings);
    expect(p.listed).toBe(Math.min(20, point.postings));
    expect(p.marks.every((m) => m === 'TypeScript')).toBe(true);
    expect(await page.evaluate(() => location.hash)).toContain(`ev=typescript%40${p.period}`);
    await page.goto('about:blank');
    await page.goto(`${server.url.replace(/\/$/, '')}/#/skill?skill=typescript&ev=typescript@${p.period}`);
    expect((await panel()).total).toBe(point.postings);
  });

  /** Clicks the middle of the `nth` bar of the chart in the card titled `title`. */
  const clickBar = async (title: string, nth: number) => {
    const sel = `section.card[aria-label="${title}"] [aria-label="bar"] rect`;
    await page.waitForSelector(sel, { timeout: 20_000 });
    const bar = (await page.$$(sel))[nth]!;
    await bar.scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  const reopen = async () => {
    const url = await page.evaluate(() => location.href);
    await page.goto('about:blank');
    await page.goto(url);
    return panel();
  };

  it("a leaders bar opens the postings of the score's window, count = the score's postings; a reload reopens it", async () => {
    await page.goto(`${server.url.replace(/\/$/, '')}/#/overview`);
    await clickBar('Demand-score leaders', 2);
    const p = await panel();
    const scores = await api('/api/v1/demand-scores?limit=15');
    const s = scores.items.find((x: { id: string }) => x.id === p.skill);
    expect(s, `skill ${p.skill}`).toBeTruthy();
    expect(scores.items.indexOf(s)).toBe(2);
    expect([p.of, p.from, p.to]).toEqual(['leaders', scores.window.from, scores.window.to]);
    expect(p.total).toBe(s.postings);
    expect(p.listed).toBe(Math.min(20, s.postings));
    expect(p.head).toMatch(new RegExp(`^${s.postings} postings name it in the score's window 2024-01 to 2024-12`));
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain(`ev=${p.skill}%402024-01..2024-12`);
    expect(hash).toContain('evof=leaders');
    expect(await reopen()).toMatchObject({ skill: p.skill, of: 'leaders', total: s.postings });
  });

  it("a breakdown bar opens the postings of the bar's slice, count = the bar's postings; a reload reopens it", async () => {
    await page.goto(`${server.url.replace(/\/$/, '')}/#/skill?skill=typescript`);
    await clickBar('By country', 0);
    const p = await panel();
    expect(p.of).toBe('breakdown');
    const by = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1]).get('evby')!;
    expect(by).toMatch(/^country:/);
    const trend = await api(`/api/v1/skills/typescript/trend?country=${by.slice('country:'.length)}`);
    const postings = trend.points.reduce((a: number, x: { postings: number }) => a + x.postings, 0);
    expect(postings).toBeGreaterThan(0);
    expect([p.skill, p.from, p.to]).toEqual(['typescript', trend.points[0].period, trend.points.at(-1).period]);
    expect(p.total).toBe(postings);
    // the first bar is US (postings i = 0, 1, 5, 6 of each month): typescript (i < 2 + h) in 24 + 4 + 2 of them
    expect([by, p.total]).toEqual(['country:US', 30]);
    expect(await reopen()).toMatchObject({ skill: 'typescript', of: 'breakdown', total: 30 });
  });

  it("a planner suggestion opens the skill's postings in the demand-score window (= its demand score's postings)", async () => {
    await page.goto(`${server.url.replace(/\/$/, '')}/#/planner?have=react`);
    await clickBar('Recommended next skills', 0);
    const p = await panel();
    expect(p.of).toBe('planner');
    const scores = await api('/api/v1/demand-scores?limit=50');
    const s = scores.items.find((x: { id: string }) => x.id === p.skill);
    expect(s, `skill ${p.skill}`).toBeTruthy();
    expect([p.from, p.to, p.total]).toEqual([scores.window.from, scores.window.to, s.postings]);
    expect(await reopen()).toMatchObject({ skill: p.skill, of: 'planner', total: s.postings });
  });

  // the fixture's fct_movers rows are written by hand (postings_to/from are not its postings' counts, and the
  // 12-month rows' earlier window lies before its data), so the 3-month window is used and each window's count
  // is checked against the skill's trend points over it; bench/evidence-check.ts checks postings_to on real data
  it("a movers arrow lists the recent window's postings and offers the earlier window's, and back", async () => {
    await page.goto(`${server.url.replace(/\/$/, '')}/#/overview?window=3`);
    const sel = 'section.card[aria-label="Rising skills"] [data-pickable]';
    await page.waitForSelector(sel, { timeout: 20_000 });
    const fig = (await page.$(sel))!;
    await fig.scrollIntoViewIfNeeded();
    const box = (await fig.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.3);
    const recent = await panel();
    const movers = await api('/api/v1/trends/movers?direction=rising&window=3&limit=10');
    const m = movers.items.find((x: { id: string }) => x.id === recent.skill);
    expect(m, `skill ${recent.skill}`).toBeTruthy();
    expect([recent.of, recent.from, recent.to]).toEqual(['movers', movers.period.to.from, movers.period.to.to]);
    const inWindow = async (w: { from: string; to: string }) => {
      const t = await api(`/api/v1/skills/${recent.skill}/trend?from=${w.from}&to=${w.to}`);
      return t.points.reduce((a: number, x: { postings: number }) => a + x.postings, 0);
    };
    const [nTo, nFrom] = [await inWindow(movers.period.to), await inWindow(movers.period.from)];
    expect(nTo).toBeGreaterThan(0);
    expect(nFrom).not.toBe(nTo);
    expect(recent.total).toBe(nTo);
    expect(recent.head).toMatch(/in the recent window .*later share/);
    await page.click('aside.evidence .ev-other');
    await page.waitForFunction(
      (from) => document.querySelector('aside.evidence[data-ready="true"]')?.getAttribute('data-from') === from,
      movers.period.from.from,
      { timeout: 15_000 },
    );
    const earlier = await panel();
    expect([earlier.skill, earlier.from, earlier.to]).toEqual([
      recent.skill,
      movers.period.from.from,
      movers.period.from.to,
    ]);
    expect(earlier.total).toBe(nFrom);
    expect(earlier.head).toMatch(/in the earlier window .*earlier share/);
    expect(await reopen()).toMatchObject({
      skill: recent.skill,
      from: movers.period.from.from,
      total: nFrom,
    });
    // and back to the recent window
    await page.click('aside.evidence .ev-other');
    await page.waitForFunction(
      (from) => document.querySelector('aside.evidence[data-ready="true"]')?.getAttribute('data-from') === from,
      movers.period.to.from,
      { timeout: 15_000 },
    );
    expect((await panel()).total).toBe(nTo);
  });

  it('"Not a skill here" stores a mark, counted in GET /api/v1/feedback/aliases', async () => {
    await page.goto(`${server.url.replace(/\/$/, '')}/#/skill?skill=python&ev=python@2024-03`);
    expect((await panel()).total).toBe(2);
    await page.click('aside.evidence .ev-wrong');
    await page.waitForFunction(
      () => document.querySelector('aside.evidence .ev-status')?.textContent?.startsWith('Marked'),
      null,
      { timeout: 10_000 },
    );
    const aliases = await api('/api/v1/feedback/aliases');
    const rows = aliases.items ?? aliases;
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ skill: 'python', marks: 1 })]));
    expect(problems).toEqual([]);
  });
});
