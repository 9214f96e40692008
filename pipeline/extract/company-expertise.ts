/**
 * The company's own expertise, not the hire's (preccorp round, on the unlabelled HN corpus): a domain the company
 * says it has, "its" or "our" in front of the ask noun ("MedSec leverages its cybersecurity expertise", "its
 * intimate knowledge of medical devices", "we combine our deep expertise in distributed systems with ..."). An ask
 * of the hire says "your", "you", or none ("knowledge of medical devices", "your experience in payments"). Also
 * what the company was built on or already has: "built on years of experience across X", "we have decades of X
 * experience".
 * Used by decide.ts for domain skills; the ask-cue families of cue-words.ts see "expertise" / "knowledge" alone.
 * Not "our background in" / "our experience in" (round11.test.ts: "We are applying our extensive background in ML
 * research ...", a tune posting labels ML: the hire works with it).
 */
const OWNER = String.raw`\b(?:its|our)\s+(?:[\w-]+\s+){0,2}`;
/** "its cybersecurity expertise", "our ML know-how" */
const OWNED_NOUN_BEFORE = new RegExp(`${OWNER}$`, 'i');
const ASK_NOUN_AFTER = /^\s+(?:expertise|knowledge|know-how|experience|understanding)\b/i;
/** "its intimate knowledge of medical devices", "our expertise in robotics, vision and " */
const OWNED_ASK_BEFORE = new RegExp(
  String.raw`${OWNER}(?:expertise|knowledge|know-how|understanding)\s+(?:of|in|with|about|across)\s+(?:the\s+)?(?:[\w/&+-]+,?\s+(?:(?:and|or|&)\s+)?){0,4}$`,
  'i',
);

/** what the company was built on or already has: "a lab which was built on years of pioneering experience across
 *  distributed systems, programming language theory", "we also have decades of visual design and product management
 *  experience" */
const BUILT_ON_BEFORE =
  /\b(?:built|founded) on\s+(?:(?:years|decades) of\s+)?(?:[\w-]+\s+)?(?:experience|expertise|research)\s+(?:in|across|with)\s+(?:[\w/&+-]+,?\s+(?:(?:and|or|&)\s+)?){0,4}$/i;
const WE_HAVE_YEARS_BEFORE = /\bwe\s+(?:also\s+)?(?:have|bring)\s+(?:years|decades)\s+of\s+(?:[\w/-]+\s+){0,4}$/i;

/** True when the domain candidate is the company's own expertise (see the header). */
export const companyExpertise = (before: string, after: string): boolean =>
  (OWNED_NOUN_BEFORE.test(before) && ASK_NOUN_AFTER.test(after)) ||
  OWNED_ASK_BEFORE.test(before) ||
  BUILT_ON_BEFORE.test(before) ||
  (WE_HAVE_YEARS_BEFORE.test(before) && ASK_NOUN_AFTER.test(after));
