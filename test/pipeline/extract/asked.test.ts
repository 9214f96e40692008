import { describe, it, expect } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);

/**
 * Rule and alias families added after the blind set's tune half (taxonomy 2026.2.4), both ways:
 * [family, skill id, texts where the job asks for it (kept), texts where it is only mentioned or is a plain word
 * (dropped)]. Texts are written for the test, in the shapes real HN postings use.
 */
const families: [string, string, string[], string[]][] = [
  [
    'curiosity phrased as learning',
    'curiosity',
    [
      'Requirements:\n- You are open to learning new technologies',
      'We are looking for engineers with a drive to learn.',
    ],
    ['We offer: a budget to learn new technologies and a MacBook.', 'Read our blog to learn new things about us.'],
  ],
  [
    'self-motivation phrased as independence',
    'self-motivation',
    [
      'You can work independently and ship without hand-holding.',
      'Requirements: self-driven, able to work autonomously',
    ],
    ['Benefits: flexible hours, work independently from anywhere.'],
  ],
  [
    'adaptability phrased as ambiguity',
    'adaptability',
    ['You are comfortable cutting through ambiguity.', 'Requirements: able to navigate ambiguity in a startup'],
    ['We offer: no ambiguity about pay, a salary band for every level.'],
  ],
  [
    'technical leadership phrased as leading development',
    'technical-leadership',
    ['We are looking for a Staff Engineer to lead development of our data platform.'],
    ['Our CTO has led development of three products. We use Go.'],
  ],
  [
    'leadership phrased as leading teams',
    'leadership',
    ['You have experience leading and building teams of 5+ engineers.'],
    ['Acme is led by a founder who spent years leading teams at Google.'],
  ],
  [
    'ownership phrased as agency',
    'ownership',
    ['You are high agency: you see a problem and fix it.'],
    ['We offer: high agency culture, equity and a MacBook.'],
  ],
  [
    'Flow (JavaScript type checker) is a plain word without evidence',
    'flow-js',
    ['Our frontend stack: React, Flow, Figma and Webflow.', 'Web (JavaScript + Flow, Node, React)'],
    ['Composable data Flow pipelines for everyone.', 'We are a cash Flow positive startup.'],
  ],
  [
    'Karma and Chai (test tools) are plain words without evidence',
    'karma',
    ['Familiarity with testing frameworks (Mocha, Chai, Jasmine, Karma etc.)'],
    ['Good Karma is our company value.'],
  ],
  [
    'GitHub as the place a profile or code lives',
    'github',
    ['We use GitHub, Linear and Slack.', 'You have experience with GitHub and code review.'],
    [
      'Please include a link to your GitHub profile.',
      'Check out our code on GitHub: https://github.com/acme',
      'LocalStack (36k+ stars on GitHub) is hiring.',
    ],
  ],
  [
    '"build systems" as a verb phrase',
    'build-systems',
    ['Experience with build systems (Bazel, CMake) is a plus.'],
    ["We're looking for people who can build systems at scale."],
  ],
  [
    '"domain-driven" is not a domain-knowledge cue',
    'supply-chain',
    ['Requirements: domain knowledge of supply chain and logistics.'],
    ["Loop's platform uses our domain-driven AI to harness supply chain data."],
  ],
  [
    'self-description with the URL after the name',
    'generative-ai',
    ['Requirements: experience with generative AI and Python.'],
    ['MDandMe (https://mdme.ai) builds generative AI technology for patients. Requirements: Python.'],
  ],
  [
    'a domain in the role zone after a work verb',
    'distributed-systems',
    ['Your role:\n- Develop novel distributed systems for analyzing microbial communities'],
    ['About us:\nOur distributed systems power 3,000 stores.'],
  ],
  [
    'a generic area listed in a requirements list',
    'code-quality',
    ['Requirements:\n- Comfortable building processes such as design patterns, coding practices, CI/CD'],
    ['We care a lot about coding practices.'],
  ],
  [
    'a soft-skill adjective before the people it describes',
    'ownership',
    [
      'Requirements: we want high-agency software builders who move fast.',
      'We are looking for generalists who like ownership.',
    ],
    ['Acme makes ownership software for landlords.', 'Benefits: employee ownership and a 401k.'],
  ],
  [
    'agile as a way of working',
    'agile',
    ['Nice to have: you have worked in an agile startup environment.'],
    ['We are a small, agile company in Berlin. We use Go.'],
  ],
  [
    'a role area inside a listed title ("Senior DevOps/SRE (...)")',
    'sre',
    ['Requirements: 5 years of SRE experience, Kubernetes.'],
    ["We're hiring:\n- Senior DevOps/SRE (kubernetes, EKS, AWS)\n- Backend Go Developers"],
  ],
  [
    'contributions named as a background, not asked',
    'godot',
    ['Requirements: 2+ years of game development with Godot.'],
    ["If you've contributed at least a little to WebKit, Godot, Firefox or any other open source project, apply."],
  ],
];

describe('asked-skill families (2026.2.4), both ways', () => {
  for (const [name, id, kept, dropped] of families) {
    for (const t of kept) it(`${name}: keeps ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).toContain(id));
    for (const t of dropped) it(`${name}: drops ${id} in ${JSON.stringify(t)}`, () => expect(ids(t)).not.toContain(id));
  }
});
