/** Loads the taxonomy into `src_taxonomy` (the source of dim_skills). */
import type { Db } from '../db.ts';
import type { Taxonomy } from '../extract/index.ts';

export async function loadTaxonomyTable(db: Db, taxonomy: Taxonomy): Promise<number> {
  await db.run(`CREATE OR REPLACE TEMP TABLE src_taxonomy (skill_id VARCHAR, label VARCHAR, domain VARCHAR, category VARCHAR,
    category_path VARCHAR, aliases_json VARCHAR, esco_uri VARCHAR, onet_code VARCHAR, onet_title VARCHAR, skill_type VARCHAR, type VARCHAR)`);
  const n = await db.appendRows('src_taxonomy', Array(11).fill('varchar'), taxonomy.skills.map((s) => [
    s.id, s.label, s.domain, s.category, s.category_path, JSON.stringify(s.aliases), s.esco_uri, s.onet_code, s.onet_title, s.skill_type, s.type,
  ]));
  await db.run(`CREATE OR REPLACE TEMP TABLE src_taxonomy AS
    SELECT * EXCLUDE (aliases_json), from_json(aliases_json, '["VARCHAR"]') AS aliases FROM src_taxonomy`);
  return n;
}
