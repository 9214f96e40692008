/**
 * Technology precision rules found on the unlabelled corpus (techprec round: tech false positives judged on a random
 * sample of HN and rebase postings outside the blind sets), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const co = 'Acme | Remote | Full-time\n\n';

describe('a tech kind of work named only as a title (tech-area-title.ts)', () => {
  it('drops DevOps / SRE / QA as items of a list of openings', () => {
    const a = ids(
      `${co}We're hiring for a number of positions, including a UX Lead, QA, senior backend engineers, full stack web, SRE, iOS.`,
    );
    expect(a.has('sre')).toBe(false);
    expect(a.has('software-testing')).toBe(false);
    expect(a.has('ios')).toBe(true); // a technology title stays
    expect(ids(`${co}Open positions in Engineering, Infrastructure/DevOps, Content, Data, Design.`).has('devops')).toBe(
      false,
    );
    expect(ids(`${co}We are hiring Software Engineers (front-end), Test Engineers, SRE, and a PM.`).has('sre')).toBe(
      false,
    );
  });
  it('keeps DevOps / SRE asked as a skill or practice', () => {
    const t = ids(`${co}Requirements: experience with DevOps and SRE practices, Terraform, AWS.`);
    expect(t.has('devops')).toBe(true);
    expect(t.has('sre')).toBe(true);
    expect(
      ids(`${co}We value experience in scalability as well as DevOps and administration skills.`).has('devops'),
    ).toBe(true);
    expect(ids(`${co}We are hiring: iOS, Android, QA automation with Selenium.`).has('ios')).toBe(true);
  });
  it('drops a person holding the title, not the hire told their role', () => {
    expect(ids(`${co}I work for Acme as an SRE and we are building a platform on Kubernetes.`).has('sre')).toBe(false);
    expect(ids(`${co}You can work remotely like myself and the other SRE's.`).has('sre')).toBe(false);
    expect(ids(`${co}As an SRE on the platform team you'll be working with Kubernetes and Terraform.`).has('sre')).toBe(
      true,
    );
  });
  it('drops a group heading of a list, keeps the items under it', () => {
    const t = ids(`${co}Our stack:\n* Back End: Go, Postgres\n* DevOps: Kubernetes, Terraform\n* Mobile: Swift`);
    expect(t.has('devops')).toBe(false);
    expect(t.has('kubernetes')).toBe(true);
    expect(ids(`${co}We look for:\n- SRE/DevOps: Azure cloud architect, ideally with AKS experience`).has('sre')).toBe(
      false,
    );
    expect(ids(`${co}Requirements:\n- 3+ years of DevOps experience: Terraform, AWS`).has('devops')).toBe(true);
  });
  it("drops a role title's bracketed specialty, keeps a bracketed ask", () => {
    expect(ids(`${co}Other vacancies - Senior Cloud Engineer (DevOps) https://example.com/jobs/1`).has('devops')).toBe(
      false,
    );
    expect(ids(`${co}Requirements: solid tooling knowledge (DevOps, CI/CD) and Go.`).has('devops')).toBe(true);
  });
});
