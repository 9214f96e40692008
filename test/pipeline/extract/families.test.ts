import { describe, it, expect } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);
const why = (text: string, id: string) => m.explain(text).dropped.find((d) => d.id === id)?.why;

/**
 * Every false-positive family of issue 11, both ways: [skill id, texts where the job asks for it (kept),
 * texts where the posting only mentions it (dropped)]. Texts are written for the test, in the shapes real
 * postings use.
 */
const families: [string, string, string[], string[]][] = [
  [
    'company business: fintech',
    'fintech',
    ['Requirements:\n- 3+ years of experience in fintech\n- Python', 'You have a background in fintech or payments.'],
    [
      'Acme | Backend Engineer | NYC\nWe are a fintech building savings accounts in Go.',
      'Acme | Fintech | Remote | Full-time\nWe use Go.',
    ],
  ],
  [
    'company business: open source company',
    'open-source',
    ['Nice to have: open source contributions.', 'You have experience maintaining open source projects.'],
    [
      'We are an open source company backed by great investors.',
      'Acme is an open source platform for product analytics.',
    ],
  ],
  [
    'company business: a satellite company',
    'aerospace',
    ['Requirements: experience with satellites or spacecraft flight software.'],
    ['We are a satellite company in Denver. We use Rust.'],
  ],
  [
    'company business: blockchain',
    'blockchain',
    ['Requirements: knowledge of blockchain protocols and Rust.'],
    ['Acme is building technology that scales Bitcoin and blockchains.'],
  ],
  [
    'customers',
    'datadog',
    ['Our stack: Go, Postgres, Datadog for monitoring.', 'We use Datadog and Terraform.'],
    ['Our customers include Datadog, Stripe and Airbnb.', 'Trusted by Datadog and many more.'],
  ],
  [
    'customers like ... Unity',
    'unity',
    ['Game development in Unity and C#.', 'Requirements: 3+ years with Unity 3D.'],
    ['Our customers like Riot, Unity and EA rely on our platform.'],
  ],
  [
    'investors and founders',
    'stripe',
    ['Payments run on Stripe; you will build our billing on the Stripe API.'],
    ["We're backed by Stripe and Sequoia.", 'Our founders spent 8 years at Stripe, where they led payments.'],
  ],
  [
    'competitors and analogies',
    'figma',
    ['Tools: Figma, Storybook, React.'],
    [
      'It is as easy to use as a design tool like Sketch/Figma.',
      'Think of it as an alternative to Figma for engineers.',
    ],
  ],
  [
    'benefits: equity ownership',
    'ownership',
    ['You take ownership of projects end to end.', 'Requirements: a high degree of ownership.'],
    [
      'We offer: competitive salary, equity ownership, 401k.',
      'Perks: real ownership of the company through stock options.',
    ],
  ],
  [
    'soft words outside a requirement: curious',
    'curiosity',
    ['You are curious and eager to learn.', 'Requirements:\n- curious, fast learner'],
    ['We have a curious culture and a great office.', 'Acme is a curious company building tools.'],
  ],
  [
    'pragmatism',
    'pragmatism',
    ['You are pragmatic and ship fast.', 'What we look for: pragmatic engineers who value simplicity.'],
    ['Our pragmatic approach to hiring means no whiteboards.'],
  ],
  [
    'ordinary words: team building',
    'hiring',
    ['You will be hiring engineers and interviewing candidates for the platform team.'],
    ["We're a small team building the future of logistics.", 'We love team building events.'],
  ],
  [
    'ordinary words: logistics, procurement',
    'supply-chain',
    ['Requirements: 5 years of experience in supply chain management.'],
    ['We build software for logistics and procurement teams.', 'Our logistics platform moves freight.'],
  ],
  [
    'ordinary words: analytics',
    'data-analysis',
    ['Requirements: strong data analysis skills in SQL and Python.'],
    ['We build an analytics platform for retailers.', 'PostHog is an open source platform for product analytics.'],
  ],
  [
    'ordinary words: integrations',
    'api-integration',
    ['You have experience with API integrations and webhooks.'],
    ['We are working on a bunch of fun integrations (GitHub, GitLab, Slack).', 'Our platform has 200 integrations.'],
  ],
  [
    'ordinary words: remote patient monitoring',
    'monitoring',
    [
      'You will own monitoring and alerting with Prometheus.',
      'Stack: Kubernetes, Prometheus, Grafana, monitoring with PagerDuty.',
    ],
    ['We build remote patient monitoring for clinics.', 'Our product does remote patient monitoring.'],
  ],
  [
    'Go vs CS:GO',
    'go',
    ['Our backend is written in Go.', 'Stack: Go, Postgres.'],
    ['We run CS:GO tournaments for gamers.', 'Our esports platform hosts CS:GO and Dota leagues.'],
  ],
  [
    'SPA vs Leamington Spa',
    'spa',
    ['You will build an SPA in React.', 'Experience with SPAs and TypeScript.'],
    ['Our office is in Leamington Spa, UK.', 'Acme | Leamington Spa | Onsite'],
  ],
  [
    'Chef vs Chef Robotics',
    'chef',
    ['Config management with Chef and Ansible.'],
    [
      'Chef Robotics | Software Engineer | San Francisco\nWe build food robots.',
      'We are Chef Robotics, building AI robots for kitchens.',
    ],
  ],
  [
    'company name in the header',
    'airtable',
    ['Tools: Airtable, Zapier and Notion for internal workflows.'],
    ['Airtable | Software Engineer | San Francisco\nAirtable is a platform for building apps.'],
  ],
  [
    'role titles',
    'devops',
    ['Requirements: experience with DevOps practices and CI/CD.'],
    ['Acme | DevOps Engineer | Remote\nWe use Python.', "We're hiring:\n- Senior DevOps/SRE (Kubernetes, AWS)"],
  ],
  [
    'negation',
    'java',
    ['Requirements: Java 17 and Spring.'],
    ['No Java experience needed, we will teach you.', 'Java is not required.'],
  ],
];

describe('false-positive families, both ways', () => {
  for (const [name, id, kept, dropped] of families) {
    for (const t of kept) it(`${name}: keeps ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).toContain(id));
    for (const t of dropped) it(`${name}: drops ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).not.toContain(id));
  }
});

describe('Git found by name', () => {
  for (const t of [
    'Git, Docker, Kubernetes',
    'Experience with git workflows',
    'Tools: GIT and Jira',
    'version control with Git',
  ])
    it(`finds git in ${JSON.stringify(t)}`, () => expect(ids(t)).toContain('git'));
});

describe('every kept match says why; dropped ones too', () => {
  it('kept: zone and rule', () => {
    const [go] = m.extract('Requirements: Go and Postgres.');
    expect(go).toMatchObject({ id: 'go', zone: 'requirements' });
    expect(go!.why).toMatch(/^zone:requirements/);
    expect(go!.rule).toMatch(/Go/);
  });
  it('dropped: the reason', () => {
    expect(why('Our customers include Datadog and Stripe.', 'datadog')).toMatch(/^mention:customers include/);
    expect(why('We offer: equity ownership and a MacBook.', 'ownership')).toBeDefined();
    expect(why('We are a fintech in Berlin.', 'fintech')).toMatch(/industry|self-description|company/);
  });
});
