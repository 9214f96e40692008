/**
 * Structured pay from each source's API shape (fixtures in test/crawlers/fixtures/pay, one posting with pay, one
 * without, one malformed each) through the real parsers into `extra.pay`, and from there through the pipeline's
 * pay normalisation: structured pay is preferred over the text's, a refused field says why and the posting is kept.
 */
import { describe, expect, it } from 'vitest';
import { parseAshby } from '../../crawlers/sources/ashby/parse.ts';
import { greenhouseUrl, parseGreenhouse } from '../../crawlers/sources/greenhouse/parse.ts';
import { parseLever } from '../../crawlers/sources/lever/parse.ts';
import { parseWorkable } from '../../crawlers/sources/workable/parse.ts';
import { parseRecruitee } from '../../crawlers/sources/recruitee/parse.ts';
import { parseJsonLdScripts } from '../../crawlers/sources/jsonld/parse.ts';
import type { PostingInput } from '../../crawlers/record.ts';
import { validateRecord } from '../../crawlers/record.ts';
import { postingPay } from '../../pipeline/normalize/posting-pay.ts';
import { fixture } from './helpers.ts';

const PERIODS = '(year, month, week, day, hour)';
const payOf = (ps: PostingInput[]) => ps.map((p) => [p.extra?.pay ?? null, p.extra?.pay_rejected ?? null]);
const kept = (ps: PostingInput[]) =>
  ps.every((p) => {
    const { extra, ...fields } = p;
    return validateRecord({ ...extra, ...fields }).ok;
  });
const pipelinePay = (p: PostingInput) =>
  postingPay({ text: p.text, title: p.title ?? null, country: p.country ?? null, extra: JSON.stringify(p.extra) });

describe('structured pay from the source APIs into extra.pay', () => {
  it('Ashby: salary summary components (equity left out), tiers without a summary, an unknown interval refused', () => {
    const ps = parseAshby(fixture('pay/ashby_pay.json'), 'acme');
    expect(payOf(ps)).toEqual([
      [
        [{ min: 150000, max: 200000, currency: 'USD', period: 'year', field: 'compensation.summaryComponents[0]' }],
        null,
      ],
      [null, null],
      [
        [
          {
            min: 6000,
            max: 7500,
            currency: 'EUR',
            period: 'month',
            field: 'compensation.compensationTiers[0].components[0]',
          },
        ],
        null,
      ],
      [null, `compensation.summaryComponents[0].interval: "1 FORTNIGHT" is not a pay period we annualise ${PERIODS}`],
    ]);
    expect(ps[0]!.extra).toMatchObject({ workplace_type: 'Hybrid', employment_type: 'FullTime', is_remote: false });
    expect(kept(ps)).toBe(true);
  });

  it('Greenhouse: pay_input_ranges in cents (hourly when the title says so), asked for with pay_transparency', () => {
    expect(greenhouseUrl('https://boards-api.greenhouse.io/v1/boards', 'acme')).toBe(
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true&pay_transparency=true',
    );
    const ps = parseGreenhouse(fixture('pay/greenhouse_pay.json'), 'acme');
    expect(payOf(ps)).toEqual([
      [
        [
          { min: 180000, max: 220000, currency: 'USD', period: 'year', field: 'pay_input_ranges[0]' },
          { min: 60, max: 75, currency: 'USD', period: 'hour', field: 'pay_input_ranges[1]' },
        ],
        null,
      ],
      [null, null],
      [null, 'pay_input_ranges[0].min_cents: expected a number, got "n/a"'],
    ]);
    expect(kept(ps)).toBe(true);
  });

  it('Lever: salaryRange with its interval (bi-weekly amounts halved per week), one-time pay refused', () => {
    const ps = parseLever(fixture('pay/lever_pay.json'), 'acme');
    expect(payOf(ps)).toEqual([
      [[{ min: 120000, max: 150000, currency: 'CAD', period: 'year', field: 'salaryRange' }], null],
      [[{ min: 1200, max: 1500, currency: 'USD', period: 'week', field: 'salaryRange' }], null],
      [null, null],
      [null, `salaryRange.interval: "one-time" is not a pay period we annualise ${PERIODS}`],
    ]);
    expect(ps[0]!.extra).toMatchObject({
      pay_text: 'The base salary for this role is CA$120,000 - CA$150,000.',
      workplace_type: 'remote',
      commitment: 'Full-time',
    });
    expect(kept(ps)).toBe(true);
  });

  it('Workable: salary_from/salary_to per year, a currency that is no ISO code refused', () => {
    const ps = parseWorkable(fixture('pay/workable_pay.json'), 'acme');
    expect(payOf(ps)).toEqual([
      [[{ min: 30000, max: 42000, currency: 'EUR', period: 'year', field: 'salary' }], null],
      [null, null],
      [null, 'salary.salary_currency: expected an ISO 4217 code (USD, EUR...), got "euros"'],
    ]);
    expect(kept(ps)).toBe(true);
  });

  it('Recruitee: salary {min, max, currency, period}; a maximum below the minimum refused', () => {
    const offer = (id: number, salary: unknown) => ({
      id,
      title: 'Dev',
      description: '<p>Go.</p>',
      published_at: '2025-04-01 10:00:00 UTC',
      salary,
    });
    const ps = parseRecruitee(
      {
        offers: [
          offer(1, { min: '4000', max: '5000', currency: 'eur', period: 'month' }),
          offer(2, { min: null, max: null, currency: null, period: null }),
          offer(3, { min: 90000, max: 70000, currency: 'EUR', period: 'year' }),
        ],
      },
      'acme',
    );
    expect(payOf(ps)).toEqual([
      [[{ min: 4000, max: 5000, currency: 'EUR', period: 'month', field: 'salary' }], null],
      [null, null],
      [null, 'salary: min 90000 is above max 70000'],
    ]);
  });

  it('JSON-LD: baseSalary as a MonetaryAmount with a QuantitativeValue, a single value, or an array; a bare string refused', () => {
    const job = (baseSalary: unknown, id: string) =>
      JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        identifier: id,
        title: 'Engineer',
        datePosted: '2025-04-01',
        description: '<p>Python.</p>',
        employmentType: ['FULL_TIME', 'CONTRACTOR'],
        jobLocationType: 'TELECOMMUTE',
        ...(baseSalary === undefined ? {} : { baseSalary }),
      });
    const { postings, errors } = parseJsonLdScripts(
      [
        job(
          {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 75000, unitText: 'YEAR' },
          },
          'j1',
        ),
        job({ '@type': 'MonetaryAmount', currency: 'GBP', value: 45, unitText: 'HOUR' }, 'j2'),
        job(
          [
            { currency: 'USD', value: { minValue: 100000, maxValue: 120000, unitText: 'YEAR' } },
            { currency: 'USD', value: { minValue: 50, maxValue: 60, unitText: 'FORTNIGHT' } },
          ],
          'j3',
        ),
        job(undefined, 'j4'),
        job('60000', 'j5'),
      ],
      'example.com',
      'https://example.com/jobs',
    );
    expect(errors).toEqual([]);
    expect(payOf(postings)).toEqual([
      [[{ min: 60000, max: 75000, currency: 'EUR', period: 'year', field: 'baseSalary' }], null],
      [[{ min: 45, max: 45, currency: 'GBP', period: 'hour', field: 'baseSalary' }], null],
      [
        [{ min: 100000, max: 120000, currency: 'USD', period: 'year', field: 'baseSalary[0]' }],
        `baseSalary[1].value.unitText: "FORTNIGHT" is not a pay period we annualise ${PERIODS}`,
      ],
      [null, null],
      [null, 'baseSalary: expected a MonetaryAmount object, got "60000"'],
    ]);
    expect(postings[0]!.extra).toMatchObject({ employment_type: 'FULL_TIME, CONTRACTOR', remote: true });
    expect(kept(postings)).toBe(true);
  });
});

