/**
 * English precision rules of round 9 (issue 11, precen: false positives from precision audits of kept matches on
 * HN postings outside the blind set, bench/corpus-kept.ts --seed precen9, and the golden diff), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe("the company's leaders are not the hire's leadership", () => {
  it('drops leadership after senior / executive / company / our / our thought', () => {
    const co = 'Acme | Security Engineer | Remote\n\n';
    expect(
      ids(`${co}We help our clients so that we may better serve them and expand our thought leadership.`).has(
        'leadership',
      ),
    ).toBe(false);
    expect(
      ids(`${co}It was great to see how company leadership listened and changed policy within days.`).has('leadership'),
    ).toBe(false);
    expect(ids(`${co}Our leadership (including a serial entrepreneur) values mentorship.`).has('leadership')).toBe(
      false,
    );
    expect(ids(`${co}You will work with engineers, designers and senior leadership.`).has('leadership')).toBe(false);
  });
  it('keeps leadership the hire is asked to bring or provide', () => {
    const co = 'Acme | Staff Engineer | Remote\n\n';
    expect(ids(`${co}Requirements:\n- Strong leadership and communication skills`).has('leadership')).toBe(true);
    expect(
      ids(`${co}You will provide thought leadership on architecting highly available services.`).has('leadership'),
    ).toBe(true);
    expect(ids(`${co}We are looking for someone with proven leadership experience.`).has('leadership')).toBe(true);
  });
});
