/** src_taxonomy: the taxonomy's skills (pipeline/stages/taxonomy.ts); the source of dim_skills. */
import { defineTable } from '../table.ts';

const text = (name: string) => ({ name, type: 'VARCHAR' as const });

export const srcTaxonomy = defineTable({
  name: 'src_taxonomy',
  temp: true,
  doc: 'One row per taxonomy skill.',
  columns: [
    text('skill_id'),
    text('label'),
    text('domain'),
    text('category'),
    { name: 'category_path', type: 'VARCHAR[]', doc: 'from the domain down to the skill' },
    { name: 'aliases', type: 'VARCHAR[]' },
    text('esco_uri'),
    text('onet_code'),
    text('onet_title'),
    text('skill_type'),
    { name: 'type', type: 'VARCHAR', doc: 'specialized | common | certification (docs/extraction.md)' },
  ],
});

/** The appender's view of src_taxonomy: lists as JSON text, turned into VARCHAR[] by one INSERT. */
export const srcTaxonomyLoad = defineTable({
  name: 'src_taxonomy_load',
  temp: true,
  doc: 'src_taxonomy with its list columns as JSON text.',
  columns: srcTaxonomy.columns.map((c) => ({ ...c, type: 'VARCHAR' as const })),
});
