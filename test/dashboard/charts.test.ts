import { describe, expect, it } from 'vitest';
import { leadersChart } from '../../dashboard/charts/leaders.ts';
import { moversChart } from '../../dashboard/charts/movers.ts';
import { coverageChart } from '../../dashboard/charts/coverage.ts';
import { shareTrendChart } from '../../dashboard/charts/share-trend.ts';
import { compareChart } from '../../dashboard/charts/compare.ts';
import { breakdownChart } from '../../dashboard/charts/breakdown.ts';
import { relatedChart } from '../../dashboard/charts/related.ts';
import { categoryHalfLifeChart } from '../../dashboard/charts/category-half-life.ts';
import { remainingChart } from '../../dashboard/charts/remaining.ts';
import { recommendationsChart } from '../../dashboard/charts/recommendations.ts';
import { periodDate } from '../../dashboard/charts/common.ts';
import { halfLifeCurve } from '../../pipeline/stats/curve.ts';
import { document, serialize } from './render.ts';
import * as f from './fixtures.ts';

const o = { width: 640, document };
const snap = (name: string) => `./__snapshots__/${name}.svg`;

function count(el: Element, selector: string): number {
  return el.querySelectorAll(selector).length;
}

describe('chart snapshots (fixed data, numbers rounded to 2 places)', () => {
  it('leaders: one bar per skill, highest score first', async () => {
    const el = leadersChart(f.leaders, { ...o, title: 'Demand-score leaders' }) as Element;
    expect(count(el, 'g[aria-label="bar"] rect')).toBe(5);
    expect(el.querySelector('h2')?.textContent).toBe('Demand-score leaders');
    await expect(serialize(el)).toMatchFileSnapshot(snap('leaders'));
  });

  it('movers: one arrow per skill, rising blue and declining vermillion', async () => {
    const el = moversChart(f.movers, o) as Element;
    const arrows = [...el.querySelectorAll('g[aria-label="arrow"] path')];
    expect(arrows).toHaveLength(4);
    expect(new Set(arrows.map((a) => a.getAttribute('stroke')))).toEqual(new Set(['#0072B2', '#D55E00']));
    await expect(serialize(el)).toMatchFileSnapshot(snap('movers'));
  });

  it('coverage: a bar per source', async () => {
    const el = coverageChart(f.coverage, o) as Element;
    expect(count(el, 'g[aria-label="bar"] rect')).toBe(2);
    expect(el.textContent).toContain('41,234 postings');
    await expect(serialize(el)).toMatchFileSnapshot(snap('coverage'));
  });

  it('share trend: dots, smoothed line, forecast band and half-life fit with peak and half marked', async () => {
    const hl = halfLifeCurve(f.trendPoints, '2022-07', 12)!;
    const el = shareTrendChart(
      {
        points: f.trendPoints,
        smoothed: f.smoothed,
        forecast: f.forecast,
        fit: { ...hl, halfLifeMonths: 12, ciLow: 10, ciHigh: 15.5 },
      },
      o,
    ) as Element;
    expect(count(el, 'g[aria-label="dot"] circle')).toBe(24 + 2);
    expect(count(el, 'g[aria-label="area"] path')).toBe(1);
    expect(el.textContent).toContain('peak 2022-07');
    expect(el.textContent).toContain('half-life 12.0 months (CI 10.0–15.5 months)');
    expect(el.textContent).toContain('Share of postings (%)');
    await expect(serialize(el)).toMatchFileSnapshot(snap('share-trend'));
  });

  it('a point without a share (all of its postings reposts, total 0) draws no dot, not one at 0%', () => {
    const points = [
      { period: '2022-01', postings: 1, total: 10, share: 0.1 },
      { period: '2022-02', postings: 0, total: 0, share: null },
      { period: '2022-03', postings: 2, total: 10, share: 0.2 },
    ];
    const el = shareTrendChart({ points }, o) as Element;
    expect(count(el, 'g[aria-label="dot"] circle')).toBe(2);
  });

  it('a smoothed line with a break (share null) draws no segment across it', () => {
    const smoothed = [
      { period: '2022-01', share: 0.1 },
      { period: '2022-01', share: null },
      { period: '2023-06', share: 0.1 },
      { period: '2023-07', share: 0.12 },
    ];
    const el = shareTrendChart({ points: [], smoothed }, o) as Element;
    const d = el.querySelector('g[aria-label="line"] path')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2); // two pieces: the lone first period and the last two
  });

  it('parses quarters and rejects bad periods by name', () => {
    expect(periodDate('2024-Q3').toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(() => periodDate('2024-13x')).toThrow(/invalid period: "2024-13x"/);
  });

  it('share trend without a fit draws no half-life marks', () => {
    const el = shareTrendChart({ points: f.trendPoints, smoothed: f.smoothed }, o) as Element;
    expect(el.textContent).not.toContain('half-life');
    expect(count(el, 'g[aria-label="dot"] circle')).toBe(24);
  });

  it('compare: one line per skill with a legend', async () => {
    const el = compareChart(f.compare, o) as Element;
    expect(count(el, 'g[aria-label="line"] path')).toBe(2);
    expect(el.textContent).toContain('Vue');
    await expect(serialize(el)).toMatchFileSnapshot(snap('compare'));
  });

  it('breakdown: bars sorted by share', async () => {
    const el = breakdownChart(f.breakdown, o) as Element;
    const ticks = [...el.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['US', 'GB', 'DE']);
    await expect(serialize(el)).toMatchFileSnapshot(snap('breakdown'));
  });

  it('related: lift on a log axis, highest first', async () => {
    const el = relatedChart(f.related, o) as Element;
    const ticks = [...el.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['Redux', 'Next.js', 'Node.js']);
    await expect(serialize(el)).toMatchFileSnapshot(snap('related'));
  });

  it('category half-life: shortest first, whiskers only where an interval exists', async () => {
    const el = categoryHalfLifeChart(f.categoryHalfLife, o) as Element;
    const ticks = [...el.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);
    expect(ticks).toEqual(['Frontend frameworks', 'Cloud', 'Databases']);
    expect(count(el, 'g[aria-label="rule"] line')).toBeGreaterThanOrEqual(2);
    await expect(serialize(el)).toMatchFileSnapshot(snap('category-half-life'));
  });

  it('remaining: one line per category', async () => {
    const el = remainingChart(f.remaining, o) as Element;
    expect(count(el, 'g[aria-label="line"] path')).toBe(2);
    await expect(serialize(el)).toMatchFileSnapshot(snap('remaining'));
  });

  it('recommendations: each measure on its own scale with its unit (growth 4.45 drawn at +445%)', async () => {
    const el = recommendationsChart(f.recommendations, o) as Element;
    expect(
      el.querySelectorAll('svg[class^="plot"]').length + el.querySelectorAll(':scope svg').length,
    ).toBeGreaterThanOrEqual(3);
    expect(count(el, 'g[aria-label="bar"] rect')).toBe(2);
    const text = el.textContent ?? '';
    expect(text).toContain('Score and demand (0–100)');
    expect(text).toContain('Adjacency, durability (0–1)');
    expect(text).toContain('Growth of share, 12 months (%)');
    // the growth panel's axis reaches +445%: its ticks go past +400%
    const growthTicks = [...el.querySelectorAll('svg')]
      .at(-1)!
      .querySelectorAll('g[aria-label="x-axis tick label"] text');
    expect([...growthTicks].map((t) => t.textContent)).toContain('+400%');
    expect(count(el, 'g[aria-label="dot"] path')).toBe(3 + 2);
    await expect(serialize(el)).toMatchFileSnapshot(snap('recommendations'));
  });
});
