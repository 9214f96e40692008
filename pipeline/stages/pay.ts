/**
 * Pay stage: per deduplicated posting, advertised pay ranges (structured fields first, else the text; pay_source), seniority,
 * language and equity (fct_posting_pay, fct_posting_attributes); then per skill the pay premium
 * (fct_skill_pay) from the log-pay regression of pipeline/stats/pay-premium.ts. Formulas: docs/pay.md.
 */
import type { Db } from '../db.ts';
import { toPlainText } from '../normalize/text.ts';
import { postingPay, RANGE_CELLS, rangeCells } from '../normalize/posting-pay.ts';
import { complementQuantiles, premiumModel, quantiles, type PayRow } from '../stats/pay-premium.ts';
import { fctPostingPay } from '../sql/30_marts/fct_posting_pay.ts';
import { fctPostingAttributes } from '../sql/30_marts/fct_posting_attributes.ts';
import { fctSkillPay } from '../sql/30_marts/fct_skill_pay.ts';
import { payTodo } from '../sql/20_intermediate/pay_todo.ts';
import { payExtra } from '../sql/20_intermediate/pay_extra.ts';
import { payCached } from '../sql/20_intermediate/pay_cached.ts';
import { deleteUncarried } from './in-place.ts';

/** The premium is served only with this many postings with pay that ask for the skill (CONTRACT.md). */
export const MIN_PAY_POSTINGS = 30;
/** Skills with fewer postings with pay are left out of fct_skill_pay (the API then says how many there are). */
export const MIN_PAY_ROWS = 1;

interface PostingRow {
  posting_id: string;
  title: string | null;
  country: string | null;
  text: string | null;
  extra: string | null;
}

const BATCH = 10_000;

/** A cached range's cells (RANGE_CELLS, by position) as fct_posting_pay's columns, each cast to its declared type. */
const RANGE_SELECT = RANGE_CELLS.map((name, i) => {
  const col = fctPostingPay.columns.find((c) => c.name === name)!;
  return col.type === 'VARCHAR' ? `g->>${i} AS "${name}"` : `(g->>${i})::${col.type} AS "${name}"`;
}).join(', ');

/**
 * fct_posting_pay and fct_posting_attributes. A posting whose raw record has no structured pay fields (`extra`)
 * takes the pay the enrich stage computed from its text, title and country (int_enrichment.text_pay, cached
 * with the rest of the enrichment: postingPay with the same inputs); the few with structured fields are
 * computed here, in batches. On an incremental build the carried postings (carry_postings, pipeline/stages/carry.ts)
 * keep their rows of the previous warehouse, which the build file is a copy of (pipeline/stages/in-place.ts), and
 * only the others are computed.
 */
export async function computePostingPay(db: Db): Promise<{ postings: number; with_pay: number; ranges: number }> {
  // kept in place: the carried postings' rows stay (pipeline/stages/in-place.ts)
  for (const spec of [fctPostingPay, fctPostingAttributes]) {
    await db.createTable(spec, { ifMissing: true });
    await db.run(deleteUncarried(spec.name));
  }
  await db.createTable(payTodo);
  await db.createTable(payExtra);
  await db.createTable(payCached);
  // the structured pay fields of the kept postings that are not carried
  await db.run(`INSERT INTO pay_extra
    SELECT r.source, r.content_hash, any_value(r.extra)::VARCHAR AS extra FROM src_raw r
    SEMI JOIN (SELECT i.source, i.content_hash FROM fct_postings p JOIN int_postings i USING (posting_id)
               ANTI JOIN carry_postings c ON c.posting_id = p.posting_id) k
      ON k.source = r.source AND k.content_hash = r.content_hash
    WHERE r.extra IS NOT NULL GROUP BY ALL`);
  await db.run(`INSERT INTO pay_cached
    SELECT p.posting_id, e.text_pay::JSON AS pay
    FROM fct_postings p JOIN int_postings i USING (posting_id)
    JOIN int_enrichment e ON e.source = i.source AND e.content_hash = i.content_hash
    ANTI JOIN pay_extra x ON x.source = i.source AND x.content_hash = i.content_hash
    ANTI JOIN carry_postings c ON c.posting_id = p.posting_id`);
  await db.run(`INSERT INTO fct_posting_attributes BY NAME
    SELECT posting_id, pay->>'seniority' AS seniority, pay->>'language' AS language,
           (pay->>'has_equity')::BOOLEAN AS has_equity, json_array_length(pay->'ranges')::INTEGER AS pay_ranges,
           (pay->>'pay_usd')::DOUBLE AS pay_usd, pay->>'pay_source' AS pay_source, pay->>'pay_rejected' AS pay_rejected
    FROM pay_cached`);
  await db.run(`INSERT INTO fct_posting_pay BY NAME
    WITH r AS (
      SELECT posting_id, unnest(from_json(pay->'ranges', '["JSON"]')) AS g,
             unnest(range(1, json_array_length(pay->'ranges')::BIGINT + 1)) AS range_no
      FROM pay_cached WHERE json_array_length(pay->'ranges') > 0
    )
    SELECT posting_id, range_no::INTEGER AS range_no, ${RANGE_SELECT}
    FROM r`);
  // the carried and the cached postings
  const cached = (await db.one<{ n: number; with_pay: number; ranges: number }>(
    `SELECT count(*) AS n, count(*) FILTER (WHERE pay_ranges > 0) AS with_pay, coalesce(sum(pay_ranges), 0) AS ranges
     FROM fct_posting_attributes`,
  ))!;
  await db.run('DROP TABLE pay_cached');
  await db.run(`INSERT INTO pay_todo
    SELECT row_number() OVER (ORDER BY p.posting_id) AS rn, p.posting_id, p.title, p.country, s.text, x.extra
    FROM fct_postings p JOIN stg_postings s USING (posting_id)
    JOIN pay_extra x ON x.source = s.source AND x.content_hash = s.content_hash
    ANTI JOIN carry_postings c ON c.posting_id = p.posting_id`);
  await db.run('DROP TABLE pay_extra');
  const total = (await db.one<{ n: number }>('SELECT count(*) AS n FROM pay_todo'))!.n;
  let withPay = cached.with_pay,
    nRanges = cached.ranges;
  for (let from = 1; from <= total; from += BATCH) {
    const rows = await db.all<PostingRow>(
      'SELECT posting_id, title, country, text, extra FROM pay_todo WHERE rn >= $1 AND rn < $2',
      [from, from + BATCH],
    );
    const pays: unknown[][] = [],
      attrs: unknown[][] = [];
    for (const r of rows) {
      const p = postingPay({ text: toPlainText(r.text ?? ''), title: r.title, country: r.country, extra: r.extra });
      p.ranges.forEach((g, i) => pays.push([r.posting_id, i + 1, ...rangeCells(g)]));
      attrs.push([
        r.posting_id,
        p.seniority,
        p.language,
        p.has_equity,
        p.ranges.length,
        p.pay_usd,
        p.pay_source,
        p.pay_rejected,
      ]);
      if (p.ranges.length) withPay++;
      nRanges += p.ranges.length;
    }
    await db.append(fctPostingPay, pays);
    await db.append(fctPostingAttributes, attrs);
  }
  await db.run('DROP TABLE pay_todo');
  return { postings: cached.n + total, with_pay: withPay, ranges: nRanges };
}

