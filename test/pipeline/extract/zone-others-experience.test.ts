/**
 * "experience with / in" opens the requirements zone when it is the hire's ("Experience with Go"), not when it is
 * someone else's: a patient's, a customer's, a shopper's ("pairing physician experience with AI", "improve the
 * customer experience in retail", "enjoy effortless and personal shopping experience with ..."). Stop 37.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const zoneOf = (text: string, phrase: string): string | undefined => {
  const at = text.indexOf(phrase);
  return m.explain(text).segments.find((s) => s.start <= at && at < s.end)?.zone;
};
const co = 'Acme | Remote\n\n';

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
