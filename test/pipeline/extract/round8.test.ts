import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);

/**
 * Issue 11, eighth round (recb: tech recall on the blind HN set's tune half, batch F first): [name, skill id,
 * texts where the job asks for it (kept), near-misses where it is not asked or the word is another thing
 * (dropped)]. Texts are written for the test, in the shapes the tune postings use.
 */
const rules: [string, string, string[], string[]][] = [
  [
    'Resque, a Ruby job queue, in a stack list',
    'resque',
    ['Our stack includes: Rails Postgres ElasticSearch Resque TailwindCSS'],
    ['We rescue dogs on weekends.'],
  ],
  [
    '"Marionette" is Marionette.js next to Backbone, not a puppet',
    'marionette-js',
    ['Our tech stack is mostly Python/Django/DRF, React/Redux, and Backbone/Marionette.'],
    ['Our office has a marionette theatre next door.'],
  ],
  [
    '"Doctrine" is the PHP ORM in a tech list, not a belief',
    'doctrine-orm',
    ['Requirements: * PHP * Go * PostgreSQL * REST API Design * Doctrine'],
    ['Our doctrine is simple: ship small changes often.'],
  ],
  [
    '"Temporal" is the workflow engine when written temporal.io or in a stack list',
    'temporal-io',
    ['Our Stack: React, Fastify, PostgreSQL/PostGIS, Prisma, Temporal.io, AWS, Docker'],
    ['We study temporal patterns in the sales data.'],
  ],
  [
    '"Sapper" is the Svelte framework in a stack',
    'sapper',
    ['Acme | Backend (Java/Kotlin), Mobile (Kotlin), Web (Sapper/Svelte) | London'],
    ['Our founder served as a sapper in the army.'],
  ],
  [
    'Skia, NanoVG, AVFoundation and MPEG-DASH are graphics and video stack names',
    'skia',
    ['User interfaces are built in Qt + Skia and C++.'],
    ['We ski a lot in winter.'],
  ],
  [
    'AWS OpsWorks',
    'aws-opsworks',
    ['We deploy to AWS - migrating from OpsWorks (Chef) to EKS (Kubernetes).'],
    ['Our ops works closely with support.'],
  ],
  [
    "'+' joins two names when a capital letter follows (React+TypeScript)",
    'react',
    ['Tech Stack: Python, React+Typescript, GraphQL, Kotlin, Swift, C++, AWS'],
    ['Tech Stack: Python, React+, GraphQL'],
  ],
  [
    '"on FPGAs" is the hardware; a plural acronym elsewhere stays a role noun ("hiring FPGAs")',
    'fpga',
    ['Requirements: experience implementing signal processing algorithms on FPGAs is a plus.'],
    ['Acme is hiring FPGAs and SREs for the new team.'],
  ],
  [
    '"and Swift" after a capitalised name or a bracket is a list tail; "quick and Swift" stays an adjective pair',
    'swift',
    [
      'Our stack: .NET Core (C#), SQL Server, Azure, Kotlin (Android) and Swift (iOS) We offer equity.',
      'All new code is written in Kotlin and Swift.',
    ],
    ['We value people who are quick and Swift in their answers.', 'We value quick and swift decisions.'],
  ],
  [
    '"Ethers" is ethers.js next to Web3 and Solidity, not the chemical',
    'ethers',
    ['Prior experience with Ethereum development with JS (Truffle, Ethers, Web3, Solidity) is preferred.'],
    ['Diethyl ethers are solvents. Ethers are organic compounds.'],
  ],
  [
    '"Google\'s Cloud Platform" is GCP',
    'gcp',
    ['A microservice based architecture built on top of Kubernetes and Google’s Cloud Platform.'],
    ["We run on Google's own hardware in our office."],
  ],
  [
    'LessCSS is Less',
    'less-css',
    ['React, ES6, LessCSS, NodeJS, Python, Django, MongoDB, AWS'],
    ['We prefer a LessCSSish approach to styling.'],
  ],
  [
    '"integration with X" is the work asked when a strong ask opens the sentence; a product\'s integrations stay a mention',
    'salesforce',
    [
      'Experience building SAAS applications and integration with enterprise platforms such as Salesforce, Microsoft 365, or Okta is a plus.',
    ],
    ['Our product offers integration with Salesforce and Okta.'],
  ],
  [
    '"XAI" (capitals) is explainable AI; "xAI" is the company (lead, at merge: the integration rule let it through)',
    'explainable-ai',
    ['Experience with XAI methods such as SHAP or LIME'],
    ['3. Experience with LLM APIs and API integration (e.g., xAI, OpenAI).'],
  ],
];

describe('round 8 rules (recb)', () => {
  for (const [name, id, kept, dropped] of rules)
    it(name, () => {
      for (const t of kept) expect(ids(t), t).toContain(id);
      for (const t of dropped) expect(ids(t), t).not.toContain(id);
    });

  it("'+' stays part of C++ and Google+, and a lower-case name after '+' does not join", () => {
    const got = ids('Our stack: C++ and Scala+akka, we post on Google+ daily.');
    expect(got).toContain('cpp');
    expect(got).not.toContain('c');
    expect(got).not.toContain('scala');
  });

  it('MPEG-DASH is a video streaming standard, not Plotly Dash', () => {
    const got = ids(
      'Keywords: Swift, C, ffmpeg, gstreamer, RTP, SRT, WebRTC and MPEG-DASH, NanoVG, OpenGL, AVFoundation',
    );
    expect(got).toEqual(expect.arrayContaining(['mpeg-dash', 'nanovg', 'avfoundation']));
    expect(got).not.toContain('plotly-dash');
  });
});
