/**
 * A soft skill that the company or its team says it practises, in a clause of its own, not asked of the hire
 * (precision round, issue 11, read on unlabelled HN postings; test/eval/LABELING.md: culture words about the team are
 * context_only):
 *   "We value diversity of experience and thought, ... and are committed to always learning new things",
 *   "Our team is passionate about working on hard problems, emphasizes collaboration and mentorship",
 *   "We like React, Go and Kubernetes (among other things) and love learning how to push the boundaries"
 * The sentence opens with "we" or "our team" and never turns to the hire ("We are looking for makers who love
 * learning", "we want someone committed to mentoring"). soft-culture.ts has "a culture of", "we value <items>".
 */
const WE_SUBJECT = /^\W*(?:we\b|our\s+(?:[\w-]+\s+)?(?:team|company|culture|people|engineers)\b)/i;
const HIRE =
  /\b(?:you(?:'ll|’ll|'re|’re|r)?|looking|seeking|hiring|candidates?|ideal|someone|anyone|people who|engineers? who|want|need|expect)\b/i;
const CLAUSE_VERB_BEFORE =
  /\b(?:committed to|dedicated to|emphasi[sz]es?|prioriti[sz]es?|love|passionate about|obsessed with|big on)\s+(?:(?:always|constantly|continuously)\s+)?(?:[\w-]+,?\s+(?:(?:and|&)\s+)?){0,3}$/i;
/** ... unless the people the company hires follow: "We love product-minded engineers" */
const PERSON_AFTER =
  /^(?:\s+[\w-]+)?\s+(?:engineers?|developers?|people|folks|candidates?|individuals|teammates|hires|designers?|talent)\b/i;
/** the verb is the surface's own first word ("love learning"), after the subject or an "and" */
const LOVE_SURFACE = /^lov/i;
const SUBJECT_OR_AND_BEFORE = /\b(?:we|and)\s+$/i;

/** True when the soft candidate is the company's or team's own practice, told in its clause (see the header). */
export function softWeClause(
  sentenceStart: string | undefined,
  before: string,
  after: string,
  surface: string,
): boolean {
  if (sentenceStart === undefined || !WE_SUBJECT.test(sentenceStart)) return false;
  if (PERSON_AFTER.test(after)) return false;
  if (HIRE.test(sentenceStart) || HIRE.test(before)) return false;
  if (LOVE_SURFACE.test(surface) && SUBJECT_OR_AND_BEFORE.test(before)) return true;
  return CLAUSE_VERB_BEFORE.test(before);
}
