/**
 * Splitting a header line into segments on ` | `, ` - `, ` — `, ` – `, `;`, ` • `, ` · ` outside brackets,
 * and splitting a role segment into several titles.
 */

/** Replaces the content of (...) and [...] by '_' so that separators inside brackets are not seen. */
function maskBrackets(s: string): string {
  if (!s.includes('(') && !s.includes('[')) return s;
  // per UTF-16 unit (a bracket is never half of a surrogate pair), masked runs written as one repeat each
  let depth = 0;
  let out = '';
  let from = 0; // start of the run not yet written
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const open = c === 40 || c === 91; // ( [
    if (!open && !((c === 41 || c === 93) && depth > 0)) continue; // ) ]
    out += depth > 0 ? `${'_'.repeat(i - from)}${s[i]}` : s.slice(from, i + 1);
    from = i + 1;
    depth += open ? 1 : -1;
  }
  return out + (depth > 0 ? '_'.repeat(s.length - from) : s.slice(from));
}

function splitMasked(s: string, re: RegExp): string[] {
  const masked = maskBrackets(s);
  const parts: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
    parts.push(s.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  parts.push(s.slice(last));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

const SEGMENT_SEP = /\s*\|+\s*|\s+[-–—]+\s+|\s*[—–]\s*|\s*;\s*|\s+[•·]\s+|\t+/g;

/** Splits a header line; a line without other separators but with two or more " / " splits on those. */
export function splitSegments(line: string): string[] {
  const segs = splitMasked(line, SEGMENT_SEP);
  if (segs.length <= 2 && !line.includes('|')) {
    const slashed = splitMasked(line, /\s+\/\s*|\s*\/\s+/g);
    if (slashed.length >= 3) return slashed.flatMap((p) => splitMasked(p, SEGMENT_SEP));
  }
  return segs;
}

export const ROLE_NOUN_RE =
  /\b(?:engineers?|developers?|devs?|programmers?|designers?|managers?|scientists?|analysts?|architects?|leads?|SREs?|devops|interns?|directors?|recruiters?|writers?|researchers?|specialists?|administrators?|consultants?|representatives?|executives?|PMs?|QA|SDETs?|SWEs?|head of|VP|CTO|officers?|owners?|marketers?|strategists?|coordinators?|generalists?|hackers?|associates?)\b/i;
const ROLE_LIST_RE =
  /\b(?:front[- ]?end|back[- ]?end|full[- ]?stack|mobile|ios|android|data|machine learning|ML|infrastructure|platform|security|QA|devops|SRE|product|design|sales|marketing|support|web|embedded|firmware)\b/i;

/**
 * "Senior Backend Engineer, Frontend Engineer" -> two titles; "Senior Backend & Frontend Engineers" -> one.
 * Splits on commas, ' or ', ' and ', '&', ' / ' when every piece names a role; on commas alone when every
 * piece names a role or an area (frontend, data, ...).
 */
export function splitRoles(segment: string): string[] {
  const s = segment.replace(/,?\s*(?:(?:and|&)\s+(?:more|others?|many more)|etc\.?|\.\.\.)!?\s*$/i, '');
  const all = splitMasked(s, /\s*,\s*(?:and\s+|or\s+)?|\s+or\s+|\s+and\s+|\s*&\s*|\s+\/\s+/gi);
  if (all.length > 1 && all.every((p) => ROLE_NOUN_RE.test(p))) return all;
  const commas = splitMasked(s, /\s*,\s*(?:and\s+|or\s+)?/gi);
  const named = commas.filter((p) => ROLE_NOUN_RE.test(p) || ROLE_LIST_RE.test(p)).length;
  if (commas.length > 1 && named * 3 >= commas.length * 2) return commas;
  return [s];
}
