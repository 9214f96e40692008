import { describe, it, expect } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);
const dropped = (text: string) => m.explain(text).dropped.map((x) => x.id);

/**
 * The fifth issue-11 round (docs/extraction.md, "Review for 2026.2.11"), each both ways:
 * [what, skill id, texts where it is kept, texts where it is dropped or not found]. Texts written for the test.
 */
const cases: [string, string, string[], string[]][] = [
  [
    'ask phrasings: REST API design is API design',
    'api-design',
    ['Requirements: PHP, Go, PostgreSQL, REST API design', 'You have experience designing APIs for partners.'],
    ['We are a platform that helps teams design APIs faster.', 'Our customers include API design agencies.'],
  ],
  [
    'ask phrasings: test coverage',
    'code-coverage',
    ['- You are committed to automated testing of all the software you write (92%+ test coverage).'],
    ['Benefits: free lunch, and a team that brags about its test coverage.'],
  ],
  [
    'ask phrasings: concurrency',
    'concurrency',
    ['Requirements: experience writing highly-concurrent, multi-threaded Rust.'],
    ['Acme is a platform for highly concurrent workloads, loved by banks.'],
  ],
  [
    'ask phrasings: attention to detail',
    'attention-to-detail',
    ['Requirements: you have a strong eye for quality.', 'Requirements: well-organized, with an eye for detail.'],
    ['Acme is a design studio known for its eye for detail.'],
  ],
  [
    'ask phrasings: prompt / context engineering, agent orchestration',
    'prompt-engineering',
    ['Requirements: TypeScript, Prompt/Context engineering, Agent orchestration'],
    ['We are a context engineering platform backed by great investors.'],
  ],
  [
    'ask phrasings: data exploration',
    'data-analysis',
    ['Requirements: experience building infrastructure for data exploration.'],
    ['Acme is a business intelligence platform that bridges self-service data exploration with code.'],
  ],
  [
    'a soft-skill word naming a perk (soft-mention)',
    'curiosity',
    ['Requirements:\n- Continuous learning and curiosity'],
    [
      '* 401K, life insurance\n* Continuous Learning: Tuition Reimbursement Program & Technical Training',
      'The position is permanent and full-time. Curious? Read more on our blog.',
      'Curious about our mobile stack? We wrote a blog series about it.',
      "If you're excited about our mission and curious about joining the team, come to our happy hour.",
    ],
  ],
  [
    'a question that asks is no invitation',
    'curiosity',
    ['Qualifications:\n- Are you empathetic, driven, and intellectually curious?'],
    [],
  ],
  [
    "the company's leaders are no leadership skill",
    'leadership',
    ['Requirements: proven leadership and mentoring skills', "You'll take a leadership role in a close-knit team."],
    [
      'We are well-funded by great VCs and have an experienced leadership team.',
      'We are also looking for folks across a range of leadership roles in product, engineering, and operations.',
      'We will also provide self-paced leadership development opportunities.',
    ],
  ],
  [
    '"end-to-end" before a thing is an adjective, not ownership',
    'ownership',
    ["You'll own features end-to-end, from the API to the UI.", 'You will own end-to-end delivery of our billing.'],
    ['We utilize strong end-to-end encryption to protect health data.', 'You will write end-to-end tests for the app.'],
  ],
  [
    '"deep" inside "deep learning" is no ask cue',
    'speech',
    ['We want deep knowledge of speech recognition.'],
    ['Our platform: from deep learning speech recognition and transcription to advanced search.'],
  ],
];

/** Ordinary words, places and currencies that read like technologies: [id, kept, not found or dropped]. */
const names: [string, string[], string[]][] = [
  [
    'cad',
    ['Requirements: SolidWorks or CAD', 'You will design parts in CAD and test them.'],
    [
      'Acme | Developer | Remote (Canada) | $85,000 CAD',
      'Acme | Lead Engineer | Profit share, $140k CAD. This role will lead our team.',
      'Acme | Backend | Toronto | 150,000 - 180,000 CAD per year',
    ],
  ],
  [
    'e2e-testing',
    ['Requirements: E2E with Playwright', 'Our tests run E2E on every merge.'],
    ['We are a privacy startup working on scaling E2E encryption with private servers.'],
  ],
  [
    'go',
    ['Requirements: any of python, java, scala, rust, go, C#', 'tech:go/kotlin/swift/serverless/kubernetes'],
    ['We want you to go fast and let go of ego.', 'Ready, set, go!', 'Work from anywhere, on the go.'],
  ],
  [
    'flask',
    ['Tech stack: python, pandas, flask, pytorch', 'Our tech stack: react, fastapi, redis, flask'],
    ['Pour the sample into a flask and wait.'],
  ],
  [
    'celery',
    ['Our tech stack currently uses react, fastapi, redis, celery, rabbitmq'],
    ['Chop the celery and onions.'],
  ],
  ['angular', ['Tech Stack: ruby, rails, angular, postgres'], ['Measure the angular velocity of the rotor.']],
  ['aws-lambda', ['Requirements: AWS (EC2, S3, lambda), Azure'], ['We use the lambda calculus as a teaching tool.']],
  ['snowflake', ['Our data stack: dbt, snowflake, looker'], ['Every customer is a special snowflake to us.']],
  ['octopus-deploy', ['Tools: Jenkins, TeamCity, Octopus, CircleCI'], ['Our mascot is an Octopus named Ink.']],
  ['racket', ['Requirements: Racket or Scheme'], ['Like a Strava for racket sports (computer vision instead of GPS).']],
  [
    'chapel',
    ['Requirements: experience with Chapel for parallel computing'],
    ['Acme | Backend | Chapel Hill, NC | Onsite'],
  ],
  [
    'code-coverage',
    ['Requirements: Jest and Istanbul'],
    ['Acme | Senior Software Developers | Istanbul, Turkey | Remote'],
  ],
  [
    'principle-app',
    ['Requirements: Principle and Figma for prototypes'],
    ['DataKitchen | Boston | Principle Engineer (Angular, Python, AWS)'],
  ],
  [
    'instructor-lib',
    ['Requirements: Instructor and Pydantic for structured LLM outputs'],
    ['Educative | Remote | Computer Science Instructor, Machine Learning Instructor, Web Development Instructor'],
  ],
];

