/** Enrichment of one posting: normalization, exact-text key, MinHash signature, extracted skill ids, language (ISO 639-1). */
import { normalizePosting, minhashSignature, textKey } from '../normalize/index.ts';
import type { Matcher } from '../extract/index.ts';
import { detectLanguage } from '../normalize/language.ts';

export interface TodoRow {
  source: string;
  content_hash: string;
  text: string;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
}

/** One row of int_enrichment, in the column order of its declaration (pipeline/sql/20_intermediate/int_enrichment.ts). */
export function enrichOne(row: TodoRow, matcher: Matcher): unknown[] {
  const n = normalizePosting(row);
  const ids = [...new Set(matcher.extract(n.text).map((m) => m.id))].sort();
  return [
    row.source, row.content_hash, textKey(n.text), n.company, n.company_key, n.title, n.title_key, n.location,
    n.location_key, n.country, n.is_remote, n.work_mode, n.employment_type, n.role_family,
    minhashSignature(n.text).join(' '), ids.join(' '), detectLanguage(row.text),
  ];
}
