/**
 * A kind of software work (frontend, backend, full stack, web, mobile, cross-platform) named as the work the hire
 * does, not as a role title (issue 11, recen). decide.ts drops these generic areas unless an ask sits right next to
 * them; role titles ("Backend Engineer", "Full Stack" in the header) stay dropped before this is asked
 * (test/eval/LABELING.md: a kind of work named only as a title is context_only). Kept here when the text says the
 * hire does the work:
 *   activity   the surface names the activity itself: "Key skills: Python, Django, full stack development"
 *   dev-after  the area, or a coordination of areas, before "development / programming / work": "5+ years in front
 *              end and back end web development", "frontend/backend web development", "frontend work is a plus"
 *   work-on    working across / on / into it, contributing to it, experience across it, the work being mostly on
 *              it, with up to three list items between ("comfortable working across backend, frontend, and mobile
 *              client stacks", "contribute to both backend systems and frontend interfaces", "The work is mostly on
 *              the back-end", "jumping into the Backend", "work with us on web and mobile applications")
 *   across     working across the layers: "you'll work across the stack", "experience across the entire stack"
 *   built      the area as the thing the hire builds or keeps (issue 11, recall3): "everything from building the
 *              frontend tools to ...", "- Building full stack web and digital products", "develop new interfaces and
 *              maintain our frontend" (not "building the frontend team", "we are building a fullstack platform": the
 *              verb is the company's when "we" says it, or "in addition to building our back end, we ..."; the caller skips the company's own sentences)
 *   lean       the area the role leans to: "a backend-leaning fullstack dev", "primarily backend focussed role",
 *              "a front-end engineer with a full-stack mentality", "heavy back end lean" (not "a frontend focused
 *              engineer": the role noun)
 * Never in the company zone or a sentence of the company describing itself (the caller checks): "We design and
 * develop web and mobile applications for startups" is the company's business.
 */
import type { Evidence } from './evidence.ts';

/** the software areas this applies to (not engineering management, code quality, research: other generic skills) */
const AREA_SURFACE =
  /^(?:(?:front|back)[- ]?end|full[- ]?stack|web|mobile|server[- ]side|client[- ]side|cross[- ]platform)\b/i;
/** "work across the stack", "across the entire stack": the alias itself says the hire works there */
const ACROSS_SURFACE = /^across the\b/i;
/** ... right after the work or the knowledge ("you'll work all across the stack", "experience across the stack"), not
 *  "hiring (engineers) across the stack", "we use Clojure across the stack", "challenges across the stack" */
const ACROSS_WORK_BEFORE = /\b(?:work(?:s|ing)?|experience|knowledge|contribut(?:e|ing))\s+(?:all\s+)?$/i;
const ACTIVITY_SURFACE = /\b(?:development|programming)$/i;
/** a bare area word (not "web applications": "web applications focused on reducing cost" is a product) */
const BARE_AREA = /^(?:(?:front|back)[- ]?end|full[- ]?stack|mobile|web)$/i;
/** the activity naming a team, a role, a business or a course: "development team", "Web Development Instructor",
 *  "mobile app development agencies", "Android Mobile Development Curriculum Developer" */
const NOT_ACTIVITY_AFTER =
  /^\s+(?:teams?|managers?|leads?|agenc(?:y|ies)|shops?|studios?|company|companies|firms?|instructors?|curriculum|bootcamps?|courses?|roles?|positions?|engineers?|developers?)\b/i;
const AREA = String.raw`(?:(?:front|back)[- ]?end|full[- ]?stack|mobile|web)`;
/** "(and back end) (web) development", not "development team / manager" (a team or a role) */
const DEV_AFTER = new RegExp(
  String.raw`^\s*(?:(?:[/,+&]|and|or)\s*${AREA}\s*)*(?:web\s+|software\s+|application\s+|app\s+)?(?:development|programming|dev work|work)\b(?!\s+(?:teams?|managers?|leads?|agenc(?:y|ies)|shops?|studios?|company|companies|firms?|instructors?|curriculum|bootcamps?|courses?|roles?|positions?|engineers?|developers?)\b)`,
  'i',
);
const WORK_ON_BEFORE =
  /\b(?:work(?:s|ing)?(?: with us)?|experience|contribut(?:e|ing)|jump(?:ing)?|focus(?:ed|ing)?|mostly|primarily|heavily)\s+(?:across|on|to|into)\s+(?:both\s+|the\s+|our\s+)?(?:[\w/+-]+,?\s+(?:(?:and|or|&)\s+)?){0,3}$/i;
/** not "a frontend focused engineer", "back-end focussed developers": the area there is the role noun's modifier, a
 *  title like "Backend Engineer" (test/eval/LABELING.md), unlike "a backend-leaning fullstack dev" or "a backend focused
 *  role" */
const LEAN_AFTER =
  /^(?:[\s-]*(?:leaning|heavy|focus(?:s)?ed(?![\s-]+(?:software\s+)?(?:engineers?|developers?|devs?|programmers?)\b)|mentality|mindset)\b|\s+lean\b)/i;
/** a build or upkeep verb opening an item, after "to / you'll / and / from", with an optional determiner and one word
 *  between: "- Building full stack web", "from building the frontend tools", "and maintain our frontend" */
const BUILT_BEFORE =
  /(?:^\s*|[-*•:;(]\s*|\b(?:(?<!addition )to|you(?:'ll|’ll| will| would)?|will|and|from|help)\s+)(?:build(?:ing)?|rebuild(?:ing)?|develop(?:ing)?|maintain(?:ing)?|own(?:ing)?|writ(?:e|ing)|improv(?:e|ing))\s+(?:(?:the|our|your|a|an)\s+)?(?:[\w-]+\s+)?$/i;
/** "we'll build our frontend", "we are developing a fullstack platform": the company's own work */
const WE_BEFORE = /\bwe(?:'ll|’ll|'re|’re| are| will)?\s+(?:\w+\s+){0,2}$/i;
/** the area names a team or a person: "building the frontend team", "to build our backend engineers' tools" */
const PEOPLE_AFTER =
  /^\s*(?:[\w-]+\s+)?(?:teams?|engineers?|developers?|devs?|hires?|roles?|positions?|org(?:anization)?)\b/i;

/** The `why` of a generic software area the hire works in, or null. */
export function areaWorked(ev: Evidence): string | null {
  if (ACROSS_SURFACE.test(ev.surface)) return ACROSS_WORK_BEFORE.test(ev.before) ? 'generic+across' : null;
  if (!AREA_SURFACE.test(ev.surface)) return null;
  if (ACTIVITY_SURFACE.test(ev.surface)) return NOT_ACTIVITY_AFTER.test(ev.after) ? null : 'generic+activity';
  if (DEV_AFTER.test(ev.after)) return 'generic+dev-after';
  if (WORK_ON_BEFORE.test(ev.before)) return 'generic+work-on';
  if (BARE_AREA.test(ev.surface) && LEAN_AFTER.test(ev.after)) return 'generic+lean';
  if (
    BARE_AREA.test(ev.surface) &&
    BUILT_BEFORE.test(ev.before) &&
    !WE_BEFORE.test(ev.before) &&
    !PEOPLE_AFTER.test(ev.after)
  )
    return 'generic+built';
  return null;
}
