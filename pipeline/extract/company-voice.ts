/**
 * The company describing its own business in its own voice, inside what the cue phrases call requirements
 * (zonecomp round, on the unlabelled HN corpus): "MedSec leverages its deep expertise in medical device security",
 * "We have years of experience in payments and lending", "Acme is the leading provider of GIS technology, with a
 * strong background in mapping". The requirements cues ("expertise in", "background in", "deep knowledge") fire
 * on what the company says it has, not on what it asks. zones.ts zones such a sentence 'company' (its cue
 * 'company-voice'), also under a requirements heading, when
 *   - its subject is the company: it opens with "We" / "Our team" / "At Acme, we" (not "we're looking", "we need",
 *     "we value", "we'll", nor the work going on that the hire joins: "We are applying our background in ML research
 *     to ...", "We're building"), or with the company's name as subject (company-subject.ts: "Acme is a", "Acme, a leader
 *     in", "Acme leverages"), and
 *   - it does not turn to the hire: no "you", "the candidate", "looking for", "experience with", "the role", "must",
 *     "required", "a plus", "someone who", "engineers with" ...
 * decide.ts then keeps no domain or soft skill there on an ask cue (the ask words are the company's); a technology
 * keeps the decision of the requirements zone (the company's own tools are usually its stack).
 */
import { companySubject } from './company-subject.ts';

/** The cue phrase of such a sentence (zones.ts Segment.by 'cue:company-voice'). */
export const COMPANY_VOICE_CUE = 'company-voice';

/** "We ...", "Our team ...", "At Acme, we ...", "Here at Acme we ..." (not a verb that asks of the hire) */
/** an opening phrase before the subject: "With a deep focus on payments UX, we ...", "Since then, we ...",
 *  "Founded in 2014, the company ..." */
const INTRO = String.raw`(?:with|since|for|over|through|after|today|now|together|founded|backed|based|started)\b[^,.;:!?]{0,80},\s+`;
const WE_SUBJECT = new RegExp(
  String.raw`^\W*(?:(?:here\s+)?at\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2},?\s+|${INTRO})?(?:we|our\s+(?:company|team|founders?|founding team|platform|product|engineers|engineering team|mission|group|lab)|the\s+(?:company|startup|firm|business))\b(?!(?:'re|’re|\s+are|\s+were)?\s+(?:(?:also|currently|now|always|actively)\s+)?(?:looking|seeking|hiring|searching|recruiting|interested|open|happy|excited|eager|keen|\w+ing)\b)(?!(?:'ll|’ll|'d|’d)\b|\s+(?:(?:also|really|currently|will|would)\s+)?(?:need|want|expect|require|value|prefer|ask|seek|look|hire|would|will|can|could|may|might|should|love|welcome|encourage|care|believe|think|like|put\s+a\s+premium|don't|don’t|do\s+not|are\s+not|aren't|aren’t|offer)\b)`,
  'i',
);

/** the company's name telling its past: "Endjin was incorporated in 2010 by two founders", "Acme has built ..." */
const NAME_PAST =
  /^\W*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:(?:was|were|has been|have been)\s+(?:founded|incorporated|started|established|created|launched|built|spun out)|(?:has|have)\s+(?:built|grown|raised|developed|helped|served|spent|pioneered))\b/;

/** a founder or leader of the company as subject, telling their background: "Jay Smith, founder and CEO of Acme,
 *  built deep expertise in ...", "Our CTO spent ten years in ...", "The founders have backgrounds in ..." */
const FOUNDER_SUBJECT =
  /^\W*(?:(?:our|the)\s+(?:co-?founders?|founders?|ceo|cto|coo|founding team|leadership team|leadership)\b|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s+(?:our\s+|the\s+)?(?:co-?founder|founder|ceo|cto|coo|chief\s+\w+\s+officer)\b)/;

/** the sentence turns to the hire or asks something (brief: "you", "the candidate", "experience with", "you'll");
 *  not who the team is made of: "We are a team of two developers with experience building ..." */
const HIRE =
  /\b(?:you|your|yours|you'?(?:ll|re|ve|d)|you’(?:ll|re|ve|d)|candidates?|applicants?|hires?|ideal|the right (?:person|fit)|looking for|look for|seeking|searching for|hiring|recruiting|to join|join (?:us|our|the)|experience (?:with|working|using|building|as)|roles?|positions?|must|required|requires?|requirements?|needed|necessary|essential|a plus|nice[- ]to[- ]have|preferred|important|helpful|useful|welcome|appreciated|advantage|bonus|ideally|someone|anyone|(?<!\b(?:team|group) of (?:[\w&,-]+\s+){0,4})(?:people|folks|engineers?|developers?|designers?|scientists?|individuals?|persons?) (?:who|with|that)|teammates?|colleagues?|expected|opportunity)\b/i;

const HAN = /[\u3400-\u9fff]/;

/** True when sentence (its text) is told by the company about itself (see the header). */
export function companyVoiced(sentence: string): boolean {
  const start = sentence.slice(0, 80);
  // (English only: \W skips Han characters, and Chinese postings have their own company voice, cjk-zones.ts)
  if (HAN.test(start)) return false;
  if (!WE_SUBJECT.test(start) && !companySubject(start) && !FOUNDER_SUBJECT.test(start) && !NAME_PAST.test(start))
    return false;
  return !HIRE.test(sentence);
}
