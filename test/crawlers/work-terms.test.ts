/** Work mode and employment type from each source's structured fields (crawlers/work-terms.ts), on the parser fixtures. */
import { describe, expect, it } from 'vitest';
import { employmentOf, workModeOf } from '../../crawlers/work-terms.ts';
import { parseAshby } from '../../crawlers/sources/ashby/parse.ts';
import { parseLever } from '../../crawlers/sources/lever/parse.ts';
import { parseWorkable } from '../../crawlers/sources/workable/parse.ts';
import { parseRecruitee } from '../../crawlers/sources/recruitee/parse.ts';
import { parseRemotive } from '../../crawlers/sources/remotive/parse.ts';
import { parseArbeitnow } from '../../crawlers/sources/arbeitnow/parse.ts';
import { parseSmartRecruitersPosting } from '../../crawlers/sources/smartrecruiters/parse.ts';
import { parseJsonLdScripts } from '../../crawlers/sources/jsonld/parse.ts';
import type { PostingInput } from '../../crawlers/record.ts';
import { fixture } from './helpers.ts';

const terms = (ps: PostingInput[]) => ps.map((p) => [p.extra?.employment ?? null, p.extra?.work_mode ?? null]);

describe('employmentOf', () => {
  it('reads the words of each source', () => {
    const cases: [unknown, string | null][] = [
      ['FullTime', 'full-time'], // Ashby
      ['FULL_TIME', 'full-time'], // JSON-LD
      ['fulltime_permanent', 'full-time'], // Recruitee
      ['Permanent', 'full-time'], // Lever commitment
      ['part_time', 'part-time'], // Remotive
      ['Teilzeit', 'part-time'], // Arbeitnow
      ['CONTRACTOR', 'contract'],
      ['Freelance', 'contract'],
      ['INTERN', 'internship'],
      ['Werkstudent', 'internship'],
      ['TEMPORARY', 'temporary'],
      [['PART_TIME', 'FULL_TIME'], 'part-time'], // several: the first known in the fixed order
      ['OTHER', null],
      ['Berufserfahren', null],
      [null, null],
      [42, null],
    ];
    for (const [raw, want] of cases) expect(employmentOf(raw), JSON.stringify(raw)).toBe(want);
  });
});

describe('workModeOf', () => {
  it('a workplace type first, then the flags; nothing known gives null', () => {
    expect(workModeOf({ type: 'OnSite', remote: true })).toBe('onsite');
    expect(workModeOf({ type: 'on-site' })).toBe('onsite');
    expect(workModeOf({ type: 'TELECOMMUTE' })).toBe('remote');
    expect(workModeOf({ type: 'Hybrid' })).toBe('hybrid');
    expect(workModeOf({ type: 'unspecified' })).toBeNull();
    expect(workModeOf({ remote: true, hybrid: true })).toBe('hybrid');
    expect(workModeOf({ remote: true })).toBe('remote');
    expect(workModeOf({ remote: false, hybrid: false })).toBe('onsite');
    expect(workModeOf({ onsite: true })).toBe('onsite');
    expect(workModeOf({ remote: false })).toBeNull(); // not remote is not yet on site
    expect(workModeOf({})).toBeNull();
  });
});

describe('every parser with such fields keeps work_mode and employment in extra', () => {
  it('on the fixtures of each API shape', () => {
    expect(terms(parseAshby(fixture('ashby_acme.json'), 'acme'))).toEqual([
      ['full-time', 'onsite'],
      ['full-time', 'remote'],
    ]);
    expect(terms(parseAshby(fixture('pay/ashby_pay.json'), 'acme')).slice(0, 3)).toEqual([
      ['full-time', 'hybrid'],
      ['part-time', 'remote'],
      ['contract', null],
    ]);
    expect(terms(parseLever(fixture('lever_acme.json'), 'acme'))).toEqual([
      ['full-time', 'hybrid'],
      ['full-time', 'onsite'],
    ]);
    expect(terms(parseWorkable(fixture('workable_acme.json'), 'acme'))).toEqual([
      ['full-time', 'remote'],
      ['part-time', null],
    ]);
    expect(terms(parseRecruitee(fixture('recruitee_acme.json'), 'acme'))).toEqual([
      ['full-time', 'hybrid'],
      ['contract', 'remote'],
    ]);
    expect(terms(parseRemotive(fixture('remotive_feed.json'), ''))).toEqual([
      ['full-time', 'remote'],
      ['contract', 'remote'],
    ]);
    expect(terms(parseArbeitnow(fixture('arbeitnow_page1.json'), 'http://127.0.0.1:9/api').postings)).toEqual([
      ['full-time', null],
    ]);
    const sr = parseSmartRecruitersPosting(fixture('smartrecruiters_acme_posting.json'), 'acme', {
      id: '1',
      url: 'u',
      version: '',
    });
    expect(terms([sr])).toEqual([['full-time', 'hybrid']]);
    const { postings } = parseJsonLdScripts(
      [
        JSON.stringify({
          '@type': 'JobPosting',
          identifier: 'j',
          title: 'T',
          datePosted: '2025-04-01',
          employmentType: 'INTERN',
          jobLocationType: 'TELECOMMUTE',
        }),
      ],
      'example.com',
      'https://example.com/j',
    );
    expect(terms(postings)).toEqual([['internship', 'remote']]);
  });
});
