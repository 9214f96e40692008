/** Loads the taxonomy into `src_taxonomy` (the source of dim_skills). */
import type { Db } from '../db.ts';
import type { Taxonomy } from '../extract/index.ts';
import { srcTaxonomy, srcTaxonomyLoad } from '../sql/00_sources/src_taxonomy.ts';

export async function loadTaxonomyTable(db: Db, taxonomy: Taxonomy): Promise<number> {
  await db.createTable(srcTaxonomyLoad);
  const n = await db.append(
    srcTaxonomyLoad,
    taxonomy.skills.map((s) => ({
      skill_id: s.id,
      label: s.label,
      domain: s.domain,
      category: s.category,
      category_path: JSON.stringify(s.category_path),
      aliases: JSON.stringify(s.aliases),
      esco_uri: s.esco_uri,
      onet_code: s.onet_code,
      onet_title: s.onet_title,
      skill_type: s.skill_type,
      type: s.type,
    })),
  );
  await db.createTable(srcTaxonomy);
  await db.run(`INSERT INTO src_taxonomy BY NAME
    SELECT * REPLACE (from_json(category_path, '["VARCHAR"]') AS category_path, from_json(aliases, '["VARCHAR"]') AS aliases)
    FROM src_taxonomy_load`);
  await db.run('DROP TABLE src_taxonomy_load');
  return n;
}
