import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const kept = (text: string, id: string) => m.extract(text).some((x) => x.id === id);
const why = (text: string, id: string) => m.explain(text).dropped.find((d) => d.id === id)?.why;

/** decide.ts SELF_DESCRIPTION: a sentence telling what the company is; one telling who the hire is asks. */
describe('self-description sentences', () => {
  it('the company telling what it is: its product words are not asked', () => {
    expect(why('Acme Health is building remote patient monitoring for clinics.', 'monitoring')).toBeDefined();
  });
  it('"our ideal candidate is ..." tells who the hire is', () => {
    expect(kept('Our ideal candidate is a strong Java developer with experience in managing a team.', 'java')).toBe(
      true,
    );
  });
});
