/**
 * A technical kind of work that is also a job title (DevOps, SRE, QA, sysadmin, platform / release engineering) named
 * only as an opening, a person or a list heading, not a skill asked of the hire (techprec round, on the unlabelled
 * HN corpus; test/eval/LABELING.md: "a kind of work named only as a title (Backend, SRE, Data Science) is
 * context_only"). decide.ts asks it for the tech role areas (kinds.ts ROLE_AREA), which its domain rules skip:
 *   openings  an item of a list of the openings or teams hired for: "hiring for a number of positions, including a UX
 *             Lead, QA, senior backend engineers, full stack web, SRE, iOS", "Open positions in Engineering,
 *             Infrastructure/DevOps, Content", "We are hiring Software Engineers, Test Engineers, SRE, and a PM"
 *   person    a person holding the title: "I work for Acme as an SRE", "like myself and the other SRE's" (not the
 *             hire's: "As an SRE on the CAS team you'll be working with ...")
 *   heading   the group heading of a list item: "- SRE/DevOps: Azure cloud architect, ideally with AKS", a stack
 *             list's "DevOps: AWS, Terraform" (LABELING.md: group headings "Server/DevOps:" are not skills)
 *   bracket   the specialty of a role title in brackets: "Senior Cloud Engineer (DevOps)", "Software Engineer (Cloud
 *             Service Development, DevOps & Infrastructure)"
 * Not an ask ("experience with DevOps", "DevOps and administration skills", "interest in Site Reliability
 * Engineering"), nor a technology title ("iOS Engineer", "Positions: iOS, Android": those stay tech skills).
 */
import type { Evidence } from './evidence.ts';

/** the surfaces of the tech role areas that are kinds of work, not technologies */
const AREA_SURFACE =
  /^(?:dev[ -]?ops|sres?|site reliability(?: engineering)?|qa|quality assurance|software quality(?: assurance)?|sys ?admins?|system administration|release engineering|platform engineering|devsecops)$/i;

/** the openings cue, then list items only (a role item may carry a bracket: "Software Engineers (front-end)"); group 1
 *  holds the items */
const OPENINGS_BEFORE =
  /\b(?:openings|open (?:roles|positions|reqs)|positions|vacancies|roles|hiring(?: for)?|recruiting (?:across|for))(?: (?:the|all|many|several|multiple|various) (?:roles|positions|teams|areas))?\s*(?:[-:–—(;,]\s*)?(?:(?:including|in|for|across|like|such as)\s+)?((?:(?:an?\s+)?[\w/&+.' -]{1,40}?(?:\s*\([^)]{0,40}\))?(?:,\s*|\s+(?:and|&)\s+|\s+[-–—]\s+)){1,10}(?:(?:and|&)\s+)?)(?:an?\s+)?(?:[\w.+#-]+\s*\/\s*)?$/i;
/** ... whose items are roles or teams: one of them names a role noun or a team word */
const ROLE_ITEM =
  /\b(?:engineers?|engineering|developers?|designers?|design|managers?|leads?|scientists?|analysts?|marketing|sales|product|support|operations|data|content|infrastructure|backend|frontend|front-end|back-end|full[- ]?stack|ux|mobile|security|ios|android)\b/i;
/** a person holding the title: "as an SRE", "the other SRE's", "fellow DevOps engineers" is ROLE_AFTER's */
const PERSON_BEFORE =
  /\b(?:as an?|(?:the |our )?other|fellow)\s+(?:(?:senior|sr\.?|lead|staff|principal|junior)\s+)?$/i;
const PERSON_AFTER = /^(?:'s|’s|s)?\s*(?:[,.;:!?)]|and\b|or\b|who\b|on\b|at\b|in\b|with\b|$)/i;
const YOU_AFTER = /^[^.!?]{0,60}\byou\b/i;
/** a group heading: the item opens with the area (or "X/" first) and a colon follows (or "/Y:") */
const HEADING_BEFORE = /(?:^|\n|[-*•·]\s*)\s*(?:[\w.+#-]+\s*\/\s*)?$/;
const HEADING_AFTER = /^\s*(?:\/\s*[\w.+#-]+\s*)?:\s*\S/;
/** a role title's bracketed specialty: "Senior Cloud Engineer (DevOps)" */
const BRACKET_BEFORE =
  /\b(?:engineers?|developers?|architects?|leads?|managers?|specialists?|consultants?)\s*\(\s*(?:[^()]{0,60}?(?:,\s*|\s+(?:and|&)\s+))?(?:[\w.+#-]+\s*\/\s*)?$/i;
const BRACKET_AFTER = /^\s*(?:(?:\/|,|&|and\b)\s*[\w.+#& -]{0,40})?\)/i;

/** The reason a tech role-area candidate is only a title (see the header), or null. */
export function techAreaTitled(ev: Evidence): string | null {
  if (ev.kind !== 'tech' || !ev.roleArea || !AREA_SURFACE.test(ev.surface.trim())) return null;
  const { before, after, zone } = ev;
  if (zone !== 'requirements' && zone !== 'nice_to_have') {
    const m = OPENINGS_BEFORE.exec(ev.longBefore ?? before);
    // (not the roles the hire takes on: "you'll assume several roles including front-end, back-end, devops")
    if (m && ROLE_ITEM.test(m[1]!) && !/\byou\b/i.test(ev.sentenceStart ?? '')) return 'role-list';
  }
  // (not the hire's own role told to them: "As an SRE on the CAS team you'll be working with ...")
  if (PERSON_BEFORE.test(before) && PERSON_AFTER.test(after) && !YOU_AFTER.test(after)) return 'role-title';
  if (HEADING_BEFORE.test(before) && HEADING_AFTER.test(after)) return 'role-heading';
  if (BRACKET_BEFORE.test(before) && BRACKET_AFTER.test(after)) return 'role-title';
  return null;
}
