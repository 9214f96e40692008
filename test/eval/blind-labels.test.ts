import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../pipeline/extract/index.ts';
import { halfOf, loadBlind, loadLabelFile, type BlindLabel } from './blind.ts';
import { resolveReviewed } from './review-names.ts';

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
  const ids = (names: string[]) => {
    const l: BlindLabel = {
      id: 'hn:1',
      skills: names.map((name) => ({ name, id: null, cat: 'tech' })),
      context_only: [],
    };
    return resolveReviewed([l], tax)[0][0]!.skills.map((s) => s.id);
  };
  it('take the id of a review-file skill of that name (label or alias, "(ABBR)" ignored)', () => {
    expect(ids(['Hasura', 'Software composition analysis (SCA)', 'arch linux'])).toEqual([
      'hasura',
      'sca',
      'arch-linux',
    ]);
  });
  it('stay misses when no review skill has that name, even when an older skill has it', () => {
    expect(ids(['shipping consumer products in volume', 'Python'])).toEqual([null, null]);
  });
});

describe('certifications the annotators listed apart (`certs`)', () => {
  const tax = loadTaxonomy(undefined, { overlays: [] });
  const resolved = (certs: BlindLabel['certs']) =>
    resolveReviewed([{ id: 'hn:1', skills: [], context_only: [], certs }], tax)[0][0]!.skills.map((s) => s.id);
  it('join the gold skills when their name, "(ABBR)" or the part before it names a certification skill', () => {
    expect(
      resolved([
        { name: 'CISSP', req: 'preferred' },
        'Certified Kubernetes Security Specialist (CKS)',
        { name: 'Certified Ethical Hacker (CEH)' },
      ]),
    ).toEqual(['cissp', 'cks', 'ceh']);
  });
  it('add nothing for a name no certification skill has, or for a non-certification skill of that name', () => {
    expect(resolved(['Chartered Underwater Basket Weaver', 'Kubernetes'])).toEqual([]);
  });
});

describe('loadLabelFile', () => {
  it('names the file and line of a bad label line', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'labels-')), 'labels-x.jsonl');
    writeFileSync(file, '{"id":"hn:1","skills":[]}\n\n{"id":"hn:2"}\n');
    expect(() => loadLabelFile(file)).toThrow(`${file}:3: needs "id" and "skills"`);
    writeFileSync(file, '{"id":"hn:1","skills":[]}\n{oops\n');
    expect(() => loadLabelFile(file)).toThrow(`${file}:2: not JSON`);
  });
});
