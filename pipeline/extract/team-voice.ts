/**
 * The team describing itself (issue 11, precen round 11): a sentence whose subject is the company's team and what
 * it already has, not what the hire is asked to bring:
 *   "We have an excellent four person team in place with Big-4 backend experience."
 *   "We're a small, high-trust team with deep experience in distributed systems, stream processing ..."
 *   "Our team is made up of problem solvers, innovators and top AI researchers with ... experience in NLP"
 *   "Layer Health's diverse founding team brings expertise across machine learning, UI/UX ..."
 *   "As a software engineering team we focus on ... problem solving and rely on horizontal decision-making."
 *   "BCG Gamma combines advanced skills in computer science, AI/ML and statistics with ..."
 *   "Team is lead by Ex-Google folks who've got lots of experience building scalable production software"
 * Read from the sentence start (decide.ts Evidence.sentenceStart, at most 80 characters), so the subject is the
 * sentence's own. Not when the sentence turns to the hire anywhere around the skill ("We're a team of experienced
 * engineers in databases and looking to add more folks", "Our team is looking for ...", "... join us").
 * The older MENTION cue "our team has ... experience in" (cue-words.ts) covers the "has / brings experience" form
 * when the skill follows it; this one also covers "team with", "team is made up of", "as a team, we".
 */
const TEAM_HEAD =
  /^\W*(?:(?:we(?:'re|’re| are)|we(?:'ve|’ve| have)(?: got| built)?) an?|our|as an?|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}(?:'s|’s)) (?:[\w,'’-]+ ){0,5}?team(?:,? we\b| (?:in place )?with\b| is (?:made up|composed) of\b| consists of\b| brings?\b| combines?\b)/i;
/** "<Name> combines advanced skills in ..." (a consultancy or lab describing its people) */
const NAME_COMBINES =
  /^\W*[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3} (?:combines|brings together) (?:[\w-]+ ){0,3}(?:skills|expertise|experience)\b/;
/** the team named by who leads it: "Team is lead by Ex-Google folks who've got lots of experience building scalable
 *  production software", "Our team is led by PhDs in machine learning" (its people's backgrounds) */
const TEAM_LED_BY = /^\W*(?:(?:the|our) )?(?:[\w-]+ ){0,2}team (?:is |was )?(?:led|lead|run|headed) by\b/i;
/** the sentence turns to the hire */
const HIRE =
  /\b(?:you(?:'ll|’ll|'re|’re|r)?|looking|seeking|hiring|hire|candidates?|join(?:ing)?|add(?:ing)?|grow(?:ing)? the team|want(?:s|ed)?|need(?:s|ed)?|ideal(?:ly)?|apply)\b/i;

const CLAUSE_BREAK = /\s[-–—]\s|[:;]\s/;
/** True when the candidate sits in a sentence of the team describing itself (see the header). */
export function teamDescribesItself(sentenceStart: string | undefined, before: string, after: string): boolean {
  if (sentenceStart === undefined) return false;
  if (![TEAM_HEAD, NAME_COMBINES, TEAM_LED_BY].some((re) => re.test(sentenceStart))) return false;
  const rest = after.split(/[.!?](?:\s|$)/)[0] ?? '';
  // a new clause between the team and the skill: "We're a tight-knit team with an excellent culture - communication
  // and collaboration skills are every bit as important to us as technical ones"
  if (CLAUSE_BREAK.test(before)) return false;
  return !HIRE.test(sentenceStart) && !HIRE.test(before) && !HIRE.test(rest);
}