interface ModelRow {
  posting_id: string;
  pay_usd: number;
  role_family: string;
  seniority: string;
  country: string;
  year: string;
  employer: string;
  skills: string[] | null;
}

/** The control levels of a posting, in the order of fct_skill_pay's `controls` (docs/pay.md). */
export const PAY_CONTROLS = ['role_family', 'seniority', 'country', 'year'] as const;

export async function computeSkillPay(db: Db, minN = MIN_PAY_POSTINGS): Promise<number> {
  await db.createTable(fctSkillPay);
  const rows = await db.all<ModelRow>(`
    WITH sk AS (SELECT posting_id, list(skill_id ORDER BY skill_id) AS skills FROM fct_posting_skills GROUP BY posting_id)
    SELECT a.posting_id, a.pay_usd, p.role_family, coalesce(a.seniority, 'unknown') AS seniority,
           coalesce(p.country, 'unknown') AS country, substr(p.month, 1, 4) AS year,
           coalesce(p.company_key, p.posting_id) AS employer, sk.skills
    FROM fct_posting_attributes a JOIN fct_postings p USING (posting_id) LEFT JOIN sk USING (posting_id)
    WHERE a.pay_usd IS NOT NULL AND a.pay_usd > 0 AND isfinite(a.pay_usd)
    ORDER BY a.posting_id`);
  if (rows.length < 2) return 0;
  const model: PayRow[] = rows.map((r) => ({
    logPay: Math.log(r.pay_usd),
    controls: [r.role_family, r.seniority, r.country, r.year],
    cluster: r.employer,
  }));
  const pm = premiumModel(model);
  const bySkill = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const s of r.skills ?? []) (bySkill.get(s) ?? bySkill.set(s, []).get(s)!).push(i);
  });
  const out: unknown[][] = [];
  // the pay of the postings without a skill: the sorted pay of all minus the skill's (one walk, no sort per
  // skill; every figure is finite, as the query above keeps only those)
  const allPay = rows.map((r) => r.pay_usd).sort((a, b) => a - b);
  for (const [skill, idx] of [...bySkill].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (idx.length < MIN_PAY_ROWS) continue;
    const mine = idx.map((i) => rows[i]!.pay_usd).sort((a, b) => a - b);
    const w = quantiles(mine);
    const wo = complementQuantiles(allPay, mine);
    const prem = idx.length >= minN ? pm.premium(idx) : null;
    out.push([
      skill,
      rows.length,
      idx.length,
      new Set(idx.map((i) => rows[i]!.employer)).size,
      w?.median ?? null,
      w?.p25 ?? null,
      w?.p75 ?? null,
      rows.length - idx.length,
      wo?.median ?? null,
      prem?.ratio ?? null,
      prem?.lo ?? null,
      prem?.hi ?? null,
      prem?.beta ?? null,
      prem?.se ?? null,
    ]);
  }
  return db.append(fctSkillPay, out);
}
