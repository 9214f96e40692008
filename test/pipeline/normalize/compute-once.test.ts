/**
 * The work shared by the steps of one posting is done once and handed on: `skillpulse extract` computes one
 * extractCore (plain text, header) per line for parseLocation and extractPayFields; enrich hands
 * normalizePosting's plain text to textPayJson. Results must be those of each step computing alone, and no
 * step may change the shared header.
 */
import { describe, expect, it } from 'vitest';
import { lineSteps, outputLine } from '../../../cli/commands/extract.ts';
import type { Matcher } from '../../../pipeline/extract/index.ts';
import { parseHeader } from '../../../pipeline/normalize/header.ts';
import { normalizePosting, parseLocation, postingCore } from '../../../pipeline/normalize/index.ts';
import { extractCore, extractPayFields, postingPay } from '../../../pipeline/normalize/posting-pay.ts';
import { toPlainText } from '../../../pipeline/normalize/text.ts';
import { textPayJson } from '../../../pipeline/stages/enrich-one.ts';

const A = 'Acme | Senior Engineer | Berlin, Germany | Full-time | €80k-€100k\n\n<p>We use <b>Rust</b>.</p>';
const B = 'Beta Corp | Data Scientist | Remote (US timezone) | $150k\n\nPython and **SQL**.';
const C = 'Gamma | Designer | London | ONSITE\n\nFigma.';
const D = 'No header line here, remote but you must be based in Canada. $120k-$150k per year.';
const E = '\n\n  Delta | Engineer | Paris  \n\nFull-time.'; // leading blank lines and spaces
const texts = [A, B, C, D, E, ''];
const row = (text: string) => ({
  source: 'hn_whoishiring',
  content_hash: 'h',
  text,
  title: null,
  company: null,
  location: null,
  country: null,
});
const noMatcher = { extract: () => [], explain: () => ({ kept: [], dropped: [], segments: [] }) } as unknown as Matcher;

describe('compute once per posting', () => {
  it('parseHeader returns a frozen result that a caller cannot change', () => {
    const h = parseHeader('Acme | Senior Engineer | Berlin, Germany | Full-time');
    expect(h.company).toBe('Acme');
    expect(Object.isFrozen(h) && Object.isFrozen(h.places) && Object.isFrozen(h.places[0])).toBe(true);
    expect(() => (h.employment as string[]).push('contract')).toThrow(TypeError);
  });

  it('normalizePosting finds the employment type in the body without changing the header', () => {
    const n = normalizePosting(row('Zeta | Backend Engineer | Paris\n\nThis is a contract role.'));
    expect(n.employment_type).toBe('contract');
  });

  it('parseLocation and extractPayFields given the extractCore give what they compute alone', () => {
    for (const t of texts) {
      const core = extractCore(t);
      expect(parseLocation(t, core), JSON.stringify(t)).toEqual(parseLocation(t));
      expect(extractPayFields(t, null, core)).toEqual(extractPayFields(t));
      const steps = lineSteps({ extractCore, extractPayFields, parseLocation })(t);
      const shared = outputLine(1, t, noMatcher, steps);
      const alone = outputLine(1, t, noMatcher, { locate: parseLocation, pay: (x) => extractPayFields(x) });
      expect(shared).toEqual(alone);
    }
    // lineSteps hands its core only to the text it was made for
    const steps = lineSteps({ extractCore, extractPayFields, parseLocation })(A);
    expect(steps.locate(C)).toEqual(parseLocation(C));
    expect(steps.pay(C)).toEqual(extractPayFields(C));
  });

  it("textPayJson reads normalizePosting's plain text: the same JSON as converting the raw text again", () => {
    for (const t of texts) {
      const r = row(t);
      const n = normalizePosting(r);
      const again = postingPay({ text: toPlainText(t), title: n.title, country: n.country });
      expect(JSON.parse(textPayJson(r, n)).language).toBe(again.language);
      expect(JSON.parse(textPayJson(r, n)).ranges.length).toBe(again.ranges.length);
    }
  });

  it("textPayJson takes enrichOne's language of the raw text only when it is the plain text and at most 2,000 characters", () => {
    const plain = 'Acme | Engineer | Remote\n\nWe build tools in Rust and Go for our customers.'; // no markup: plain === raw
    const marked = 'Acme | Engineer\n\n<p>We build <b>tools</b> for our customers.</p>'; // markup: plain !== raw
    const long = `${plain}\n\n${'We ship software every day and we like it. '.repeat(60).trim()}`; // > 2,000 characters
    for (const t of [plain, marked, long, ...texts]) {
      const r = row(t);
      const n = normalizePosting(r);
      const own = JSON.parse(textPayJson(r, n)).language;
      // a deliberately wrong language: used when the condition holds (so it is read), ignored otherwise
      const given = JSON.parse(textPayJson(r, n, 'de')).language;
      expect(given).toBe(n.text === t && t.length <= 2000 ? 'de' : own);
    }
    expect(normalizePosting(row(plain)).text).toBe(plain);
    expect(normalizePosting(row(marked)).text).not.toBe(marked);
    expect(normalizePosting(row(long)).text).toBe(long);
    expect(long.length).toBeGreaterThan(2000);
  });

  it('postingCore agrees with normalizePosting on the fields they share', () => {
    for (const t of texts) {
      const n = normalizePosting(row(t));
      const c = postingCore(row(t));
      expect([c.text, c.company, c.title, c.country]).toEqual([n.text, n.company, n.title, n.country]);
    }
    // "US timezone": a zone, not a place (the zone-word pre-check must not skip it); "Remote (US)": a place
    expect(parseLocation(B).countries).toEqual([]);
    expect(parseLocation(B.replace(' timezone', '')).countries).toEqual(['US']);
  });
});
