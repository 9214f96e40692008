/**
 * English recall rules of round 10 (issue 11, reca: method / soft / domain asks the tune half's annotators labelled
 * and the extractor missed), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { ruleFor } from '../../../pipeline/extract/rules.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Senior Engineer | Remote\n\n';

describe('the verb "own" is Ownership in a person frame (a rule for one alias of the skill)', () => {
  it('keeps "own" after you / to / will / and, and "owning" after "interested in"', () => {
    for (const t of [
      'We are looking for a frontend engineer who will own and lead the architectural roadmap.',
      'We expect the candidate to come and own the frontend offerings.',
      'We are looking to hire our 3rd PM to own cross-platform launch and features.',
      'As you own the code, deployment and all tooling, you will learn a lot.',
      "You'll own entire parts of the roadmap and tech stack.",
      'We are looking for an engineer interested in owning products and building new experiences.',
    ])
      expect(ids(co + t).has('ownership'), t).toBe(true);
  });
  it('drops the adjective and owning things (equity, a home, your career)', () => {
    for (const t of [
      'We build our own data centers and run our own hardware.',
      'You will work on your own schedule from home.',
      'Every employee gets the chance to own equity in the company.',
      'We help families to own a home sooner.',
      'We want you to own your career growth here.',
      'Interested in owning shares? Ask about our plan.',
    ])
      expect(ids(co + t).has('ownership'), t).toBe(false);
  });
  it('the rule is the alias\'s, not the skill\'s: "?Ownership" keeps its own rule', () => {
    expect(ruleFor('ownership', 'Transversal', 'own')).not.toBe(ruleFor('ownership', 'Transversal', 'Ownership'));
    expect(ruleFor('ownership', 'Transversal', 'Ownership')).toBe(ruleFor('ownership', 'Transversal'));
    // a soft skill next to it in a list is no evidence for the verb
    expect(ids(`${co}Our values: communication, own, trust.`).has('ownership')).toBe(false);
  });
});

describe('customer-facing work asked of the hire is Customer focus', () => {
  it('keeps "work directly / closely with (our) customers" said to the hire', () => {
    expect(ids(`${co}You'll work directly with customers to understand their needs.`).has('customer-focus')).toBe(true);
    expect(
      ids(`${co}What you will do:\n- work closely with our customers, understand their problems`).has('customer-focus'),
    ).toBe(true);
  });
  it("drops it in the company's own voice", () => {
    expect(
      ids(`${co}Acme is a consultancy that helps brands work directly with customers.`).has('customer-focus'),
    ).toBe(false);
  });
});

describe('fields the annotators named that the taxonomy lacked', () => {
  it('keeps data engineering and computer engineering asked of the hire', () => {
    expect(ids(`${co}Requirements:\n- 3+ years of experience in data engineering`).has('data-engineering')).toBe(true);
    expect(
      ids(`${co}Requirements:\n- A degree in Computer Science, Computer Engineering or a related field`).has(
        'computer-engineering',
      ),
    ).toBe(true);
  });
  it('drops the role title "Data Engineer"', () => {
    expect(ids('Acme | Senior Data Engineer | Remote\n\nWe make widgets.').has('data-engineering')).toBe(false);
  });
});

describe('"own" of customers and of the company is no Ownership', () => {
  it('drops lease-to-own, "if you own", and the company\'s "and own"', () => {
    for (const t of [
      'We help people in emerging economies get a vehicle (renting or lease to own).',
      'How we make money: If you own a building that leases offices, we help you fill it.',
      "We're well-funded, well-connected, and own a well-labeled set of brain data.",
    ])
      expect(ids(co + t).has('ownership'), t).toBe(false);
  });
  it('keeps the hire\'s "and own"', () => {
    expect(ids(`${co}You will build the core of our platform and own design and execution.`).has('ownership')).toBe(
      true,
    );
  });
});
