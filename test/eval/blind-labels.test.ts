import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../pipeline/extract/index.ts';
import { byName, halfOf, loadBlind } from './blind.ts';

describe('the blind label files', () => {
  it('load as one set: 300+ HN and 80+ rebase postings, each id once, both halves filled', () => {
    const all = loadBlind();
    const hn = all.filter((l) => !l.id.startsWith('rebase:'));
    const zh = all.filter((l) => l.id.startsWith('rebase:'));
    expect(hn.length).toBeGreaterThanOrEqual(300);
    expect(zh.length).toBeGreaterThanOrEqual(80);
    expect(new Set(all.map((l) => l.id)).size).toBe(all.length);
    for (const set of [hn, zh]) {
      expect(set.some((l) => halfOf(l.id) === 'tune')).toBe(true);
      expect(set.some((l) => halfOf(l.id) === 'eval')).toBe(true);
    }
  });
});

describe('labels written without an id', () => {
  const tax = loadTaxonomy(undefined, { overlays: [] });
  it('take the id of the taxonomy skill of exactly that name (label or alias, "(ABBR)" ignored)', () => {
    expect(byName(tax, 'Hasura')).toBe('hasura');
    expect(byName(tax, 'Software composition analysis (SCA)')).toBe('sca');
    expect(byName(tax, 'arch linux')).toBe('arch-linux');
  });
  it('stay misses when no skill has that name', () => {
    expect(byName(tax, 'shipping consumer products in volume')).toBeNull();
  });
});
