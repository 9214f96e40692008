import { describe, it, expect } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);
const kept = (text: string, id: string) => m.extract(text).find((x) => x.id === id);

/**
 * The rules of the third issue-11 round (docs/extraction.md, "Review for 2026.2.6"), each both ways:
 * [rule, skill id, texts where it is kept, texts where it is dropped]. Texts written for the test.
 */
const cases: [string, string, string[], string[]][] = [
  [
    'curly apostrophes read like straight ones (you’ll, we’re)',
    'ownership',
    ['Role: You’ll take ownership of our billing service.', "Role: You'll take ownership of our billing service."],
    ['Role: The team’s ownership of billing is shared.'],
  ],
  [
    'bare "communication" is a soft skill only when qualified as one',
    'communication',
    [
      'Requirements:\n- Strong communication and collaboration skills',
      'Requirements: communication skills in English',
      'Nice to have: good written communication',
    ],
    [
      'Requirements: build real-time communication tools for clinics',
      'Nice to have: Japanese, to reduce communication overhead with our customers.',
      'We take care of the security and of blockchain communication for you.',
    ],
  ],
  [
    'a soft skill opening a list item or a sentence (item-start)',
    'teamwork',
    ['- Build web applications in React\n- Collaborate with designers and product managers'],
    ['Acme collaborates with hospitals across Europe.', 'Our platform lets teams collaborate with clients.'],
  ],
  [
    'item-start: a qualified soft skill opening an item',
    'self-motivation',
    ['Skills: JavaScript, CSS -high self-motivation and team spirit', 'Working independently is critical here.'],
    ['Expensify is self-managed (no VC control) and profitable.'],
  ],
  [
    '"own ... end-to-end" is ownership',
    'ownership',
    ["Role: You'll own features end-to-end, from the API to the React UI.", 'You will own projects end to end.'],
    ['We build end-to-end machine learning solutions for banks.', 'Our end-to-end lending process is simple.'],
  ],
  [
    'ask phrasings: learning',
    'curiosity',
    ['We look for engineers who are keen to learn.', 'Requirements: eagerness to learn'],
    ['We offer: a budget for continuous learning'],
  ],
  [
    'ask phrasings: problems',
    'problem-solving',
    [
      'Requirements: you solve complex problems calmly',
      'Requirements: the drive to find solutions to challenging problems',
    ],
    ['Benefits: we solve complex problems for our customers, and you get 30 days off.'],
  ],
  [
    'ask phrasings: mentoring',
    'mentoring',
    ['- Mentor other team members and review their code'],
    ['Perks: a mentor other than your manager'],
  ],
  [
    'a domain skill the hire builds, after a work verb (work-verb, before product-noun)',
    'scalability',
    ['-Design, build and maintain robust and scalable software using Rails', '- build scalable backend infrastructure'],
    ['Acme builds scalable software for banks.', 'We offer a scalable platform to retailers.'],
  ],
  [
    'ask phrasings: deployments',
    'ci-cd',
    ["We're pushing towards automated deployments all the way to production."],
    ['Benefits: automated deployments of your paycheck, 30 days off'],
  ],
  [
    'ask phrasings: deploying models',
    'model-serving',
    ['- Making sure you can actually deploy a model, not just measure its accuracy'],
    ['We are a consultancy; our clients deploy models with us. Benefits: deploy models of your own on Fridays'],
  ],
  [
    'large-scale data pipelines are data pipelines, not big data',
    'data-pipelines',
    ['- Build and maintain large-scale data pipelines in Python'],
    ['Requirements: experience with large-scale data'],
  ],
  [
    '"AI" as a modifier (AI-ready, AI services, AI technology) is a product noun',
    'ai',
    ['Requirements: experience with AI and full-stack development', 'Nice to have: a background in AI'],
    [
      "Requirements: you're allowed to use AI services at work.",
      'Requirements: shape next-generation, AI-ready health experiences',
      'Requirements: Acme builds AI technology for clinics',
    ],
  ],
  [
    'a product noun right after an ask is still asked ("deep understanding of blockchain technology")',
    'blockchain',
    ['Requirements:\n- Deep understanding of blockchain technology and DeFi'],
    ['Requirements:\n- Acme runs blockchain technology for banks'],
  ],
  [
    'work verb after a modal ("you will build, scale and deploy ... X technology")',
    'remote-sensing',
    ['Role: you will build, scale and deploy AI and remote sensing technology for our customers.'],
    ['Role: our customers buy remote sensing technology from us.'],
  ],
  [
    'the hire is to own it (to-own)',
    'ownership',
    [
      "Role: We're hiring our second engineer to own features end-to-end across React Native and Node.js.",
      "Role: You'll own growth and partnerships end-to-end, and run customer calls.",
    ],
    ['Role: Our platform gives end-to-end visibility of shipments.'],
  ],
  [
    'a way of working the team practises, in the company text (practice)',
    'oop',
    ['We are a consultancy. We value Object Oriented and Functional skills.'],
    ['We are a consultancy. Our clients run object-oriented code from the nineties.'],
  ],
  [
    'the applications the hire builds (generic+work-verb)',
    'web-development',
    [
      'Key Responsibilities: Develop and maintain web applications using Next.js',
      '- Building web applications and native apps',
    ],
    ['Acme builds web applications for dentists.', 'Our users love our web apps.'],
  ],
];

describe('third-round rules, both ways', () => {
  for (const [name, id, keep, drop] of cases) {
    for (const t of keep) it(`${name}: keeps ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).toContain(id));
    for (const t of drop) it(`${name}: drops ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).not.toContain(id));
  }
});

describe('curly apostrophes', () => {
  it("a you’ll sentence is a role cue like a you'll sentence", () => {
    const a = kept('Acme | Engineer\nYou’ll work on distributed systems in Go.', 'distributed-systems');
    const b = kept("Acme | Engineer\nYou'll work on distributed systems in Go.", 'distributed-systems');
    expect(b).toBeDefined();
    expect(a?.why).toBe(b?.why);
    expect(a?.surface).toBe('distributed systems');
  });
});
