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

describe('a skill before "professionals" names an audience or a trade', () => {
  it('drops the audience of the product and the other teams hired', () => {
    const t = ids(
      `${co}Muck Rack is a SaaS company building tools for public relations and communication professionals, and is hiring Senior Software Engineers.`,
    );
    expect(t.has('public-relations')).toBe(false);
    expect(t.has('communication')).toBe(false);
    expect(
      ids(`${co}We need extraordinary engineers, marketing and customer success professionals to join us.`).has(
        'customer-success',
      ),
    ).toBe(false);
  });
  it('keeps the skill asked of the hire near the word', () => {
    expect(
      ids(`${co}Requirements:\n- Excellent communication skills with non-technical professionals`).has('communication'),
    ).toBe(true);
  });
});

describe('a trait before "professionals" is still asked of the hire', () => {
  it('keeps proactive / self-driven professionals', () => {
    expect(
      ids(`${co}We are looking for self-driven professionals who take full ownership.`).has('self-motivation'),
    ).toBe(true);
  });
});
