/**
 * Filter values a slice parameter may take (source, country, role_family, category): the values present in
 * the warehouse, read once per build. An unknown value is a 400 naming the valid ones and, when one is
 * close, `did you mean "data_ml"?` instead of an empty 200 that looks like "no demand".
 */
import { BadParameterError } from './errors.ts';
import { needDb } from './router.ts';
import type { WarehouseLease } from './warehouse.ts';

export type FilterParam = 'source' | 'country' | 'role_family' | 'category';

/** At most this many valid values are listed in the message (the rest as "and N more"). */
const LIST_MAX = 30;

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-./]+/g, '');

/** Levenshtein distance, for the suggestion. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest valid value when it is close enough (same letters ignoring case and separators, or few edits). */
export function suggest(value: string, valid: string[]): string | null {
  const v = fold(value);
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of valid) {
    const f = fold(c);
    const d = f === v ? 0 : f.startsWith(v) || v.startsWith(f) ? 1 : editDistance(v, f);
    if (d < bestD) (bestD = d), (best = c);
  }
  return best !== null && bestD <= Math.max(1, Math.floor(v.length / 3)) ? best : null;
}

export class UnknownFilterValueError extends BadParameterError {
  readonly valid: string[];
  readonly suggestion: string | null;
  constructor(parameter: FilterParam, value: string, valid: string[]) {
    const suggestion = suggest(value, valid);
    const listed =
      valid.slice(0, LIST_MAX).join(', ') + (valid.length > LIST_MAX ? ` and ${valid.length - LIST_MAX} more` : '');
    super(
      parameter,
      `unknown value ${JSON.stringify(value)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}; valid: ${listed || 'none (empty warehouse)'}`,
    );
    this.valid = valid;
    this.suggestion = suggestion;
  }
}

/** The values present in this build for each filter parameter (countries include `unknown`). */
export function filterValues(wh: WarehouseLease): Promise<Record<FilterParam, string[]>> {
  const db = needDb(wh);
  return wh.memo('filter-values', async () => {
    const slice = async (col: string) =>
      (
        await db.all<{ v: string }>(
          `SELECT ${col} AS v, sum(total) AS n FROM agg_totals WHERE "interval" = 'month' AND ${col} <> '*' AND ${col} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
        )
      ).map((r) => r.v);
    const [source, country, role_family] = await Promise.all([slice('source'), slice('country'), slice('role_family')]);
    const category = (
      await db.all<{ v: string }>('SELECT DISTINCT category AS v FROM dim_skills WHERE category IS NOT NULL ORDER BY 1')
    ).map((r) => r.v);
    if (!country.includes('unknown')) country.push('unknown');
    return { source, country, role_family, category };
  });
}

/**
 * Throws UnknownFilterValueError for any given value not in the warehouse. Categories compare
 * case-insensitively (as the routes filter them); the others exactly.
 */
export async function checkFilters(
  wh: WarehouseLease,
  given: Partial<Record<FilterParam, string | undefined>>,
): Promise<void> {
  const entries = Object.entries(given).filter(([, v]) => v !== undefined && v !== null) as [FilterParam, string][];
  if (!entries.length) return;
  const valid = await filterValues(wh);
  for (const [k, v] of entries) {
    const ok = k === 'category' ? valid[k].some((c) => c.toLowerCase() === v.toLowerCase()) : valid[k].includes(v);
    if (!ok) throw new UnknownFilterValueError(k, v, valid[k]);
  }
}
