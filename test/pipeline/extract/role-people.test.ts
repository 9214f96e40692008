/**
 * A kind of work named only as people ("a DevOps person", "UX people", "SRE folks") or as the last of two teams
 * with a two-word name ("our data science and machine learning team") is a role, not an ask (LABELING.md: a kind
 * of work named only as the title is context_only); the same areas asked of the hire stay. Stop 37.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const has = (t: string, id: string) => m.extract(`Acme | Remote\n\n${t}`).some((x) => x.id === id);

describe('a kind of work named as people or as a two-word team', () => {
  it('drops it', () => {
    expect(has("We're looking for a DevOps person to help us build a platform.", 'devops')).toBe(false);
    expect(has("We're looking for engineers, PMs, and UX people to build this out!", 'ux-design')).toBe(false);
    expect(has('We are hiring stellar ML systems folks to join our team.', 'machine-learning')).toBe(false);
    expect(has('We are looking for a person to join our data science and machine learning team.', 'data-science')).toBe(
      false,
    );
  });
  it('keeps it where the hire is asked or does the work', () => {
    expect(has('Requirements: experience with DevOps and people management.', 'devops')).toBe(true);
    expect(has('Requirements: experience in data science and machine learning engineering.', 'data-science')).toBe(
      true,
    );
    expect(
      has('You will work across data analysis and front-end development and we need engineers who learn.', 'frontend'),
    ).toBe(true);
  });
});
