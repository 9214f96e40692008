import { describe, it, expect } from 'vitest';
import { mkdtempSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createMatcher,
  defaultTaxonomyFile,
  loadTaxonomy,
  resolveSkill,
  TaxonomyError,
} from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });

describe('taxonomy', () => {
  it('has at least 1,500 skills with unique slug ids, a version and category paths', () => {
    expect(tax.skills.length).toBeGreaterThanOrEqual(1500);
    expect(tax.byId.size).toBe(tax.skills.length);
    expect(tax.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    for (const s of tax.skills) {
      expect(s.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(s.category_path).toEqual([s.domain, s.category, s.label]);
    }
    expect(tax.byId.get('react')!.category_path).toEqual(['Software', 'Frontend frameworks', 'React']);
  });
  it('covers every required area', () => {
    const domains = new Set(tax.skills.map((s) => s.domain));
    for (const d of [
      'Software',
      'Data & AI',
      'Cloud & Infrastructure',
      'Security',
      'Design',
      'Business',
      'Methods',
      'Transversal',
    ])
      expect(domains).toContain(d);
    for (const id of [
      'python',
      'kubernetes',
      'postgresql',
      'aws-lambda',
      'llm',
      'rag',
      'pentesting',
      'flutter',
      'cypress',
      'figma',
      'agile',
      'tdd',
      'communication',
      'leadership',
    ])
      expect(tax.byId.has(id)).toBe(true);
  });
  it('carries ESCO and O*NET crosswalks where one matches', () => {
    expect(tax.byId.get('python')!.esco_uri).toBe(
      'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
    );
    expect(tax.byId.get('postgresql')!.onet_code).toBe('43232311');
    expect(tax.skills.filter((s) => s.esco_uri).length).toBeGreaterThan(200);
  });
  it('resolves ids, labels and aliases case-insensitively', () => {
    expect(resolveSkill(tax, 'REACT')!.id).toBe('react');
    expect(resolveSkill(tax, 'Golang')!.id).toBe('go');
    expect(resolveSkill(tax, 'k8s')!.id).toBe('kubernetes');
    expect(resolveSkill(tax, 'Amazon Web Services')!.id).toBe('aws');
    expect(resolveSkill(tax, 'no such skill')).toBeUndefined();
  });
  it('merges an overlay: link records add crosswalk ids, new records add skills', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tax-'));
    copyFileSync(defaultTaxonomyFile, path.join(dir, 'skills.tsv'));
    writeFileSync(path.join(dir, 'VERSION'), '2026.1.0\n');
    mkdirSync(path.join(dir, 'imported'));
    writeFileSync(
      path.join(dir, 'imported', 'x.jsonl'),
      [
        JSON.stringify({ id: 'go', label: 'Go', link_to: 'go', esco_uri: 'http://example.org/go' }),
        JSON.stringify({ id: 'x-widgetry', label: 'Widgetry', aliases: ['widget craft'], domain: 'X', category: 'Y' }),
      ].join('\n'),
    );
    const t = loadTaxonomy(path.join(dir, 'skills.tsv'));
    expect(t.version).toBe('2026.1.0+x');
    expect(t.byId.get('go')!.esco_uri).toBe('http://example.org/go');
    // an imported concept is a knowledge skill (kind domain): it counts where the job asks for it
    expect(
      createMatcher(t)
        .extract('You have experience with widget craft.')
        .map((x) => x.id),
    ).toEqual(['x-widgetry']);
    expect(
      createMatcher(t)
        .extract('We love widget craft')
        .map((x) => x.id),
    ).toEqual([]);
  });
  it('names the file and line of a bad taxonomy', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tax-'));
    const f = path.join(dir, 'skills.tsv');
    writeFileSync(
      f,
      'id\tlabel\taliases\tdomain\tcategory\tskill_type\tesco_uri\tonet_code\tonet_title\na\tA\t\tD\tC\tt\t\t\t\na\tB\t\tD\tC\tt\t\t\t\n',
    );
    expect(() => loadTaxonomy(f)).toThrow(TaxonomyError);
    expect(() => loadTaxonomy(f)).toThrow(/skills\.tsv:3: duplicate id "a"/);
  });
});
