/**
 * The pay attributes of one posting (docs/pay.md): advertised ranges from the record's structured fields
 * (structuredPayOf) or, when it has none, from the text (parsePay), seniority from the title, language, equity
 * flag, and one posting-level annual USD figure for the premium model. Pure.
 * Precedence: a posting with a structured range takes its structured ranges only (`pay_source: 'structured'`),
 * its text is not read for pay; one without takes the text's (`'text'`); a refused structured field
 * (`pay_rejected`) does not count as one, so the text is read.
 */
import { postingCore } from './index.ts';
import { detectLanguage, type Language } from './language.ts';
import { offersEquity, parsePay, type PayRange } from './pay.ts';
import { structuredPayOf } from './pay-structured.ts';
import { seniorityOf, type Seniority } from './seniority.ts';

export type PayOrigin = 'text' | 'structured';
export interface PostingRange extends PayRange {
  origin: PayOrigin;
}

export interface PostingPay {
  ranges: PostingRange[];
  /** Where the ranges came from (all of them: see the precedence above); null without pay. */
  pay_source: PayOrigin | null;
  /** Why a structured pay field of the record was refused (the posting is kept); null when none was. */
  pay_rejected: string | null;
  seniority: Seniority | null;
  language: Language;
  has_equity: boolean;
  /** Geometric mean of the ranges' annual USD midpoints (null without a range in a tabled currency). */
  pay_usd: number | null;
}

export interface PostingPayInput {
  /** Plain text (markup already removed). */
  text: string;
  title: string | null;
  country: string | null;
  /** The raw record's `extra` (object or JSON text), or null. */
  extra?: unknown;
  /** detectLanguage(text, 2000) when the caller already has it (enrichOne: the raw text is this text); computed here otherwise. */
  language?: Language;
}

export function postingPay(input: PostingPayInput): PostingPay {
  let extra = input.extra ?? null;
  if (typeof extra === 'string') {
    try {
      extra = JSON.parse(extra);
    } catch {
      extra = null;
    }
  }
  const structured = structuredPayOf(extra);
  const ranges: PostingRange[] = structured.ranges.length
    ? structured.ranges.map((r) => ({ ...r, origin: 'structured' }))
    : parsePay(input.text, { country: input.country }).map((r) => ({ ...r, origin: 'text' }));
  const mids = ranges
    .filter((r) => r.usd_min !== null && r.usd_max !== null)
    .map((r) => Math.log((r.usd_min! + r.usd_max!) / 2));
  const pay_usd = mids.length ? Math.exp(mids.reduce((a, b) => a + b, 0) / mids.length) : null;
  return {
    ranges,
    pay_source: ranges[0]?.origin ?? null,
    pay_rejected: structured.rejected,
    seniority: seniorityOf(input.title),
    language: input.language ?? detectLanguage(input.text, 2000),
    has_equity: offersEquity(input.text),
    pay_usd,
  };
}

/**
 * The `pay`, `seniority` and `language` fields of `skillpulse extract` for one raw text (HN header or a given
 * title). `core`, when given, must be postingCore of this raw text and title (computed once per line and shared
 * with parseLocation); without it, it is computed here.
 */
export function extractPayFields(
  raw: string,
  title: string | null = null,
  core: ReturnType<typeof postingCore> = extractCore(raw, title),
): {
  pay: { min: number; max: number; currency: string; period: string }[];
  seniority: Seniority | null;
  language: Language;
} {
  const p = postingPay({ text: core.text, title: core.title, country: core.country });
  return {
    pay: p.ranges.map(({ min, max, currency, period }) => ({ min, max, currency, period })),
    seniority: p.seniority,
    language: p.language,
  };
}

/** postingCore of a raw text given to `skillpulse extract` (no record fields but an optional title). */
export function extractCore(raw: string, title: string | null = null): ReturnType<typeof postingCore> {
  return postingCore({ source: 'extract', text: raw, title, company: null, location: null, country: null });
}

/**
 * The cells of one range, in order: fct_posting_pay's columns after posting_id and range_no (a test ties the two),
 * and the positions of the enrich cache's `text_pay` ranges, which the pay stage decodes by these names.
 */
export const RANGE_CELLS = [
  'origin',
  'min',
  'max',
  'currency',
  'period',
  'annual_min',
  'annual_max',
  'usd_min',
  'usd_max',
  'start',
  'end',
] as const satisfies readonly (keyof PostingRange)[];

/** One range as its cells (RANGE_CELLS); a text offset below 0 (a structured range has none) becomes null. */
export function rangeCells(g: PostingRange): unknown[] {
  return RANGE_CELLS.map((k) => ((k === 'start' || k === 'end') && g[k] < 0 ? null : g[k]));
}
