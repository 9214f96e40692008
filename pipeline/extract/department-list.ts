/**
 * A domain named among the departments or openings a company hires in, not asked of the hire (precision round,
 * issue 11, read on unlabelled HN postings; test/eval/LABELING.md: other roles named only in role lists are
 * context_only):
 *   beside a department  "We are hiring top notch professionals passionate about software development, data science,
 *            design or product management", "looking for team members in: Product Management UX/UI Design Engineering
 *            Management": a department that is no engineer's skill stands beside it (marketing, sales, operations, a
 *            bare list item "design": not "UI/UX design", "design and build") and the sentence hires
 *   openings list  "We have openings in engineering management, backend and embedded engineering, QA, data science",
 *            "fill roles in the following disciplines: Machine Learning, Data Science", "Hiring ... in lots of
 *            disciplines: backend with microservices & distributed systems, big data & data science"
 *   other roles  "We're hiring software engineers for web ..., as well as data engineering, data science, SRE, and
 *            many other roles"
 * Never with an ask noun near ("experience in data science, design or product management" asks). role-lists.ts has
 * the role-noun lists and "all areas, including ..."; decide.ts OPENINGS_LIST_BEFORE the openings named with a dash.
 */
import { askNounNear, sentenceRest } from './ask-near.ts';

const DEPARTMENT =
  /\b(?:marketing|sales|operations|recruiting|finance|product management|engineering management|customer success|business development|go-to-market)\b|,\s*design\s*(?:,|\b(?:and|or)\b)/i;
/** (every DEPARTMENT word holds one of these) */
const DEPARTMENT_STEMS = [
  'design',
  'market',
  'sales',
  'operation',
  'recruit',
  'financ',
  'manage',
  'success',
  'business',
];
const HIRING =
  /\b(?:hiring|looking for|seeking|recruiting|team members|professionals|openings|open (?:roles|positions))\b/i;
/** (every OPENINGS_BEFORE opener holds one of these) */
const OPENING_STEMS = ['opening', 'roles', 'position', 'vacanc', 'disciplin'];
/** the opener ("openings in", "roles in the following disciplines:", "positions:"), then comma items, then at most
 *  four words of the candidate's own item (no pronoun or "to": "Looking for 2 roles: someone to own the front-end,
 *  and a back-end engineer to ... develop the backend for the web app" names the work) */
const OPENINGS_BEFORE =
  /\b(?:openings|roles|positions|vacancies|disciplines)(?:\s+(?:in|for|across)\b(?:\s+the\s+following(?:\s+(?:areas|disciplines|fields))?)?\s*:?|\s*:)\s*(?:[\w/&+()' -]{1,50},\s*){0,10}(?:(?:and|or|&|as well as)\s+)?(?:(?!(?:we|you|our|your|to|who|will|can)\b)[\w/&+-]+\s+){0,4}$/i;
const OTHER_ROLES_AFTER =
  /^[^.!?;\n]{0,60}\b(?:and|&)\s+(?:(?:many|several|various|a few)\s+)?other\s+(?:roles|positions|openings)\b/i;

function besideDepartment(sentenceStart: string | undefined, before: string, rest: string): boolean {
  const near = `${before.slice(-50)} ${rest.slice(0, 50)}`;
  const low = near.toLowerCase();
  if (!DEPARTMENT_STEMS.some((s) => low.includes(s)) || !DEPARTMENT.test(near)) return false;
  return HIRING.test(sentenceStart ?? before);
}

function inOpeningsList(longBefore: string, rest: string): boolean {
  const low = longBefore.toLowerCase();
  if (OPENING_STEMS.some((s) => low.includes(s)) && OPENINGS_BEFORE.test(longBefore)) return true;
  return rest.includes('other') && OTHER_ROLES_AFTER.test(rest);
}

/** True when the domain candidate is one of the departments or openings listed as hired in (see the header). */
export function departmentListed(
  sentenceStart: string | undefined,
  before: string,
  after: string,
  longBefore = before,
): boolean {
  if (askNounNear(before, after)) return false;
  const rest = sentenceRest(after);
  return besideDepartment(sentenceStart, before, rest) || inOpeningsList(longBefore, rest);
}
