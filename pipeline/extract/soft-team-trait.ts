/**
 * A soft trait describing the team the hire joins, not asked of the hire (domprec2 round, tune half and the
 * unlabelled HN corpus; LABELING.md: culture words about the team are context_only): "join a collaborative, fun and
 * hardworking team", "work in a highly motivated team", "be part of our curious, kind team". The trait word sits
 * right before "team" after "a" / "our" (soft-culture.ts has "company", "culture", "workplace"; "team" is here for
 * the article frame it needs). Not "a hardworking team member" / "team player" (the hire), not a verb phrase.
 */

/** "in a", "join our", "part of a", then up to three trait words with commas / and */
const TEAM_FRAME_BEFORE =
  /\b(?:in|into|on|join|joining|with|of|to)\s+(?:a|an|our|the|this)\s+(?:(?:small|young|great|dynamic|fun|friendly|international|remote|diverse|highly|very|super|tight-knit|talented)\s*,?\s+)*(?:[\w-]+,?\s+(?:(?:and|&)\s+)?){0,3}$/i;
/** after the trait: more traits, then "team(s)" not followed by member / player / lead */
const TEAM_AFTER =
  /^(?:,\s+(?:(?:and|&)\s+)?[\w-]+|\s+(?:and|&)\s+[\w-]+){0,3}\s+(?:engineering\s+|dev\s+|development\s+|product\s+)?teams?\b(?!\s*[-‐]?\s*(?:members?|players?|leads?|leaders?|mates?|oriented|spirit))/i;

/** True when the one-word soft trait describes the team (`before`/`after`: decide.ts Evidence). */
export function softTeamTrait(surface: string, before: string, after: string): boolean {
  if (/\s/.test(surface.trim())) return false;
  return TEAM_FRAME_BEFORE.test(before) && TEAM_AFTER.test(after);
}
