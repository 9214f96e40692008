import { describe, expect, it } from 'vitest';
import { gapText } from '../../dashboard/gaps.ts';

describe('gapText (the note under a chart that crosses months without postings)', () => {
  it('names each run of missing months', () => {
    expect(gapText([{ period: '2025-09' }, { period: '2025-10' }, { period: '2026-01' }])).toEqual([
      '2025-11 to 2025-12',
    ]);
    expect(gapText([{ period: '2024-01' }, { period: '2024-03' }])).toEqual(['2024-02']);
    expect(gapText([{ period: '2024-01' }, { period: '2024-02' }])).toEqual([]);
    expect(gapText([{ period: '2024-Q1' }, { period: '2024-Q3' }])).toEqual([]);
  });
});
