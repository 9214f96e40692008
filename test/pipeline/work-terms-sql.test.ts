/**
 * stg_postings.sql checks a record's structured work terms against the vocabulary in SQL; the lists it spells
 * must be the ones of workspace/work-terms.ts, or a valid value would silently fall back to the text's reading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlDir } from '../../pipeline/sql.ts';
import { EMPLOYMENT_TYPES, WORK_MODES } from '../../workspace/work-terms.ts';

const sql = readFileSync(path.join(sqlDir, '10_staging/stg_postings.sql'), 'utf8');
const listOf = (field: string): string[] => {
  const m = new RegExp(`extra->>'${field}' IN \\(([^)]*)\\)`).exec(sql);
  if (!m) throw new Error(`stg_postings.sql: no IN list for extra.${field}`);
  return [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!);
};

describe('structured work terms in stg_postings.sql', () => {
  it('accept exactly the vocabulary of workspace/work-terms.ts', () => {
    expect(listOf('work_mode').sort()).toEqual([...WORK_MODES].sort());
    expect(listOf('employment').sort()).toEqual([...EMPLOYMENT_TYPES].sort());
  });
});
