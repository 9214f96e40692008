/**
 * A soft skill that is the setting the hire joins, not asked of them (precision round, issue 11, read on unlabelled
 * HN postings; test/eval/LABELING.md: culture words about the team are context_only):
 *   culture that  "a startup with a culture that loves learning, technical problem solving", "a stable environment
 *                 that emphasizes and rewards the entrepreneurial spirit"
 *   appreciated   "where creativity and outside-the-box-thinking are highly appreciated" (not "valued": soft-frames.ts
 *                 reads "we value" as what the company hires for)
 *   surrounded    "being surrounded by smart, pragmatic colleagues"
 * soft-culture.ts has "a team that leads with / values", "a culture of".
 */
const SETTING_VERB = '(?:loves?|rewards?|appreciates?|encourages?|fosters?|emphasi[sz]es|promotes?|celebrates?)';
const SETTING_THAT = String.raw`\b(?:culture|environment|team|company|place|workplace)\s+(?:that|which|where)\s+`;
const ITEMS = String.raw`(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)){0,3}`;
const CULTURE_THAT_BEFORE = new RegExp(
  String.raw`${SETTING_THAT}${SETTING_VERB}(?:\s+(?:and|&)\s+${SETTING_VERB})?\s+(?:the\s+)?${ITEMS}(?:[\w-]+\s+)?$`,
  'i',
);
/** the verb is the surface's own first word ("a culture that loves learning") */
const CULTURE_THAT_END = new RegExp(`${SETTING_THAT}$`, 'i');
const VERB_SURFACE = /^(?:lov|rewar|apprec|encour|foster|emphas|promot|celebr)/i;
const APPRECIATED_AFTER =
  /^(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:is|are)\s+(?:(?:highly|deeply|truly|really|greatly)\s+)?(?:appreciated|encouraged|celebrated|rewarded|prized)\b/i;
const SURROUNDED_BEFORE = /\bsurrounded by\s+(?:[\w-]+,?\s+(?:(?:and|&)\s+)?){0,3}$/i;

/** True when the soft candidate describes the setting the hire joins (see the header). */
export function softSetting(surface: string, before: string, after: string): boolean {
  const low = before.toLowerCase();
  if (low.includes('that ') || low.includes('which ') || low.includes('where ')) {
    if (VERB_SURFACE.test(surface) && CULTURE_THAT_END.test(before)) return true;
    if (CULTURE_THAT_BEFORE.test(before)) return true;
  }
  if (low.includes('surrounded') && SURROUNDED_BEFORE.test(before)) return true;
  return (after.includes(' are ') || after.includes(' is ')) && APPRECIATED_AFTER.test(after);
}
