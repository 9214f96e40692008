/**
 * The company's own voice inside what the requirements cues call requirements (zonecomp round, company-voice.ts,
 * zones.ts 'company-voice'), each rule tested both ways on short hand-written postings.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { segmentAt, zonePosting } from '../../../pipeline/extract/zones.ts';
import { companyVoiced } from '../../../pipeline/extract/company-voice.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Backend Engineer | Remote\n\n';
const zoneOf = (text: string, needle: string) => segmentAt(zonePosting(text), text.indexOf(needle))?.zone;

describe('companyVoiced: the company telling what it has or does, not turning to the hire', () => {
  it('is true for a "we" or company-name subject with no hire word', () => {
    expect(companyVoiced('We have years of experience in payments and lending.')).toBe(true);
    expect(companyVoiced('Acme leverages its deep expertise in medical device security.')).toBe(true);
    expect(companyVoiced("At Acme, we've assembled a team with deep knowledge in online retail.")).toBe(true);
    expect(companyVoiced('Our founding team has extensive experience in NLP research.')).toBe(true);
    // an opening phrase before "we", the company's past told with its name, "the company" as subject
    expect(companyVoiced('With a deep focus on payments UX at scale, we are trusted partners of banks.')).toBe(true);
    expect(companyVoiced('Acme was incorporated in 2010 by two founders with deep partnerships.')).toBe(true);
    expect(companyVoiced('The company is using the power of genome sequencing and data science.')).toBe(true);
  });
  it('is false for those openings when the sentence turns to the hire', () => {
    expect(companyVoiced('With your help, we will build deep expertise in payments.')).toBe(false);
    expect(companyVoiced('Acme was founded to help engineers with experience in payments.')).toBe(false);
    expect(companyVoiced('In this role, we expect strong knowledge of payments.')).toBe(false);
  });
  it('is false when the sentence asks of the hire, or its verb is the hire-facing one', () => {
    expect(companyVoiced('We are looking for engineers with experience in payments.')).toBe(false);
    expect(companyVoiced('We need someone with deep expertise in security.')).toBe(false);
    expect(companyVoiced('We value experience in distributed systems.')).toBe(false);
    expect(companyVoiced('We have a strong preference for experience with Rust.')).toBe(false);
    expect(companyVoiced('Acme is a great place if you have a background in robotics.')).toBe(false);
    expect(companyVoiced('We are applying our extensive background in ML research to logistics.')).toBe(false);
    expect(companyVoiced('Deep knowledge of payments is a plus.')).toBe(false);
    expect(companyVoiced('We want engineers with deep knowledge of payments.')).toBe(false);
    // ... but who the team is made of is the company's own
    expect(companyVoiced('We are a team of two developers with years of experience in scalable shops.')).toBe(true);
    expect(companyVoiced('Strong background in robotics.')).toBe(false);
  });
});

describe('zones.ts: such a sentence is company text, also inside a requirements block', () => {
  it('zones the company-voice sentence company, its neighbours as before', () => {
    const t = `${co}We have deep expertise in payments and lending. You have 5+ years of experience in payments.`;
    expect(zoneOf(t, 'We have deep')).toBe('company');
    expect(zoneOf(t, 'You have')).toBe('requirements');
  });
  it('under a requirements heading too, not the asks beside it', () => {
    const t = `${co}Requirements:\n- Our team has deep expertise in computer vision\n- Strong knowledge of computer vision`;
    expect(zoneOf(t, 'Our team has')).toBe('company');
    expect(zoneOf(t, 'Strong knowledge')).toBe('requirements');
  });
  it('a sentence with no cue after it is the company again only when told the same way', () => {
    const t = `${co}We have years of experience in fintech. We focus on payments for small shops. Most of all, we seek someone curious.`;
    expect(zoneOf(t, 'We focus')).toBe('company');
    expect(zoneOf(t, 'Most of all')).toBe('requirements');
  });
});

describe('decide.ts: a domain or soft skill in the company voice is no ask; a technology keeps its decision', () => {
  it('drops the domain and soft skills the company says it has', () => {
    expect(
      ids(`${co}MedSec leverages its deep expertise in medical device security and cybersecurity.`).has(
        'cybersecurity',
      ),
    ).toBe(false);
    expect(
      ids(`${co}We've assembled a team with deep knowledge in online retail, e-commerce and consumer behavior.`).has(
        'ecommerce',
      ),
    ).toBe(false);
    expect(
      ids(`${co}Our founding team has extensive technical experience, including a background in NLP research.`).has(
        'nlp',
      ),
    ).toBe(false);
  });
  it('keeps what the hire is asked for, and the technologies of the company sentence', () => {
    expect(ids(`${co}You have deep expertise in cybersecurity and Python.`).has('cybersecurity')).toBe(true);
    expect(
      ids(`${co}We are looking for engineers with deep knowledge in e-commerce and payments.`).has('ecommerce'),
    ).toBe(true);
    const t = ids(`${co}We have years of experience in machine learning, and our platform runs on Kubernetes.`);
    expect(t.has('kubernetes')).toBe(true);
    expect(t.has('machine-learning')).toBe(false);
  });
});

describe('matcher.ts: a company-zone sentence told in the company voice has no ask cue either', () => {
  it('drops a domain after the company\'s own "strong focus on" / "deep" words', () => {
    expect(
      ids(`${co}We build consumer-friendly products with a strong focus on security, scalability and usability.`).has(
        'scalability',
      ),
    ).toBe(false);
    expect(
      ids(`${co}Our mission is to give device makers strong firmware security for every embedded product.`).has(
        'embedded',
      ),
    ).toBe(false);
  });
  it('keeps it when the company sentence turns to the hire', () => {
    expect(
      ids(`${co}We are a fintech startup, and you will bring strong expertise in scalability.`).has('scalability'),
    ).toBe(true);
    expect(ids(`${co}We are hiring curious engineers who love fintech.`).has('curiosity')).toBe(true);
  });
});

describe('a founder telling their background is the company voice too', () => {
  it('drops the domains of "<Name>, founder and CEO of Acme, built deep expertise in ..."', () => {
    const t = `${co}Jane Doe, founder and CEO of Acme, built deep expertise in a career that includes robotics at Bosch and self-driving cars at Stanford.`;
    expect(ids(t).has('robotics')).toBe(false);
    expect(ids(t).has('autonomous-driving')).toBe(false);
  });
  it('keeps them when the founder sentence asks the hire', () => {
    expect(
      ids(`${co}Our CTO is looking for engineers with deep expertise in robotics and self-driving cars.`).has(
        'robotics',
      ),
    ).toBe(true);
  });
});

describe("an 'other' sentence in the company voice: its ask cues are the company's own", () => {
  it('drops a domain kept only by the company\'s "strong" / "deep"', () => {
    expect(
      ids(`${co}We utilize strong end-to-end encryption to protect our users' health data.`).has('cryptography'),
    ).toBe(false);
  });
  it('keeps the work the hire joins, and an ask of the hire', () => {
    expect(
      ids(`${co}We write machine learning software to more accurately price insurance.`).has('machine-learning'),
    ).toBe(true);
    expect(ids(`${co}Ideally you bring strong end-to-end encryption knowledge.`).has('cryptography')).toBe(true);
  });
});

describe('role-lists.ts: the disciplines a team spans, listed in prose, are no ask', () => {
  it('drops the domains after "in all areas, including"', () => {
    const t = ids(
      `${co}We are looking for team members who are big thinkers in all areas, including Backend, Frontend, Data, Design, Marketing, BD, Technical Account Management, and Product.`,
    );
    expect(t.has('business-development')).toBe(false);
    expect(t.has('account-management')).toBe(false);
  });
  it('keeps them as an ask in requirements', () => {
    expect(
      ids(
        `${co}Requirements:\n- Experience in several areas, such as machine learning, business development and NLP`,
      ).has('business-development'),
    ).toBe(true);
  });
});

describe('companyVoiced reads English sentences only', () => {
  it('is false for a Chinese sentence (cjk-zones.ts has its own company voice)', () => {
    expect(companyVoiced('团队成员均有多年经验，管理欧洲某相对有名的web3社区')).toBe(false);
  });
});
