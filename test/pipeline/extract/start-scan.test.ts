/**
 * literal-starts.ts and start-scan.ts: the literal texts a regex's matches begin with, and the automaton that
 * finds where they begin. Sound is what counts (multicue.ts tries the regexes only where the automaton reports
 * a family): every position where a family's regex matches must be reported with that family's bit.
 */
import { describe, expect, it } from 'vitest';
import { literalStarts } from '../../../pipeline/extract/literal-starts.ts';
import { StartScanner } from '../../../pipeline/extract/start-scan.ts';
import { ASK_INDUSTRY, ASK_STRONG, ASK_WEAK, MENTION, ROLE_CUE, STACK } from '../../../pipeline/extract/cue-words.ts';
import { cueZone, cueZoneByFamily, headingZone, headingZoneByFamily } from '../../../pipeline/extract/zones.ts';

describe('literalStarts', () => {
  it('optional parts give both spellings, repeats and classes end the start', () => {
    expect(literalStarts("\\b(?:you(?:'ll)? work)\\b")).toEqual({
      starts: ["you'll work", 'you work'],
      wordStart: true,
    });
    expect(literalStarts('\\b(?:tech(?:nology)? stack|stack\\w*)')?.starts).toEqual([
      'technology stack',
      'tech stack',
      'stack',
    ]);
    expect(literalStarts('\\b(?:e-?mail (?:me|us))')?.starts).toEqual([
      'e-mail me',
      'e-mail us',
      'email me',
      'email us',
    ]);
    expect(literalStarts('\\b(?:a+b|cd*e|f{2,3}g|h{2}i)')?.starts).toEqual(['a', 'c', 'f', 'h']);
    expect(literalStarts('\\b(?:\\d+ ?years)')?.starts).toEqual([...'0123456789']);
    expect(literalStarts('\\b(?:r[eé]sum)')?.starts).toEqual(['resum', 'résum']);
  });
  it('steps over zero-width parts and reads escapes as the characters they stand for', () => {
    expect(literalStarts('\\b(?:(?<!no )benefits|401\\(?k)')?.starts).toEqual(['benefits', '401(k', '401k']);
    expect(literalStarts('\\b(?:questions\\?|caf\\u00e9)')?.starts).toEqual(['questions?', 'café']);
    expect(literalStarts('(?=x)\\bab')).toEqual({ starts: ['ab'], wordStart: true });
  });
  it('no starts when some match may begin anywhere; no word start without a \\b before a word character', () => {
    expect(literalStarts('\\b(?:\\w+ing|go)')).toBeNull();
    expect(literalStarts('\\b(?:[^x]y|go)')).toBeNull();
    expect(literalStarts('\\b(?:(?:a|)b|c?)')).toBeNull();
    expect(literalStarts('\\b(?:(a)\\1)')?.starts).toEqual(['a']);
    expect(literalStarts('go|\\bjs')).toEqual({ starts: ['go', 'js'], wordStart: false });
    expect(literalStarts('\\b(?:-x|y)')?.wordStart).toBe(false);
  });
  it('reads classes as JavaScript does: [] is empty (no start), [^] any character, ] first closes', () => {
    expect(literalStarts('\\b(?:a[]b|cd)')?.starts).toEqual(['cd']);
    expect(literalStarts('\\b(?:a[^]b|cd)')?.starts).toEqual(['a', 'cd']);
    expect(literalStarts('\\b(?:x[]]|y)')?.starts).toEqual(['y']);
  });
  it('an alternation too wide to extend still gives its starts', () => {
    const many = Array.from({ length: 300 }, (_, i) => `w${i}x`).join('|');
    const r = literalStarts(`\\b(?:${many})`)!;
    expect(r.starts).toHaveLength(300);
    expect(r.starts.every((s) => /^w\d+x$/.test(s))).toBe(true);
  });
});

/** Every position where a family's regex matches (sticky), as [position, family]. */
function regexHits(families: RegExp[], text: string): [number, number][] {
  const out: [number, number][] = [];
  const sticky = families.map((re) => new RegExp(re.source, 'iy'));
  for (let at = 0; at <= text.length; at++)
    sticky.forEach((re, f) => {
      re.lastIndex = at;
      if (re.test(text)) out.push([at, f]);
    });
  return out;
}

function scannerHits(scanner: StartScanner, text: string, from = 0, to = text.length + 1): [number, number][] {
  const out: [number, number][] = [];
  const n = scanner.scan(text, from, to);
  for (let h = 0; h < n; h++)
    for (let f = 0; f < 31; f++) if (scanner.hitMask[h]! & (1 << f)) out.push([scanner.hitStart[h]!, f]);
  return out;
}

const DECIDE = [STACK, ASK_STRONG, ASK_WEAK, ROLE_CUE, MENTION, ASK_INDUSTRY];
const TEXTS = [
  'We use Go; our TECH STACK is Elixir. You have 5+ years of experience with Postgres, and you’re fluent in SQL.',
  'Our customers include banks (investors: Acme Ventures). Founded by ex-Googlers, backed by YC, vs. the rest.',
  'xWe use nothing_we use, we_use; Experience-with? "Experience with"Rust. deep learning, deep knowledge.',
  'Integrations with Slack, built on top of AWS; migrating to k8s. Résumé, RÉSUMÉ, ſa, Kelvin.',
  'Responsible for the stack: you’ll own it. Who can help us build it? Self-starters, able to ship.',
];

