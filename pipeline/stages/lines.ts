/**
 * fct_trend_lines: the smoothed line of each skill per interval and slice (pipeline/stats/line.ts), so the API
 * serves the line and a chart only draws it. Read in one ordered pass over agg_skill_period; each series is
 * laid over its slice's periods (agg_totals), zeros filled. The pass carries per row only the skill, a slice number
 * and the period's index in its slice (lines_slices, lines_periods): with the slice's four key strings and the
 * period string per row, converting ~850k rows at 100k was most of the stage (docs/scale.md).
 */
import type { Db } from '../db.ts';
import { trendLine, type CountPoint } from '../stats/index.ts';
import { fctTrendLines } from '../sql/30_marts/fct_trend_lines.ts';
import { linesPeriods, linesSlices } from '../sql/30_marts/lines_scratch.ts';
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

const BATCH = 20_000;

export async function computeTrendLines(db: Db): Promise<number> {
  await db.createTable(fctTrendLines);
  // every slice of the series (numbered), and every period of a slice's totals with its index in the slice
  await db.createTable(linesSlices);
  await db.createTable(linesPeriods);
  await db.run(`INSERT INTO lines_slices
    SELECT (row_number() OVER (ORDER BY interval, source, country, role_family) - 1)::INTEGER AS sid, *
    FROM (SELECT DISTINCT interval, source, country, role_family FROM agg_skill_period)`);
  await db.run(`INSERT INTO lines_periods
    SELECT s.sid, t.period, (row_number() OVER (PARTITION BY s.sid ORDER BY t.period) - 1)::INTEGER AS pidx, t.total
    FROM agg_totals t JOIN lines_slices s USING (interval, source, country, role_family)`);
  const slices = (
    await db.all<Omit<Key, 'skill_id'> & { sid: number }>(
      'SELECT sid, interval, source, country, role_family FROM lines_slices ORDER BY sid',
    )
  ).map((s) => ({
    key: { interval: s.interval, source: s.source, country: s.country, role_family: s.role_family },
    periods: [] as { period: string; total: number }[],
  }));
  for (const p of await db.all<{ sid: number; period: string; total: number }>(
    'SELECT sid, period, total FROM lines_periods ORDER BY sid, pidx',
  ))
    slices[p.sid]!.periods.push({ period: p.period, total: p.total });
  let n = 0;
  let batch: Row[] = [];
  let current: { sid: number; skill_id: string } | null = null;
  let counts: number[] = [];
  const flush = () => {
    if (!current) return;
    const { key, periods } = slices[current.sid]!;
    const points: CountPoint[] = periods.map((p, i) => ({ period: p.period, total: p.total, postings: counts[i]! }));
    const line = trendLine(points);
    batch.push({
      ...key,
      skill_id: current.skill_id,
      smoothed: line.smoothed.map((p) => ({
        period: p.period,
        share: p.share === null ? null : Math.round(p.share * 1e6) / 1e6,
      })),
      isolated_from: line.isolated?.from ?? null,
      isolated_to: line.isolated?.to ?? null,
    });
  };
  // the all slice is dense (every skill, zeros included); the breakdown slices hold the skills with postings; a
  // period not among its slice's totals (pidx NULL) is left out, as the line is laid over the slice's periods
  for await (const rows of db.stream<{ sid: number; skill_id: string; pidx: number | null; postings: number }>(
    `SELECT s.sid, a.skill_id, p.pidx, a.postings::INTEGER AS postings
     FROM agg_skill_period a JOIN lines_slices s USING (interval, source, country, role_family)
     LEFT JOIN lines_periods p ON p.sid = s.sid AND p.period = a.period
     WHERE a.postings > 0 OR is_all_slice(a.source, a.country, a.role_family)
     ORDER BY s.sid, a.skill_id`,
    undefined,
    { ownConnection: true }, // it appends while it streams
  )) {
    for (const r of rows) {
      if (!current || current.sid !== r.sid || current.skill_id !== r.skill_id) {
        flush();
        current = { sid: r.sid, skill_id: r.skill_id };
        counts = new Array<number>(slices[r.sid]!.periods.length).fill(0);
      }
      if (r.pidx !== null) counts[r.pidx] = r.postings;
    }
    if (batch.length >= BATCH) {
      n += await db.append(fctTrendLines, batch);
      batch = [];
    }
  }
  flush();
  n += await db.append(fctTrendLines, batch);
  await db.run('DROP TABLE lines_slices');
  await db.run('DROP TABLE lines_periods');
  return n;
}