describe('the pipeline prefers structured pay over the text (pay_source)', () => {
  it('takes the structured range only, though the text has one too', () => {
    const [withPay] = parseAshby(fixture('pay/ashby_pay.json'), 'acme');
    const p = pipelinePay(withPay!);
    expect(p.pay_source).toBe('structured');
    expect(p.ranges.map((r) => [r.origin, r.min, r.max, r.currency, r.period])).toEqual([
      ['structured', 150000, 200000, 'USD', 'year'],
    ]);
    expect(p.pay_usd).toBeCloseTo(175000, 6);
    expect(p.pay_rejected).toBeNull();
  });

  it('a refused structured field falls back to the text and keeps the reason', () => {
    const ps = parseLever(fixture('pay/lever_pay.json'), 'acme');
    const p = pipelinePay(ps[3]!);
    expect(p.pay_source).toBe('text');
    expect(p.ranges.map((r) => [r.origin, r.min, r.max, r.currency])).toEqual([['text', 60000, 80000, 'EUR']]);
    expect(p.pay_rejected).toContain('"one-time" is not a pay period');
  });

  it('refuses an implausible structured amount (pay[0]: 5..6 USD per year) with the bounds it broke', () => {
    const p = postingPay({
      text: 'Salary $120k-$140k.',
      title: null,
      country: 'US',
      extra: { pay: [{ min: 5, max: 6, currency: 'USD', period: 'year', field: 'salaryRange' }] },
    });
    expect(p.pay_rejected).toBe('pay[0] (salaryRange): 5..6 USD per year is outside the plausible 8000..2500000');
    expect(p.pay_source).toBe('text');
    expect(p.ranges.map((r) => r.min)).toEqual([120000]);
  });

  it('reads the text of a pay field (Remotive salary) as structured, but not when there are amounts', () => {
    const remotive = postingPay({ text: 'Python.', title: null, country: null, extra: { pay_text: '$90k - $120k' } });
    expect(remotive.pay_source).toBe('structured');
    expect(remotive.ranges.map((r) => [r.min, r.max, r.currency, r.start])).toEqual([[90000, 120000, 'USD', -1]]);
    const [lever] = parseLever(fixture('pay/lever_pay.json'), 'acme');
    expect(pipelinePay(lever!).ranges.map((r) => [r.min, r.currency])).toEqual([[120000, 'CAD']]);
  });

  it('without any pay: no source, no reason', () => {
    const ps = parseGreenhouse(fixture('pay/greenhouse_pay.json'), 'acme');
    const p = pipelinePay(ps[1]!);
    expect([p.pay_source, p.pay_rejected, p.ranges.length, p.pay_usd]).toEqual([null, null, 0, null]);
  });
});
