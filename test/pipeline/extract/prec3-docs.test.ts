import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);

/** Issue 11, prec3: documentation the hire writes is technical writing; documentation the hire reads is not. */
describe('technical-writing: documents read are no ask', () => {
  it.each([
    'Requirements: you write clear documentation for our APIs.',
    'Responsibilities: maintain the documentation and review pull requests.',
    'Responsibilities: creating appropriate documentation for new features.',
  ])('kept: %s', (text) => expect(ids(text)).toContain('technical-writing'));
  it.each([
    'Requirements: you learn quickly by reading appropriate documentation.',
    'Responsibilities: navigate documentation for the different components and pick a design.',
    'Requirements: comfortable consulting documentation when stuck.',
  ])('dropped: %s', (text) => expect(ids(text)).not.toContain('technical-writing'));
});
