/**
 * The periods an evidence request covers: one point (`period=`) or a window of periods (`from=` and `to=`,
 * inclusive, same interval), as GET /skills/{id}/postings takes them. Exactly one form; each period well formed
 * for the interval and inside the warehouse's periods (agg_totals, first..last); to not before from.
 */
import { BadParameterError } from './errors.ts';
import { monthPeriod, quarterPeriod } from './schemas.ts';

export interface EvidenceWindow {
  /** The single period asked for, or null for a window. */
  period: string | null;
  from: string;
  to: string;
}

/** `known`: the first and last period the warehouse holds at this interval (null: it holds none). */
export function evidenceWindow(
  q: { period?: string; from?: string; to?: string; interval: 'month' | 'quarter' },
  known: { first: string; last: string } | null,
): EvidenceWindow {
  const windowed = q.from !== undefined || q.to !== undefined;
  if (q.period !== undefined && windowed)
    throw new BadParameterError(
      'period',
      `give either period= (one point) or from= and to= (a window), not both (got period and ${q.from !== undefined ? 'from' : 'to'})`,
    );
  if (q.period === undefined && !windowed)
    throw new BadParameterError('period', 'required: period= (one point) or from= and to= (a window of periods)');
  if (windowed && q.from === undefined)
    throw new BadParameterError('from', 'required with to= (the first period of the window)');
  if (windowed && q.to === undefined)
    throw new BadParameterError('to', 'required with from= (the last period of the window)');
  const shape = q.interval === 'month' ? monthPeriod : quarterPeriod;
  const names = q.period !== undefined ? (['period'] as const) : (['from', 'to'] as const);
  for (const k of names) {
    const v = q[k]!;
    if (!shape.test(v))
      throw new BadParameterError(
        k,
        `expected ${q.interval === 'month' ? 'YYYY-MM' : 'YYYY-Qn'} for interval ${q.interval}, got ${JSON.stringify(v)}`,
      );
    if (!known)
      throw new BadParameterError(k, `the warehouse holds no ${q.interval}s with postings (got ${JSON.stringify(v)})`);
    if (v < known.first || v > known.last)
      throw new BadParameterError(
        k,
        `unknown period ${JSON.stringify(v)}; valid: ${known.first} .. ${known.last} (${q.interval}s of the warehouse)`,
      );
  }
  if (q.period !== undefined) return { period: q.period, from: q.period, to: q.period };
  if (q.to! < q.from!) throw new BadParameterError('to', `is before from (${q.to} < ${q.from})`);
  return { period: null, from: q.from!, to: q.to! };
}
