/** company-voice.ts segmentVoiced: companyVoiced of a segment, once per segment (kept in the posting's map). */
import { describe, expect, it } from 'vitest';
import { companyVoiced, segmentVoiced } from '../../../pipeline/extract/company-voice.ts';
import type { Segment } from '../../../pipeline/extract/zones.ts';

describe('segmentVoiced', () => {
  const text = 'We build payment tools for banks. You will write Go services.';
  const seg = (start: number, end: number) => ({ start, end, zone: 'other', by: 'default' }) as unknown as Segment;

  it('answers as companyVoiced on the segment text', () => {
    const a = seg(0, 33),
      b = seg(34, text.length);
    const memo = new Map<Segment, boolean>();
    expect(segmentVoiced(memo, text, a)).toBe(companyVoiced(text.slice(0, 33)));
    expect(segmentVoiced(memo, text, b)).toBe(companyVoiced(text.slice(34)));
    expect(segmentVoiced(memo, text, a)).not.toBe(segmentVoiced(memo, text, b));
  });

  it('reads the kept answer for a segment seen before', () => {
    const a = seg(0, 33);
    const memo = new Map<Segment, boolean>([[a, false]]);
    expect(segmentVoiced(memo, text, a)).toBe(false);
    expect(memo.size).toBe(1);
  });
});
