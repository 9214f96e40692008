import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);

/**
 * Issue 11, sixth round (precision audit on unlabelled HN postings outside the blind set, bench/corpus-kept.ts
 * --seed): [name, skill id, texts where the job asks for it (kept), texts where the posting only mentions it or
 * the alias names another thing (dropped)]. Texts are written for the test, in the shapes the corpus uses.
 */
const rules: [string, string, string[], string[]][] = [
  [
    '"TS" is TypeScript, not the Top Secret level of a clearance',
    'typescript',
    [
      'Acme | Frontend (React/TS) | Remote',
      'Our stack: React/TS, Node and Postgres.',
      'Requirements: TS experience and a TS clearance.',
    ],
    [
      'We build firmware. Preference is for applicants who hold a S/TS clearance.',
      'Requirements: an active clearance (TS or TS/SCI) and Python.',
      'Requires all applicants to hold an active TS/TSSCI clearance. We use C++.',
    ],
  ],
  [
    '"TS clearance" is a security clearance',
    'security-clearance',
    ['Preference is for applicants who hold a TS clearance and the ability to obtain SCI.'],
    ['Requirements: TypeScript (TS) and React.'],
  ],
  [
    '"R&D" is research, not the R language, in a requirements list too',
    'r',
    ['Requirements: experience with R and Python.', 'Requirements: Python, R, SQL.'],
    [
      'Requirements: 5 years in an R&D team, Python.',
      'We are looking for a developer to join our R&D team in Malta. Requirements: Go.',
    ],
  ],
];

describe('round 6 precision rules, both ways', () => {
  for (const [name, id, kept, dropped] of rules) {
    for (const t of kept) it(`${name}: keeps ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).toContain(id));
    for (const t of dropped) it(`${name}: drops ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).not.toContain(id));
  }
});
