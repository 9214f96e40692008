import { describe, it, expect } from 'vitest';
import { createMatcher, loadTaxonomy, prepare } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (text: string) => m.extract(text).map((x) => x.id);
/** Every surface match before the keep/drop decision (the decision is tested in decide.test.ts). */
const matched = (text: string) => {
  const e = m.explain(text);
  return [...e.kept, ...e.dropped.filter((d) => d.why !== 'ambiguous:no-evidence')]
    .sort((a, b) => a.start - b.start)
    .map((x) => x.id);
};

describe('matcher: surface forms that break naive matching', () => {
  it('C++, C#, .NET, Node.js, Vue.js/Vue, CI/CD with exact offsets', () => {
    const text = 'We use C++, C# on .NET, Node.js, Vue.js/Vue and CI/CD.';
    const got = m.extract(text).map((x) => [x.id, x.surface, x.start, x.end]);
    expect(got).toEqual([
      ['cpp', 'C++', 7, 10],
      ['csharp', 'C#', 12, 14],
      ['dotnet', '.NET', 18, 22],
      ['nodejs', 'Node.js', 24, 31],
      ['vue', 'Vue.js', 33, 39],
      ['vue', 'Vue', 40, 43],
      ['ci-cd', 'CI/CD', 48, 53],
    ]);
    for (const x of m.extract(text)) expect(text.slice(x.start, x.end)).toBe(x.surface);
  });
  it('does not find skills inside longer words or identifiers', () => {
    expect(ids('Google, Gopher, Cargo, my_react_app, reactive, Javanese, ASP.NET')).toEqual(['aspnet']);
    expect(ids('Objective-C and C++')).toEqual(['objective-c', 'cpp']);
  });
  it('prefers the longest match (Spring Boot over Spring, React Native over React)', () => {
    expect(ids('Spring Boot and React Native')).toEqual(['spring-boot', 'react-native']);
  });
  it('treats hyphen, space and missing space alike', () => {
    expect(matched('machine-learning, machine  learning; scikit learn, nodejs, node js')).toEqual([
      'machine-learning',
      'machine-learning',
      'scikit-learn',
      'nodejs',
      'nodejs',
    ]);
  });
  it('case carries meaning for case-sensitive aliases (REST vs rest, SAFe vs safe)', () => {
    expect(ids('RESTful APIs and REST')).toEqual(['rest', 'rest']);
    expect(ids('take a rest, stay safe')).toEqual([]);
    expect(ids('We follow SAFe')).toEqual(['safe']);
  });
  it('knows common misspellings', () => {
    expect(ids('Javscript, Pyhton, Kubernets, Postgress')).toEqual([
      'javascript',
      'python',
      'kubernetes',
      'postgresql',
    ]);
  });
});

describe('matcher: URLs, e-mail, HTML and Markdown', () => {
  it('never finds a skill inside a URL or an e-mail address', () => {
    expect(ids('Apply at https://jobs.example.com/python-react-engineer or www.golang.org/doc')).toEqual([]);
    expect(ids('mail python@example.com or java.jobs@kotlin.io')).toEqual([]);
    expect(ids('see github.com/acme/rust-tools now')).toEqual([]);
  });
  it('decodes HTML entities in place, keeping offsets into the original text', () => {
    const text = 'C&#43;&#43; and Q&amp;A, R&amp;D, AT&amp;T';
    const got = m.extract(text);
    expect(got.map((x) => x.id)).toEqual(['cpp']);
    expect(got[0]!.surface).toBe('C&#43;&#43;');
  });
  it('ignores HTML tags but finds the text between them', () => {
    expect(ids('<p>We use <b>Kotlin</b> and <a href="https://scala-lang.org">Scala</a></p>')).toEqual([
      'kotlin',
      'scala',
    ]);
  });
  it('handles Markdown emphasis, code, links and escapes', () => {
    expect(ids('**React** and `postgres`, [Django](https://example.com/flask) and C\\+\\+')).toEqual([
      'react',
      'postgresql',
      'django',
      'cpp',
    ]);
  });
  it('prepare() keeps the length of the text', () => {
    const t = 'x &amp; <b>y</b> https://a.b/c mail@x.io \\+';
    expect(prepare(t).length).toBe(t.length);
  });
});

describe('matcher: explainability', () => {
  it('every match names its rule', () => {
    const got = m.extract('golang, Python and REST');
    expect(got.map((x) => x.rule)).toEqual(['alias:golang', 'alias:Python', 'case:REST']);
  });
  it('returns nothing for empty or skill-free text', () => {
    expect(m.extract('')).toEqual([]);
    expect(m.extract('We are a friendly team in Berlin.')).toEqual([]);
  });
});

describe('matcher: context rules over passes', () => {
  const rules = (text: string) =>
    m
      .explain(text)
      .kept.map((x) => `${x.surface}:${x.rule}`)
      .sort();
  it('an ambiguous name accepted by its cue lists the ambiguous name before it in a later pass', () => {
    // "go" comes first and has no evidence of its own; "rust" is accepted by its cue, then "go" by the list
    expect(rules('You know go, rust programming.')).toEqual(['go:context/list:go', 'rust:context/cue-after:rust']);
  });
  it('a negative read in the first pass still vetoes the list evidence of a later pass', () => {
    // "we go" is the verb (go's negatives) though "rust" beside it is accepted
    expect(rules('Every day we go, rust programming aside, to the office.')).toEqual(['rust:context/cue-after:rust']);
  });
});
