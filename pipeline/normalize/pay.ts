/**
 * Advertised pay in posting text: "$120k-$160k", "£50k-90k salary", "€78.000 - €96.000", "$50 - $100/hr",
 * "70k - 100K EUR", "20k-40k·14薪". Pure, linear in the text (one pass of one regular expression plus bounded
 * context windows). Funding rounds, revenue, valuations, user counts, stipends and 401(k) are not pay.
 * Rules and limits: docs/pay.md.
 */
import { annualise, toUsd, type PayPeriod } from './fx.ts';

export type { PayPeriod } from './fx.ts';

export interface PayRange {
  min: number;
  max: number;
  currency: string;
  period: PayPeriod;
  /** Annualised in the original currency (hour x 2080, day x 260, week x 52, month x 12). */
  annual_min: number;
  annual_max: number;
  /** Annualised in USD at the fixed table of fx.ts; null for a currency the table lacks. */
  usd_min: number | null;
  usd_max: number | null;
  /** UTF-16 offsets of the range in the text. */
  start: number;
  end: number;
}

export interface PayOptions {
  /** ISO country of the posting when it has exactly one: picks the currency of a bare "$" or bare number. */
  country?: string | null;
}

const PRE = String.raw`(?:US\$|USD\s?\$?|CA?D\s?\$|C\$|A\$|AU\$|AUD\s?\$?|NZ\$|S\$|SGD\s?\$?|HK\$|\$|€|£|¥|￥|₹|(?:EUR|GBP|CHF|INR|CNY|RMB|SEK|NOK|DKK|PLN)\s?)`;
const NUM = String.raw`\d{1,3}(?:[,.\u00a0 ]\d{3})+(?![\d])|\d+(?:[.,]\d{1,2})?`;
const SUF = String.raw`(?:\s?(?:[kK](?![a-zA-Z])|万|千|mm|MM|mln|mil|million|bn|billion|tn|trillion|[mMbB](?![a-zA-Z])))?`;
const POST = String.raw`(?:\s?(?:USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|PLN|INR|SGD|CNY|RMB|JPY|USDT|€|£|元|U(?![a-zA-Z])))?`;
const AMOUNT = `(${PRE})?\\s?(${NUM})(${SUF})(${POST})`;
const SEP = String.raw`\s?(?:-|–|—|~|to|until|bis|à)\s?[>~]?\s?`;
const RANGE = new RegExp(`${AMOUNT}(?:(${SEP})${AMOUNT})?`, 'g');

const CURRENCY_OF: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  CAD$: 'CAD',
  CD$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  AUD: 'AUD',
  AUD$: 'AUD',
  NZ$: 'NZD',
  S$: 'SGD',
  SGD: 'SGD',
  SGD$: 'SGD',
  HK$: 'HKD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  '￥': 'CNY',
  '₹': 'INR',
  EUR: 'EUR',
  GBP: 'GBP',
  CHF: 'CHF',
  INR: 'INR',
  CNY: 'CNY',
  RMB: 'CNY',
  元: 'CNY',
  SEK: 'SEK',
  NOK: 'NOK',
  DKK: 'DKK',
  PLN: 'PLN',
  CAD: 'CAD',
  JPY: 'JPY',
  USDT: 'USD',
  U: 'USD',
};
const DOLLAR_BY_COUNTRY: Record<string, string> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD' };
const BARE_BY_COUNTRY: Record<string, string> = {
  ...DOLLAR_BY_COUNTRY,
  US: 'USD',
  GB: 'GBP',
  DE: 'EUR',
  FR: 'EUR',
  NL: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  IE: 'EUR',
  PT: 'EUR',
  AT: 'EUR',
  BE: 'EUR',
  FI: 'EUR',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  IN: 'INR',
  CN: 'CNY',
};

const NOT_PAY_BEFORE =
  /(rais\w*|fund\w*|series\s?[a-f]?|seed|round|revenue|arr|mrr|gmv|valuation|valued|worth|market|volume|invest\w*|backed|grants?|prizes?|bount\w*|budget|stipends?|bonus|relocation|sav\w+|spen[dt]\w*|loans?|over|more than|managing|manages|processed|processing|handled|aum|deals?|contracts?|\bcost)\W*(of|at|by|in|about|around|with|nearly|over|~)?\W*$/i;
const NOT_PAY_AFTER =
  /^\W*(in (funding|revenue|sales|arr|assets|volume|seed|series)|funding|revenue|arr|mrr|gmv|round|raise|seed|series|valuation|market|users|customers|transactions|volume|of (funding|revenue|investment|assets|transactions)|stipend|signing|sign-on|bonus|relocation|grant|prize|budget|per (seat|user|month per user)|users)/i;
const PAY_CUE =
  /(salary|salaries|compensation|comp\b|pay\b|paid|base|ote\b|\btc\b|total comp|range|package|rate|wage|薪|工资|待遇|月薪|年薪|k\/year|per annum|\bdoe\b|\+\s?equity)/i;
