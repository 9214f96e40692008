/**
 * Keys for dedup: company_key, title_key, textKey. Each maps spellings of the same thing to one string.
 */
import { hash } from 'node:crypto';

const LEGAL = new Set([
  'inc',
  'incorporated',
  'llc',
  'l l c',
  'ltd',
  'limited',
  'gmbh',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'ag',
  'sa',
  'sas',
  'sarl',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'srl',
  'spa',
  'pty',
  'pte',
  'kk',
  'pvt',
  'private',
  'llp',
  'lp',
  'sl',
  'slu',
  'ug',
  'se',
  'kg',
  'ohg',
  'sp z o o',
  'z o o',
  'sro',
  'bvba',
  'doo',
  'ooo',
  'ltda',
]);

function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  // biome-ignore lint/suspicious/noControlCharactersInRegex: an ASCII range test, not a match on control characters
  return /[^\x00-\x7f]/.test(s)
    ? s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : s.toLowerCase();
}

/**
 * "Acme, Inc." -> "acme"; "The Foo Company (YC W19)" -> "foo"; "Booking.com B.V." -> "booking";
 * "Smith & Sons GmbH & Co. KG" -> "smith and sons". Null when nothing is left.
 */
export function companyKey(company: string | null): string | null {
  if (company === null) return null;
  let s = fold(company).replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  s = s
    .replace(/\.(?:com|io|co|net|org|dev|app)\b/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '');
  s = s
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const w = s.split(' ').filter((x) => x.length > 0);
  while (w.length > 1 && w[0] === 'the') w.shift();
  // strip legal suffixes from the end, also two- and three-word ones ("sp z o o", "l l c", "and co")
  for (let changed = true; changed && w.length > 1; ) {
    changed = false;
    for (const n of [3, 2, 1]) {
      if (w.length > n && LEGAL.has(w.slice(-n).join(' '))) {
        w.splice(-n);
        changed = true;
        break;
      }
    }
    if (!changed && w.length > 2 && w[w.length - 1] === 'co' && w[w.length - 2] === 'and') {
      w.splice(-2);
      changed = true;
    }
    if (!changed && w.length > 1 && w[w.length - 1] === 'and') {
      w.pop();
      changed = true;
    }
  }
  const out = w.join(' ');
  return out.length > 0 ? out : null;
}

const TITLE_ABBR: Record<string, string> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  mgr: 'manager',
  eng: 'engineer',
  engr: 'engineer',
  dev: 'developer',
  devs: 'developer',
  swe: 'software engineer',
  sde: 'software engineer',
  fe: 'frontend',
  be: 'backend',
  ml: 'machine learning',
  vp: 'vice president',
  pm: 'product manager',
  em: 'engineering manager',
  sre: 'site reliability engineer',
};
const PLURAL =
  /^(engineer|developer|designer|manager|scientist|analyst|architect|programmer|intern|lead|director|recruiter|writer|researcher|specialist|consultant|administrator|representative|executive|associate|sre)s$/;

/**
 * Normalized title: lower-case, punctuation removed (+ and # kept), seniority kept, common abbreviations
 * spelled out (sr -> senior, swe -> software engineer), plural role nouns singular, "front end"/"front-end" ->
 * "frontend" (also backend, fullstack). Several titles stay joined with " / ".
 */
export function titleKey(title: string | null): string | null {
  if (title === null) return null;
  const parts = title
    .split(' / ')
    .map((t) => {
      let s = fold(t);
      if (s.includes('end') || s.includes('stack')) s = s.replace(/\b(front|back|full)[\s-]+(end|stack)\b/g, '$1$2');
      s = s.replace(/[^a-z0-9+#]+/g, ' ').trim();
      return s
        .split(' ')
        .filter((w) => w.length > 0)
        .map((w) => TITLE_ABBR[w] ?? w.replace(PLURAL, '$1'))
        .join(' ');
    })
    .filter((s) => s.length > 0);
  return parts.length > 0 ? parts.join(' / ') : null;
}

/** Whitespace (`\s`) other than a space or a newline. */
const OTHER_SPACE = /[^\S \n]/;

/**
 * `s.replace(/\s+/g, ' ').trim()`, without the regex pass when the only whitespace is spaces and newlines (a
 * normalized plain text: tidy() has turned tabs, no-break and other spaces into plain ones): newlines become
 * spaces, runs of spaces one space, and the single space a run leaves at either end is cut (trim removes what
 * `\s` matches, so nothing else is left to cut). 2.5x faster on the HN texts (bench/enrich).
 */
export function collapseSpaces(s: string): string {
  let t: string;
  if (OTHER_SPACE.test(s)) t = s.replace(/\s+/g, ' ');
  else {
    t = s.includes('\n') ? s.replaceAll('\n', ' ') : s;
    if (t.includes('  ')) t = t.replace(/ {2,}/g, ' ');
  }
  const a = t.charCodeAt(0) === 32 ? 1 : 0;
  const b = t.length > a && t.charCodeAt(t.length - 1) === 32 ? t.length - 1 : t.length;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** sha1 hex (40 chars) of the text lower-cased with whitespace collapsed: equal keys = the same text. */
export function textKey(text: string): string {
  return hash('sha1', collapseSpaces(text.toLowerCase()), 'hex');
}
