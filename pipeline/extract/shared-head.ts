/**
 * recall (issue 11): a head noun written once for two to four coordinated kinds of work, the way English ads pair
 * them ("web and mobile applications" = web applications + mobile applications, "frontend and backend development",
 * "Web, Mobile and Backend development", "unit and integration tests", "distributed and embedded systems"). The
 * last item carries the head and is found as usual; an earlier item that makes a taxonomy form with the head
 * ("web" + "applications" = "web applications") is found on its own letters as that form. createScanner (cjk.ts)
 * adds these hits to a Latin text's scan; the decision then reads them as any other hit (so "our web and mobile
 * apps" told as the company's product is still dropped there).
 *   items  single words (letters, digits, '.', '+', '#', '-'), parted by ", " and closed by and / or / and/or / & /
 *          '/' before the last one; the head follows the last item after one space;
 *   item   no form alone ("frontend" in "frontend and backend development" is found as itself), and its form with the
 *          head is one of the taxonomy's (a Latin pattern: "research and development" makes none).
 * The forms of the Chinese lists are zh-shared-head.ts.
 */

export const LATIN_HEADS = [
  'applications',
  'apps',
  'development',
  'engineering',
  'testing',
  'tests',
  'databases',
  'systems',
  'learning',
  'design',
  'security',
  'infrastructure',
  'pipelines',
  'processing',
  'architecture',
  'programming',
  'marketing',
  'modeling',
  'analytics',
  'automation',
  'management',
] as const;

const ITEM = String.raw`[A-Za-z][\w.+#-]*`;
/** the items after the first, up to two more, each after ", " */
const MORE_ITEMS = String.raw`(?:,\s*${ITEM}){0,2}`;
/** what joins the last item to the others: and / or / and/or / & between spaces, or '/' */
const CONNECTOR = String.raw`(?:\s(?:and/or|and|or|&)\s|/)\s*`;
/** the close of the earlier items: an Oxford comma allowed, then the connector */
const CLOSE = String.raw`,?\s*${CONNECTOR}`;
const HEADS = LATIN_HEADS.join('|');
/** a verb's -ing form, not one of the nouns in -ing that name kinds of work ("marketing and sales automation") */
const VERB_ING = String.raw`(?!(?:market|engineer|network|comput|stream|account|bank|manufactur|test|learn|model|gam|process)ing\b)[\w.+#-]*ing`;
const VERB_ING_RE = new RegExp(`^${VERB_ING}$`, 'i');
/** up to three items, a connector, the last item (a noun, not a verb: "advising on architecture and developing
 *  design patterns") and a head, not naming roles or teams ("for project and product management roles") */
const LIST_RE = new RegExp(
  String.raw`\b(${ITEM}${MORE_ITEMS})${CLOSE}(?!${VERB_ING}\s)${ITEM}\s(${HEADS})\b(?!\s+(?:roles?|positions?|teams?|engineers?|developers?|managers?|departments?|jobs?|openings?)\b)`,
  'gi',
);
const ITEM_RE = new RegExp(ITEM, 'g');
/** each head word, in order */
const HEAD_G = new RegExp(`\\b(?:${HEADS})\\b`, 'gi');
/** what stands right before a list's head: a connector and the last item ("... and mobile ") */
const CONNECTOR_TAIL = new RegExp(String.raw`${CONNECTOR}${ITEM}\s$`, 'i');
/** how far before a head the connector tail, and the list's start, are looked for; how far after it the
 *  roles/teams look-ahead reads (lists longer than these are not read) */
const TAIL_SPAN = 80;
const LIST_SPAN = 240;
const AFTER_SPAN = 60;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

export interface LatinHeadHit {
  /** the folded form the item makes with the head, e.g. "web applications" */
  form: string;
  start: number;
  end: number;
}

/** The folding of the scanner's patterns (Automaton.fold): lower case, hyphens and spaces as one space. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\-\u00a0\u2010-\u2014]+/g, ' ')
    .trim();

/**
 * The earlier items of each shared-head list in the view and the forms they make with the head; `isForm` tells
 * whether a folded string is a Latin pattern of the taxonomy.
 */
export function latinHeadHits(view: string, isForm: (folded: string) => boolean): LatinHeadHit[] {
  const out: LatinHeadHit[] = [];
  // LIST_RE searched only around a head that a connector and one item stand right before (CONNECTOR_TAIL, a
  // condition every list meets): the same non-overlapping lists, left to right, as one search of the whole view,
  // without trying the list pattern at every word boundary of the posting
  let lastEnd = 0;
  HEAD_G.lastIndex = 0;
  for (let hm = HEAD_G.exec(view); hm; hm = HEAD_G.exec(view)) {
    const h = hm.index;
    if (h < lastEnd || !CONNECTOR_TAIL.test(view.slice(Math.max(0, h - TAIL_SPAN), h))) continue;
    let from = Math.max(lastEnd, h - LIST_SPAN);
    while (from < h && isWordChar(view.charCodeAt(from - 1))) from++; // a list starts at a word boundary
    let to = Math.min(view.length, h + hm[0].length + AFTER_SPAN);
    while (to < view.length && isWordChar(view.charCodeAt(to - 1)) && isWordChar(view.charCodeAt(to))) to++;
    LIST_RE.lastIndex = 0;
    const m = LIST_RE.exec(view.slice(from, to));
    if (!m) continue;
    lastEnd = from + m.index + m[0].length;
    const head = m[2]!.toLowerCase();
    ITEM_RE.lastIndex = 0;
    for (let it = ITEM_RE.exec(m[1]!); it; it = ITEM_RE.exec(m[1]!)) {
      const item = fold(it[0]);
      if (VERB_ING_RE.test(it[0])) continue; // a verb ("building and testing"), not a kind of work
      const form = `${item} ${head}`;
      if (isForm(item) || !isForm(form)) continue;
      const start = from + m.index + it.index;
      out.push({ form, start, end: start + it[0].length });
    }
  }
  return out;
}

/** the rest of a shared-head list after an earlier item: ", mobile and backend development" (the head last) */
const REST_RE = new RegExp(String.raw`^${MORE_ITEMS}${CLOSE}${ITEM}\s(${HEADS})\b`, 'i');

/** The head noun of the list whose earlier item the candidate is ("web" in "web and mobile apps": "apps"), or null:
 *  the decision reads the item as its form with the head ("our web and mobile apps" as "web apps"). */
export function sharedHeadAfter(after: string): string | null {
  return REST_RE.exec(after)?.[1]?.toLowerCase() ?? null;
}
