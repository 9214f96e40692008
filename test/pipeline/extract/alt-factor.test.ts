/**
 * alt-factor.ts: the cue families' alternation with its branches grouped by first letter matches where the
 * plain alternation does, with the same text (docs/extraction.md "Speed"), on hand-written texts in the shapes
 * of postings; and it declines the sources it cannot regroup safely.
 */
import { describe, expect, it } from 'vitest';
import { factorAlternatives } from '../../../pipeline/extract/alt-factor.ts';
import { ASK_INDUSTRY, ASK_STRONG, ASK_WEAK, MENTION, ROLE_CUE, STACK } from '../../../pipeline/extract/cue-words.ts';
import { cueZone, cueZoneByFamily } from '../../../pipeline/extract/zones.ts';

const TEXTS = [
  'We use Go and Postgres; our stack is Kubernetes on GCP. You have 5+ years of experience with Python.',
  'Experience with React is a plus, bonus points for Rust. We offer equity, 401(k) and paid time off.',
  'You will build our data platform and work with the ML team. Customers include Stripe and Shopify.',
  'We bring the benefits of automation to farms. Benefits: health, dental, vision insurance.',
  'Strong background in distributed systems; deep learning experience preferred. Founded by ex-Googlers.',
  'Knowledge of SQL, familiarity with dbt. We are a small, profitable startup backed by YC. Email us your CV!',
  'Nice-to-have: Terraform. Not required but helpful: Elixir. 3 yrs of Scala. Questions? Reach out.',
  'Stack Overflow users like us. Tech stack: TypeScript. Built on top of AWS, runs on Linux, written in C++.',
  'you’re proficient in Java; YOU HAVE shipped iOS apps, and you care about UX. Vs. our competitors...',
];

/** Every match of `re` from every position (lastIndex = previous match + 1): [index, text]. */
function allMatches(re: RegExp, s: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push([m.index, m[0]]);
    re.lastIndex = m.index + 1;
  }
  return out;
}

describe('factorAlternatives', () => {
  const families = [STACK, ASK_STRONG, ASK_WEAK, ROLE_CUE, MENTION, ASK_INDUSTRY];
  it('each decision cue family alone: the same matches at the same positions', () => {
    for (const fam of families) {
      const f = factorAlternatives([fam.source]);
      expect(f, fam.source.slice(0, 40)).not.toBeNull();
      const a = new RegExp(fam.source, 'gi'),
        b = new RegExp(f!, 'gi');
      for (const t of TEXTS) expect(allMatches(b, t)).toEqual(allMatches(a, t));
    }
  });
  it('the families together: the positions and texts of their alternation', () => {
    const f = factorAlternatives(families.map((r) => r.source))!;
    const a = new RegExp(families.map((r) => `(?:${r.source})`).join('|'), 'gi'),
      b = new RegExp(f, 'gi');
    for (const t of TEXTS) expect(allMatches(b, t)).toEqual(allMatches(a, t));
  });
  it('keeps the order of branches with one first letter (the first that matches wins)', () => {
    const f = factorAlternatives(['\\b(?:we|we use|you)', '\\b(?:we use go)'])!;
    expect(new RegExp(f, 'i').exec('We use Go')![0]).toBe('We');
    const g = factorAlternatives(['\\b(?:we use go|we)'])!;
    expect(new RegExp(g, 'i').exec('We use Go')![0]).toBe('We use Go');
  });
  it('a branch without one first letter stays between the branches around it', () => {
    // `\d+ years` may match where `5 years` does: the first of the two in order wins, as before
    const f = factorAlternatives(['\\b(?:\\d+ years|5 years of)'])!;
    expect(new RegExp(f, 'i').exec('5 years of Go')![0]).toBe('5 years');
    const g = factorAlternatives(['\\b(?:5 years of|\\d+ years)'])!;
    expect(new RegExp(g, 'i').exec('5 years of Go')![0]).toBe('5 years of');
  });
  it('a trailing \\b of the family holds for every branch', () => {
    const f = factorAlternatives(['\\b(?:go|golang)\\b'])!;
    expect(new RegExp(f, 'i').exec('golang')![0]).toBe('golang');
  });
  it('declines capturing groups, backreferences and other shapes', () => {
    expect(factorAlternatives(['\\b(?:(a)b|c)'])).toBeNull();
    expect(factorAlternatives(['\\b(?:(?:a)\\1)'])).toBeNull();
    expect(factorAlternatives(['(?:a|b)'])).toBeNull();
    expect(factorAlternatives(['\\b(?:a|b)c'])).toBeNull();
  });
});

describe('cueZone (literal starts, then the regexes there) answers like testing the families in order', () => {
  it('every sentence and every suffix of the texts', () => {
    let cued = 0;
    for (const t of TEXTS) {
      const parts = t.split(/(?<=[.!?;:])/);
      for (const s of [...parts, ...parts.map((_p, i) => parts.slice(i).join(''))]) {
        const want = cueZoneByFamily(s);
        expect(cueZone(s), JSON.stringify(s)).toEqual(want);
        if (want) cued++;
      }
    }
    expect(cued).toBeGreaterThan(15);
  });
});
