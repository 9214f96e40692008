/**
 * A soft skill said as a duty of the hire (issue 11, recen): the alias is a verb phrase ("collaborate with",
 * "solve problems", "mentor junior", "work independently", "taking ownership") and the text before it makes the
 * hire its subject, outside the ask zones (role and other; the requirements zone keeps it anyway):
 *   frame     you / you'll / will / enough to / able to / ability to right before it, or "to" after the hire or
 *             the hire's chance: "As a Full Stack developer, you will collaborate with ...", "Brave enough to
 *             implement solutions to challenging problems", "a Lead Engineer to take ownership of ..."
 *   bullet    it opens a list item marked by a dash, an en or em dash or a bullet: "– Collaborate with our CTO"
 *   duty list it follows ", ", "and" or "by" inside a sentence that addresses the hire (you) or opens a list item:
 *             "You'll develop new interfaces and maintain our frontend, collaborate with design and backend teams",
 *             "– Review code, mentor junior engineers, and foster a culture of excellence", "- Develop scalable
 *             systems by collaborating across Data, Product and Research teams"
 * Not in a sentence told in the company's voice with no turn to the hire ("We build tools and collaborate with
 * hospitals", "Enigma links data sources to ... inform decisions, solve problems"), nor after "help" ("help solve
 * problems with our existing feeds" names the team's task).
 */
import type { Evidence } from './evidence.ts';

/** the soft aliases that are verb phrases (not nouns or adjectives: "teamwork", "problem solver", "curious") */
const VERB_SURFACE =
  /^(?:collaborat(?:e|ing)|solv(?:e|ing)|tackl(?:e|ing)|mentor(?:ing)?\s|work(?:ing)?\s|tak(?:e|ing)\s|communicat(?:e|ing)|implement)/i;
const FRAME_BEFORE = /\b(?:you(?:'ll|’ll| will| would| can| get to)?|will|'ll|’ll|enough to|able to|ability to)\s+$/i;
/** "to" only after the hire or the hire's chance: "a Lead Engineer to take ownership of", "expect you to take
 *  ownership", "the opportunity to collaborate with" (not "empower our engineers to solve problems", "our team
 *  loves to collaborate", "a passion to solve problems": the company's people) */
const TO_BEFORE =
  /\b(?:you|opportunit(?:y|ies)|chance|expected|responsible|engineer|developer|scientist|designer|hire|someone|person|candidate)\s+(?:[\w-]+\s+){0,2}?to\s+$/i;
/** "by collaborating across ..." only in a sentence addressing the hire (not "we deliver faster by collaborating with
 *  clients") */
const BY_BEFORE = /\bby\s+$/i;
const BULLET_BEFORE = /(?:^|\s)[-*•·–—]\s*$/;
const LIST_BEFORE = /(?:,|\band)\s+$/i;
const HELP_BEFORE = /\bhelp\s+(?:to\s+)?$/i;
const ADDRESSES_HIRE =
  /\b(?:[Yy]ou(?:'ll|’ll| will| would)?|[Ss]omeone|[Tt]he candidate|[Tt]his (?:role|position))\b|(?:^|\s)[-*•·–—]\s*[A-Z]/;
const COMPANY_VOICE = /^\W*(?:we(?:'re|’re|'ve|’ve)?|our|[A-Z][\w.&-]*\s+(?:is|are|links|builds|helps|provides))\b/;
const HIRE_IN_SENTENCE = /\b(?:you(?:'ll|’ll|r)?|looking for|seeking|hiring|candidates?|responsible for)\b/i;

/** the person hired, described by a who-clause right before the trait: "Someone who loves to learn", "candidates
 *  who are curious and humble", "an engineer who takes ownership" (singular or candidates: "our engineers who love
 *  to collaborate" is the team) */
const PERSON_WHO_BEFORE =
  /\b(?:someone|somebody|candidates?|(?:an?|the) (?:person|individual|engineer|developer|designer|scientist|hire|candidate))\s+who\s+(?:(?:is|are|has|have|loves?|enjoys?|likes?|brings?|shows?|demonstrates?)\s+)?(?:(?:a|an|the|very|highly|truly|naturally|genuinely)\s+)?(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,2}$/i;

/** A trait of the person hired, said in a who-clause (see PERSON_WHO_BEFORE). */
export const personWho = (before: string): boolean => PERSON_WHO_BEFORE.test(before);

/** True when the soft-skill candidate is a duty the hire does (see the header). */
export function softDuty(ev: Evidence): boolean {
  if (!VERB_SURFACE.test(ev.surface) || HELP_BEFORE.test(ev.before)) return false;
  const start = ev.sentenceStart ?? '';
  if (COMPANY_VOICE.test(start) && !HIRE_IN_SENTENCE.test(start)) return false;
  if (FRAME_BEFORE.test(ev.before) || TO_BEFORE.test(ev.before) || BULLET_BEFORE.test(ev.before)) return true;
  const addresses = ADDRESSES_HIRE.test(start) || ADDRESSES_HIRE.test(ev.before);
  return (LIST_BEFORE.test(ev.before) || BY_BEFORE.test(ev.before)) && addresses;
}
