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

describe("the company's own business told in its voice is no ask, even in a requirements zone", () => {
  const req = (t: string) => ids(`Acme | Backend Engineer | Remote\n\nRequirements:\n${t}`);
  it('drops an industry word in a we / our sentence without an ask, stack, list or work cue', () => {
    expect(req('We have been in the ecommerce grocery business for 5+ years.').has('ecommerce')).toBe(false);
    expect(
      req('Our team combines decades of aerospace and defense work with Silicon Valley speed.').has('aerospace'),
    ).toBe(false);
    expect(req("We're a leading cryptocurrency trading platform.").has('blockchain')).toBe(false);
  });
  it('keeps it when the sentence asks, names a stack or turns to the hire', () => {
    expect(req('Experience in ecommerce is a plus.').has('ecommerce')).toBe(true);
    expect(req("We're looking for engineers experienced in cryptocurrencies and payments.").has('blockchain')).toBe(
      true,
    );
    expect(req('We also work with Ethereum smart contracts, so Solidity is a plus.').has('ethereum')).toBe(true);
    expect(req('You will build aerospace simulation tools.').has('aerospace')).toBe(true);
  });
});
