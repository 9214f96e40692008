/**
 * "APIs" is API design only when the hire builds them: a kind or a vendor named right before it ("LLM APIs",
 * "browser APIs", "GPU APIs (CUDA, Metal)", "brokerage APIs") is an API the hire calls, unless a build verb of the
 * hire comes first ("building payment APIs"). Stop 37, read on the 2023-2026 HN postings (docs/extraction.md).
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const has = (t: string) => m.extract(`Acme | Backend Engineer | Remote\n\n${t}`).some((x) => x.id === 'api-design');

describe('api-design/APIs: an API the hire calls is not API design', () => {
  it('keeps APIs the hire builds, designs or scales', () => {
    expect(has('Requirements: experience building payment APIs in Go.')).toBe(true);
    expect(has('You will design and build AI APIs for our customers.')).toBe(true);
    expect(has('Requirements:\n- Experience building scalable APIs\n- Kubernetes')).toBe(true);
  });
  it('drops a kind or vendor of API the hire uses', () => {
    expect(has('Proficiency in Typescript required. Familiarity with LLM APIs preferred.')).toBe(false);
    expect(has('Requirements: good knowledge of the web and browser APIs.')).toBe(false);
    expect(has('Requirements: industry experience with GPU APIs (e.g., CUDA, Metal, OpenCL).')).toBe(false);
    expect(has('Requirements: familiarity with brokerage APIs (Interactive Brokers, Alpaca).')).toBe(false);
  });
});

describe("api-design/APIs: another company's APIs, or building on them, is not API design", () => {
  it('drops a possessive owner and building on the company API', () => {
    expect(has("Requirements: Venmo and Coinbase all use Plaid's APIs to connect to banks.")).toBe(false);
    expect(has('You will help our customers build on our APIs and gather feedback.')).toBe(false);
  });
  it("keeps the hire's work on them", () => {
    expect(has("Requirements: there's always APIs that need work (mostly in Python).")).toBe(true);
    expect(has('Requirements: experience designing our public APIs.')).toBe(true);
  });
});
