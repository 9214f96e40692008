/**
 * An industry word (kinds.ts INDUSTRY: AI, fintech, robotics ...) inside a clause told in the company's voice, with no
 * turn to the hire (leaders round, on the unlabelled HN corpus: "Artificial intelligence" was the #4 demand leader,
 * 13 of 30 sampled keeps the company's own business): "We're growing fast on the cutting edge of using AI", "we
 * think that we're entering the zeitgeist of AI", "That is why we are building the infrastructure for a
 * decentralized AI future", "Our goal is to build the AI teammate". The zoner files such sentences under
 * requirements when they say "experience" or sit beside the asks, and their "we" is not at the sentence start, so
 * decide.ts's COMPANY_VOICE does not see them. Not a clause that asks or addresses the hire ("We're looking for
 * someone with AI experience", "we'd love you to apply AI to ..."), nor a duty list item ("- Build our AI
 * pipeline").
 */

/** the company speaking: we, our, us */
const WE = /\b(?:we|we're|we’re|we've|we’ve|we'll|we’ll|we'd|we’d|our|us)\b/i;
/** the clause asks, or turns to the hire ("required" and "preferred" only after it: "the infrastructure required
 *  for a decentralized AI future" is the company's) */
const HIRE =
  /\b(?:you|your|you're|you’re|you'll|you’ll|looking for|seeking|hiring|hire|candidates?|applicants?|someone|anyone|people who|who|experience[ds]?|background|knowledge|familiar\w*|expertise|understanding|passion\w*|interest(?:ed)?|excited|love|skills?|plus|bonus|ideally|must|need|want|join)\b/i;
const ASKED_AFTER = /\b(?:required|preferred)\b/i;
/** a list item that opens with a duty ("- Build our AI pipeline", "• Design our ML stack"), not with "we"/"our" */
const DUTY_ITEM = /^\s*[-*•·]\s*(?!(?:we|our|us)\b)[a-z]/i;
/** the industry word named as an example, a thing worked with or in the stack: "open platforms such as RDKit",
 *  "works with robotics", "our current stack including Ethereum" (not "using": the company's own AI is "used" too) */
const LISTED_BEFORE = /\b(?:work(?:s|ing)? (?:with|on)|such as|like)\s+(?:the\s+)?$|\bstack\b/i;
/** the clause ends here: a sentence end, a line break, a semicolon; a list mark after a space or a comma before
 *  "we" / "our" starts the next ("many folks here are looking for X, we think that we're entering the age of AI") */
const CLAUSE_END = /[.!?;](?=\s)|\n|(?<=\s)(?=[-*•·]\s)|,\s+(?=(?:we|our)\b)/gi;

/** the text of the candidate's clause before it (the last clause of `before`) */
function clauseBefore(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  return before.slice(cut);
}

/** the rest of the clause after the candidate */
const clauseAfter = (after: string): string => after.split(/[.!?;](?:\s|$)|\n/)[0] ?? '';

/** True when the candidate's clause (`longBefore`: the segment's text before it, up to 300 characters; `before`:
 *  its last 60) is told in the company's voice and neither it nor the rest of the clause turns to the hire. */
export function industryVoiced(before: string, longBefore: string, after: string): boolean {
  const low = longBefore.toLowerCase();
  // cheap precondition: no "we" / "our" / "us" anywhere before it, no company voice
  if (!low.includes('we') && !low.includes('our') && !low.includes('us')) return false;
  if (LISTED_BEFORE.test(before)) return false;
  const clause = clauseBefore(longBefore);
  if (!WE.test(clause) || DUTY_ITEM.test(clause) || HIRE.test(clause)) return false;
  const rest = clauseAfter(after);
  return !HIRE.test(rest) && !ASKED_AFTER.test(rest);
}
