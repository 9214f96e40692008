/**
 * The Chinese cues need a dense-script character (cjk.ts isDense): on a posting without one the matcher tells
 * decide() so (`dense: false`) and the Chinese rules are not tried. The decision must be the one the full
 * rules give (docs/extraction.md "Speed").
 */
import { describe, expect, it } from 'vitest';
import { decide, type Evidence } from '../../../pipeline/extract/decide.ts';
import { CueIndex } from '../../../pipeline/extract/cues.ts';
import { cjkDecision } from '../../../pipeline/extract/cjk-decide.ts';
import { prepare } from '../../../pipeline/extract/index.ts';
import type { Kind } from '../../../pipeline/extract/kinds.ts';
import { ZONES } from '../../../pipeline/extract/zones.ts';

// Fixtures written for this test in the shapes real postings use (not copied from any posting).
const TEXTS = [
  'Quillbyte | Senior Backend Engineer | Go, Postgres | Remote (EU) | https://quillbyte.example',
  "We're backed by Example Ventures and our customers include Acme. You will build payment APIs in Go on Kubernetes.",
  'You have 3+ years of experience with distributed systems and no Java needed. Bonus points if you know Rust.',
  'Follow us on [Twitter](https://x.example/q) or GitHub: https://github.example/q. Quillbyte is a fintech platform.',
  '- Strong communication skills\n- experience in backend development, data science or open source\n- Lead development of our apps',
];
const SURFACES = ['Go', 'GitHub', 'Twitter', 'backend', 'data science', 'open source', 'communication', 'apps'];
const KINDS: Kind[] = ['tech', 'method', 'domain', 'soft'];

describe('dense: false (no dense character in the posting) decides like the full rules', () => {
  it('every kind, zone and flag at word starts of the fixtures', () => {
    let n = 0;
    const differ: string[] = [];
    const whys = new Set<string>();
    for (const text of TEXTS) {
      const view = prepare(text);
      const cues = new CueIndex(view);
      for (let p = 0; p < view.length; p++) {
        if (p > 0 && /\w/.test(view[p - 1]!)) continue;
        for (const surface of SURFACES) {
          const end = Math.min(view.length, p + surface.length);
          for (const kind of KINDS)
            for (const zone of ZONES)
              for (const flags of [0, 1, 2, 3, 4]) {
                const ev: Evidence = {
                  kind,
                  zone,
                  before: view.slice(Math.max(0, p - 60), p),
                  after: view.slice(end, end + 80),
                  cues: cues.window(Math.max(0, p - 120), p),
                  surface,
                  inList: flags === 1,
                  industry: flags === 2,
                  generic: flags === 3,
                  roleArea: flags === 4,
                  department: false,
                  inCompanyName: zone === 'header' && p < 10,
                  sentenceStart: view.slice(Math.max(0, p - 80), p),
                };
                const full = decide(ev);
                const gated = decide({ ...ev, dense: false });
                if (gated.keep !== full.keep || gated.why !== full.why) differ.push(`${surface} at ${p} in ${zone}`);
                if (cjkDecision({ ...ev, dense: false })?.why !== cjkDecision(ev)?.why)
                  differ.push(`cjk ${surface} ${p}`);
                whys.add(full.why);
                n++;
              }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(n).toBeGreaterThan(10_000);
    // the grid reaches many rules, the link rule of cjkDecision among them
    expect(whys.size).toBeGreaterThan(20);
    expect(whys.has('link')).toBe(true);
  });
});
