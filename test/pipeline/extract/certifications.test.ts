/** The certification taxonomy (src/12-certifications.txt -> skills.tsv + certifications.tsv) and how it matches. */
import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';
import { loadCertifications } from '../../../pipeline/extract/certifications.ts';
import { requirementOf } from '../../../pipeline/stages/certifications.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const certs = loadCertifications();
const m = createMatcher(tax);
const ids = (text: string) => [...new Set(m.extract(text).map((x) => x.id))].sort();

describe('certifications taxonomy', () => {
  it('has at least 200 certifications, each a skill of type certification with an issuer and known certified skills', () => {
    expect(certs.length).toBeGreaterThanOrEqual(200);
    for (const c of certs) {
      expect(tax.byId.get(c.id)?.type, c.id).toBe('certification');
      expect(c.issuer.length).toBeGreaterThan(1);
      for (const s of c.certifies) expect(tax.byId.has(s), `${c.id} certifies ${s}`).toBe(true);
    }
    const issuers = new Set(certs.map((c) => c.issuer));
    for (const i of [
      'AWS',
      'Microsoft',
      'Google Cloud',
      'CNCF',
      'ISC2',
      'CompTIA',
      'ISACA',
      'PMI',
      'Scrum Alliance',
      'Cisco',
      'Red Hat',
      'HashiCorp',
      'Salesforce',
      'Databricks',
      'Snowflake',
      'Oracle',
    ])
      expect(issuers.has(i), i).toBe(true);
  });
  it('splits the lumped entries: each exam is its own skill, exam codes are aliases', () => {
    expect(
      ids('Requirements: AWS Certified Solutions Architect - Associate (SAA-C03) or AZ-104. CKA or CKAD is a plus.'),
    ).toEqual(['aws-saa', 'az-104', 'cka', 'ckad']);
    expect(ids('Nice to have: CISSP, OSCP, CISM, Security+ or CEH.')).toEqual([
      'ceh',
      'cism',
      'cissp',
      'comptia-security-plus',
      'oscp',
    ]);
  });
  it('matches short licence codes only with certification context', () => {
    expect(ids('We are a PE-backed company. Our RN app uses React Native. BLS data shows growth.')).toEqual([
      'react-native',
    ]);
    expect(
      ids('Must hold an active RN license and BLS certification. Licensed PE required. CFA charterholder a plus.'),
    ).toEqual(['bls', 'cfa', 'pe-license', 'rn-license']);
  });
  it('marks a mention required or preferred from its zone', () => {
    expect([requirementOf('requirements'), requirementOf('nice_to_have'), requirementOf('company')]).toEqual([
      'required',
      'preferred',
      'unclear',
    ]);
    const zone = (text: string, id: string) => m.extract(text).find((x) => x.id === id)?.zone;
    expect(requirementOf(zone('Requirements:\n- 3 years of Kubernetes\n- CKA certification\n', 'cka')!)).toBe(
      'required',
    );
    expect(requirementOf(zone('Nice to have:\n- CKA certification\n', 'cka')!)).toBe('preferred');
  });
});
