import { describe, expect, it } from 'vitest';
import { filterParams, parseHash, toHash } from '../../dashboard/state.ts';
import { toCsv } from '../../dashboard/ui/csv.ts';
import { choicesFrom } from '../../dashboard/ui/filters.ts';
import { plannerRows } from '../../dashboard/views/planner.ts';
import { halfLifeSentence } from '../../dashboard/views/skill.ts';
import type { Meta } from '../../dashboard/types.ts';

describe('URL state', () => {
  it('round-trips every view with its selections and filters', () => {
    const hashes = [
      '#/overview',
      '#/overview?window=6&country=DE',
      '#/skill?skill=typescript&from=2024-02&to=2024-10&source=hn_whoishiring&country=US&role=backend',
      '#/compare?skills=react,typescript,sql',
      '#/categories',
      '#/planner?have=react,sql',
    ];
    for (const h of hashes) expect(toHash(parseHash(h))).toBe(h);
  });

  it('falls back to the overview for unknown views and drops invalid values', () => {
    const s = parseHash('#/nope?window=7&skills=,a,,b');
    expect(s.view).toBe('overview');
    expect(s.window).toBeUndefined();
    expect(s.skills).toEqual(['a', 'b']);
    expect(parseHash('').view).toBe('overview');
  });

  it('drops another view’s selections when switching views', () => {
    const s = { ...parseHash('#/compare?skills=a,b&country=US'), view: 'planner' as const };
    expect(toHash(s)).toBe('#/planner?country=US');
  });

  it('keeps the language filter in the URL and passes it to the API', () => {
    const s = parseHash('#/skill?skill=blockchain&language=zh');
    expect(s.language).toBe('zh');
    expect(toHash(s)).toBe('#/skill?skill=blockchain&language=zh');
    expect(filterParams({ language: 'zh' })).toEqual({ language: 'zh' });
  });
  it('maps role to the API’s role_family parameter', () => {
    expect(filterParams({ role: 'backend', from: '2024-01' })).toEqual({ role_family: 'backend', from: '2024-01' });
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and newlines and joins lists', () => {
    const csv = toCsv(
      [
        { a: 'x,y', b: 'say "hi"', c: ['p', 'q'] },
        { a: null, b: 'line\nbreak', c: 1.5 },
      ],
      ['a', 'b', 'c'],
    );
    expect(csv).toBe('a,b,c\r\n"x,y","say ""hi""",p; q\r\n,"line\nbreak",1.5\r\n');
  });
});

describe('API shapes to view rows', () => {
  it('normalizes meta lists of strings or objects and drops "*"', () => {
    // older warehouses' shapes are still read (lists of strings); the cast says they are not the current API type
    const c = choicesFrom(
      {
        periods: ['2024-02', '2024-01', '2024-Q1'],
        countries: [{ name: 'US' }, { name: '*' }],
        role_families: ['backend'],
      } as unknown as Meta,
      ['hn'],
    );
    expect(c).toEqual({ periods: ['2024-01', '2024-02'], sources: ['hn'], countries: ['US'], roles: ['backend'] });
    const api = choicesFrom({
      periods: { month: ['2024-01'], quarter: ['2024-Q1'] },
      sources: [{ name: 'gh', postings: 3 }],
    } as unknown as Meta);
    expect(api).toEqual({ periods: ['2024-01'], sources: ['gh'], countries: [], roles: [] });
  });

  it('reads recommendation components and reasons as the API states them', () => {
    const skill = { id: 'ts', label: 'TypeScript', category: 'Programming languages' };
    const half_life = { status: 'declining', half_life_months: 30, doubling_time_months: null };
    const rows = plannerRows([
      {
        skill,
        score: 80,
        adjacency: 0.4,
        demand: 70,
        growth: 0.5,
        durability: 0.9,
        half_life,
        reasons: ['often asked for with React'],
      },
      {
        skill: { ...skill, id: 'go', label: 'Go' },
        score: 50,
        adjacency: 0.1,
        demand: 30,
        growth: null,
        durability: null,
        half_life: null,
        reasons: [],
      },
    ]);
    expect(rows[0]).toEqual({
      skill_id: 'ts',
      label: 'TypeScript',
      score: 80,
      demand: 70,
      growth: 0.5,
      durability: 0.9,
      adjacency: 0.4,
      half_life_months: 30,
      reasons: ['often asked for with React'],
    });
    expect(rows[1]).toMatchObject({ skill_id: 'go', label: 'Go', growth: null, half_life_months: null, reasons: [] });
  });

  it('states the half-life with its interval', () => {
    const s = halfLifeSentence({
      skill: { id: 'jquery', label: 'jQuery', category: null },
      status: 'declining',
      half_life_months: 4.5,
      ci_low: 3.8,
      ci_high: 5.6,
      peak_period: '2024-01',
      doubling_time_months: null,
      dt_ci_low: null,
      dt_ci_high: null,
      rate: -0.15,
      rate_se: 0.02,
      p_value: 0.001,
      n_periods: 12,
      n_mentions: 42,
      method: 'poisson_glm',
      curve: null,
      trough_period: null,
    });
    expect(s).toBe(
      'Declining since its peak in 2024-01: half-life 4.5 months (interval 3.8–5.6 months) — poisson_glm.',
    );
  });
});
