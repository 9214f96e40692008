/**
 * parseLocation against the blind hand-labelled HN postings (ids + location labels in test/eval/blind; texts
 * read from ../shared). Rules were tuned on the tune half only; the eval half is the measurement
 * (docs/normalization.md, "Location: measured"). Targets: country precision >= 0.97, recall >= 0.90.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, sharedDir, sharedMissing } from '../helpers/tmp.ts';
import { half, loadLabels, loadTexts, score, type LocationScore } from './location-score.ts';

describe.skipIf(!hasShared)(hasShared ? 'location on the blind HN labels' : sharedMissing, () => {
  let evalHalf: LocationScore;
  let all: LocationScore;
  beforeAll(async () => {
    const labels = loadLabels();
    const texts = await loadTexts(
      path.join(sharedDir, 'data/postings/hn_whoishiring'),
      new Set(labels.map((l) => l.id)),
    );
    evalHalf = score(
      labels.filter((l) => half(l.id) === 'eval'),
      texts,
    );
    all = score(labels, texts);
  }, 120_000);

  it('reaches the country targets on the held-out half', () => {
    expect(evalHalf.n).toBeGreaterThan(140);
    expect(evalHalf.precision).toBeGreaterThanOrEqual(0.97);
    expect(evalHalf.recall).toBeGreaterThanOrEqual(0.9);
  });
  it('names none of the trap countries', () => {
    for (const c of ['QA', 'ET', 'TZ', 'UG', 'CI', 'ML'])
      expect(
        all.perCountry.find((p) => p.country === c && p.predicted > p.correct),
        c,
      ).toBeUndefined();
  });
});
