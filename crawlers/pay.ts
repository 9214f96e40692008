/**
 * Each source's pay fields -> the record's `extra.pay` (workspace/pay.ts, docs/crawling.md "Pay"). Pure.
 * A field that is absent or empty gives `pay: null`; one that is there but unreadable (no currency, an amount
 * that is no number, a period we cannot annualise) gives `pay: null` and `pay_rejected` saying which field and
 * why: the posting itself is always kept.
 */
import { PAY_PERIODS, payPeriodOf, type StructuredPay } from '../workspace/pay.ts';

export interface PayFields {
  pay: StructuredPay[] | null;
  /** Why a pay field that is there was not read (`field: reason`, `; ` between several); null when none was refused. */
  pay_rejected: string | null;
}

const NONE: PayFields = { pay: null, pay_rejected: null };
const obj = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

/** An amount, or the reason it is none; `blank` amounts are null. */
function amount(v: unknown, field: string): number | null | string {
  if (blank(v)) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[,\s]/g, '')) : Number.NaN;
  if (!Number.isFinite(n)) return `${field}: expected a number, got ${show(v)}`;
  if (n <= 0) return `${field}: expected an amount above 0, got ${show(v)}`;
  return n;
}

/**
 * One range from its parts: a StructuredPay, null when it has no amount at all, or the reason it is refused.
 * `scale` divides the amounts (Greenhouse writes cents).
 */
export function payRange(
  parts: { min: unknown; max: unknown; currency: unknown; period: unknown },
  field: string,
  names: { min: string; max: string; currency: string; period: string },
  scale = 1,
): StructuredPay | null | string {
  const lo = amount(parts.min, `${field}.${names.min}`);
  const hi = amount(parts.max, `${field}.${names.max}`);
  if (typeof lo === 'string') return lo;
  if (typeof hi === 'string') return hi;
  if (lo === null && hi === null) return null;
  const cur = typeof parts.currency === 'string' ? parts.currency.trim().toUpperCase() : '';
  if (!/^[A-Z]{3}$/.test(cur))
    return `${field}.${names.currency}: expected an ISO 4217 code (USD, EUR...), got ${show(parts.currency ?? null)}`;
  const p = payPeriodOf(parts.period);
  if (p === null)
    return `${field}.${names.period}: ${show(parts.period ?? null)} is not a pay period we annualise (${PAY_PERIODS.join(', ')})`;
  const min = lo ?? hi!,
    max = hi ?? lo!;
  if (max < min) return `${field}: ${names.min} ${min} is above ${names.max} ${max}`;
  const r = (n: number) => Math.round((n / scale) * p[1] * 100) / 100;
  return { min: r(min), max: r(max), currency: cur, period: p[0], field };
}

