/** Pay ranges: shapes written after real HN/ATS lines (not the blind set), each with its hand-computed answer. */
import { describe, expect, it } from 'vitest';
import { offersEquity, parsePay } from '../../../pipeline/normalize/pay.ts';

type Want = [number, number, string, string];
const cases: [string, Want[], string?][] = [
  ['Acme | Senior DevOps Engineer | REMOTE (USA) | Full Time | $200-250K', [[200000, 250000, 'USD', 'year']]],
  ['Salary range $60-250K', [[60000, 250000, 'USD', 'year']]],
  [
    'Octocom | London | ONSITE | Full Stack Developer | £50k-90k salary + Substantial Equity',
    [[50000, 90000, 'GBP', 'year']],
  ],
  ['Backend Engineer | Berlin, Germany | ONSITE | Full-time | €78k - €96k + equity', [[78000, 96000, 'EUR', 'year']]],
  ['- 70k - 100K EUR salary', [[70000, 100000, 'EUR', 'year']]],
  ['Order Desk | DevOps Engineer | UK | Remote | 75,000 GBP / year | Full-Time', [[75000, 75000, 'GBP', 'year']]],
  ['* Salary Range: $50 - $100/hr', [[50, 100, 'USD', 'hour']]],
  ['Salary: $30 - $50 hourly', [[30, 50, 'USD', 'hour']]],
  ['Engineer | REMOTE (Canada Only) | Full-time | ~CAD$150k - CAD$180k', [[150000, 180000, 'CAD', 'year']]],
  ['Senior Software Engineer ($115k - $175k USD): see our site', [[115000, 175000, 'USD', 'year']]],
  ['Remote - US | $190K—$225K | https://example.com/', [[190000, 225000, 'USD', 'year']]],
  [
    'Klyo | NYC, In Person | Full Time | Full Stack Engineer | 100-150k, 1-2% Equity',
    [[100000, 150000, 'USD', 'year']],
  ],
  ['SmarterDx | 150-250k+ + equity + benefits | Remote (US only)', [[150000, 250000, 'USD', 'year']]],
  ['Compensation: $100K-$150K, 0.5%-2.5% equity', [[100000, 150000, 'USD', 'year']]],
  ['DuckDuckGo | Multiple Roles | Remote | Full-time | $178.5k + equity', [[178500, 178500, 'USD', 'year']]],
  ['Sensor Tower | London, UK | Remote | DevOps Engineer | 85,000 - 115,000', [[85000, 115000, 'GBP', 'year']], 'GB'],
  ['Frontend | Toronto | $120k-$150k', [[120000, 150000, 'CAD', 'year']], 'CA'],
  ['Contract, day rate £450-£550 outside IR35', [[450, 550, 'GBP', 'day']]],
  ['Gehalt: 65.000 € - 80.000 € pro Jahr', [[65000, 80000, 'EUR', 'year']]],
  ['前端工程师 薪资 20k-40k·14薪 深圳', [[20000, 40000, 'CNY', 'month']]],
  ['Rust engineer, 3000-5000U per month, remote', [[3000, 5000, 'USD', 'month']]],
  // not pay
  ['Since launching in 2020, Grow has raised over $15M from top VCs', []],
  ['we just raised a seed round of $2m to grow our engineering team.', []],
  ['bringing the $10tn Trade Finance market online', []],
  ['There are 560k school buses in active use in North America.', []],
  ['We scaled to >$6MM annual revenue and 450k MAU fast.', []],
  ['health, dental, vision, and 401k benefits', []],
  ['401(k) match up to 4%', []],
  ['a $5,000 annual learning stipend and a $2,000 signing bonus', []],
  ['Over 250k engineers use our product', []],
  ['saves > $10 billion in fraud', []],
  ['Python 3.10 - 3.12, Node 18 to 20', []],
];

describe('parsePay', () => {
  for (const [text, want, country] of cases) {
    it(`${JSON.stringify(text.slice(0, 60))} -> ${want.length ? want.map((w) => w.join(' ')).join('; ') : 'no pay'}`, () => {
      const got = parsePay(text, { country }).map((r) => [r.min, r.max, r.currency, r.period]);
      expect(got).toEqual(want);
    });
  }

  it('annualises in the original currency and in USD, with offsets into the text', () => {
    const text = 'Pay: $50-$60/hr';
    const [r] = parsePay(text);
    expect(r).toMatchObject({ annual_min: 104000, annual_max: 124800, usd_min: 104000, usd_max: 124800 });
    expect(text.slice(r!.start, r!.end)).toBe('$50-$60');
    const [e] = parsePay('€5,000 per month');
    expect(e!.annual_min).toBe(60000);
    expect(e!.usd_min).toBeCloseTo(60000 * 1.13, 6);
  });

  it('keeps one of two identical ranges and both of two different ones', () => {
    expect(parsePay('$120k-$150k ... salary $120k-$150k')).toHaveLength(1);
    expect(parsePay('Senior: $150k-$180k; Staff: $190k-$230k')).toHaveLength(2);
  });

  it('is linear on a long hostile input (time ratio 4x input, generous bound)', () => {
    const make = (n: number) => '$1 - '.repeat(n) + 'salary 85,000 | '.repeat(n / 4);
    const time = (t: string) => {
      const s = performance.now();
      parsePay(t);
      return performance.now() - s;
    };
    time(make(2000));
    const small = Math.max(time(make(10000)), 1),
      big = time(make(40000));
    expect(big / small).toBeLessThan(12);
  });
});

describe('offersEquity', () => {
  it('finds stock, options and RSUs, not DEI or private equity', () => {
    expect(offersEquity('$150k + equity')).toBe(true);
    expect(offersEquity('competitive salary and stock options')).toBe(true);
    expect(offersEquity('RSUs vest over 4 years')).toBe(true);
    expect(offersEquity('We value diversity, equity and inclusion')).toBe(false);
    expect(offersEquity('backed by a private equity firm')).toBe(false);
    expect(offersEquity('Several options for deployment')).toBe(false);
  });
});
