/**
 * A surface that names two skills at once (issue 11, recen): "UI/UX" and "UX/UI" are both UI design and UX design
 * to the annotators (the tune half's readers label both in 7 of the 8 postings where "UI/UX" is kept as UI design),
 * while the taxonomy gives one surface one skill. When the decision keeps such a surface, the matcher keeps its
 * companion skill on the same span with the same rule (matcher.ts); a dropped surface drops both. Not in postings
 * with dense-script text: the Chinese tune readers label "UI/UX" as UI design alone about as often as both (tune
 * half with it: +3 true, +2 false positives).
 */
const PAIRS: readonly [RegExp, string, string][] = [
  [/^(?:ui\s*\/\s*ux|ux\s*\/\s*ui)$/i, 'ui-design', 'ux-design'],
  // "unit/integration tests", "unit and integration testing", "integration and unit tests" (methodrec): both kinds of
  // test, one surface (an alias of Integration testing, taxonomy 06-security-testing.txt)
  [/^(?:unit\s*(?:\/|and|&)\s*integration|integration\s+and\s+unit)\s+test(?:s|ing)$/i, 'e2e-testing', 'unit-testing'],
];

/** The other skill a kept surface also names, or undefined. */
export function companionOf(id: string, surface: string): string | undefined {
  for (const [re, a, b] of PAIRS) {
    if (!re.test(surface)) continue;
    if (id === a) return b;
    if (id === b) return a;
  }
  return undefined;
}
