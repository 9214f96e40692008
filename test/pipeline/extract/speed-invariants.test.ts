/**
 * The extractor's speed shortcuts must not change what it finds (docs/extraction.md "Speed"):
 *   - lazy zoning (zonePosting with the candidates' offsets) gives every needed offset the segment eager zoning
 *     gives it;
 *   - the cue index scanned only over the windows asked for answers like a scan of the whole view;
 *   - extract() (lazy zoning, windowed cues) keeps exactly what explain() (eager zoning) keeps, on real postings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  cueZone,
  cueZoneByFamily,
  headingText,
  plain,
  plainLonger,
  segmentAt,
  zonePosting,
} from '../../../pipeline/extract/zones.ts';
import { CueIndex, type CueFamily } from '../../../pipeline/extract/cues.ts';
import { MultiCue, anyOf, anyOfCapturing } from '../../../pipeline/extract/multicue.ts';
import { ASK_INDUSTRY, ASK_STRONG, ASK_WEAK, MENTION, ROLE_CUE, STACK } from '../../../pipeline/extract/cue-words.ts';
import { createMatcher, loadTaxonomy, prepare } from '../../../pipeline/extract/index.ts';
import { hasShared, sharedDir, sharedMissing } from '../../helpers/tmp.ts';

// Fixtures written for these tests in the shapes real postings use (not copied from any posting).
const SHAPES = [
  'Quillbyte | Senior Backend Engineer | Go, Postgres | Remote (EU) | https://quillbyte.example',
  `Quillbyte | Backend Engineer | Berlin or Remote | Full-time

Quillbyte is a fast-growing fintech that helps small shops get paid. We're backed by Example Ventures and our customers include Acme and Globex.

You will build our payment APIs in Go and run them on Kubernetes. Our stack: Go, PostgreSQL, Kafka.

You have 3+ years of experience with distributed systems. Bonus points if you know Rust.

We offer a competitive salary, equity and 30 days of vacation.

To apply, email jobs@quillbyte.example and mention HN.`,
  `<h2>About us</h2><p>We are a robotics company building warehouse robots.</p>
<h2>What you'll do</h2><ul><li>Write C++ for our motion planner</li><li>Own the ROS 2 stack</li></ul>
<h3>Requirements</h3><ul><li>5+ years of C++</li><li>Linux</li></ul>
<h3>Nice to have</h3><ul><li>CUDA</li></ul>
<h3>Benefits</h3><ul><li>Health insurance</li><li>MacBook Pro</li></ul>
<p><strong>Equal Opportunity Employer</strong></p><p>We are an equal opportunity employer and value diversity.</p>`,
  `**Who we are**
We're a small team of engineers.

**What we're looking for:**
- Experience with TypeScript
- You enjoy writing tests

**Perks**
- Remote first`,
  'What we do: Acme ships parcels.\n\nWhat you would do: maintain our ETL pipeline.',
  'What we offer:\n\n- Stock options\n\n- Unlimited vacation\n\nWe are looking for engineers with experience in Ruby on Rails, Linux and Docker, in all of these roles.',
  // a closing "...you need:" line hands its zone to the next block, which lazy zoning may skip
  'We build tools for farmers and their co-operatives. Here is what you need:\n\nPython and SQL\n\nNICE TO HAVE\n\nRust\n\nHOW TO APPLY?\n\nWrite to us.',
  '岗位职责：\n负责后端服务开发\n任职要求：\n熟悉 Go 语言和 Kubernetes\n福利待遇：五险一金',
];

describe('lazy zoning gives the needed offsets the segments of eager zoning', () => {
  it.each(SHAPES.map((t, i) => [i, t] as const))('shape %i: every offset alone, and all offsets', (_i, text) => {
    const eager = zonePosting(text);
    for (let o = 0; o <= text.length; o++)
      expect(segmentAt(zonePosting(text, [o]), o), `offset ${o}`).toEqual(segmentAt(eager, o));
    const all = Array.from({ length: text.length + 1 }, (_, o) => o);
    expect(zonePosting(text, all)).toEqual(eager);
  });
  it('needing nothing zones only the header', () => {
    expect(zonePosting(SHAPES[1]!, []).map((s) => s.zone)).toEqual(['header']);
  });
});

const FAMILIES: [CueFamily, RegExp][] = [
  ['stack', STACK],
  ['askStrong', ASK_STRONG],
  ['askWeak', ASK_WEAK],
  ['roleCue', ROLE_CUE],
  ['mention', MENTION],
  ['askIndustry', ASK_INDUSTRY],
];

describe('the windowed cue index answers like a whole-view scan', () => {
  const view = prepare(SHAPES[1]! + '\n\n' + SHAPES[3]!);
  const all = new MultiCue(FAMILIES.map(([, re]) => re)).scan(view);
  const any = (f: number, from: number, to: number) =>
    all.some((h) => h.family === f && h.start >= from && h.end <= to);
  const windows = (step: number): [number, number][] => {
    const w: [number, number][] = [];
    for (let to = 0; to <= view.length; to += step) w.push([Math.max(0, to - 120), to]);
    return w;
  };
  it('the whole-view reference has hits of every family', () => {
    for (let f = 0; f < FAMILIES.length; f++) expect(all.some((h) => h.family === f)).toBe(true);
  });
  it.each([7, 40, 200])('windows moving right by %i', (step) => {
    const idx = new CueIndex(view);
    for (const [from, to] of windows(step))
      FAMILIES.forEach(([name], f) =>
        expect(idx.any(name, from, to), `${name} [${from},${to})`).toBe(any(f, from, to)),
      );
  });
  it('windows out of order (a rescan of the whole view)', () => {
    const idx = new CueIndex(view);
    for (const [from, to] of windows(33).reverse())
      FAMILIES.forEach(([name], f) => expect(idx.any(name, from, to)).toBe(any(f, from, to)));
  });
  it('the last mention in a window', () => {
    const idx = new CueIndex(view);
    for (const [from, to] of windows(25)) {
      const hits = all.filter((h) => h.family === 4 && h.start >= from && h.end <= to);
      const last = hits.length ? ([hits[hits.length - 1]!.end, hits[hits.length - 1]!.text] as const) : null;
      expect(idx.last('mention', from, to)).toEqual(last);
    }
  });
});

describe.skipIf(!hasShared)(hasShared ? 'extract() keeps what explain() keeps, on HN postings' : sharedMissing, () => {
  it('400 postings of 2019 and 2024', () => {
    const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
    const dir = path.join(sharedDir, 'data/postings/hn_whoishiring');
    const files = readdirSync(dir).filter(
      (f) => f === 'hn_whoishiring_2019.jsonl.gz' || f === 'hn_whoishiring_2024.jsonl.gz',
    );
    expect(files.length).toBe(2);
    let kept = 0;
    for (const f of files) {
      const lines = gunzipSync(readFileSync(path.join(dir, f)))
        .toString('utf8')
        .split('\n')
        .filter(Boolean);
      for (const line of lines.slice(0, 200)) {
        const text = (JSON.parse(line) as { text: string }).text;
        const got = m.extract(text);
        expect(got).toEqual(m.explain(text).kept);
        kept += got.length;
      }
    }
    expect(kept).toBeGreaterThan(1000);
  });
});

describe('anyOf: one \\b in front of the families finds what the plain alternation finds', () => {
  const plainJoin = (sources: string[]) => sources.map((s) => `(?:${s})`).join('|');
  const positions = (re: RegExp, v: string) => {
    const out: [number, string][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(v); m; m = re.exec(v)) {
      out.push([m.index, m[0]]);
      re.lastIndex = m.index + 1;
    }
    return out;
  };
  it('the decision cue families over the fixtures: same positions and matched text', () => {
    const sources = FAMILIES.map(([, re]) => re.source);
    const hoisted = anyOf(sources);
    expect(hoisted.startsWith('\\b(?:')).toBe(true);
    const a = new RegExp(hoisted, 'gi'),
      b = new RegExp(plainJoin(sources), 'gi');
    let n = 0;
    for (const t of SHAPES) {
      const v = prepare(t);
      const want = positions(b, v);
      expect(positions(a, v)).toEqual(want);
      n += want.length;
    }
    expect(n).toBeGreaterThan(20);
  });
  it('keeps the plain alternation when a family has no leading \\b or a top-level |', () => {
    expect(anyOf(['\\bab|c', '\\bd'])).toBe('(?:\\bab|c)|(?:\\bd)');
    expect(anyOf(['ab', '\\bd'])).toBe('(?:ab)|(?:\\bd)');
    expect(anyOf(['\\b(?:a|b)\\b', '\\b[|]x'])).toBe('\\b(?:(?:(?:a|b)\\b)|(?:[|]x))');
  });
});

describe('cueZone (one capturing pass) answers like testing the families in order', () => {
  it('every sentence and every suffix of the fixtures', () => {
    let cued = 0;
    for (const t of SHAPES) {
      const parts = t.split(/(?<=[.!?:\n])/);
      for (const s of [...parts, ...parts.map((_p, i) => parts.slice(i).join(''))]) {
        const want = cueZoneByFamily(s);
        expect(cueZone(s), JSON.stringify(s)).toEqual(want);
        if (want) cued++;
      }
    }
    expect(cued).toBeGreaterThan(20);
  });
  it('a later sentence with an earlier family wins over the leftmost cue', () => {
    // "you have" (requirements) comes first, "we offer" (benefits, an earlier family) later
    const s = 'You have 5 years of Go, and we offer equity.';
    expect(cueZone(s)).toEqual(['benefits', 'we offer']);
    expect(cueZoneByFamily(s)).toEqual(['benefits', 'we offer']);
  });
  it('earlier families found one after the other (company, then role, then benefits, then none before it)', () => {
    const s = 'We are a small shop; you will build tools, and we offer equity. Backed by nobody.';
    expect(cueZone(s)).toEqual(['benefits', 'we offer']);
    expect(cueZoneByFamily(s)).toEqual(['benefits', 'we offer']);
    // the phrase is the family's leftmost one, not the one where a later pass found it
    const t = 'You will ship it. We are a team and you will lead it.';
    expect(cueZone(t)).toEqual(cueZoneByFamily(t));
    expect(cueZone(t)).toEqual(['role', 'you will']);
  });
  it('group numbers account for capturing groups inside a family; backreferences fall back', () => {
    expect(anyOfCapturing(['\\b(a)(?:b)(?<n>c)(?=d)', '\\bx[(]y', '\\bz'])).toEqual({
      source: '\\b(?:((a)(?:b)(?<n>c)(?=d))|(x[(]y)|(z))',
      groups: [1, 4, 5],
    });
    expect(anyOfCapturing(['(a)\\1'])).toBeNull();
  });
});

describe('MultiCue (families after the first one matching at a position tried sticky) finds every hit', () => {
  it('the same hits as every family tried at every position, on the fixtures', () => {
    const multi = new MultiCue(FAMILIES.map(([, re]) => re));
    const sticky = FAMILIES.map(([, re]) => new RegExp(re.source, 'iy'));
    let n = 0;
    for (const t of SHAPES) {
      const v = prepare(t);
      const want: { start: number; end: number; family: number; text: string }[] = [];
      for (let at = 0; at <= v.length; at++)
        sticky.forEach((re, family) => {
          re.lastIndex = at;
          const m = re.exec(v);
          if (m && m[0].length > 0) want.push({ start: at, end: at + m[0].length, family, text: m[0] });
        });
      expect(multi.scan(v)).toEqual(want);
      n += want.length;
    }
    expect(n).toBeGreaterThan(20);
  });
});

describe('the cheap heading rejections (no plain() built) reject only what asHeading rejects', () => {
  it('short blocks with entities, tags, Markdown, capitals and trailing marks', () => {
    const blocks = [
      ...SHAPES.flatMap((t) => t.split(/\n+/)),
      'We&#x27;re hiring',
      'WE&#x27;RE HIRING',
      'REQUIREMENTS &amp; SKILLS',
      'ABOUT <a href="https://x.example/jobs">US</a>',
      'ABOUT <a href="https://x.example/jobs">us</a>',
      'BENEFITS <>x',
      'PERKS <b',
      'NICE TO HAVE&nbsp',
      'WHO WE ARE &hellip;',
      'SKILLS &#X27;x;',
      '  **Stack**',
      '# Role',
      '__What you do__',
      'Apply now?',
      'Why join us?',
      'lower case only',
      'MiXeD CaSe',
      'ROLE &mdash; backend',
      'Apply: https://x.example/jobs',
      'SEE HTTPS://X.EXAMPLE/JOBS',
      'Requirements:</b>',
      'Requirements:&nbsp;',
      'Requirements: **',
      'Questions? <br>',
      'What you do:\u3000',
      'Why us? ‰',
      'Perks :`',
    ];
    const variants = blocks.flatMap((b) => [b, `  ${b}  `, b.toUpperCase(), `${b}:`, `<b>${b}</b>`]);
    let headings = 0;
    for (const raw of variants)
      for (const tag of [false, true]) {
        const want = headingText(raw, tag, false);
        expect(headingText(raw, tag), `${tag} ${JSON.stringify(raw)}`).toBe(want);
        if (want !== null) headings++;
      }
    expect(headings).toBeGreaterThan(40);
  });
});

describe('plainLonger (bounds before building plain()) answers like plain(s).length > n', () => {
  it('every block and line of the fixtures, padded and marked up, at several lengths', () => {
    const blocks = SHAPES.flatMap((t) => t.split(/\n+/));
    const variants = blocks.flatMap((b) => [
      b,
      `**${b}**`,
      `  ${b}\t\t `,
      `<b>${b}</b> &amp; ${b}`,
      b.replace(/ /g, '   '),
    ]);
    let longer = 0;
    for (const s of variants)
      for (const n of [0, 10, 60, 80, 120]) {
        const want = plain(s).length > n;
        expect(plainLonger(s, n), `${n} ${JSON.stringify(s)}`).toBe(want);
        if (want) longer++;
      }
    expect(longer).toBeGreaterThan(50);
  });
});

describe('prepare finds www. links in any case without lower-casing the text', () => {
  it('mixed case, at the start, glued to a word, and after U+0130 (whose lower case is two characters)', () => {
    const blank = (s: string) => ' '.repeat(s.length);
    expect(prepare('See WwW.Example.com/jobs now')).toBe(`See ${blank('WwW.Example.com/jobs')} now`);
    expect(prepare('www.a.io rust')).toBe(`${blank('www.a.io')} rust`);
    expect(prepare('xwww.a.io')).toBe('xwww.a.io'); // glued to a word: not a link start
    // after U+0130 the lower-cased copy is one character longer and its offsets land one character early, inside
    // "WWW": the link is left as it was (kept for identical output; a known slip, see docs/extraction.md "Speed")
    const t = 'İstanbul office: WWW.ACME.IO go';
    expect(t.toLowerCase().length).toBe(t.length + 1);
    expect(prepare(t)).toBe(t);
    expect(prepare(t.replace('İ', 'I'))).toBe(`Istanbul office: ${blank('WWW.ACME.IO')} go`);
  });
});
