import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const kept = (text: string, id: string) => m.extract(text).some((x) => x.id === id);
const why = (text: string, id: string) => m.explain(text).dropped.find((d) => d.id === id)?.why;

/** A vendor's product whose name ends in a role noun (decide.ts PRODUCT_TITLE) is a tool, not a person's title. */
describe('products named with a role noun', () => {
  it('kept where asked', () => {
    expect(kept('Requirements: experience with Google Tag Manager and GA4.', 'google-tag-manager')).toBe(true);
    expect(
      kept('Nice to have: secure systems design (cryptography, AWS KMS, Secrets Manager).', 'aws-secrets-manager'),
    ).toBe(true);
    expect(kept('任职要求：熟悉安全架构方案（如AWS Secrets Manager）优先。', 'aws-secrets-manager')).toBe(true);
  });
  it('a role title is still a title', () => {
    expect(why('Hiring: Data Scientist, Remote', 'data-science')).toBe('role-title');
  });
});