const HOUR =
  /^\W{0,3}(\/\s?(hr|hour|h)\b|per hour|an hour|p\/h\b|ph\b|hourly|hr\b|\/hour)|hourly rate|per hour|\/hr\b|时薪/i;
const DAY = /^\W{0,3}(\/\s?day|per day|a day|daily|p\/d\b|pd\b)|day rate|daily rate|per day|日薪/i;
const WEEK = /^\W{0,3}(\/\s?(wk|week)|per week|a week|weekly)/i;
const MONTH =
  /^\W{0,3}(\/\s?(mo|month)\b|per month|a month|monthly|p\.?m\.?(?![a-z])|\/月|每月|月)|月薪|monthly|·\d{2}薪|\d{2}薪/i;
const YEAR =
  /^\W{0,3}(\/\s?(yr|year|y|annum|a)\b|per year|a year|annual|annually|yearly|p\.?a\.?(?![a-z])|per annum|年)|年薪|annual|per year/i;

const FIELD_BEFORE = /(^|\|)[^|\n]{0,6}$/;
const FIELD_AFTER = /^[^|\n]{0,30}(\||$|\n|\s+https?:)/;

function number(raw: string): number {
  const s = raw.replace(/[\u00a0 ]/g, '');
  if (/^\d{1,3}([,.]\d{3})+$/.test(s)) return Number(s.replace(/[,.]/g, ''));
  return Number(s.replace(',', '.'));
}

function multiplier(suffix: string): number | null {
  const s = suffix.trim();
  if (s === '') return 1;
  if (s === 'k' || s === 'K' || s === '千') return 1_000;
  if (s === '万') return 10_000;
  return null; // millions, billions: funding, revenue, valuations
}

const PLAUSIBLE: Record<PayPeriod, [number, number]> = {
  year: [8_000, 2_500_000],
  month: [400, 200_000],
  week: [150, 50_000],
  day: [40, 10_000],
  hour: [7, 2_000],
};
/** Currencies whose salaries are written in larger numbers: plausibility bounds scaled by this factor. */
const SCALE: Record<string, number> = { JPY: 100, KRW: 1000, INR: 50, CNY: 5, HKD: 5, SEK: 8, NOK: 8, DKK: 6, CZK: 20 };

/** Whether lo..hi per `period` in `currency` is a plausible advertised pay (the bounds above; docs/pay.md). */
export function plausiblePay(lo: number, hi: number, period: PayPeriod, currency: string): boolean {
  const [pMin, pMax] = PLAUSIBLE[period];
  return lo >= pMin && hi <= pMax * (SCALE[currency] ?? 1);
}

/** The plausible bounds of `period` in `currency`, for a reason that names them. */
export function plausibleBounds(period: PayPeriod, currency: string): [number, number] {
  const [pMin, pMax] = PLAUSIBLE[period];
  return [pMin, pMax * (SCALE[currency] ?? 1)];
}

function periodOf(after: string, before: string, value: number, hasK: boolean, zh: boolean): PayPeriod | null {
  if (HOUR.test(after) || /(hourly rate|per hour|时薪)\W*$/i.test(before)) return 'hour';
  if (DAY.test(after) || /(day rate|daily rate|日薪)\W*$/i.test(before)) return 'day';
  if (WEEK.test(after)) return 'week';
  if (MONTH.test(after) || /(月薪|monthly|per month)\W*$/i.test(before)) return 'month';
  if (YEAR.test(after) || /(年薪|annual|yearly|per year)\W*$/i.test(before)) return 'year';
  if (zh && hasK) return 'month'; // "20k-40k" in a Chinese posting is per month
  if (value >= 15_000) return 'year';
  return null;
}

const DIGIT = /\d/g;
/** The longest run before an amount's first digit: a prefix ("AUD $", "USD $") and a space. */
const BEFORE_DIGIT = 6;
/**
 * RANGE.exec from its lastIndex, started no earlier than BEFORE_DIGIT units before the next digit: every match
 * has a digit within that many units of its start, so none starts earlier and the match is the same.
 */
function nextRange(text: string): RegExpExecArray | null {
  DIGIT.lastIndex = RANGE.lastIndex;
  const d = DIGIT.exec(text);
  if (d === null) return null;
  RANGE.lastIndex = Math.max(RANGE.lastIndex, d.index - BEFORE_DIGIT);
  return RANGE.exec(text);
}

