/**
 * Advertised pay from structured fields a source carries in the record's `extra` (docs/pay.md):
 *   Ashby `compensation.summaryComponents[]` ({compensationType: 'Salary', interval: '1 YEAR', currencyCode,
 *     minValue, maxValue}), Greenhouse `pay_input_ranges[]` ({min_cents, max_cents, currency_type}),
 *   schema.org JSON-LD `baseSalary` / `base_salary` (MonetaryAmount {currency, value: {minValue, maxValue,
 *     value, unitText}}), and a plain `salary` / `pay` ({min, max, currency, period}) for any new source.
 * One small adapter: a source that adds a field here needs nothing else downstream. Pure.
 */
import { annualise, toUsd, type PayPeriod } from './fx.ts';
import type { PayRange } from './pay.ts';

const PERIODS: Record<string, PayPeriod> = {
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  '1 year': 'year',
  y: 'year',
  yr: 'year',
  month: 'month',
  monthly: 'month',
  '1 month': 'month',
  mo: 'month',
  week: 'week',
  weekly: 'week',
  '1 week': 'week',
  wk: 'week',
  day: 'day',
  daily: 'day',
  '1 day': 'day',
  hour: 'hour',
  hourly: 'hour',
  '1 hour': 'hour',
  hr: 'hour',
  h: 'hour',
};

const obj = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const num = (v: unknown): number | null => {
  const n = typeof v === 'string' ? Number(v.replace(/[, ]/g, '')) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
};
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

export function periodOf(v: unknown): PayPeriod | null {
  const s = str(v);
  return s === null ? null : (PERIODS[s.toLowerCase()] ?? null);
}

/** A structured range as a PayRange (start = end = -1: it is not in the text); null when incomplete. */
export function structuredRange(
  min: unknown,
  max: unknown,
  currency: unknown,
  period: PayPeriod | null,
): PayRange | null {
  let lo = num(min),
    hi = num(max);
  const cur = str(currency)?.toUpperCase() ?? null;
  if (lo === null && hi === null) return null;
  lo ??= hi;
  hi ??= lo;
  if (cur === null || !/^[A-Z]{3}$/.test(cur) || period === null) return null;
  if (hi! < lo!) [lo, hi] = [hi, lo];
  const aMin = annualise(lo!, period),
    aMax = annualise(hi!, period);
  return {
    min: lo!,
    max: hi!,
    currency: cur,
    period,
    annual_min: aMin,
    annual_max: aMax,
    usd_min: toUsd(aMin, cur),
    usd_max: toUsd(aMax, cur),
    start: -1,
    end: -1,
  };
}

function ashby(c: Record<string, unknown>): PayRange[] {
  const parts = Array.isArray(c.summaryComponents) ? c.summaryComponents : [];
  const out: PayRange[] = [];
  for (const p of parts.map(obj)) {
    if (!p || str(p.compensationType)?.toLowerCase() !== 'salary') continue;
    const r = structuredRange(p.minValue, p.maxValue, p.currencyCode, periodOf(p.interval));
    if (r) out.push(r);
  }
  return out;
}

function greenhouse(list: unknown[]): PayRange[] {
  const out: PayRange[] = [];
  for (const p of list.map(obj)) {
    if (!p) continue;
    const cents = (v: unknown) => {
      const n = num(v);
      return n === null ? null : n / 100;
    };
    const r = structuredRange(cents(p.min_cents), cents(p.max_cents), p.currency_type, 'year');
    if (r) out.push(r);
  }
  return out;
}

function jsonLd(s: Record<string, unknown>): PayRange[] {
  const v = obj(s.value);
  const unit = periodOf(v?.unitText ?? s.unitText);
  if (v)
    return [structuredRange(v.minValue ?? v.value, v.maxValue ?? v.value, s.currency ?? v.currency, unit)].filter(
      (r): r is PayRange => r !== null,
    );
  return [structuredRange(s.value, s.value, s.currency, unit)].filter((r): r is PayRange => r !== null);
}

/** Every pay range in a record's `extra`, in the order above; an unknown shape gives []. */
export function structuredPay(extra: unknown): PayRange[] {
  const e = obj(extra);
  if (!e) return [];
  const out: PayRange[] = [];
  const comp = obj(e.compensation);
  if (comp) out.push(...ashby(comp));
  if (Array.isArray(e.pay_input_ranges)) out.push(...greenhouse(e.pay_input_ranges));
  const base = obj(e.baseSalary) ?? obj(e.base_salary);
  if (base) out.push(...jsonLd(base));
  for (const key of ['salary', 'pay']) {
    const s = obj(e[key]);
    if (s) {
      const r = structuredRange(s.min, s.max, s.currency, periodOf(s.period));
      if (r) out.push(r);
    }
  }
  return out.filter(
    (r, i) =>
      out.findIndex((o) => o.min === r.min && o.max === r.max && o.currency === r.currency && o.period === r.period) ===
      i,
  );
}
