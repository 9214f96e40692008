/**
 * Requirement cues of the zoning that are not about the hire (stop 37), each tested both ways:
 * - "you know" opens the requirements zone when it asks ("You know Python and SQL well"), not when it ends a relative
 *   clause about something else ("brands you know", "brands you know and love", "(or someone you know)");
 * - "experience with / in" opens it when it is the hire's ("Experience with Go"), not someone else's: a physician's,
 *   a customer's, a shopper's ("pairing physician experience with AI", "improve the customer experience in retail").
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const zoneOf = (text: string, phrase: string): string | undefined => {
  const at = text.indexOf(phrase);
  return m.explain(text).segments.find((s) => s.start <= at && at < s.end)?.zone;
};
const co = 'Acme | Remote\n\n';

describe('zones: the "you know" cue', () => {
  it('opens requirements when it asks the hire', () => {
    expect(zoneOf(`${co}You know Python and SQL well.`, 'Python')).toBe('requirements');
    expect(zoneOf(`${co}You know Kubernetes, and you know it inside out.`, 'Kubernetes')).toBe('requirements');
  });
  it('does not when it ends a clause about brands or people', () => {
    expect(zoneOf(`${co}Acme serves shops. We use NLP to help brands you know.`, 'NLP')).not.toBe('requirements');
    expect(zoneOf(`${co}We build tools for brands you know and love.`, 'tools')).not.toBe('requirements');
    expect(zoneOf(`${co}Are you (or someone you know) an engineer in health?`, 'health')).not.toBe('requirements');
  });
  it('keeps the company description out of the skills', () => {
    const ids = m.extract(`${co}Acme delivers support for shops. We use NLP to improve service for brands you know.`);
    expect(ids.some((x) => x.id === 'nlp')).toBe(false);
  });
});

describe("zones: someone else's experience is no requirement", () => {
  it("opens requirements on the hire's experience", () => {
    expect(zoneOf(`${co}Experience with Go and Postgres.`, 'Go')).toBe('requirements');
    expect(zoneOf(`${co}You bring strong user experience with React.`, 'React')).toBe('requirements');
  });
  it("not on a physician's, customer's or shopper's", () => {
    expect(zoneOf(`${co}We are pairing physician experience with AI.`, 'AI')).not.toBe('requirements');
    expect(zoneOf(`${co}We improve the customer experience in retail banking.`, 'banking')).not.toBe('requirements');
    expect(zoneOf(`${co}Our app makes the shopping experience with brands personal.`, 'brands')).not.toBe(
      'requirements',
    );
  });
});
