/**
 * What a precision rule reads before it drops a mention (department-list.ts, domain-mission.ts): an ask noun near the
 * candidate ("experience in data science", "skills in ...") means the posting asks for it, whatever else stands around.
 */
export const ASK_NOUN =
  /\b(?:experience[ds]?|expertise|knowledge|skill(?:s|ed)?|background|proficien\w*|familiar\w*|understanding|degree)\b/i;

/** the part of the text after the candidate up to its sentence's end */
export const sentenceRest = (after: string): string => after.split(/[.!?;\n]/, 1)[0] ?? '';

/** True when an ask noun stands before the candidate or after it in its sentence. */
export const askNounNear = (before: string, after: string): boolean =>
  ASK_NOUN.test(before) || ASK_NOUN.test(sentenceRest(after));
