import { describe, expect, it } from 'vitest';
import { findPlaces, normalizePosting } from '../../../pipeline/normalize/index.ts';

const show = (s: string) => findPlaces(s).map((p) => [p.text, p.key, p.country]);

describe('findPlaces', () => {
  it.each([
    ['San Francisco, CA', [['San Francisco, CA', 'san francisco, us', 'US']]],
    ['Austin, TX', [['Austin, TX', 'austin, us', 'US']]],
    [
      'SF, NYC or Remote (US)',
      [
        ['SF', 'san francisco, us', 'US'],
        ['NYC', 'new york, us', 'US'],
        ['US', 'us', 'US'],
      ],
    ],
    [
      'REMOTE (US/EU)',
      [
        ['US', 'us', 'US'],
        ['EU', 'eu', null],
      ],
    ],
    ['Manchester, NH, US', [['Manchester, NH, US', 'manchester, us', 'US']]],
    ['Manchester, UK', [['Manchester, UK', 'manchester, gb', 'GB']]],
    ['Cambridge, MA', [['Cambridge, MA', 'cambridge, us', 'US']]],
    ['London, Ontario', [['London, Ontario', 'london, ca', 'CA']]],
    ['Toronto, ON', [['Toronto, ON', 'toronto, ca', 'CA']]],
    ['Berlin, DE', [['Berlin, DE', 'berlin, de', 'DE']]],
    ['Wilmington, DE', [['Wilmington, DE', 'wilmington, us', 'US']]],
    ['Leamington Spa, UK', [['Leamington Spa, UK', 'leamington spa, gb', 'GB']]],
    ['Foster City CA', [['Foster City CA', 'palo alto, us', 'US']]],
    ['Dubai, UAE', [['Dubai, UAE', 'dubai, ae', 'AE']]],
    ['Bengaluru', [['Bengaluru', 'bangalore, in', 'IN']]],
    [
      'Zürich or Tel-Aviv',
      [
        ['Zürich', 'zurich, ch', 'CH'],
        ['Tel-Aviv', 'tel aviv, il', 'IL'],
      ],
    ],
    ['U.S.A. only', [['U.S.A.', 'us', 'US']]],
    [
      'Remote (US, Canada)',
      [
        ['US', 'us', 'US'],
        ['Canada', 'ca', 'CA'],
      ],
    ],
    ['Texas', [['Texas', 'texas, us', 'US']]],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
  it('does not read pronouns and lower-case codes as places', () => {
    expect(show('join us in building it')).toEqual([]);
    expect(show('we are in the office')).toEqual([]);
  });
});

describe('normalizePosting with fields given by the source (ATS)', () => {
  it('uses input company, title, location and country over the text', () => {
    const o = normalizePosting({
      source: 'greenhouse:acme',
      text: '<p>Remote possible.</p>',
      title: 'Sr. Data Engineer',
      company: 'Acme, Inc.',
      location: 'Berlin, Germany',
      country: 'de',
    });
    expect(o).toMatchObject({
      company: 'Acme, Inc.',
      company_key: 'acme',
      title: 'Sr. Data Engineer',
      title_key: 'senior data engineer',
      location: 'Berlin, Germany',
      location_key: 'berlin, de',
      country: 'DE',
      role_family: 'data_ml',
    });
  });
  it('reads work mode and country from an ATS location like "Remote - US"', () => {
    const o = normalizePosting({
      source: 'lever:x',
      text: 'Build things.',
      title: 'Backend Engineer',
      company: 'X',
      location: 'Remote - US',
      country: null,
    });
    expect(o).toMatchObject({ country: 'US', is_remote: true, work_mode: 'remote', location_key: 'us' });
  });
  it('gives no country for Remote without a country, and keeps location_key "remote"', () => {
    const o = normalizePosting({
      source: 'hn_whoishiring',
      text: 'Acme | Backend Engineer | Remote | Full-time',
      title: null,
      company: null,
      location: null,
      country: null,
    });
    expect(o).toMatchObject({
      country: null,
      is_remote: true,
      location: null,
      location_key: 'remote',
      employment_type: 'full-time',
    });
  });
  it('does not parse a header for non-HN sources that give their fields', () => {
    const o = normalizePosting({
      source: 'ashby:y',
      text: 'Paris | Something | Onsite\nmore',
      title: 'Designer',
      company: 'Y',
      location: null,
      country: null,
    });
    expect(o).toMatchObject({ company: 'Y', title: 'Designer', location: null, country: null, role_family: 'design' });
  });
  it('survives empty text', () => {
    const o = normalizePosting({
      source: 'hn_whoishiring',
      text: '',
      title: null,
      company: null,
      location: null,
      country: null,
    });
    expect(o).toMatchObject({
      text: '',
      company: null,
      title: null,
      country: null,
      is_remote: false,
      role_family: 'other',
    });
  });
});