describe('lists joined by dashes or "and/or"', () => {
  it('an ambiguous name listed with en dashes or after "and/or" has list evidence', () => {
    expect(ids('Tech Stack: Rust – Common Lisp – React – Angular – Typescript')).toContain('angular');
    expect(ids('Working on testing with RSpec and/or Cucumber daily.')).toContain('cucumber');
  });
  it('a dash that is no list separator gives none: "Angular" alone in prose stays ambiguous', () => {
    expect(ids('We are hiring – angular momentum matters in our robotics work.')).not.toContain('angular');
  });
});

describe('an ambiguous framework name before "application" or "API" is the framework', () => {
  it('kept: "with a Rails API", "our rails application"', () => {
    expect(ids('We ship a desktop app, with a Rails API behind it.')).toContain('rails');
    expect(ids('Role: we are optimising our rails application for memory usage.')).toContain('rails');
  });
  it('kept: migrating to it, running on it', () => {
    expect(ids("We're migrating our monolithic Rails app to Phoenix and hiring Elixir engineers.")).toContain(
      'phoenix',
    );
    expect(ids('We run on Phoenix, hosted on Fly.')).toContain('phoenix');
  });
  it('not: the place or the plain noun', () => {
    expect(ids('We are moving to Phoenix, Arizona next spring.')).not.toContain('phoenix');
    expect(ids('The office is relocating to Phoenix.')).not.toContain('phoenix');
    expect(ids('It is a Phoenix, Arizona based shop that moves fast.')).not.toContain('phoenix');
    expect(ids('We put guard rails on spending for our customers.')).not.toContain('rails');
  });
});

describe("the company's own stack, said after the name, and a header that starts with the role", () => {
  it('kept: "a Ruby on Rails shop", "React on the frontend"', () => {
    const t = 'Acme | SF\nWe’re a Ruby on Rails shop, with React on the frontend. All of our engineers are full stack.';
    expect(ids(t)).toEqual(expect.arrayContaining(['rails', 'react']));
  });
  it('dropped: the business the company is in', () => {
    expect(ids('Acme | SF\nWe are a Shopify agency helping merchants grow.')).not.toContain('shopify');
  });
  it('a first header field naming a role is no company name; one naming the company is', () => {
    const role = 'Sr. Software Engineer, Platform (Ruby, Go, Kafka) | Remote | Full-time\nPeerStreet is a startup.';
    expect(ids(role)).toEqual(expect.arrayContaining(['ruby', 'go', 'kafka']));
    expect(ids('Airtable | Senior Engineer | SF\nWe are hiring.')).not.toContain('airtable');
  });
});

describe('fifth round: names, places and currencies, both ways', () => {
  for (const [id, keep, drop] of names)
    it(id, () => {
      for (const t of keep) expect(ids(t), t).toContain(id);
      for (const t of drop) expect(ids(t), t).not.toContain(id);
    });
});

describe('fifth round: ask phrasings and mentions, both ways', () => {
  for (const [what, id, keep, drop] of cases)
    it(what, () => {
      for (const t of keep) expect(ids(t), t).toContain(id);
      for (const t of drop) expect(ids(t), t).not.toContain(id);
    });
  it('the new phrasings are found in company text and dropped there by the decision, not missed', () => {
    for (const [, id, , drop] of cases.slice(0, 6)) for (const t of drop) expect(dropped(t), t).toContain(id);
  });

  it('TTS is speech synthesis, not speech recognition; RESTful API design is no REST tech skill', () => {
    const tts = ids('Requirements: build multimodal systems with language, diffusion and TTS models.');
    expect(tts).toContain('speech-synthesis');
    expect(tts).not.toContain('speech');
    expect(ids('Requirements: ASR and speech-to-text pipelines')).toContain('speech');
    const rest = ids('Requirements: Python, RESTful API design, Docker');
    expect(rest).toContain('api-design');
    expect(rest).not.toContain('rest');
    expect(ids('Requirements: Python, REST APIs, Docker')).toContain('rest');
  });
});
