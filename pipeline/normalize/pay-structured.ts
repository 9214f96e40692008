/**
 * Advertised pay from the structured fields a record carries in its `extra` (docs/pay.md "Structured pay"):
 *   `pay`: the crawlers' normalised ranges (workspace/pay.ts: [{min, max, currency, period, field}], one shape
 *     for Ashby, Greenhouse, Lever, JSON-LD, Recruitee, Workable; crawlers/pay.ts), and `pay_rejected`: why a
 *     source's pay field was not read;
 *   `pay_text`: the text of a pay-only field (Remotive `salary`, Lever `salaryDescriptionPlain`), read by parsePay
 *     only when the record has no structured amounts;
 *   older records and imports: Ashby `compensation.summaryComponents[]`, Greenhouse `pay_input_ranges[]`
 *     (cents), schema.org `baseSalary` / `base_salary`, and a plain `salary` ({min, max, currency, period}).
 * Every range must be a plausible advertised pay (plausiblePay, the bounds the text parser uses): one that is
 * not is refused with a reason, and the posting is kept. Pure.
 */
import { PAY_PERIODS, payPeriodOf, type PayPeriod } from '../../workspace/pay.ts';
import { annualise, toUsd } from './fx.ts';
import { parsePay, plausibleBounds, plausiblePay, type PayRange } from './pay.ts';

const obj = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
const num = (v: unknown): number | null => {
  const n = typeof v === 'string' ? Number(v.replace(/[, ]/g, '')) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
};
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** A source's period word as one of the five periods (factor 1 only: "bi-week" amounts are the crawler's to scale). */
export function periodOf(v: unknown): PayPeriod | null {
  const p = payPeriodOf(v);
  return p !== null && p[1] === 1 ? p[0] : null;
}

/** A structured range as a PayRange (start = end = -1: it is not in the text), or why it is not one. */
export function structuredRange(
  min: unknown,
  max: unknown,
  currency: unknown,
  period: PayPeriod | null,
): PayRange | string {
  let lo = num(min),
    hi = num(max);
  const cur = str(currency)?.toUpperCase() ?? null;
  if (lo === null && hi === null) return 'no amount above 0';
  lo ??= hi;
  hi ??= lo;
  if (cur === null || !/^[A-Z]{3}$/.test(cur))
    return `currency ${JSON.stringify(currency ?? null)} is no ISO 4217 code`;
  if (period === null) return `no pay period (${PAY_PERIODS.join(', ')})`;
  if (hi! < lo!) [lo, hi] = [hi, lo];
  if (!plausiblePay(lo!, hi!, period, cur)) {
    const [a, b] = plausibleBounds(period, cur);
    return `${lo}..${hi} ${cur} per ${period} is outside the plausible ${a}..${b}`;
  }
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

/** The structured pay of one record: the ranges read, and why any pay field there was refused (null: none). */
export interface StructuredPayResult {
  ranges: PayRange[];
  rejected: string | null;
}

type Found = { at: string; r: PayRange | string };

function normalised(list: unknown[]): Found[] {
  return list.map((x, i) => {
    const p = obj(x);
    const at = `pay[${i}]${p && str(p.field) ? ` (${str(p.field)})` : ''}`;
    if (!p) return { at, r: 'not an object' };
    return { at, r: structuredRange(p.min, p.max, p.currency, periodOf(p.period)) };
  });
}

function ashby(c: Record<string, unknown>): Found[] {
  const parts = Array.isArray(c.summaryComponents) ? c.summaryComponents : [];
  return parts
    .map((p, i) => [obj(p), i] as const)
    .filter(([p]) => p && str(p.compensationType)?.toLowerCase() === 'salary')
    .map(([p, i]) => ({
      at: `compensation.summaryComponents[${i}]`,
      r: structuredRange(p!.minValue, p!.maxValue, p!.currencyCode, periodOf(p!.interval)),
    }));
}

function greenhouse(list: unknown[]): Found[] {
  const cents = (v: unknown) => {
    const n = num(v);
    return n === null ? null : n / 100;
  };
  return list
    .map((p, i) => [obj(p), i] as const)
    .filter(([p]) => p !== null)
    .map(([p, i]) => ({
      at: `pay_input_ranges[${i}]`,
      r: structuredRange(cents(p!.min_cents), cents(p!.max_cents), p!.currency_type, 'year'),
    }));
}

function jsonLd(s: Record<string, unknown>): Found[] {
  const v = obj(s.value);
  const unit = periodOf(v?.unitText ?? s.unitText);
  const r = v
    ? structuredRange(v.minValue ?? v.value, v.maxValue ?? v.value, s.currency ?? v.currency, unit)
    : structuredRange(s.value, s.value, s.currency, unit);
  return [{ at: 'baseSalary', r }];
}

function found(e: Record<string, unknown>): Found[] {
  const out: Found[] = [];
  if (Array.isArray(e.pay)) out.push(...normalised(e.pay));
  const comp = obj(e.compensation);
  if (comp) out.push(...ashby(comp));
  if (Array.isArray(e.pay_input_ranges)) out.push(...greenhouse(e.pay_input_ranges));
  const base = obj(e.baseSalary) ?? obj(e.base_salary);
  if (base) out.push(...jsonLd(base));
  for (const key of ['salary', 'pay']) {
    const s = obj(e[key]);
    if (s) out.push({ at: key, r: structuredRange(s.min, s.max, s.currency, periodOf(s.period)) });
  }
  // older Remotive records kept the free text in `salary`
  const text = str(e.pay_text) ?? str(e.salary);
  // the text of a pay field is read only when the record has no amounts of its own
  if (text && !out.some((f) => typeof f.r !== 'string')) {
    const fromText = parsePay(text).map((r) => ({ ...r, start: -1, end: -1 }));
    if (fromText.length) out.push(...fromText.map((r) => ({ at: 'pay_text', r })));
  }
  return out;
}

/** Every structured pay range of a record's `extra` (order above, duplicates once) and the reasons of refused ones. */
export function structuredPayOf(extra: unknown): StructuredPayResult {
  const e = obj(extra);
  if (!e) return { ranges: [], rejected: null };
  const all = found(e);
  const ranges: PayRange[] = [];
  for (const { r } of all)
    if (
      typeof r !== 'string' &&
      !ranges.some((o) => o.min === r.min && o.max === r.max && o.currency === r.currency && o.period === r.period)
    )
      ranges.push(r);
  const why = [
    ...(str(e.pay_rejected) ? [str(e.pay_rejected)!] : []),
    ...all.filter((f) => typeof f.r === 'string').map((f) => `${f.at}: ${f.r}`),
  ];
  return { ranges, rejected: why.length ? why.join('; ') : null };
}

/** The ranges only. */
export function structuredPay(extra: unknown): PayRange[] {
  return structuredPayOf(extra).ranges;
}
