/**
 * A soft skill that is the company's or the team's culture, not asked of the hire (preccorp round, on the
 * unlabelled HN corpus; test/eval/LABELING.md: culture words about the team are context_only):
 *   values   the sentence opens with the company's values: "Our engineering values include being product minded,
 *            taking ownership of your work, collaborating across the org, being pragmatic, having low ego"
 *   trait    the team is the subject and the skill its predicate: "Our team (currently 52 strong) is ambitious yet
 *            humble", "Our people are curious and kind"
 *   leads    a team or culture that leads with / values / focuses on it: "work on a team that leads with empathy",
 *            "We have a strong culture that focuses on Ownership, Humility", "a culture of ownership and curiosity"
 *   we value the company's own values: "We value freedom, autonomy, ownership, good communication", "we believe in
 *            owning the outcome", "We love solving complex problems at scale" (soft-frames.ts: not a frame)
 *   culture noun  the trait of the company, its culture or the hire's colleagues: "Customer-focused and
 *            values-driven engineering company seeks ...", "our collaborative culture", "Highly motivated and friendly
 *            colleagues" (a perk; not "a collaborative environment": often the ask's setting)
 *   invite   "If you're curious about how we work, check out ...", "If you're curious, please feel free to shoot me a
 *            note" (decide.ts INVITE_AFTER has "curious about us / our / joining")
 * Not when the sentence turns to the hire ("Our team is looking for curious engineers", "We value engineers who
 * communicate clearly" is left to soft-frames.ts).
 */
const VALUES_HEAD =
  /^\W*(?:our|[A-Z][\w&.-]*(?:'s|’s))\s+(?:[\w-]+\s+){0,2}(?:values|principles|tenets)\s+(?:include|includes|are|:)/i;
const TEAM_TRAIT_HEAD =
  /^\W*(?:our|the)\s+(?:[\w-]+\s+)?(?:team|culture|people|company)\b(?:\s*\([^)]{0,40}\))?\s+(?:is|are)\s/i;
const TRAIT_BEFORE = /\b(?:is|are)\s+(?:[\w-]+,?\s+){0,4}$/i;
/** up to four list items of one or two words, each closed by a comma or an and / & ("Ownership, ") */
const ITEMS = String.raw`(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)){0,4}`;
const LEADS_WITH = new RegExp(
  String.raw`(?:\b(?:team|company|culture|place)\s+(?:that|which|who|where we)\s+(?:leads? with|values?|prizes?|celebrates?|embraces?|focus(?:es)? on|emphasi[sz]es|is built (?:on|around)|believes? in)|\bculture\s+of|\bwe\s+(?:value|prize|celebrate|believe in|love|care (?:deeply )?about))\s+${ITEMS}(?:(?:good|great|clear|open|honest|real|true|strong)\s+)?$`,
  'i',
);
const CULTURE_NOUN_AFTER =
  /^(?:\s+(?:and|&)\s+(?!(?:the|a|an|our|their|its|your)\b)[\w-]+(?:\s+(?!(?:the|a|an|our|their|its|your)\b)[\w-]+)?)?\s+(?:(?!(?:the|a|an|our|their|its|your)\b)[\w-]+\s+)?(?:company|culture|workplace|atmosphere)\b/i;
/** ... a one-word trait, not a verb phrase ("likes to take ownership and shape the company"), and not a culture the
 *  hire is asked to like ("The ideal candidate loves a customer-centric culture") */
const HIRE_LIKES_BEFORE = /\b(?:loves?|enjoys?|likes?|thrives? in|wants?|values?|seeks?)\s+(?:an?\s+)?$/i;
/** the hire's colleagues described by a trait word ("Highly motivated and friendly colleagues"; not the verb phrase
 *  "the ability to effectively collaborate with colleagues") */
const COLLEAGUES_AFTER = /^(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:colleagues|co-?workers|peers)\b/i;
const TRAIT_WORD = /(?:ed|ive|ous|ful|ent|ant)$/i;
const HIRE = /\b(?:you(?:'ll|’ll|'re|’re|r)?|looking|seeking|hiring|candidates?|ideal)\b/i;

/** True when the soft candidate is a culture word of the company or team (see the header). */
/** ... unless the people hired follow: "We love product-minded engineers", "we value curious people" */
const PERSON_AFTER =
  /^(?:,?\s+(?:(?:and|&)\s+)?[\w-]+)?\s+(?:engineers?|developers?|people|folks|candidates?|individuals|teammates|hires|designers?|talent|humans|persons?)\b/i;

const IF_YOU_BEFORE = /\bif you(?:'re|’re| are)\s+$/i;
const INVITE_AFTER =
  /^\s+about\s+(?:how|who|why|where|what)\s+(?:we|our|it)\b|^\s*,\s*(?:please|feel free|reach out|drop|send|email|shoot|get in touch|check out|read|take a look|apply|come)\b/i;

export function softCulture(sentenceStart: string | undefined, before: string, after: string, surface = ''): boolean {
  if (TRAIT_WORD.test(surface) && COLLEAGUES_AFTER.test(after)) return true;
  if (IF_YOU_BEFORE.test(before) && INVITE_AFTER.test(after)) return true;
  if (LEADS_WITH.test(before) && !PERSON_AFTER.test(after)) return true;
  if (!/\s/.test(surface.trim()) && !HIRE_LIKES_BEFORE.test(before) && CULTURE_NOUN_AFTER.test(after)) return true;
  if (sentenceStart === undefined) return false;
  if (VALUES_HEAD.test(sentenceStart)) return true;
  return TEAM_TRAIT_HEAD.test(sentenceStart) && TRAIT_BEFORE.test(before) && !HIRE.test(sentenceStart);
}
