import { describe, expect, it } from 'vitest';
import {
  bundleK,
  coveringCertifications,
  designBundle,
  postingsWithK,
  type BundleCandidate,
  type BundlePair,
} from '../../../pipeline/stats/bundle.ts';

// python is everywhere (high volume, no association); k8s/terraform/prometheus/ansible co-occur strongly.
const c = (id: string, postings: number, degree: number, durability: number | null = 0.8): BundleCandidate => ({
  id,
  label: id.toUpperCase(),
  postings,
  degree,
  durability,
});
const candidates = [
  c('python', 500, 9),
  c('kubernetes', 300, 6),
  c('terraform', 250, 5),
  c('prometheus', 200, 4),
  c('ansible', 220, 4, 0.3),
  c('java', 300, 5),
];
const p = (a: string, b: string, n_both: number, npmi: number): BundlePair => ({ a, b, n_both, npmi });
const pairs = [
  p('kubernetes', 'terraform', 180, 0.6),
  p('kubernetes', 'prometheus', 170, 0.6),
  p('kubernetes', 'ansible', 160, 0.55),
  p('terraform', 'prometheus', 150, 0.55),
  p('terraform', 'ansible', 150, 0.5),
  p('prometheus', 'ansible', 140, 0.5),
  p('python', 'kubernetes', 150, 0.0),
  p('python', 'terraform', 125, 0.0),
  p('python', 'java', 160, 0.02),
  p('java', 'kubernetes', 100, 0.05),
];

describe('designBundle', () => {
  it('grows the designed bundle from a seed by weighted co-occurrence, not by volume', () => {
    const b = designBundle(candidates, pairs, 4, ['kubernetes']);
    expect(b.map((x) => x.id).sort()).toEqual(['ansible', 'kubernetes', 'prometheus', 'terraform']);
    // step 2: terraform (180 * 0.6 = 108 > prometheus 102 > ansible 88 > java 5 > python 0)
    expect(b.find((x) => x.id === 'terraform')!.gain).toBeCloseTo(108, 9);
  });
  it('orders foundational (broad, durable, well connected) before advanced', () => {
    const b = designBundle(candidates, pairs, 4, ['kubernetes']);
    expect(b.map((x) => [x.id, x.stage, x.order])).toEqual([
      ['kubernetes', 'foundational', 1],
      ['terraform', 'foundational', 2],
      ['prometheus', 'advanced', 3],
      ['ansible', 'advanced', 4],
    ]);
  });
  it('starts without a seed from the broadest durable skill and stops when nothing co-occurs', () => {
    const b = designBundle(candidates, pairs, 8);
    expect(b[0]!.id).toBe('python');
    expect(b.length).toBeLessThanOrEqual(6);
    expect(designBundle([], pairs, 4)).toEqual([]);
  });
});

describe('evidence helpers', () => {
  it('counts postings with at least k bundle skills', () => {
    expect(bundleK(4)).toBe(2);
    expect(bundleK(5)).toBe(3);
    expect(bundleK(8)).toBe(4);
    expect(postingsWithK([['a', 'b'], ['a'], ['b', 'c', 'x'], []], ['a', 'b', 'c'], 2)).toEqual([0, 2]);
  });
  it('lists certifications covering part of the bundle, most covered first', () => {
    const certs = [
      { id: 'cka', label: 'CKA', certifies: ['kubernetes'], postings: 10 },
      { id: 'x', label: 'X', certifies: ['java'], postings: 99 },
      { id: 'tf', label: 'TF', certifies: ['terraform', 'iac', 'kubernetes'], postings: 5 },
    ];
    expect(coveringCertifications(certs, ['kubernetes', 'terraform'])).toEqual([
      { id: 'tf', label: 'TF', covers: ['terraform', 'kubernetes'], postings: 5 },
      { id: 'cka', label: 'CKA', covers: ['kubernetes'], postings: 10 },
    ]);
  });
});
