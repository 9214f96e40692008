/**
 * A sentence whose subject is the company, named or as "we" after "As a company" (preccorp round, on the
 * unlabelled HN corpus): "SpinDance, a leader in custom Internet of Things (IoT) software, ...", "Dexterity Capital
 * is one of the largest algorithmic trading funds that focuses on crypto", "MedSec is an active participant in ...
 * cybersecurity", "As a company, we're designing and manufacturing satellites". decide.ts drops an industry word
 * in such a sentence of the requirements zone (the zoner puts company sentences that say "expertise" or
 * "experience" there) when the sentence has no ask and does not turn to the hire, like the company's-voice
 * sentences ("We have customers in ...") it already drops. Not "You are a leader in", nor a sentence opening with
 * the hire ("The ideal candidate is a ...", "This role is a ...").
 */
const NOT_COMPANY = String.raw`(?!(?:you|your|if|this|that|these|those|there|here|he|she|they|i|the|a|an|we|our|what|who|which|when|where|why|how|ideal|candidates?|applicants?|engineers?|developers?)\b)`;
const NAME = String.raw`${NOT_COMPANY}[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}`;
const COMPANY_SUBJECT = new RegExp(
  String.raw`^\W*(?:as a company,?\s+we\b|${NAME}(?:,\s+an?\s+(?:[\w-]+\s+){0,3}(?:leader|company|startup|provider|firm|platform|pioneer)\b|\s+(?:is|are)\s+(?:an?|the|one of)\b|\s+(?:leverages|partners|serves|offers|provides|builds|makes|helps|enables|focuses|specializes)\b))`,
  'i',
);

/** True when the sentence (its first 80 characters, decide.ts Evidence.sentenceStart) has the company as subject. */
export const companySubject = (sentenceStart: string): boolean => COMPANY_SUBJECT.test(sentenceStart);
