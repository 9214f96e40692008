/**
 * Method recall (helper methodrec): practices a team says it uses, in its own voice (practice-voice.ts), and the
 * everyday surface forms of practices (taxonomy aliases: "writing tests", "reviewing code", "deploy continuously",
 * "fixing bugs", "agile processes"), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { practiceVoiced } from '../../../pipeline/extract/practice-voice.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Backend Engineer | Remote | https://acme.example\n\n';

describe('a practice said in the team voice is kept (practice-voice.ts)', () => {
  const about = `${co}We are a profitable startup with 40 customers. `;
  it('keeps a technology-kind practice after "we value" and before "is part of our culture"', () => {
    expect(ids(`${about}We value clean interfaces and a strong DevOps culture.`).has('devops')).toBe(true);
    expect(ids(`${about}Continuous delivery is part of our culture.`).has('ci-cd')).toBe(true);
  });
  it('keeps "we work in agile teams" (not "a small, agile team": round6.test.ts, the adjective of a team)', () => {
    expect(ids(`${co}Acme builds payroll software. We work in agile teams of four.`).has('agile')).toBe(true);
    expect(ids(`${co}Acme builds payroll software. We are a small, agile team.`).has('agile')).toBe(false);
  });
  it('drops the practice as the product, its aim or a department', () => {
    expect(ids(`${about}The way we do QA has not changed in years.`).has('software-testing')).toBe(false);
    expect(ids(`${about}Our software streamlines the prototyping process for factories.`).has('prototyping')).toBe(
      false,
    );
    expect(
      practiceVoiced('tech', 'continuous delivery', 'We help teams ship faster and make ', ' practices accessible.'),
    ).toBe(false);
    expect(practiceVoiced('tech', 'DevOps', 'Our ', ' team runs the clusters')).toBe(false);
  });
  it('never takes a tool for a practice', () => {
    expect(practiceVoiced('tech', 'Kubernetes', 'We value a strong ', ' culture')).toBe(false);
    expect(practiceVoiced('tech', 'DevOps', 'Building a ', ' culture from scratch')).toBe(true);
  });
});

describe('open source the team believes in (practice-voice.ts practiceBelieved)', () => {
  const about = `${co}We are a startup backed by Sequoia. `;
  it('keeps the belief', () => {
    expect(ids(`${about}We are firm believers in the benefits of open source.`).has('open-source')).toBe(true);
    expect(ids(`${about}We believe that open source is the future of databases.`).has('open-source')).toBe(true);
  });
  it('drops the business', () => {
    expect(ids(`${about}We do open source consulting for banks.`).has('open-source')).toBe(false);
    expect(ids(`${about}We build the leading open source database.`).has('open-source')).toBe(false);
    expect(ids(`${about}We believe the open source protocols we are developing could win.`).has('open-source')).toBe(
      false,
    );
  });
});

describe('everyday surface forms of practices (taxonomy aliases)', () => {
  it('keeps the forms the hire is asked to do', () => {
    const t = ids(
      `${co}What you'll do:\n- Writing tests and reviewing code for the team\n- Investigating and fixing bugs reported by users\n- Work on automating infrastructure with Terraform\n- We deploy continuously, many times a day\n`,
    );
    for (const id of ['software-testing', 'code-review', 'debugging', 'iac', 'ci-cd']) expect(t.has(id)).toBe(true);
    expect(ids(`${co}Requirements:\n- Experience with agile processes\n`).has('agile')).toBe(true);
  });
  it('drops them when negated or only the benefits', () => {
    expect(ids(`${co}Requirements:\n- You will not be writing tests for this role\n`).has('software-testing')).toBe(
      false,
    );
    expect(ids(`${co}Benefits:\n- A budget for books on reviewing code\n`).has('code-review')).toBe(false);
  });
});

describe('"unit/integration tests" names both kinds of test (companions.ts)', () => {
  it('keeps unit testing and integration testing from one surface', () => {
    const t = ids(`${co}Requirements:\n- You write unit/integration tests\n`);
    expect(t.has('unit-testing')).toBe(true);
    expect(t.has('e2e-testing')).toBe(true);
    expect(ids(`${co}Requirements:\n- Experience with integration and unit testing\n`).has('unit-testing')).toBe(true);
  });
  it('drops both where the surface is only the product', () => {
    const t = ids(
      `${co}Acme is a startup backed by Sequoia. Our platform runs unit and integration tests for 500 customers.`,
    );
    expect(t.has('unit-testing')).toBe(false);
    expect(t.has('e2e-testing')).toBe(false);
  });
});
