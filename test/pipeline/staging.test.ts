/**
 * stg_postings keeps one row per (source, id): the version fetched last (ties: the smaller content hash), with
 * its own columns, the count of versions, and never a version staging leaves out (stg_excluded).
 */
import { expect, it } from 'vitest';
import { openMemory } from '../../pipeline/db.ts';
import { srcQuarantine, srcRaw } from '../../pipeline/sql/00_sources/src_raw.ts';
import { runModels } from '../../pipeline/sql.ts';

const record = (id: string, hash: string, fetched: string, text: string | null, title = 'Engineer') => ({
  id,
  source: 'hn_whoishiring',
  posted_at: '2024-03-04',
  month: '2024-03',
  text,
  title,
  company: 'Acme',
  location: null,
  country: 'de',
  url: `https://example.test/${id}`,
  content_hash: hash,
  fetched_at: fetched,
  origin: 'import',
  extra: null,
});

it('stages the latest version of each posting with its own columns', async () => {
  const db = await openMemory();
  try {
    await db.createTable(srcRaw);
    await db.createTable(srcQuarantine);
    await db.append(srcRaw, [
      // a: three versions, the last fetched wins
      record('a', 'h1', '2024-03-05 10:00:00', 'We use Python.', 'Old title'),
      record('a', 'h3', '2024-03-07 10:00:00', 'We use Go and Rust.', 'New title'),
      record('a', 'h2', '2024-03-06 10:00:00', 'We use Java.', 'Mid title'),
      // b: two versions fetched at the same time, the smaller content hash wins
      record('b', 'h9', '2024-03-05 10:00:00', 'Kotlin shop.', 'Title nine'),
      record('b', 'h8', '2024-03-05 10:00:00', 'Scala shop.', 'Title eight'),
      // c: its last version has no text (left out by stg_excluded), so the one before it is staged
      record('c', 'h5', '2024-03-05 10:00:00', 'SQL and dbt.', 'Analyst'),
      record('c', 'h6', '2024-03-08 10:00:00', null, 'Broken'),
    ]);
    await runModels(db, '00_macros');
    await runModels(db, '10_staging');
    const rows = await db.all<{ posting_id: string; content_hash: string; text: string; title: string; n: number }>(
      'SELECT posting_id, content_hash, text, title, n_versions::INTEGER AS n FROM stg_postings ORDER BY posting_id',
    );
    expect(rows).toEqual([
      { posting_id: 'hn_whoishiring:a', content_hash: 'h3', text: 'We use Go and Rust.', title: 'New title', n: 3 },
      { posting_id: 'hn_whoishiring:b', content_hash: 'h8', text: 'Scala shop.', title: 'Title eight', n: 2 },
      { posting_id: 'hn_whoishiring:c', content_hash: 'h5', text: 'SQL and dbt.', title: 'Analyst', n: 1 },
    ]);
  } finally {
    db.close();
  }
});
