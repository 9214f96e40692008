import { describe, it, expect } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => m.extract(text).map((x) => x.id);

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
];

describe('fifth round: ask phrasings, both ways', () => {
  for (const [what, id, keep, drop] of cases)
    it(what, () => {
      for (const t of keep) expect(ids(t), t).toContain(id);
      for (const t of drop) expect(ids(t), t).not.toContain(id);
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
