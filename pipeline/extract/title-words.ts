/**
 * A domain that opens a role title written in title case, words standing between it and the role noun (precision
 * round, issue 11, read on unlabelled HN postings; test/eval/LABELING.md: a kind of work named only as a title is
 * context_only): "As a Quant Python Engineer in Alpha Tech", "looking for passionate ML Research Engineer",
 * "Looking for a Sales Development Rep (SDR)". decide.ts ROLE_AFTER has the title right after the area ("Machine
 * Learning Engineer") or after a seniority word; this has one or two capitalised words between. Not in lower case
 * ("machine learning research engineers" may be the ones the hire works with) and not "experience as" (decide.ts).
 */
const TITLE_AFTER =
  /^(?:\s+[A-Z][\w+#.-]*){1,2}\s+(?:Engineers?|Developers?|Scientists?|Researchers?|Architects?|Analysts?|Managers?|Designers?|Reps?|Representatives?|Specialists?|Consultants?)\b/;

/** True when capitalised words and a role noun follow the candidate (see the header). */
export const titleWordsAfter = (after: string): boolean =>
  after.length > 0 && after[0] === ' ' && TITLE_AFTER.test(after);