/** Good ranges and the reasons of refused ones, as the record's pay fields. */
function collect(results: (StructuredPay | null | string)[]): PayFields {
  const pay = results.filter((r): r is StructuredPay => r !== null && typeof r === 'object');
  const why = results.filter((r): r is string => typeof r === 'string');
  return { pay: pay.length ? pay : null, pay_rejected: why.length ? why.join('; ') : null };
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const AMOUNTS = { min: 'minValue', max: 'maxValue', currency: 'currencyCode', period: 'interval' };

/**
 * Ashby (`?includeCompensation=true`): `compensation.summaryComponents[]` of `compensationType: 'Salary'`
 * ({interval: '1 YEAR', currencyCode, minValue, maxValue}); without a summary, each tier's `components[]`.
 * Equity, bonus and commission components are not pay ranges.
 */
export function ashbyPay(compensation: unknown): PayFields {
  const c = obj(compensation);
  if (!c) return NONE;
  const salary = (comps: unknown[], at: string) =>
    comps
      .map((x, i) => [obj(x), `${at}[${i}]`] as const)
      .filter(([x]) => x !== null && String(x.compensationType ?? '').toLowerCase() === 'salary')
      .map(([x, f]) =>
        payRange(
          { min: x!.minValue, max: x!.maxValue, currency: x!.currencyCode, period: x!.interval },
          `compensation.${f}`,
          AMOUNTS,
        ),
      );
  const summary = salary(list(c.summaryComponents), 'summaryComponents');
  if (summary.length) return collect(summary);
  return collect(
    list(c.compensationTiers).flatMap((t, i) => salary(list(obj(t)?.components), `compensationTiers[${i}].components`)),
  );
}

/**
 * Greenhouse (`?pay_transparency=true`): `pay_input_ranges[]` ({min_cents, max_cents, currency_type, title,
 * blurb}). No period field: per hour when the title or blurb says hourly, else per year.
 */
export function greenhousePay(ranges: unknown): PayFields {
  return collect(
    list(ranges).map((x, i) => {
      const r = obj(x);
      if (!r) return null;
      const words = `${r.title ?? ''} ${r.blurb ?? ''}`;
      const period = /\b(hourly|per hour|an hour|\/\s?h(ou)?r)\b/i.test(words) ? 'hour' : 'year';
      return payRange(
        { min: r.min_cents, max: r.max_cents, currency: r.currency_type, period },
        `pay_input_ranges[${i}]`,
        { min: 'min_cents', max: 'max_cents', currency: 'currency_type', period: 'title' },
        100,
      );
    }),
  );
}

/** Lever: `salaryRange` {min, max, currency, interval: 'per-year-salary' | 'per-hour-wage' | ...}. */
export function leverPay(salaryRange: unknown): PayFields {
  const r = obj(salaryRange);
  if (!r) return NONE;
  return collect([
    payRange({ min: r.min, max: r.max, currency: r.currency, period: r.interval }, 'salaryRange', {
      min: 'min',
      max: 'max',
      currency: 'currency',
      period: 'interval',
    }),
  ]);
}

/**
 * schema.org JobPosting `baseSalary`: a MonetaryAmount {currency, value: QuantitativeValue {minValue, maxValue,
 * value, unitText: 'YEAR' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR'}} or {currency, value: <number>, unitText}; or an
 * array of them.
 */
export function jsonLdPay(baseSalary: unknown): PayFields {
  const one = (x: unknown, field: string) => {
    if (blank(x)) return null;
    const m = obj(x);
    if (!m) return `${field}: expected a MonetaryAmount object, got ${show(x)}`;
    const v = obj(m.value);
    const names = { min: 'value.minValue', max: 'value.maxValue', currency: 'currency', period: 'value.unitText' };
    if (v)
      return payRange(
        {
          min: v.minValue ?? v.value,
          max: v.maxValue ?? v.value,
          currency: m.currency ?? v.currency,
          period: v.unitText ?? m.unitText,
        },
        field,
        names,
      );
    return payRange({ min: m.value, max: m.value, currency: m.currency, period: m.unitText }, field, {
      ...names,
      min: 'value',
      max: 'value',
      period: 'unitText',
    });
  };
  if (Array.isArray(baseSalary)) return collect(baseSalary.map((x, i) => one(x, `baseSalary[${i}]`)));
  return collect([one(baseSalary, 'baseSalary')]);
}

/** Recruitee: `salary` {min, max, currency, period}. */
export function recruiteePay(salary: unknown): PayFields {
  const s = obj(salary);
  if (!s) return NONE;
  return collect([
    payRange({ min: s.min, max: s.max, currency: s.currency, period: s.period }, 'salary', {
      min: 'min',
      max: 'max',
      currency: 'currency',
      period: 'period',
    }),
  ]);
}

/** Workable: `salary` {salary_from, salary_to, salary_currency[, salary_frequency]}; per year without a frequency. */
export function workablePay(salary: unknown): PayFields {
  const s = obj(salary);
  if (!s) return NONE;
  return collect([
    payRange(
      { min: s.salary_from, max: s.salary_to, currency: s.salary_currency, period: s.salary_frequency ?? 'year' },
      'salary',
      { min: 'salary_from', max: 'salary_to', currency: 'salary_currency', period: 'salary_frequency' },
    ),
  ]);
}
