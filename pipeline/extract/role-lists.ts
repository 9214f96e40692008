/**
 * A kind of work that names another role, team or department, not work asked of the hire (preccorp round, on the
 * unlabelled HN corpus; test/eval/LABELING.md: a kind of work named only as a title, other roles named only in
 * role lists, are context_only). Used by decide.ts for domain skills.
 *   role list   an item of a bullet list whose previous item is a role title: "* Data Scientist * ML Engineering
 *               * Research Scientist (PhD's) * Product Strategy", "Open Roles: Security Engineer <> Devops"
 *   disciplines the disciplines a team spans or hires in, in prose: "big thinkers in all areas, including Backend,
 *               Frontend, Data, Devops, Design, Marketing, BD" (not an ask in requirements: "experience in several
 *               areas such as ML")
 *   role plural the items right after a plural role noun and a dash or colon: "we are looking for stellar
 *               marketers - Demand Generation, Product Marketing, Content Marketing"
 *   head of     a second area after "Head of": "Head of Marketing & Social Media"
 *   role noun   an area before a role noun that ROLE_AFTER (decide.ts) lacks: "Public Relations Associate",
 *               "Customer Success Coordinator"; a team before "group" / "department": "join our data science group"
 *   partner     the teams the hire works with: "working closely with product management, mechanical engineering,
 *               firmware engineering", "work closely with our engineering, pre-sales and customer success teams"
 * Not a specialty in brackets ("Research Scientists (PhD with focus in ML/NLP)"), nor an ask ("experience working
 * with machine learning", "collaborate on distributed systems").
 */
const ROLE_WORD = String.raw`(?:engineers?|developers?|scientists?|managers?|designers?|analysts?|architects?|researchers?|associates?|marketers?|recruiters?|writers?|leads?|interns?|specialists?|consultants?)`;
/** the previous list item ends with a role noun (and an optional bracket), then a bullet mark */
const PREV_ROLE_ITEM = new RegExp(String.raw`\b${ROLE_WORD}(?:\s*\([^)]{0,40}\))?\s*(?:[*•·|]|<>|\s[-–—]\s)\s*$`, 'i');
/** ... and the candidate fills its own item (an area word may close it: "ML Engineering") */
const ITEM_CLOSES =
  /^(?:\s+(?:engineering|research|science|design|operations|marketing|strategy|management))?\s*(?:[*•·|]|<>|\s[-–—]\s|\n|$)/i;
/** items right after a plural role noun and a dash or colon, nothing but list marks between */
const ROLE_PLURAL_LIST =
  /\b(?:marketers|engineers|developers|designers|scientists|researchers|roles|positions)\s*[-–—:]\s*(?:[\w/&+ -]{1,40},\s*){0,8}(?:(?:and|&)\s+)?$/i;
/** the disciplines a company or team spans or hires in, listed in prose (zonecomp round): "team members who are big
 *  thinkers in all areas, including Backend, Frontend, Data, Devops, Design, Marketing, BD", "hiring in lots of
 *  disciplines: backend, data science, ..." */
const DISCIPLINE_LIST =
  /\b(?:all|many|lots of|a number of|several|various|multiple|different|numerous)\s+(?:areas|disciplines|functions|departments|teams|fields)\b(?:,?\s+(?:including|such as|like|from|across)\b|\s*:)\s*(?:[\w/&+.-]+(?:\s+[\w/&+.-]+){0,3},\s*){0,10}(?:(?:and|or|&)\s+)?(?:[\w/&+.-]+\s+){0,2}$/i;
const HEAD_OF_SECOND = /\b(?:head|director|vp|vice president|chief)\s+of\s+[\w-]+(?:\s+[\w-]+)?\s*(?:&|and|\/)\s*$/i;
const ROLE_NOUN_AFTER =
  /^(?:\s*\/\s*[\w.+#-]+)*\s+(?:associates?|coordinators?|representatives?|reps?|executives?|strategists?|officers?)\b/i;
const TEAM_NOUN_AFTER = /^\s+(?:groups?|departments?)\b/i;
const TEAM_OWNER_BEFORE = /\b(?:our|the|join|joining)\s+(?:[\w-]+\s+){0,3}$/i;
const PARTNER_BEFORE =
  /\b(?:closely|collaborat(?:e|es|ing)(?:\s+(?:heavily|tightly|directly|daily))?|partner(?:s|ing)?|liais(?:e|es|ing))\s+with\s+(?:(?:our|the|other|your)\s+)?(?:[\w/&-]+(?:\s+[\w/&-]+){0,2},\s+(?:(?:and|or|&)\s+)?){0,5}$/i;

/** The reason a domain candidate names another role or team (see the header), or null. */
export function namesOtherRole(before: string, after: string, zone: string, longBefore = before): string | null {
  // (not in the header line, whose fields after the role are its specialty: "Research Engineers/Scientists -
  // Planning, Control, Image Processing | Budapest")
  if (zone !== 'header' && PREV_ROLE_ITEM.test(before) && ITEM_CLOSES.test(after)) return 'role-list';
  if (zone !== 'header' && zone !== 'requirements' && zone !== 'nice_to_have' && ROLE_PLURAL_LIST.test(before))
    return 'role-list';
  if (zone !== 'header' && zone !== 'requirements' && zone !== 'nice_to_have' && DISCIPLINE_LIST.test(longBefore))
    return 'role-list';
  if (HEAD_OF_SECOND.test(before) || ROLE_NOUN_AFTER.test(after)) return 'role-title';
  if (TEAM_NOUN_AFTER.test(after) && TEAM_OWNER_BEFORE.test(before)) return 'role-title';
  if (PARTNER_BEFORE.test(before)) return 'mention:partner-team';
  return null;
}
