/**
 * A way of working the team says it uses, told in the company's own text (LABELING.md: practices a team says it
 * values or uses are methods, `unclear`):
 *   "We value domain driven design principles, strong DevOps culture, roadmaps over backlogs."
 *   "DevOps and Agile are a normal way of working here."
 *   "We are a small agile team who value communication ..."   "We work in an agile environment."
 * decide.ts already keeps a method-kind skill after "we value / practise / follow ..." (PRACTICE_BEFORE); many
 * practices are technology-kind skills in the taxonomy (CI/CD, DevOps, code review, testing, IaC), so this rule
 * also takes those when their surface names a practice (PRACTICE_SURFACE), never a tool ("we value Kubernetes" is
 * the stack cue's business). Two cues:
 *   before  "we value / practise / follow / embrace / believe in / rely on ..." earlier in the sentence
 *   after   the practice qualifies the team's way of working: "<X> culture / mindset / workflow / process /
 *           practices / principles / shop" ("<agile, scrum, lean, DevOps> environment"), "<X> (and Y) is / are (a
 *           normal) way of working (here)", "<X> is part of our culture / DNA / process"
 *   surface an alias naming the team itself ("agile team", "agile environment") right after "we are a (small)",
 *           "in / join an / our": "We are a small agile team", "you'll work in an agile environment" (not the
 *           customers: "our product helps agile teams ship", where a verb stands between)
 * Not "team" after the skill ("our DevOps team runs the clusters" is the company's department, not a practice), and
 * not "environment" after a testing word ("we provide testing environments" is a product).
 */
const PRACTICE_SURFACE =
  /^(?:dev ?-?ops|ci ?\/? ?cd|cicd|ci|continuous (?:integration|delivery|deployment)s?|(?:automated |unit |integration |end[- ]to[- ]end |e2e )?test(?:s|ing)?|test automation|automated testing|code reviews?|peer reviews?|pull request reviews|infrastructure[- ]as[- ]code|infra as code|iac|a\/b test(?:s|ing)?|ab testing|experimentation|agile(?: \w+)?|scrum|kanban|lean|tdd|bdd|test[- ]driven(?: development)?|pair(?:ing| programming)|mob programming|trunk[- ]based(?: development)?|observability|quality assurance|qa)$/i;
/** the team's practice cue before the skill, in its sentence */
const VALUE_BEFORE =
  /\bwe(?:'re| are)? (?:do|practi[cs]e|follow|value|embrace|believe in|rely on|care about|live by|swear by|are big on)\b[^.!?]{0,60}$/i;
/** the practice qualifies the team's way of working, right after the skill */
const WAY_AFTER =
  /^(?:\s*(?:,|and|&)\s*[\w/-]+(?:\s[\w/-]+)?){0,3}\s+(?:is|are)\s+(?:(?:a|an|our)\s+)?(?:(?:normal|standard|default|core|natural|everyday)\s+)?(?:way of (?:working|life)|how we work|part of (?:our|the) (?:culture|dna|process|workflow|daily work))\b/i;
/** "<X> culture / mindset / practices ..." after an article, "our" or a quality word ("a DevOps culture", "strong
 *  DevOps culture", "our CI/CD process"; not "make continuous delivery practices accessible", the product's aim) */
const WAY_NOUN_AFTER = /^\s+(?:culture|shop|mindset|workflows?|process(?:es)?|practices|principles)\b/i;
const WAY_NOUN_BEFORE = /\b(?:an?|our|strong|great|solid|healthy|mature)\s+(?:[\w-]+\s+)?$/i;
/** "the way we do QA", "how we do testing": the company's product or subject, not its own practice */
const HOW_WE_BEFORE = /\b(?:the way|how|ways?) we(?:'re| are)? \w+\s+(?:[\w-]+\s+)?$/i;
/** "<agile> environment" for the process words only */
const PROCESS_SURFACE = /^(?:agile|scrum|kanban|lean|dev ?-?ops)$/i;
const ENVIRONMENT_AFTER = /^\s+environments?\b/i;
/** an alias that itself names the team's way of working ("agile team", "agile environment") */
const SURFACE_WAY = /\s(?:teams?|environments?|culture|mindset|workflows?|process(?:es)?|practices|principles)$/i;
const TEAM_FRAME_BEFORE =
  /\b(?:we(?:'re|’re| are) (?:an? |one )?(?:[\w-]+,? ){0,3}|(?:in|into|join|on) (?:an? |our )(?:[\w-]+,? ){0,2}|our (?:[\w-]+ )?)$/i;

/** the stronger cue for an industry-like practice (open source): the team's belief in it, not "we do open source
 *  consulting" (the business): "we are firm believers in open source", "we believe that open source is ...",
 *  "a team of people passionate about open source", "we embrace open source" */
const BELIEF_BEFORE =
  /\b(?:we(?:'re|’re| are)?(?: (?:firm|strong|big|true))? (?:believers? in|value|embrace|love|believe (?:in|that)|care (?:deeply )?about)|(?:firm|strong|big|true) believers? in|passionat(?:e|ed) about)\b[^.!?]{0,40}$/i;

/** True when an industry-like practice (open source) is the team's own belief or way of working (BELIEF_BEFORE). */
export function practiceBelieved(before: string): boolean {
  return BELIEF_BEFORE.test(before);
}

/** True when a practice skill (kind method, or a technology-kind skill whose surface names a practice) is said to
 *  be the team's way of working (see the header). */
export function practiceVoiced(kind: string, surface: string, before: string, after: string): boolean {
  if (kind !== 'method' && !(kind === 'tech' && PRACTICE_SURFACE.test(surface.trim().replace(/\s+/g, ' '))))
    return false;
  const s = surface.trim();
  if (SURFACE_WAY.test(s) && TEAM_FRAME_BEFORE.test(before)) return true;
  if (PROCESS_SURFACE.test(s) && ENVIRONMENT_AFTER.test(after)) return true;
  if (HOW_WE_BEFORE.test(before)) return false;
  if (WAY_NOUN_AFTER.test(after) && WAY_NOUN_BEFORE.test(before)) return true;
  return VALUE_BEFORE.test(before) || WAY_AFTER.test(after);
}
