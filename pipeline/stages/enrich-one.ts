/** Enrichment of one posting: normalization, exact-text key, MinHash signature, extracted skill ids, language (ISO 639-1). */
import { normalizePosting, minhashSignature, textKey } from '../normalize/index.ts';
import type { Match, Matcher, Zone } from '../extract/index.ts';
import { detectLanguage, type Language } from '../normalize/language.ts';
import { postingPay, rangeCells } from '../normalize/posting-pay.ts';

export interface TodoRow {
  source: string;
  content_hash: string;
  text: string;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
}

/** When a skill is kept in several zones, the zone (and rule) recorded is the strongest evidence. */
const ZONE_RANK: Record<Zone, number> = {
  requirements: 0,
  nice_to_have: 1,
  role: 2,
  header: 3,
  other: 4,
  company: 5,
  apply: 6,
  benefits: 7,
  legal: 8,
};

/** Kept skills of a posting, one per id (sorted), with the zone and rule of its strongest match. */
export function skillEvidence(matches: Match[]): { ids: string[]; zones: string[]; rules: string[] } {
  const best = new Map<string, Match>();
  for (const m of matches) {
    const b = best.get(m.id);
    if (!b || ZONE_RANK[m.zone] < ZONE_RANK[b.zone]) best.set(m.id, m);
  }
  const ids = [...best.keys()].sort();
  return {
    ids,
    zones: ids.map((id) => best.get(id)!.zone),
    rules: ids.map((id) => best.get(id)!.why.replace(/;/g, ',')),
  };
}

/** Match spans as compact JSON rows `[skill_id, surface, start, end, zone, why]` (fct_match_spans, fct_dropped_candidates). */
export function spanJson(ms: Match[]): string {
  return JSON.stringify(ms.map((m) => [m.id, m.surface, m.start, m.end, m.zone, m.why]));
}

/**
 * The pay attributes of a posting's text (`n.text`: normalizePosting's plain text of `row.text`), title and country (postingPay without structured fields), as JSON
 * `{ranges: [[origin, min, max, currency, period, annual_min, annual_max, usd_min, usd_max, start, end], ...],
 * seniority, language, has_equity, pay_usd, pay_source, pay_rejected}`: the pay stage reads it for every posting whose record has no
 * structured fields (the inputs are the same, so is the result) and computes the others itself.
 */
export function textPayJson(
  row: TodoRow,
  n: { text: string; title: string | null; country: string | null },
  rawLanguage?: Language,
): string {
  const p = postingPay({
    text: n.text, // normalizePosting's plain text: toPlainText(row.text), computed once
    title: row.title ?? n.title,
    country: row.country ?? n.country,
    // detectLanguage reads the first 2,000 (pay) or 4,000 (rawLanguage) characters: the same answer when the
    // plain text is the raw text (most HN postings: no markup) and has at most 2,000 characters
    ...(rawLanguage !== undefined && n.text === row.text && n.text.length <= 2000 ? { language: rawLanguage } : {}),
  });
  return JSON.stringify({
    ranges: p.ranges.map(rangeCells),
    seniority: p.seniority,
    language: p.language,
    has_equity: p.has_equity,
    pay_usd: p.pay_usd,
    pay_source: p.pay_source,
    pay_rejected: p.pay_rejected,
  });
}

/** One row of int_enrichment, in the column order of its declaration (pipeline/sql/20_intermediate/int_enrichment.ts). */
export function enrichOne(row: TodoRow, matcher: Matcher): unknown[] {
  const n = normalizePosting(row);
  const ex = matcher.explain(n.text);
  const ev = skillEvidence(ex.kept);
  const language = detectLanguage(row.text);
  return [
    row.source,
    row.content_hash,
    textKey(n.text),
    n.company,
    n.company_key,
    n.title,
    n.title_key,
    n.location,
    n.location_key,
    n.country,
    n.is_remote,
    n.work_mode,
    n.employment_type,
    n.role_family,
    minhashSignature(n.text).join(' '),
    ev.ids.join(' '),
    ev.zones.join(' '),
    ev.rules.join(';'),
    language,
    n.text,
    spanJson(ex.kept),
    spanJson(ex.dropped),
    textPayJson(row, n, language),
  ];
}