/** Every advertised pay range in `text`, in order, duplicates (same numbers) kept once. */
export function parsePay(text: string, options: PayOptions = {}): PayRange[] {
  const out: PayRange[] = [];
  const zh = /[\u4e00-\u9fff]/.test(text);
  RANGE.lastIndex = 0;
  for (let m = nextRange(text); m !== null; m = nextRange(text)) {
    const [whole, pre1 = '', num1 = '', suf1 = '', post1 = '', sep = '', pre2 = '', num2 = '', suf2 = '', post2 = ''] =
      m;
    const start = m.index + (whole.length - whole.trimStart().length);
    const end = m.index + whole.trimEnd().length;
    if (start > 0 && /[\w.#]/.test(text[start - 1]!)) continue; // inside a word, version or id
    const next2 = text.slice(end, end + 2);
    // a digit right after is part of another number; after a space it is one only without a "k" ("$160k 1099")
    if (/^[%x×+]?\d/.test(next2) || (/^\s\d/.test(next2) && !/[kK]$/.test(whole.trimEnd()))) continue;
    if (/^\s?%/.test(text.slice(end, end + 2))) continue;
    const token = whole.trim().toLowerCase();
    if (/^40[13]\s?\(?[kb]/.test(token)) continue; // 401(k), 403(b)
    if (/^\(?[kb]\)/.test(text.slice(end - 1, end + 2)) && /^40[13]/.test(num1)) continue;
    const m1 = multiplier(suf1),
      m2 = num2 ? multiplier(suf2) : 1;
    if (m1 === null || m2 === null) continue;
    const hasK = m1 > 1 || (num2 !== '' && m2 > 1);
    const curToken = (pre1 || pre2 || post1 || post2).trim().replace(/\s/g, '');
    const hasCurrency = curToken !== '';
    // a bare number is pay only with a "k" or grouped ("85,000"), and (below) with a cue or as a header field
    if (!hasCurrency && !hasK && !/^\d{2,3}[,.\u00a0 ]\d{3}$/.test(num1.trim())) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(end, end + 40);
    const back = text.slice(Math.max(0, start - 200), start);
    const lineStart = start - back.length + back.lastIndexOf('\n') + 1; // bounded look-back keeps it linear
    const cueWindow = text.slice(Math.max(lineStart, start - 50), Math.min(text.length, end + 30));
    const cue = PAY_CUE.test(cueWindow);
    if (!hasCurrency) {
      // A bare number is pay only with a "k" and a pay cue nearby, or as a field of its own in a `|` header.
      const field = FIELD_BEFORE.test(text.slice(lineStart, start)) && FIELD_AFTER.test(after);
      if (!(cue || field)) continue;
    }
    if (NOT_PAY_BEFORE.test(before.slice(-30)) && !PAY_CUE.test(before.slice(-25))) continue;
    if (NOT_PAY_AFTER.test(after) && !/^\s?[+&]/.test(after)) continue; // "40-65k € + bonus" is pay plus a bonus
    let lo = number(num1) * m1;
    let hi = num2 ? number(num2) * m2 : lo;
    if (num2 && m1 === 1 && m2 > 1 && number(num1) < 1000) lo = number(num1) * m2; // "$120-$160k"
    if (num2 && m2 === 1 && m1 > 1 && number(num2) < 1000) hi = number(num2) * m1; // "120k-160"
    if (!(lo > 0) || !(hi > 0)) continue;
    if (hi < lo) [lo, hi] = [hi, lo];
    if (hi > lo * 5) continue; // "1-20" style or two unrelated numbers
    const period = periodOf(after, before, hi, hasK, zh);
    if (period === null) continue;
    let currency = CURRENCY_OF[curToken] ?? CURRENCY_OF[curToken.replace(/\$$/, '')];
    const country = options.country ?? null;
    if (curToken === '$' && country !== null && DOLLAR_BY_COUNTRY[country]) currency = DOLLAR_BY_COUNTRY[country];
    if (!hasCurrency) currency = zh ? 'CNY' : ((country !== null ? BARE_BY_COUNTRY[country] : undefined) ?? 'USD');
    if (currency === undefined) continue;
    if (!plausiblePay(lo, hi, period, currency)) continue;
    if (out.some((r) => r.min === lo && r.max === hi && r.currency === currency && r.period === period)) continue;
    const aMin = annualise(lo, period),
      aMax = annualise(hi, period);
    out.push({
      min: lo,
      max: hi,
      currency,
      period,
      annual_min: aMin,
      annual_max: aMax,
      usd_min: toUsd(aMin, currency),
      usd_max: toUsd(aMax, currency),
      start,
      end,
    });
    void sep;
  }
  return out;
}

const EQUITY = /\b(equity|stock options?|options|rsus?|esop|share options)\b/gi;
const NOT_EQUITY_BEFORE = /(diversity,?\s(and\s)?|inclusion,?\s(and\s)?|pay\s|private\s|home\s|brand\s|sweat\s)$/i;
const NOT_EQUITY_AFTER =
  /^\s?(and inclusion|&\s?inclusion|,\s?(and\s)?inclusion|research|ownership|investors?|firms?|funds?|markets?|capital|trading|analysts?)/i;

/** Whether the posting offers equity (stock, options, RSUs), not "diversity, equity and inclusion". */
export function offersEquity(text: string): boolean {
  EQUITY.lastIndex = 0;
  for (let m = EQUITY.exec(text); m !== null; m = EQUITY.exec(text)) {
    const word = m[0].toLowerCase();
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (word === 'options' && !/(stock|share|\+|and|with|plus|generous|competitive)\W*$/i.test(before)) continue;
    if (NOT_EQUITY_BEFORE.test(before) || NOT_EQUITY_AFTER.test(after)) continue;
    return true;
  }
  return false;
}
