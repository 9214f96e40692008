/**
 * A soft skill offered to the hire, not asked of them (precision round, issue 11, read on unlabelled HN postings;
 * test/eval/LABELING.md: an offer is context_only):
 *   ownership  "You'll have ownership over the features you create", "you'll have lots of ownership over your domain"
 *              (not "You have a strong sense of ownership", "engineers that like to have ownership", "You will own")
 *   growth     "room to grow into startup leadership", "can grow into leadership positions" (not "lead a team")
 */
const OWNERSHIP = /ownership/i;
const OFFER_BEFORE =
  /\byou(?:'ll|’ll| will| would|'d| get to)?\s+(?:have|get|gain|be given|enjoy)\s+(?:(?:a lot of|lots of|full|real|true|complete|significant|huge|more|plenty of|tons of|a high degree of|a great deal of|autonomy and)\s+)?$/i;
/** "you will have" only with a will / 'll / get: "You have ownership" in a requirements list describes the hire */
const YOU_HAVE_PLAIN = /\byou\s+have\s+\S*\s*$/i;
const LEADER = /^lead/i;
const GROW_INTO_BEFORE =
  /\b(?:grow|growing|step|stepping|move|moving|advance|progress|path|transition)\s+(?:in)?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/i;

/** True when the soft candidate is offered to the hire (see the header). */
export function softOffered(surface: string, before: string): boolean {
  if (OWNERSHIP.test(surface)) return OFFER_BEFORE.test(before) && !YOU_HAVE_PLAIN.test(before);
  if (LEADER.test(surface)) return before.includes('to') && GROW_INTO_BEFORE.test(before);
  return false;
}
