/** Structured pay fields (shapes of the public Ashby, Greenhouse and schema.org documents) with hand answers. */
import { describe, expect, it } from 'vitest';
import { structuredPay } from '../../../pipeline/normalize/pay-structured.ts';
import { postingPay } from '../../../pipeline/normalize/posting-pay.ts';

const pick = (e: unknown) => structuredPay(e).map((r) => [r.min, r.max, r.currency, r.period, r.annual_max]);

describe('structuredPay', () => {
  it('reads Ashby compensation summary components (salary only)', () => {
    const compensation = {
      summaryComponents: [
        { compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'USD', minValue: 150000, maxValue: 200000 },
        { compensationType: 'EquityPercentage', interval: 'NONE', minValue: 0.1, maxValue: 0.5 },
      ],
    };
    expect(pick({ compensation })).toEqual([[150000, 200000, 'USD', 'year', 200000]]);
  });
  it('reads Greenhouse pay_input_ranges in cents', () => {
    expect(
      pick({ pay_input_ranges: [{ min_cents: 12000000, max_cents: 16000000, currency_type: 'USD', title: 'NYC' }] }),
    ).toEqual([[120000, 160000, 'USD', 'year', 160000]]);
  });
  it('reads schema.org baseSalary with a QuantitativeValue or a single value', () => {
    expect(
      pick({
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 75000, unitText: 'YEAR' },
        },
      }),
    ).toEqual([[60000, 75000, 'EUR', 'year', 75000]]);
    expect(pick({ base_salary: { currency: 'GBP', value: { value: 45, unitText: 'HOUR' } } })).toEqual([
      [45, 45, 'GBP', 'hour', 45 * 2080],
    ]);
  });
  it('reads a plain salary object and ignores unknown or incomplete shapes', () => {
    expect(pick({ salary: { min: '5,000', max: 7000, currency: 'chf', period: 'month' } })).toEqual([
      [5000, 7000, 'CHF', 'month', 84000],
    ]);
    expect(pick({ salary: { min: 5000 } })).toEqual([]);
    expect(pick(null)).toEqual([]);
    expect(pick('text')).toEqual([]);
  });
});

describe('postingPay', () => {
  it('prefers the structured range over the same one in the text, and takes seniority, language, equity and a USD figure', () => {
    const p = postingPay({
      text: 'We are hiring a senior engineer. The salary range is $120k-$160k plus stock options for the team.',
      title: 'Senior Backend Engineer',
      country: 'US',
      extra: JSON.stringify({ pay_input_ranges: [{ min_cents: 12000000, max_cents: 16000000, currency_type: 'USD' }] }),
    });
    expect(p.ranges.map((r) => [r.origin, r.min, r.max])).toEqual([['structured', 120000, 160000]]);
    expect(p).toMatchObject({ seniority: 'senior', language: 'en', has_equity: true });
    expect(p.pay_usd).toBeCloseTo(140000, 6);
  });
  it('gives the geometric mean of several ranges and null without pay', () => {
    const p = postingPay({ text: 'Backend: $100k-$100k. Frontend: $400k-$400k salary.', title: null, country: 'US' });
    expect(p.pay_usd).toBeCloseTo(200000, 6);
    expect(postingPay({ text: 'no pay here at all, sorry', title: null, country: null }).pay_usd).toBeNull();
  });
});
