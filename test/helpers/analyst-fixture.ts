/**
 * The fixture warehouse plus what issue 17's analyst hit: short skill names whose exact match a substring
 * search buried (R, C, Go), look-alikes with more postings (Zero trust for "rust", Spreadsheets with the
 * alias "Excel spreadsheets" for "excel"), a half-life p-value stored as exactly 0, and a coverage gap
 * (greenhouse:vercel counts no postings in 2024-05 .. 2024-07 in agg_totals).
 * The extra skills have no postings rows, only dim_skills counts, so the fixture's other figures stay.
 */
import { Db } from '../../pipeline/db.ts';
import { buildFixtureWarehouse } from './fixture-warehouse.ts';

export const extraSkills = [
  // id, label, category, aliases, postings
  ['r', 'R', 'Programming languages', [], 2],
  ['c', 'C', 'Programming languages', [], 3],
  ['go', 'Go', 'Programming languages', ['Golang'], 4],
  ['django', 'Django', 'Backend frameworks', [], 40],
  ['mongodb', 'MongoDB', 'Databases', ['Mongo'], 41],
  ['rust', 'Rust', 'Programming languages', [], 5],
  ['zero_trust', 'Zero trust', 'Security', [], 30],
  ['excel', 'Excel', 'Office tools', ['MS Excel'], 6],
  ['spreadsheets', 'Spreadsheets', 'Office tools', ['Excel spreadsheets'], 35],
] as const;

export async function buildAnalystWarehouse(dir: string): Promise<string> {
  const file = await buildFixtureWarehouse(dir);
  const db = await Db.open(file, { threads: 1 });
  try {
    for (const [id, label, category, aliases, postings] of extraSkills)
      await db.run(
        `INSERT INTO dim_skills (skill_id, label, domain, category, category_path, aliases, skill_type, postings, share)
         VALUES ($id, $label, 'Software', $category, ['Software', $category, $label], string_split($aliases, '|'), 'specialized', $postings, $postings / 120)`,
        { id, label, category, aliases: aliases.join('|'), postings },
      );
    await db.run(`UPDATE dim_skills SET aliases = [] WHERE aliases = ['']`);
    await db.run(`UPDATE fct_half_life SET p_value = 0 WHERE skill_id = 'jquery'`);
    // a coverage gap: greenhouse:vercel has no postings counted in 2024-05 .. 2024-07
    await db.run(
      `DELETE FROM agg_totals WHERE source = 'greenhouse:vercel' AND "interval" = 'month' AND period BETWEEN '2024-05' AND '2024-07'`,
    );
  } finally {
    db.close();
  }
  return file;
}
