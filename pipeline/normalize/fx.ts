/**
 * Fixed exchange rates to USD used to compare advertised pay across currencies (docs/pay.md).
 * One dated table, not live rates: pay premiums are ratios within a currency-neutral log scale, so a fixed
 * table only shifts levels. Rates: approximate mid-market USD per unit, 2025 annual averages (rounded).
 */
import type { PayPeriod } from '../../workspace/pay.ts';

export type { PayPeriod } from '../../workspace/pay.ts';

export const FX_DATE = '2025 annual average';

export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.13,
  GBP: 1.32,
  CAD: 0.72,
  AUD: 0.65,
  NZD: 0.59,
  CHF: 1.2,
  SEK: 0.1,
  NOK: 0.097,
  DKK: 0.15,
  PLN: 0.27,
  CZK: 0.045,
  INR: 0.0116,
  JPY: 0.0067,
  CNY: 0.139,
  HKD: 0.128,
  SGD: 0.76,
  ILS: 0.28,
  BRL: 0.18,
  MXN: 0.052,
  ZAR: 0.055,
  KRW: 0.00071,
  TWD: 0.031,
};

/** Hours/days/weeks/months per year used to annualise a rate (full-time assumptions, docs/pay.md). */
export const PER_YEAR: Readonly<Record<PayPeriod, number>> = { year: 1, month: 12, week: 52, day: 260, hour: 2080 };

/** Annual amount in the original currency. */
export function annualise(amount: number, period: PayPeriod): number {
  return amount * PER_YEAR[period];
}

/** Annual amount in USD at the fixed table, or null for a currency the table does not have. */
export function toUsd(amount: number, currency: string): number | null {
  const rate = USD_PER_UNIT[currency];
  return rate === undefined ? null : amount * rate;
}
