/**
 * fct_trend_lines: the smoothed line of each skill per interval and slice (pipeline/stats/line.ts), so the API
 * serves the line and a chart only draws it. Read in one ordered pass over agg_skill_period; each series is
 * laid over its slice's periods (agg_totals), zeros filled.
 */
import type { Db } from '../db.ts';
import { trendLine, type CountPoint } from '../stats/index.ts';
import { fctTrendLines } from '../sql/30_marts/fct_trend_lines.ts';
import type { RowOf } from '../sql/table.ts';

type Row = RowOf<typeof fctTrendLines>;
type Interval = Row['interval'];
interface Key {
  interval: Interval;
  skill_id: string;
  source: string;
  country: string;
  role_family: string;
}

const sliceKey = (k: Omit<Key, 'skill_id'>) => `${k.interval}\u0000${k.source}\u0000${k.country}\u0000${k.role_family}`;
const BATCH = 20_000;

export async function computeTrendLines(db: Db): Promise<number> {
  await db.createTable(fctTrendLines);
  const slices = new Map<string, { period: string; total: number }[]>();
  for (const t of await db.all<Omit<Key, 'skill_id'> & { period: string; total: number }>(
    'SELECT interval, source, country, role_family, period, total FROM agg_totals ORDER BY interval, source, country, role_family, period',
  )) {
    const k = sliceKey(t);
    (slices.get(k) ?? slices.set(k, []).get(k)!).push({ period: t.period, total: t.total });
  }
  let n = 0;
  let batch: Row[] = [];
  let current: Key | null = null;
  let counts = new Map<string, number>();
  const flush = () => {
    if (!current) return;
    const periods = slices.get(sliceKey(current)) ?? [];
    const points: CountPoint[] = periods.map((p) => ({
      period: p.period,
      total: p.total,
      postings: counts.get(p.period) ?? 0,
    }));
    const line = trendLine(points);
    batch.push({
      ...current,
      smoothed: line.smoothed.map((p) => ({
        period: p.period,
        share: p.share === null ? null : Math.round(p.share * 1e6) / 1e6,
      })),
      isolated_from: line.isolated?.from ?? null,
      isolated_to: line.isolated?.to ?? null,
    });
  };
  const same = (a: Key, b: Key) =>
    a.interval === b.interval &&
    a.skill_id === b.skill_id &&
    a.source === b.source &&
    a.country === b.country &&
    a.role_family === b.role_family;
  // the all slice is dense (every skill, zeros included); the breakdown slices hold the skills with postings
  for await (const rows of db.stream<Key & { period: string; postings: number }>(
    `SELECT interval, skill_id, source, country, role_family, period, postings FROM agg_skill_period
     WHERE postings > 0 OR is_all_slice(source, country, role_family)
     ORDER BY interval, skill_id, source, country, role_family, period`,
    undefined,
    { ownConnection: true }, // it appends while it streams
  )) {
    for (const r of rows) {
      const key: Key = {
        interval: r.interval,
        skill_id: r.skill_id,
        source: r.source,
        country: r.country,
        role_family: r.role_family,
      };
      if (!current || !same(current, key)) {
        flush();
        current = key;
        counts = new Map();
      }
      counts.set(r.period, Number(r.postings));
    }
    if (batch.length >= BATCH) {
      n += await db.append(fctTrendLines, batch);
      batch = [];
    }
  }
  flush();
  n += await db.append(fctTrendLines, batch);
  return n;
}
