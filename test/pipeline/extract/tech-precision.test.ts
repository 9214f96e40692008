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
  it('keeps DevOps among the roles the hire takes on', () => {
    expect(
      ids(`${co}In our small team, you'll assume several roles including front-end, back-end, API design, devops.`).has(
        'devops',
      ),
    ).toBe(true);
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
    expect(
      ids(`${co}* Senior Software Engineer (Cloud Service Development, DevOps & Infrastructure)\n* Designer`).has(
        'devops',
      ),
    ).toBe(false);
    expect(ids(`${co}Requirements: solid tooling knowledge (DevOps, CI/CD) and Go.`).has('devops')).toBe(true);
    expect(ids(`${co}Requirements: solid tooling knowledge (Terraform, DevOps and CI/CD) and Go.`).has('devops')).toBe(
      true,
    );
  });
});

describe("the header's first field as a role title, not the company (company-field.ts)", () => {
  it('keeps the technology of a role title in the first field, there and later', () => {
    const t =
      'C# Software Engineer | ONSITE | Cambridge, UK\n\nAcme makes oscilloscopes. You will write desktop apps in C#.';
    const kept = m.extract(t).filter((x) => x.id === 'csharp');
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(ids('Senior Haskell Engineer @ Acme | Remote\n\nJoin us.').has('haskell')).toBe(true);
    expect(ids('Seeking PHP Experts | Acme | Gainesville\n\nAcme needs engineers.').has('php')).toBe(true);
  });
  it("still drops the company's name, also when it is a product name", () => {
    const t = ids('Sourcegraph | Remote | Full-time\n\nSourcegraph is code search. We use Go. Sourcegraph runs well.');
    expect(t.has('sourcegraph')).toBe(false);
    expect(t.has('go')).toBe(true);
    expect(ids('AWS Developer Tools | Seattle | Software Engineer\n\nAWS Dev Tools builds tools.').has('aws')).toBe(
      false,
    );
    expect(ids('Fauna is Hiring | Boston | Sr. Engineer\n\nFauna is a database.').has('fauna')).toBe(false);
    // (its legal form or a dash after the name: "Fauna, Inc. | ...", "Timescale - Remote | ...")
    expect(ids('Fauna, Inc. | Remote\n\nAt Fauna, we build a database. Fauna is hiring!').has('fauna')).toBe(false);
    expect(ids('Acme, Inc. | Remote\n\nWe use Go and Fauna.').has('fauna')).toBe(true);
  });
});

describe("the company's world: the team's former employers, the product's integrations (tech-world.ts)", () => {
  it("drops the team's former employers, keeps the stack said next to them", () => {
    const t = ids(
      `${co}We are a group of previously successful engineers and entrepreneurs (MIT, Stripe, Salesforce, etc). We use Kotlin.`,
    );
    expect(t.has('stripe')).toBe(false);
    expect(t.has('salesforce')).toBe(false);
    expect(t.has('kotlin')).toBe(true);
    expect(ids(`${co}Our small team has experience at NASA, Oracle and Microsoft.`).has('oracle-db')).toBe(false);
    expect(
      ids(
        `${co}You'll work with our Head of Engineering, who previously led engineering at Okta, Square and Uber.`,
      ).has('identity-access'),
    ).toBe(false);
    expect(ids(`${co}Requirements: 3+ years of experience with Salesforce and Stripe.`).has('salesforce')).toBe(true);
  });
  it("drops what the company's product integrates with, keeps integrating as the hire's work", () => {
    const t = ids(`${co}We're a data science company. We integrate with Google Analytics & AdWords to measure impact.`);
    expect(t.has('google-analytics')).toBe(false);
    expect(
      ids(`${co}We automate workflows, integrating with their existing toolchain - Gmail, Salesforce, Slack.`).has(
        'slack',
      ),
    ).toBe(false);
    expect(
      ids(`${co}Responsibilities:\n- Integrating with third party APIs (such as SharePoint or Salesforce)`).has(
        'salesforce',
      ),
    ).toBe(true);
    expect(ids(`${co}Requirements: experience integrating with Salesforce and Slack.`).has('slack')).toBe(true);
  });
});
