/**
 * The evidence panel's URL state (`ev`, `evof`, `evby`) and the request each figure's panel makes
 * (views/evidence-scope.ts): the parameters that count the same postings as the figure, and the wording.
 */
import { describe, expect, it } from 'vitest';
import { parseEv, parseHash, toHash } from '../../dashboard/state.ts';
import { evidenceScope } from '../../dashboard/views/evidence-scope.ts';

describe('evidence URL state', () => {
  it('round-trips a point, a window with its figure, and a breakdown slice', () => {
    for (const h of [
      '#/skill?skill=rust&ev=rust@2025-03',
      '#/skill?skill=rust&interval=quarter&ev=rust@2025-Q1',
      '#/overview?country=US&ev=rust@2025-02..2026-01&evof=leaders',
      '#/overview?window=6&ev=go@2025-08..2026-01&evof=movers',
      '#/planner?have=react&ev=sql@2025-02..2026-01&evof=planner',
      '#/skill?skill=rust&ev=rust@2018-03..2026-01&evof=breakdown&evby=role_family:backend',
      '#/overview?ev=go@2025-08..2026-01&evof=movers&evby=earlier:2025-02..2025-07',
    ])
      expect(toHash(parseHash(h.replace(/@/g, '%40')))).toBe(h.replace(/@/g, '%40'));
  });

  it('parses the period or window and rejects malformed, mixed or reversed windows', () => {
    expect(parseEv('c++@2024-05')).toEqual({ skill: 'c++', from: '2024-05', to: '2024-05', window: false });
    for (const bad of ['rust@2024-13', 'rust@2024', 'rust@2024-05..2024-Q3', 'rust@2024-05..2024-04', '@2024-01'])
      expect(parseEv(bad), bad).toBeNull();
    const s = parseHash('#/overview?ev=rust%402024-05..2024-04&evof=leaders&evby=country:US');
    expect([s.ev, s.evof, s.evby]).toEqual([undefined, undefined, undefined]);
    expect(parseHash('#/overview?ev=rust%402024-05&evof=chart&evby=city:x')).toMatchObject({ ev: 'rust@2024-05' });
    expect(parseHash('#/overview?ev=rust%402024-05&evof=chart&evby=city:x').evof).toBeUndefined();
  });
});

describe('evidenceScope: the request each figure opens', () => {
  const scope = (hash: string) => evidenceScope(parseHash(hash))!;

  it('a share point: period= with the view filters (never the view from/to)', () => {
    const s = scope('#/skill?skill=rust&from=2024-01&to=2024-06&country=US&ev=rust%402024-03');
    expect(s.params).toEqual({ period: '2024-03', interval: 'month', country: 'US', from: undefined, to: undefined });
    expect(s.count(1)).toBe('1 posting counted in this point');
  });

  it("a breakdown bar: the bar's slice over its periods, quarters when the view shows quarters", () => {
    const s = scope(
      '#/skill?skill=rust&interval=quarter&ev=rust%402024-Q1..2024-Q4&evof=breakdown&evby=role_family:backend',
    );
    expect(s.params).toEqual({ interval: 'quarter', role_family: 'backend', from: '2024-Q1', to: '2024-Q4' });
    expect(s.count(2)).toMatch(/^2 postings counted in this bar \(Backend, 2024-Q1 to 2024-Q4\)/);
  });

  it("leaders and movers: the overview's country / role family only; planner: all postings", () => {
    const l = scope('#/overview?country=US&source=x&language=zh&ev=sql%402024-01..2024-12&evof=leaders');
    expect(l.params).toEqual({
      country: 'US',
      role_family: undefined,
      from: '2024-01',
      to: '2024-12',
      interval: 'month',
    });
    expect(l.count(1234)).toMatch(/^1,234 postings name it in the score's window 2024-01 to 2024-12.*not a count/);
    const m = scope('#/overview?role=backend&ev=go%402024-07..2024-12&evof=movers');
    expect(m.params).toMatchObject({ role_family: 'backend', from: '2024-07', to: '2024-12' });
    expect(m.title('Go')).toBe("Postings behind Go's move: the recent window");
    // the arrow carries the earlier window: the panel offers it, and from there the recent one again
    const r = scope('#/overview?ev=go%402024-07..2024-12&evof=movers&evby=earlier%3A2024-01..2024-06');
    expect(r.title('Go')).toBe("Postings behind Go's move: the recent window");
    expect(r.count(3)).toBe(
      "3 postings in the recent window 2024-07 to 2024-12 (the arrow's later share = these over all postings of the window)",
    );
    expect(r.other).toEqual({
      label: 'Show the earlier window (2024-01 to 2024-06)',
      state: { ev: 'go@2024-01..2024-06', evof: 'movers', evby: 'recent:2024-07..2024-12' },
    });
    const e = scope(`#/overview?ev=go%402024-01..2024-06&evof=movers&evby=${encodeURIComponent(r.other!.state.evby!)}`);
    expect(e.title('Go')).toBe("Postings behind Go's move: the earlier window");
    expect(e.params).toMatchObject({ from: '2024-01', to: '2024-06' });
    expect(e.count(1)).toMatch(/^1 posting in the earlier window 2024-01 to 2024-06 \(the arrow's earlier share/);
    expect(e.other?.state).toEqual({ ev: 'go@2024-07..2024-12', evof: 'movers', evby: 'earlier:2024-01..2024-06' });
    expect(m.other).toBeUndefined();
    // a movers window is never read as a breakdown bar's slice
    const b = scope('#/skill?skill=go&ev=go%402024-01..2024-06&evof=breakdown&evby=earlier%3A2023-07..2023-12');
    expect(b.params).toEqual({ interval: 'month', from: '2024-01', to: '2024-06' });
    const p = scope('#/planner?have=react&country=US&ev=sql%402024-01..2024-12&evof=planner');
    expect(p.params).toEqual({ from: '2024-01', to: '2024-12', interval: 'month' });
  });
});
