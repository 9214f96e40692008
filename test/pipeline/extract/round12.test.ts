/**
 * English precision rules of round 12 (issue 11, precgh: false positives of the tune halves of the new blind HN
 * batches G and H), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Backend Engineer | Remote\n\n';

describe('the alumni list names past employers, not the stack', () => {
  it('"Stack Overflow" in a list of past employers is no stack cue', () => {
    const t = ids(
      `${co}We are a team of 25 with experience at companies such as Google, Meta, Stack Overflow, Rippling, Snowflake, Confluent and Kaggle.`,
    );
    expect(t.has('snowflake')).toBe(false);
    expect(t.has('kafka')).toBe(false);
  });
  it('keeps a real stack cue and a stack named after the list', () => {
    expect(ids(`${co}Our stack: Snowflake, dbt and Airflow.`).has('snowflake')).toBe(true);
    expect(ids(`${co}Our team came from Stack Overflow; our warehouse runs on Snowflake.`).has('snowflake')).toBe(true);
  });
});
