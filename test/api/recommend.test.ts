import { describe, expect, it } from 'vitest';
import { durability, recommend, type Candidate } from '../../api/recommend.ts';
import { csvCell, toCsv } from '../../api/respond.ts';
import { etagMatches } from '../../api/middleware/response-cache.ts';

const cand = (id: string, over: Partial<Candidate> = {}): Candidate => ({ id, links: [], demand_score: null, growth_12m: null, status: null, half_life_months: null, ...over });

describe('recommend', () => {
  it('scores by the documented weights', () => {
    const [r] = recommend([cand('go', { links: [{ with: 'rust', npmi: 0.4, lift: 3, shared: 10 }], demand_score: 60, growth_12m: 0, status: 'rising' })], new Set(['rust']), 5);
    // 0.35*0.4 + 0.30*0.6 + 0.20*0.5 + 0.15*1 = 0.57
    expect(r).toEqual({ id: 'go', score: 0.57, why: { adjacency: 0.4, demand: 0.6, growth: 0.5, durability: 1, with: ['rust'] } });
  });
  it('excludes owned skills, ignores links to skills not owned, orders and limits', () => {
    const out = recommend(
      [
        cand('a', { demand_score: 10 }),
        cand('b', { demand_score: 90, links: [{ with: 'x', npmi: 0.9, lift: 5, shared: 3 }] }),
        cand('owned', { demand_score: 100 }),
        cand('c', { demand_score: 10, links: [{ with: 'owned', npmi: -0.2, lift: 0.5, shared: 1 }] }),
      ],
      new Set(['owned']),
      2,
    );
    expect(out.map((r) => r.id)).toEqual(['b', 'a']);
    expect(out[0]!.why.adjacency).toBe(0);
    expect(out[0]!.why.with).toEqual([]);
  });
  it('durability by status and half-life; growth squashed by tanh', () => {
    expect([durability('rising', null), durability('stable', null), durability(null, null), durability('declining', 30), durability('declining', 600)]).toEqual([1, 0.75, 0.5, 0.125, 0.25]);
    const [r] = recommend([cand('g', { growth_12m: 1 })], new Set(), 1);
    expect(r!.why.growth).toBeCloseTo(0.5 + 0.5 * Math.tanh(1), 12);
  });
});

describe('csv and etag helpers', () => {
  it('quotes and defuses cells', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
    expect(toCsv([{ a: 1, b: 'x\ny' }])).toBe('a,b\r\n1,"x\ny"\r\n');
  });
  it('matches weak and strong etags in lists', () => {
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('*', 'W/"abc"')).toBe(true);
    expect(etagMatches('"abd"', 'W/"abc"')).toBe(false);
    expect(etagMatches(undefined, 'W/"abc"')).toBe(false);
  });
});
