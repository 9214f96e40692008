/** src_raw: the raw store's records as read (pipeline/stages/load.ts); the source of stg_postings. */
import { defineTable } from '../table.ts';

export const srcRaw = defineTable({
  name: 'src_raw',
  temp: true,
  doc: 'Every record of data/raw (all versions), columns as the crawlers and `import` write them (crawlers/record.ts).',
  columns: [
    ...[
      'id',
      'source',
      'posted_at',
      'month',
      'text',
      'title',
      'company',
      'location',
      'country',
      'url',
      'content_hash',
      'fetched_at',
      'origin',
    ].map((name) => ({ name, type: 'VARCHAR' as const })),
    { name: 'extra', type: 'JSON' as const, doc: 'unknown fields of the record (structured pay: docs/pay.md)' },
  ],
});

/** src_events: the crawlers' lifetime events (`data/raw/_events`), the source of fct_posting_lifetimes. */
export const srcEvents = defineTable({
  name: 'src_events',
  temp: true,
  doc: 'Crawler sightings: {source, id, event (seen | closed), at}.',
  columns: [
    { name: 'source', type: 'VARCHAR' },
    { name: 'id', type: 'VARCHAR' },
    { name: 'event', type: 'VARCHAR' },
    { name: 'at', type: 'VARCHAR' },
  ],
});

/** src_quarantine: the quarantine rules in force (pipeline/quarantine.ts), read by stg_excluded. */
export const srcQuarantine = defineTable({
  name: 'src_quarantine',
  temp: true,
  doc: 'Active `skillpulse quarantine` rules: a raw record matching every non-null field is left out of staging.',
  columns: ['rule_id', 'source', 'id', 'from_date', 'to_date'].map((name) => ({ name, type: 'VARCHAR' as const })),
});
