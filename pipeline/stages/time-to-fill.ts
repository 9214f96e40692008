/**
 * Time to fill per skill (docs/time-to-fill.md): for the postings of ATS boards (sources whose crawler closes
 * postings that leave the board), days from first seen to closed, still-open postings right-censored at their
 * last sighting; Kaplan-Meier median with a 90% interval (pipeline/stats/survival.ts) per skill.
 * Table fct_skill_time_to_fill: one row per skill with at least one ATS posting (the API applies the thresholds).
 */
import type { Db } from '../db.ts';
import { fctSkillTimeToFill } from '../sql/30_marts/fct_skill_time_to_fill.ts';
import { kmMedian } from '../stats/index.ts';
import { ATS_TYPES } from '../../workspace/ats.ts';

/** Source types that are ATS boards (source = '<type>:<board>'); their crawlers emit `closed` events. */
export { ATS_TYPES } from '../../workspace/ats.ts';
/** The API answers only with at least this many ATS postings for the skill, of which this many closed. */
export const MIN_TTF_POSTINGS = 30;
export const MIN_TTF_CLOSED = 10;
export const TTF_LEVEL = 0.9;

export async function computeTimeToFill(db: Db): Promise<number> {
  await db.createTable(fctSkillTimeToFill);
  const ats = ATS_TYPES.map((t) => `'${t}'`).join(', ');
  // streamed in skill order, one skill's lifetimes held at a time (not every posting x skill row of the corpus)
  const out: unknown[][] = []; // in the column order of fctSkillTimeToFill
  let skill: string | null = null;
  let list: { time: number; closed: boolean }[] = [];
  const flush = () => {
    if (skill === null) return;
    const m = kmMedian(list, TTF_LEVEL);
    out.push([skill, m.n, m.closed, m.censored, m.median, m.lo, m.hi, m.level, m.method]);
  };
  for await (const chunk of db.stream<{ skill_id: string; days: number | string; closed: boolean }>(
    `SELECT k.skill_id,
            greatest(0, date_diff('day', l.first_seen_at::DATE, coalesce(l.closed_at, l.last_seen_at)::DATE))::INTEGER AS days,
            l.closed_at IS NOT NULL AS closed
     FROM fct_posting_lifetimes l JOIN fct_posting_skills k USING (posting_id)
     WHERE split_part(l.source, ':', 1) IN (${ats}) AND l.sightings > 0
     ORDER BY k.skill_id`,
  ))
    for (const r of chunk) {
      if (r.skill_id !== skill) {
        flush();
        skill = r.skill_id;
        list = [];
      }
      list.push({ time: Number(r.days), closed: r.closed });
    }
  flush();
  return db.append(fctSkillTimeToFill, out);
}
