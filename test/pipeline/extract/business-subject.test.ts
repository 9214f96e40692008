/**
 * The company's business or product told with its name, its customers or "we enable ..." as subject (domprec2
 * round, business-subject.ts), tested both ways on short hand-written postings.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { businessSubject } from '../../../pipeline/extract/business-subject.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Backend Engineer | Remote\n\n';

describe('businessSubject: the sentence tells the company business', () => {
  it('is true for the company name, its customers or "we enable" as subject', () => {
    expect(businessSubject('Zentro does PGP email ', '', '; easier than anything.')).toBe(true);
    expect(businessSubject('Vidora build video understanding systems, effectively gen 2 ', '', ' systems.')).toBe(true);
    expect(businessSubject('Customers use our file system for ', '', ' and HPC clusters.')).toBe(true);
    expect(businessSubject('We empower teams to build software faster and ', '', ' through AI agents.')).toBe(true);
  });
  it('is false when the sentence turns to the hire, or opens with a duty or the hire', () => {
    expect(businessSubject('Zentro builds ML tools and is looking for engineers with ', '', ' experience.')).toBe(
      false,
    );
    expect(businessSubject('Zentro builds ', '', ' systems, and you will own the models.')).toBe(false);
    expect(businessSubject('- Deliver designs that run on ', '', ' with prototypes.')).toBe(false);
    expect(businessSubject('Engineers build our ', '', ' pipeline.')).toBe(false);
    expect(businessSubject('We help you grow your ', '', ' skills.')).toBe(false);
    expect(businessSubject('We build most of the ', '', ' architecture at the company.')).toBe(false);
  });
});

describe('decide: no domain skill in a business sentence', () => {
  it('drops the business word of the company, kept where the hire is asked for it', () => {
    const dropped = `${co}Zentro does PGP email encryption for small businesses.\n\nYou will write Go services.`;
    expect(ids(dropped).has('cryptography')).toBe(false);
    const asked = `${co}Zentro does email security.\n\nRequirements: experience with encryption and key management.`;
    expect(ids(asked).has('cryptography')).toBe(true);
  });
  it('drops what customers use the product for, keeps the same words asked of the hire', () => {
    const customers = `${co}We build a parallel file system. Customers use it for machine learning and HPC clusters.`;
    expect(ids(customers).has('machine-learning')).toBe(false);
    const asked = `${co}We build a parallel file system.\n\nRequirements: experience with machine learning and Linux.`;
    expect(ids(asked).has('machine-learning')).toBe(true);
  });
});
