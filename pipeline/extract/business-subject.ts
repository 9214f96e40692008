/**
 * A sentence telling the company's business or product, with no "we ... experience" cue for company-voice.ts to see
 * (domprec2 round, on the unlabelled HN corpus): the company's name doing its business ("FlowCrypt does PGP email
 * encryption", "Acme builds video understanding systems", "Acme powers fraud detection for banks"), its customers
 * using the product ("Customers use our file system for ML and HPC clusters"), or "we" enabling others ("We empower
 * teams to build software at scale", "We help clinics ..."). A domain or soft word there is the company's business,
 * not the hire's work (LABELING.md: "company business", "customer"). decide.ts keeps no domain or soft skill in such
 * a sentence unless it turns to the hire ("Acme builds ML systems and is looking for engineers with ...").
 */

/** words that open a sentence about the hire or a generic noun, not a company's name */
const NOT_NAME =
  /^\W*(?:you|your|if|this|that|these|those|there|here|he|she|they|i|it|the|a|an|we|our|what|who|which|when|where|why|how|come|help|let|ideal|candidates?|applicants?|engineers?|developers?|teams?|people|everyone|each|every|all|most|some|many|experience|strong|knowledge|ability|must|please|apply|email|send|responsibilities|requirements|role|job|position|bonus|nice|plus)\b/i;
const NAME = String.raw`[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}`;
/** a business verb in the present, third person (also "build" for the plural-minded "Acme build ...") */
const BUSINESS_VERB = String.raw`(?:does|builds?|develops|designs|manufactures|sells|delivers|powers|empowers|enables|creates|runs|operates|automates|simplifies|protects|secures|transforms|revolutioni[sz]es|brings|turns|lets|allows|leverages|offers|provides|serves|helps|specializes|focuses|is\s+building|are\s+building|is\s+developing|is\s+revolutioni[sz]ing|is\s+transforming)`;

/** "Acme does ...", "Acme (YC W20) builds ..." (not a bulleted duty: "- Deliver designs ...") */
const NAME_SUBJECT = new RegExp(String.raw`^[^\w\-*•·]*${NAME}(?:\s*\([^)]{0,40}\))?\s+${BUSINESS_VERB}\b`);
/** "Customers use ...", "Our clients include ..." */
const CUSTOMER_SUBJECT =
  /^\W*(?:(?:our|their|its)\s+)?(?:customers|clients|users)\s+(?:use|rely|depend|include|range|run|trust|love|build)\b/i;
/** "We empower teams to ...", "We help clinics ..." (not "We help you grow") */
const WE_ENABLE = /^\W*we\s+(?:empower|enable|help|allow|let)\s+(?!you\b|our\s+engineers\b)(?:[\w-]+\s+){1,4}/i;

/** the sentence turns to the hire: then the words are asked ("Acme builds ML tools and needs engineers with ...") */
const HIRE =
  /\b(?:looking for|seeking|hiring|hire|join|responsible for|experience[ds]?|expertise|background|you(?:'ll|’ll|'re|’re|r)?|candidates?|applicants?|the role|this role|the position|engineers? (?:who|with)|someone|must|required|a plus|skills?)\b/i;

/** True when the sentence (its start, decide.ts Evidence.sentenceStart, the text just before the candidate and the
 *  rest of the sentence after it) tells the company's business with no turn to the hire. */
export function businessSubject(sentenceStart: string | undefined, before: string, after: string): boolean {
  if (sentenceStart === undefined) return false;
  const named = NAME_SUBJECT.test(sentenceStart) && !NOT_NAME.test(sentenceStart);
  if (!named && !CUSTOMER_SUBJECT.test(sentenceStart) && !WE_ENABLE.test(sentenceStart)) return false;
  if (HIRE.test(sentenceStart) || HIRE.test(before)) return false;
  const rest = after.split(/[.!?;:](?:\s|$)|\n/)[0] ?? '';
  return !HIRE.test(rest);
}
