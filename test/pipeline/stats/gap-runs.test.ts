/** Missing periods inside a covered span (pipeline/stats/window.ts), as a list and as runs: the one lister /meta and /sources use. */
import { describe, expect, it } from 'vitest';
import { addPeriods, gapPeriods, gapRuns } from '../../../pipeline/stats/index.ts';

const next = (p: string) => addPeriods(p, 1);

describe('gapPeriods and gapRuns', () => {
  it('the HN corpus shape: one long run 2011-05..2018-02 (82 months), then a short one', () => {
    const present = ['2011-04', '2018-03', '2018-04', '2018-07', '2018-04'];
    expect(gapRuns(present, next)).toEqual([
      { from: '2011-05', to: '2018-02', months: 82 },
      { from: '2018-05', to: '2018-06', months: 2 },
    ]);
    expect(gapPeriods(present, next)).toHaveLength(84);
  });
  it('runs and periods agree; unsorted input; nothing missing, one period or none give no runs', () => {
    const present = ['2024-05', '2024-01', '2024-03'];
    expect(gapRuns(present, next)).toEqual([
      { from: '2024-02', to: '2024-02', months: 1 },
      { from: '2024-04', to: '2024-04', months: 1 },
    ]);
    expect(gapPeriods(present, next)).toEqual(['2024-02', '2024-04']);
    expect(gapRuns(['2024-01', '2024-02'], next)).toEqual([]);
    expect(gapRuns(['2024-01'], next)).toEqual([]);
    expect(gapRuns([], next)).toEqual([]);
  });
  it('quarters step through the same lister', () => {
    expect(gapRuns(['2024-Q3', '2025-Q2'], next)).toEqual([{ from: '2024-Q4', to: '2025-Q1', months: 2 }]);
  });
});
