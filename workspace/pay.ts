/**
 * Structured pay as a crawler keeps it in a record's `extra.pay` (docs/pay.md, docs/crawling.md), read by the
 * pipeline (pipeline/normalize/pay-structured.ts): one shape for every source, whatever its API calls the
 * fields. Also the period words the sources write, mapped to the five periods the warehouse annualises. Pure.
 */
export const PAY_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** One advertised range from a source's pay field (amounts per `period`, in `currency`). */
export interface StructuredPay {
  min: number;
  max: number;
  /** ISO 4217, upper case. */
  currency: string;
  period: PayPeriod;
  /** The source field it came from, e.g. `compensation.summaryComponents[0]` (for a reader of the record). */
  field: string;
}

/**
 * Period words of the sources -> [period, factor]: the amount times `factor` is per `period`. Lever's
 * `bi-week-salary` (every two weeks) is half of it per week; `semi-month-salary` (twice a month) twice per month.
 */
const WORDS: Record<string, [PayPeriod, number]> = {};
const add = (period: PayPeriod, factor: number, ...words: string[]) => {
  for (const w of words) WORDS[w] = [period, factor];
};
add('year', 1, 'year', 'yearly', 'annual', 'annually', '1 year', 'y', 'yr', 'per-year-salary', 'per year', 'p.a.');
add('month', 1, 'month', 'monthly', '1 month', 'mo', 'per-month-salary', 'per month');
add('month', 2, 'semi-month-salary');
add('week', 1, 'week', 'weekly', '1 week', 'wk', 'per-week-salary', 'per week');
add('week', 0.5, 'bi-week-salary', 'biweekly', '2 week');
add('day', 1, 'day', 'daily', '1 day', 'per-day-wage', 'per day');
add('hour', 1, 'hour', 'hourly', '1 hour', 'hr', 'h', 'per-hour-wage', 'per hour');

/** [period, factor] of a source's period word (case and underscores aside), or null when it names none. */
export function payPeriodOf(v: unknown): [PayPeriod, number] | null {
  if (typeof v !== 'string') return null;
  return WORDS[v.trim().toLowerCase().replace(/_/g, ' ')] ?? null;
}
