/**
 * int_enrichment: per (source, content hash) normalization and extracted skills, computed by
 * pipeline/stages/enrich.ts into the Parquet cache with these columns; a TEMP VIEW over the cache parts
 * (enrich-cache.ts cacheView), read by 01_int_postings.sql, int_dup_within, the pay stage and the text marts.
 */
import { defineTable, renamed } from '../table.ts';

const text = (name: string) => ({ name, type: 'VARCHAR' as const });

export const intEnrichment = defineTable({
  name: 'int_enrichment',
  temp: true,
  doc: 'Normalized fields, MinHash signature (space-separated), skill ids (space-separated) and language per posting content.',
  columns: [
    text('source'),
    text('content_hash'),
    text('text_key'),
    text('company'),
    text('company_key'),
    text('title'),
    text('title_key'),
    text('location'),
    text('location_key'),
    text('country'),
    { name: 'is_remote', type: 'BOOLEAN' },
    text('work_mode'),
    text('employment_type'),
    text('role_family'),
    text('sig'),
    text('skills'),
    {
      name: 'skill_zones',
      type: 'VARCHAR',
      doc: 'per skill, in the order of `skills`: the zone of its strongest kept match (space-separated)',
    },
    {
      name: 'skill_rules',
      type: 'VARCHAR',
      doc: 'per skill, in the order of `skills`: the rule that kept it (;-separated)',
    },
    { name: 'language', type: 'VARCHAR', doc: 'ISO 639-1 language of the text (pipeline/normalize/language.ts)' },
    {
      name: 'plain_text',
      type: 'VARCHAR',
      doc: 'the normalized text the extractor ran on (the offsets of match_spans and dropped_spans refer to it)',
    },
    {
      name: 'match_spans',
      type: 'VARCHAR',
      doc: 'every kept match, JSON `[[skill_id, surface, start, end, zone, rule], ...]`',
    },
    {
      name: 'dropped_spans',
      type: 'VARCHAR',
      doc: 'every dropped candidate, JSON `[[skill_id, surface, start, end, zone, why], ...]`',
    },
    {
      name: 'text_pay',
      type: 'VARCHAR',
      doc: 'pay attributes of the text, title and country (no structured fields), JSON (pipeline/stages/enrich-one.ts textPayJson); read by the pay stage',
    },
  ],
});

/** The rows an enrich run computed and has not yet written out as a cache part (at most CACHE_PART_ROWS). */
export const enrichNew = renamed(intEnrichment, 'enrich_new');

/** The postings an enrich run still has to process (numbered for batching). */
export const enrichTodo = defineTable({
  name: 'enrich_todo',
  temp: true,
  doc: 'Staged (source, content hash) pairs missing from int_enrichment.',
  columns: [
    { name: 'rn', type: 'BIGINT' },
    text('source'),
    text('content_hash'),
    text('text'),
    text('title'),
    text('company'),
    text('location'),
    text('country'),
  ],
});
