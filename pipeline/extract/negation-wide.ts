/**
 * Negations further from the skill than decide.ts's NEG_BEFORE / NEG_AFTER reach (preccorp round, on the
 * unlabelled HN corpus):
 *   need     "You do not need to have any previous experience in information security", "you don't need a physics
 *            degree or aerospace experience", "We don't require any previous crypto/web3 experience"
 *   or-tail  "prior experience in bioinformatics or biology is NOT required" (the skill, then "or / and / /" items,
 *            then the negated requirement)
 * The words between the negated verb and the skill stay in one clause (no comma, no "but"): "You don't need to
 * know Go, but distributed systems experience is a must" keeps distributed systems.
 */
const NEED_BEFORE =
  /\b(?:(?:do|does|did|will)(?:n['’]t| not)|won['’]t|never)\s+(?:need|require|expect|have to (?:have|know))\b(?:\s+(?!(?:but|however|though|although|yet)\b)[\w/'’-]+){0,8}\s*[\s/]$/i;
const OR_TAIL_AFTER =
  /^(?:\s*(?:\/|,|\bor\b|\band\b|&)\s*[\w-]+){1,3}\s+(?:(?:experience|knowledge|background|expertise)\s+)?(?:is|are)\s+(?:not|NOT|never)\s+(?:required|needed|necessary|a requirement|expected|a must)\b/i;

/** True when a negation of the ask reaches the skill from further away (see the header). */
export const negatedWide = (before: string, after: string): boolean =>
  NEED_BEFORE.test(before) || OR_TAIL_AFTER.test(after);
