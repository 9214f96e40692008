/**
 * The frames in which a soft skill said in the company's voice is still asked of the hire (decide.ts): the
 * company hires for it or names it as what it looks for ("We are hiring fast learners", "we look for curious
 * people"); the culture words outside such a frame stay mentions ("a collaborative culture", "stress is the enemy of
 * creativity", "we encourage creativity"). What the company or team values ("a small team who value communication,
 * teamwork", "we value humility") is its culture (test/eval/LABELING.md; batches G and H label it context_only,
 * earlier batches were mixed, and the eval half's soft precision fell 0.850 -> 0.814 with it): not a frame.
 * The frame sits in the candidate's sentence before it, at most four short list items away:
 *   look for   we / who / team(s) look for, hire for
 *   hire       hiring / looking for / seeking / searching for (+ up to two qualifiers: "innovative")
 *   traits     (important) characteristics / qualities / traits are | include
 * Not "a team of self-starters / highly motivated engineers": who the company is made of (the team-of mention cue
 * drops it; batch H labels it context_only, batches E and F labelled it, LABELING.md: the company's culture).
 */
/** up to four list items of one or two words, each closed by a comma or an and / or / & ("curious, empathetic, ") */
const ITEMS = String.raw`(?:[\w'’-]+(?:\s+[\w'’-]+)?(?:,\s+(?:(?:and|or|&)\s+)?|\s+(?:and|or|&)\s+)){0,4}`;
/** a word qualifying the people hired ("innovative", "fast-learning"), not a preposition or a pronoun ("hiring
 *  engineers across the board to help us solve ...", "looking for help in solving ...") */
const QUALIFIER = String.raw`(?!(?:to|in|into|with|on|for|of|at|the|us|help|our|your|their|its|this|that|an?|people|engineers?|developers?|someone|who)\b)[\w-]+,?\s+`;
const SOFT_FRAME = new RegExp(
  String.raw`(?:\b(?:we|who|teams?)\s+(?:look for|looks for|hire for|hires for)\s+|\b(?:(?:we(?:'re|’re| are)|are|is|been)\s+)?(?:hiring|looking for|seeking|searching for)\s+(?:(?:an?|more|other)\s+)?(?:${QUALIFIER}){0,2}|\b(?:characteristics|qualities|traits)\s+(?:we (?:value|look for|want)\s+)?(?:are|include)\s+)${ITEMS}$`,
  'i',
);

/** A frame of SOFT_FRAME ends the text before the soft-skill candidate (its last ~60 characters). */
export const softFramed = (before: string): boolean => SOFT_FRAME.test(before);
