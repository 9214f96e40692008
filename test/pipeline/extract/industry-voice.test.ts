/**
 * An industry word in a clause told in the company's voice (leaders round, industry-voice.ts), and an industry word
 * that closes the company's name (company-field.ts endsCompanyName), tested both ways on short hand-written postings.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { industryVoiced } from '../../../pipeline/extract/industry-voice.ts';
import { endsCompanyName } from '../../../pipeline/extract/company-field.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Backend Engineer | Remote\n\n';
/** the segment's text before the candidate (its last 60 characters are decide.ts's `before`) and after it */
const voiced = (before: string, after: string) => industryVoiced(before.slice(-60), before, after);

describe('industryVoiced: the clause is the company speaking', () => {
  it('is true for a we / our clause with no turn to the hire', () => {
    expect(voiced("We're growing fast on the cutting edge of using ", ' to make triage easy.')).toBe(true);
    expect(voiced('Our goal is to build the ', ' teammate for dev teams.')).toBe(true);
    expect(voiced('Old news. We think we are entering the age of ', ' for creativity.')).toBe(true);
    expect(voiced('Many folks are looking for a calm job, we think we are entering the age of ', '.')).toBe(true);
    expect(voiced('That is why we are building the infrastructure required for a decentralized ', ' future.')).toBe(
      true,
    );
  });
  it('is false when the clause asks or turns to the hire, or is a duty item', () => {
    expect(voiced("We're looking for someone with ", ' experience.')).toBe(false);
    expect(voiced('We would love you to apply ', ' to logistics.')).toBe(false);
    expect(voiced('Requirements:\n- Build our ', ' pipeline in Python')).toBe(false);
    expect(voiced('We build ', ' tools and need engineers who know them.')).toBe(false);
    expect(voiced('Our company. Strong ', ' skills are a must.')).toBe(false);
    expect(voiced('Strong Python; knowledge of ', ' is a plus.')).toBe(false);
    expect(voiced('We favor open platforms such as ', ' but are open to others.')).toBe(false);
    expect(voiced('Our current stack includes ', ' and Solidity.')).toBe(false);
    expect(voiced('We build a trading platform; ', ' experience is required.')).toBe(false);
  });
});

describe('decide: no industry word from the company voice', () => {
  it('drops the company telling its business, keeps the same word asked of the hire', () => {
    const voiced = `${co}Requirements: We're growing fast on the cutting edge of using AI in clinics. You know Go.`;
    expect(ids(voiced).has('ai')).toBe(false);
    const asked = `${co}Requirements: We're looking for someone with AI experience and strong Go.`;
    expect(ids(asked).has('ai')).toBe(true);
  });
  it('keeps a duty item and a stack named in the company voice', () => {
    const duty = `${co}Requirements:\n- Build our AI pipeline in Python\n- Experience with fintech is a plus`;
    expect(ids(duty).has('ai')).toBe(true);
    expect(ids(duty).has('fintech')).toBe(true);
    const stack = `${co}Requirements: Our current stack includes Ethereum and Solidity smart contracts. You know Go.`;
    expect(ids(stack).has('ethereum')).toBe(true);
  });
});

describe('endsCompanyName: the industry word closes the company name', () => {
  it('is true where the name words stand right before it', () => {
    expect(endsCompanyName('rosebud ai', 'ai', 'At Rosebud AI we believe', 11)).toBe(true);
    expect(endsCompanyName('matrix ai', 'ai', 'Matrix AI is hiring', 7)).toBe(true);
  });
  it('is false elsewhere, or when the name does not end with it', () => {
    expect(endsCompanyName('rosebud ai', 'ai', 'experience with AI', 16)).toBe(false);
    expect(endsCompanyName('ai labs', 'ai', 'At AI Labs', 3)).toBe(false);
    expect(endsCompanyName('kai', 'ai', 'Kai is', 1)).toBe(false);
  });
  it('drops the name in the body, keeps the same word asked', () => {
    const text =
      'Matrix AI | Engineer | Remote\n\nMatrix AI is looking for an engineer.\n\nRequirements: experience with AI.';
    const found = m.extract(text).filter((x) => x.id === 'ai');
    expect(found.map((x) => x.start)).toEqual([text.lastIndexOf('AI')]);
    const named = 'Matrix AI | Engineer | Remote\n\nMatrix AI is looking for an engineer who writes Go.';
    expect(ids(named).has('ai')).toBe(false);
  });
});
