import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { createMatcher, loadTaxonomy } from '../../pipeline/extract/index.ts';
import { loadHnTexts, loadLabels, scorePostings, sharedDir } from './score.ts';

describe.skipIf(!existsSync(sharedDir))(
  existsSync(sharedDir)
    ? 'extraction quality on the hand-labelled HN set'
    : `extraction quality on the hand-labelled HN set: skipped, ${sharedDir} is absent`,
  () => {
    it('tech skills: precision >= 0.92, recall >= 0.85', () => {
      const tax = loadTaxonomy(undefined, { overlays: [] });
      const labels = loadLabels();
      expect(labels.size).toBeGreaterThanOrEqual(200);
      const res = scorePostings(createMatcher(tax), tax, labels, loadHnTexts(new Set(labels.keys())));
      expect(res.tech.precision).toBeGreaterThanOrEqual(0.92);
      expect(res.tech.recall).toBeGreaterThanOrEqual(0.85);
    }, 60_000);
  },
);
