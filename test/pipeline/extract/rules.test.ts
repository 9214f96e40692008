import { describe, it, expect } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);

/** Each ambiguity rule, both ways: [skill id, texts where it is the skill, texts where it is not]. */
const cases: [string, string[], string[]][] = [
  [
    'go',
    ['Our backend is written in Go.', 'Stack: Python, Go, Postgres', 'We use Go and Rust', 'Golang experience'],
    [
      "Let's go to the moon.",
      'Go ahead and apply.',
      'Ready to go live?',
      'You will go beyond the spec.',
      'We will go-to-market soon',
    ],
  ],
  [
    'rust',
    ['We write Rust services.', 'Stack: Go, rust, Kafka'],
    ['Rust Belt manufacturing company', 'the metal will rust quickly'],
  ],
  [
    'c',
    ['Experience in C and C++ required', 'Embedded firmware in C.', 'Languages: C, Python'],
    [
      'We raised our Series C last month.',
      'Report to C-level executives',
      'Join our R&D team',
      'Mr. C. Smith will call',
    ],
  ],
  [
    'r',
    ['Data science in Python and R', 'R programming for statistics', 'Tools: SQL, R, Tableau'],
    ['Join our R&D department', 'Dr. R. Jones leads the lab', 'Contact R. Smith'],
  ],
  [
    'swift',
    ['iOS apps in Swift and SwiftUI', 'Stack: Kotlin, Swift'],
    ['We need a swift response.', 'Our growth has been swift and steady.'],
  ],
  [
    'spring',
    ['Java, Spring, Hibernate', 'Experience with Spring and Kotlin'],
    ['We start hiring this spring.', 'Spring 2024 internship', 'Spring break is coming'],
  ],
  [
    'express',
    ['Node.js/Express backend', 'We use Node and Express', 'Express.js APIs'],
    ['Please express interest by email', 'American Express is a client'],
  ],
  [
    'chef',
    ['Config management with Chef and Ansible', 'Terraform, Chef, AWS'],
    ['Our head chef cooks lunch daily', 'We have a private chef on Fridays'],
  ],
  ['puppet', ['Puppet or Ansible for configuration management'], ['A sock puppet show for the kids']],
  [
    'react',
    ['Frontend in React and TypeScript', 'We build with react and node', 'React and a lot of CSS for our users.'],
    [
      'You must react quickly to incidents.',
      'How we react to feedback matters',
      'React to customer feedback within a day.',
    ],
  ],
  [
    'spark',
    ['Big data with Apache Spark', 'Airflow and Spark pipelines', 'PySpark jobs'],
    ['Ideas that spark joy', 'We want to spark innovation in retail'],
  ],
  [
    'excel',
    ['Advanced Excel skills', 'Microsoft Excel and PowerPoint'],
    ['You will excel at this job.', 'A chance to excel in a fast team'],
  ],
  [
    'unity',
    ['Game dev in Unity and C#', 'Unity3D developer'],
    ['A spirit of unity in our team', 'Diversity and unity matter'],
  ],
  [
    'julia',
    ['Scientific computing in Julia language', 'Stack: Python, Julia, C++'],
    ['Julia Smith is our CEO', 'Email Julia for details'],
  ],
  ['dart', ['Flutter and Dart mobile apps'], ['We play Dart on Fridays at the pub']],
  ['elm', ['Frontend in Elm and Haskell', 'Languages: Elm, TypeScript'], ['Our office is on Elm Street']],
  [
    'nextjs',
    ['React/Next, Node', 'Next.js and Vercel'],
    ['The next step is a call.', 'Build the next generation of tools'],
  ],
  ['ember', ['Ember.js frontend', 'Stack: Ember, Rails'], ['The last ember of the fire']],
];

describe('ambiguity rules', () => {
  for (const [id, yes, no] of cases) {
    for (const t of yes) it(`${id}: finds it in "${t}"`, () => expect(ids(t)).toContain(id));
    for (const t of no) it(`${id}: not in "${t}"`, () => expect(ids(t)).not.toContain(id));
  }
  it('names the rule that accepted an ambiguous match', () => {
    const [go] = m.extract('Stack: Python, Go').filter((x) => x.id === 'go');
    expect(go!.rule).toMatch(/^context\/(list|default):Go$/);
  });
});
