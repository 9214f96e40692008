/**
 * Bounds that the faster paths rely on: the place scan extends a name only while its words start a longer name
 * (PREFIXES), parseLocation reads only the first 40 lines and 2,000 characters of body, and skips the body
 * sentences when the body has no remote word, parsePay starts its scan a prefix's length before the next digit,
 * and header splitting masks brackets unit by unit. Each case pins the behaviour at the edge of a bound.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces, normalizePosting, parseLocation } from '../../../pipeline/normalize/index.ts';
import { parsePay } from '../../../pipeline/normalize/pay.ts';
import { splitSegments } from '../../../pipeline/normalize/segments.ts';
import { mayBeRemote } from '../../../pipeline/normalize/vocab.ts';

const keys = (s: string) => findPlaces(s).map((p) => p.key);

describe('place scan by name prefixes', () => {
  it('finds names of several words, the longest first', () => {
    expect(keys('Salt Lake City, UT')).toEqual(['salt lake city, us']);
    expect(keys('Rio de Janeiro or St. Louis')).toEqual(['rio de janeiro, br', 'st. louis, us']);
    expect(keys('New York City')).toEqual(['new york, us']);
    expect(keys('New York')).toEqual(['new york, us']);
    expect(keys('Salt Lake')).toEqual([]); // a prefix alone is no name
  });
});

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} of text.`).join('\n');

describe('parseLocation reads a bounded part of the body', () => {
  it('a labelled line is read up to the 39th body line, not after', () => {
    const at = (k: number) => `Acme | Engineer\n${filler(k - 1)}\nLocation: Berlin, Germany\n${filler(50)}`;
    expect(parseLocation(at(39)).countries).toEqual(['DE']);
    expect(parseLocation(at(40)).countries).toEqual([]);
  });

  it('a remote restriction is read in the first 2,000 characters of the body, not after', () => {
    const pad = (n: number) => 'x'.repeat(n);
    const say = 'This role is remote, but you must be based in Canada.';
    const before = `Acme | Engineer\n${pad(1900)}\n${say}\n${filler(60)}`;
    const after = `Acme | Engineer\n${pad(2000)}\n${say}`;
    expect(parseLocation(before)).toMatchObject({ countries: ['CA'], remote: 'restricted' });
    expect(parseLocation(after).countries).toEqual([]);
    expect(parseLocation(`Acme | Engineer\n${filler(5)}\nYou must be based in Canada.`).countries).toEqual([]);
  });
});

describe('pay scan from the next digit', () => {
  const ranges = (s: string) => parsePay(s).map((r) => [r.min, r.max, r.currency]);
  it('keeps the longest prefix before the digits ("AUD $", "USD $")', () => {
    expect(ranges('We build maps for farmers.\nSalary AUD $150k - 180k')).toEqual([[150000, 180000, 'AUD']]);
    expect(ranges('Founded in 2015, 40 people. Pay: USD $120k-$150k')).toEqual([[120000, 150000, 'USD']]);
    expect(ranges('Our team of 12 | CAD $140k - $170k')).toEqual([[140000, 170000, 'CAD']]);
    expect(ranges('Team of 9. AUD $ 150k - 180k')).toEqual([[150000, 180000, 'AUD']]);
  });
  it('finds nothing in a text without digits', () => {
    expect(ranges('Competitive salary and equity, paid in USD')).toEqual([]);
  });
});

describe('header segments outside brackets', () => {
  it.each([
    ['Acme (NYC | SF) | Engineer', ['Acme (NYC | SF)', 'Engineer']],
    ['Acme (🚀 | x) | Engineer | Remote', ['Acme (🚀 | x)', 'Engineer', 'Remote']],
    ['A (b [c | d] e | f) | G', ['A (b [c | d] e | f)', 'G']],
    ['A) | B', ['A)', 'B']],
    ['Acme (Berlin | Remote', ['Acme (Berlin | Remote']],
    ['Acme | Engineer', ['Acme', 'Engineer']],
  ])('%s', (line, want) => {
    expect(splitSegments(line)).toEqual(want);
  });
});

describe('zone words after a place, read per header', () => {
  it('a place is a zone in the header that says so, and a country in the next one', () => {
    expect(parseLocation('Acme | Engineer | Remote (US time zones)').countries).toEqual([]);
    expect(parseLocation('Acme | Engineer | Remote (US) | 40 hours a week').countries).toEqual(['US']);
    expect(parseLocation('Acme | Engineer | Remote (US hours)').countries).toEqual([]);
  });
});

describe('employment words, gated per type', () => {
  it.each([
    ['Acme | Engineer | Full-time', 'full-time'],
    ['Acme | Engineer | Contract-to-hire', 'contract'],
    ['Acme | Engineer | Co-op', 'internship'],
    ['Acme | Engineer | Seasonal', 'temporary'],
    ['Acme | Engineer | Remote', null],
  ])('%s', (text, want) => {
    const n = normalizePosting({ source: 'hn', text, title: null, company: null, location: null, country: null });
    expect(n.employment_type).toBe(want);
  });
});

describe('header segments read for remote work only when the head has a remote word', () => {
  it('the gate holds every word workModeOf needs, in any case', () => {
    for (const s of ['REMOTE', 'Fully Distributed', 'WFH', 'Work From Home', 'Telecommute'])
      expect(mayBeRemote(`Acme | ${s}`)).toBe(true);
    expect(mayBeRemote('Acme | Berlin | Onsite')).toBe(false);
  });
  it('a remote segment behind the gate still restricts to its places', () => {
    expect(parseLocation('Acme | Engineer | WFH (Germany only)')).toMatchObject({
      countries: ['DE'],
      remote: 'restricted',
    });
    expect(parseLocation('Acme | Engineer | Berlin, Germany')).toMatchObject({ countries: ['DE'], remote: 'no' });
  });
});
