/**
 * The work shared by the steps of one posting is done once (toPlainText and parseHeader keep their last result,
 * extractPayFields reads postingCore instead of the whole normalizePosting): results must be the same as
 * computing afresh, whatever the order of calls, and no caller may change a kept result.
 */
import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../pipeline/normalize/header.ts';
import { normalizePosting, parseLocation, postingCore } from '../../../pipeline/normalize/index.ts';
import { extractPayFields } from '../../../pipeline/normalize/posting-pay.ts';
import { toPlainText } from '../../../pipeline/normalize/text.ts';

const A = 'Acme | Senior Engineer | Berlin, Germany | Full-time | €80k-€100k\n\n<p>We use <b>Rust</b>.</p>';
const B = 'Beta Corp | Data Scientist | Remote (US timezone) | $150k\n\nPython and **SQL**.';
const C = 'Gamma | Designer | London | ONSITE\n\nFigma.';
const row = (text: string) => ({
  source: 'hn_whoishiring',
  text,
  title: null,
  company: null,
  location: null,
  country: null,
});

describe('compute once per posting', () => {
  it('toPlainText gives the same text for a repeated input, after any other input', () => {
    const a = toPlainText(A);
    expect(a).toBe('Acme | Senior Engineer | Berlin, Germany | Full-time | €80k-€100k\n\nWe use Rust.');
    expect(toPlainText(B)).toBe('Beta Corp | Data Scientist | Remote (US timezone) | $150k\n\nPython and SQL.');
    expect(toPlainText(A)).toBe(a);
    expect(toPlainText(`${A} `)).toBe(a); // an equal-looking but different input is converted, not looked up
  });

  it('parseHeader returns a frozen result that a caller cannot change', () => {
    const h = parseHeader('Acme | Senior Engineer | Berlin, Germany | Full-time');
    expect(h.company).toBe('Acme');
    expect(Object.isFrozen(h) && Object.isFrozen(h.places) && Object.isFrozen(h.places[0])).toBe(true);
    expect(() => (h.employment as string[]).push('contract')).toThrow(TypeError);
    expect(parseHeader('Acme | Senior Engineer | Berlin, Germany | Full-time').employment).toEqual(['full-time']);
  });

  it('normalizePosting does not add the body employment words to a kept header that has none', () => {
    // no employment word in the header: normalizePosting looks for one in the first 300 characters
    const text = 'Zeta | Backend Engineer | Paris\n\nThis is a contract role.';
    const first = normalizePosting(row(text));
    expect(first.employment_type).toBe('contract');
    expect(parseHeader('Zeta | Backend Engineer | Paris').employment).toEqual([]);
    expect(normalizePosting(row(text))).toEqual(first);
  });

  it('the same outputs in any order of calls as each computed alone', () => {
    const alone = (f: () => unknown) => {
      toPlainText('reset'); // empty the kept results
      parseHeader('reset');
      return JSON.stringify(f());
    };
    for (const t of [A, B, C]) {
      const loc = alone(() => parseLocation(t));
      const pay = alone(() => extractPayFields(t));
      const norm = alone(() => normalizePosting(row(t)));
      for (const order of [0, 1]) {
        if (order === 1) normalizePosting(row(t));
        expect(JSON.stringify(parseLocation(t))).toBe(loc);
        expect(JSON.stringify(extractPayFields(t))).toBe(pay);
        expect(JSON.stringify(normalizePosting(row(t)))).toBe(norm);
      }
    }
  });

  it('postingCore agrees with normalizePosting on the fields they share', () => {
    for (const t of [A, B, C]) {
      const n = normalizePosting(row(t));
      const c = postingCore(row(t));
      expect([c.text, c.company, c.title, c.country]).toEqual([n.text, n.company, n.title, n.country]);
    }
    // "US timezone": a zone, not a place (the zone-word pre-check must not skip it); "Remote (US)": a place
    expect(parseLocation(B).countries).toEqual([]);
    expect(parseLocation(B.replace(' timezone', '')).countries).toEqual(['US']);
  });
});
