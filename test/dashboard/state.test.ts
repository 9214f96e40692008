import { describe, expect, it } from 'vitest';
import { filterParams, parseHash, toHash } from '../../dashboard/state.ts';
import { toCsv } from '../../dashboard/ui/csv.ts';
import { choicesFrom } from '../../dashboard/ui/filters.ts';
import { plannerRows } from '../../dashboard/views/planner.ts';
import { halfLifeSentence } from '../../dashboard/views/skill.ts';

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
    const c = choicesFrom({ periods: ['2024-02', '2024-01', '2024-Q1'], countries: [{ name: 'US' }, { name: '*' }], role_families: ['backend'] }, ['hn']);
    expect(c).toEqual({ periods: ['2024-01', '2024-02'], sources: ['hn'], countries: ['US'], roles: ['backend'] });
    const api = choicesFrom({ periods: { month: ['2024-01'], quarter: ['2024-Q1'] }, sources: [{ name: 'gh', postings: 3 }] });
    expect(api).toEqual({ periods: ['2024-01'], sources: ['gh'], countries: [], roles: [] });
  });

  it('reads recommendation components from the item or its why object', () => {
    const rows = plannerRows([
      { skill: { id: 'ts', label: 'TypeScript' }, score: 0.8, why: { demand: 0.7, growth: 0.5, durability: 0.9, adjacency: 0.4, with: ['React'] } },
      { id: 'go', score: 0.5, demand: 0.3, reasons: ['co-occurs with React'] },
    ]);
    expect(rows[0]).toMatchObject({ skill_id: 'ts', label: 'TypeScript', demand: 0.7, growth: 0.5, durability: 0.9, adjacency: 0.4 });
    expect(rows[0]!.reasons).toEqual(['often asked for with React', 'high demand (0.70)', 'flat (0.50)', 'durable (0.90)']);
    expect(rows[1]).toMatchObject({ skill_id: 'go', label: 'go', demand: 0.3, growth: null, reasons: ['co-occurs with React'] });
  });

  it('states the half-life with its interval', () => {
    const s = halfLifeSentence({ skill: 'jquery', status: 'declining', half_life_months: 4.5, ci_low: 3.8, ci_high: 5.6, peak_period: '2024-01', doubling_time_months: null, method: 'poisson_glm', curve: null });
    expect(s).toBe('Declining since its peak in 2024-01: half-life 4.5 months (interval 3.8–5.6 months) — poisson_glm.');
  });
});