describe('StartScanner finds every position where a family matches', () => {
  const scanner = StartScanner.of(DECIDE.map((re) => re.source))!;
  it('the decision cue families over the texts: each regex hit is reported with its family', () => {
    let n = 0;
    for (const t of TEXTS) {
      const got = new Set(scannerHits(scanner, t).map(([a, f]) => `${a}:${f}`));
      for (const [a, f] of regexHits(DECIDE, t)) {
        expect(got.has(`${a}:${f}`), `${f} at ${a} in ${JSON.stringify(t)}`).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(25);
  });
  it('hits are ordered by position, one per position', () => {
    for (const t of TEXTS) {
      const n = scanner.scan(t, 0, t.length + 1);
      for (let h = 1; h < n; h++) expect(scanner.hitStart[h]!).toBeGreaterThan(scanner.hitStart[h - 1]!);
    }
  });
  it('only at word starts, folding case as the i flag does (é and É alike, ſ is no s)', () => {
    const s = StartScanner.of(['\\b(?:we use|résumé|sa)'])!;
    expect(scannerHits(s, 'xwe use, _we use, é we use')).toEqual([[20, 0]]);
    expect(scannerHits(s, 'RÉSUMÉ ſa Sa')).toEqual([
      [0, 0],
      [10, 0],
    ]);
    expect(/\bsa/i.test('ſa')).toBe(false);
  });
  it('a range: starts beginning in [from, to), read past `to`, none inside the word `from` cuts', () => {
    const s = StartScanner.of(['\\b(?:we use|use)'])!;
    const t = 'we use go; reuse; we use';
    expect(scannerHits(s, t, 0, 1)).toEqual([[0, 0]]);
    expect(scannerHits(s, t, 1, 10)).toEqual([[3, 0]]);
    expect(scannerHits(s, t, 13, t.length + 1)).toEqual([
      [18, 0],
      [21, 0],
    ]);
  });
  it('quietUntil: no family matches in [to, quietUntil), which often reaches past `to`', () => {
    let past = 0;
    for (const t of TEXTS) {
      const hits = regexHits(DECIDE, t).map(([a]) => a);
      for (let to = 0; to <= t.length; to += 3) {
        scanner.scan(t, Math.max(0, to - 40), to);
        const quiet = scanner.quietUntil;
        expect(quiet).toBeGreaterThanOrEqual(to);
        expect(
          hits.filter((a) => a >= to && a < quiet),
          `[${to}, ${quiet}) in ${JSON.stringify(t)}`,
        ).toEqual([]);
        if (quiet > to) past++;
      }
    }
    expect(past).toBeGreaterThan(50);
  });
  it('declines families with no literal starts or matches off word starts', () => {
    expect(StartScanner.of(['\\b(?:go)', '\\b\\w+ing'])).toBeNull();
    expect(StartScanner.of(['go'])).toBeNull();
  });
});

describe('cueZone (literal starts, then each family tried where they begin) answers like the families in order', () => {
  it('sentences of every zone, cased and glued in the ways postings write them', () => {
    const sentences = [
      ...TEXTS,
      'Send your RÉSUMÉ to jobs@acme.example.',
      'We offer equity; you have 3 years of Go.',
      'Bonus points: Rust. Nice-to-have: Kafka.',
      'Acme is a fast-growing startup; we are hiring.',
      'EEO: we are an equal opportunity employer.',
      'bonus, abonus points, we offering, xwe offer',
    ];
    let cued = 0;
    for (const s of sentences) {
      const want = cueZoneByFamily(s);
      expect(cueZone(s), JSON.stringify(s)).toEqual(want);
      if (want) cued++;
    }
    expect(cued).toBeGreaterThan(8);
  });
});

describe('headingZone (the heading families found the same way) answers like the families in order', () => {
  it('headings, labels and title lines of every part, cased as postings write them', () => {
    const heads = [
      'Requirements',
      'What you will do',
      "WHAT YOU'LL BUILD",
      'Nice-to-have',
      'Must haves',
      'Benefits & Perks',
      'How to apply',
      'About us',
      'About the team',
      'Equal Opportunity',
      'Tech stack',
      'Responsibilities',
      'Day-to-day',
      "What's in it for you",
      'Our mission and values',
      'Salary',
      'Location',
      'Remote',
      'Interview process',
      'Preferred qualifications',
      '岗位职责',
      '任职要求',
      'Who you are / about you',
      'Compensation package',
      'Skillset',
    ];
    let zoned = 0;
    for (const h of heads) {
      const want = headingZoneByFamily(h);
      expect(headingZone(h), h).toBe(want);
      if (want) zoned++;
    }
    expect(zoned).toBeGreaterThan(20);
  });
});
