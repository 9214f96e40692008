/**
 * Place finder: scans a short text (a header segment or a location field) for gazetteer names and groups
 * them into places: a city (or unknown name) followed by its qualifiers ("Austin, TX", "Manchester, NH, US",
 * "Leamington Spa, UK"), a lone division ("Texas"), a lone country ("Germany") or a region ("EU").
 * The country of a place is that of its last qualifier, else the city's default country.
 */
import { CITIES } from './gazetteer/cities.ts';
import { COUNTRY_NAMES, REGIONS, UPPER_CODES } from './gazetteer/countries.ts';
import { CA_PROVINCES, DIVISION_ALIASES, US_STATES } from './gazetteer/regions.ts';

type Kind = 'city' | 'division' | 'country' | 'region';
interface Entry {
  canonical: string;
  country: string | null;
  kind: Kind;
  upper: boolean;
  qualifier: boolean;
}

export interface Place {
  /** The place as written, qualifiers included. */
  text: string;
  /** Canonical key: "san francisco, us", "leamington spa, gb", "de", "eu". */
  key: string;
  country: string | null;
  kind: Kind;
  start: number;
  end: number;
}

const lexicon = new Map<string, Entry[]>();
const isUpperForm = (s: string): boolean => /^[A-Z.]{2,5}$/.test(s);
function add(name: string, e: Omit<Entry, 'upper'> & { upper?: boolean }): void {
  const k = name.toLowerCase();
  const list = lexicon.get(k) ?? [];
  list.push({ ...e, upper: e.upper ?? isUpperForm(name) });
  lexicon.set(k, list);
}

for (const [cc, names] of Object.entries(COUNTRY_NAMES)) {
  for (const n of names) add(n, { canonical: cc.toLowerCase(), country: cc, kind: 'country', qualifier: false });
  if (!(cc in UPPER_CODES))
    add(cc, { canonical: cc.toLowerCase(), country: cc, kind: 'country', qualifier: true, upper: true });
}
for (const [code, cc] of Object.entries(UPPER_CODES)) {
  add(
    code,
    cc
      ? { canonical: cc.toLowerCase(), country: cc, kind: 'country', qualifier: false, upper: true }
      : { canonical: code.toLowerCase(), country: null, kind: 'region', qualifier: false, upper: true },
  );
}
for (const r of REGIONS) add(r, { canonical: r.toLowerCase(), country: null, kind: 'region', qualifier: false });
for (const [table, cc] of [
  [US_STATES, 'US'],
  [CA_PROVINCES, 'CA'],
] as const) {
  for (const [code, name] of Object.entries(table)) {
    add(name, { canonical: name.toLowerCase(), country: cc, kind: 'division', qualifier: false });
    add(code, { canonical: name.toLowerCase(), country: cc, kind: 'division', qualifier: true, upper: true });
  }
}
for (const [alias, code] of Object.entries(DIVISION_ALIASES)) {
  const cc = code in US_STATES ? 'US' : 'CA';
  add(alias, {
    canonical: (US_STATES[code] ?? CA_PROVINCES[code] ?? code).toLowerCase(),
    country: cc,
    kind: 'division',
    qualifier: false,
  });
}
for (const [cc, cities] of Object.entries(CITIES)) {
  for (const line of cities) {
    const names = line.split('|');
    const canonical = names[0]!.toLowerCase();
    for (const n of names) add(n, { canonical, country: cc, kind: 'city', qualifier: false });
  }
}

const MAX_WORDS = Math.max(...[...lexicon.keys()].map((k) => k.split(' ').length));
/**
 * What scan() needs of a key, in one Map lookup: NAME when it is a lexicon key, PREFIX when it is a proper word
 * prefix of one ("san" of "san francisco"; scan() extends a key only while it is one).
 */
const NAME = 1;
const PREFIX = 2;
const STEP = new Map<string, number>();
for (const k of lexicon.keys()) {
  STEP.set(k, (STEP.get(k) ?? 0) | NAME);
  const words = k.split(' ');
  for (let j = 1; j < words.length; j++) {
    const p = words.slice(0, j).join(' ');
    STEP.set(p, (STEP.get(p) ?? 0) | PREFIX);
  }
}
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c < 0x2000);
const isJoiner = (c: number): boolean => c === 46 || c === 39 || c === 45 || c === 0x2019; // . ' - ’

function onlySpaces(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) !== 32) return false;
  return true;
}

const GLUED = /^(.+)-(based|only)$/;

/** Gazetteer names in `text`, longest first, left to right, not overlapping, on word boundaries. */
function scan(text: string): Array<{ written: string; index: number }> {
  const toks: Array<{ s: number; e: number; w: string }> = [];
  const lc = text.toLowerCase();
  for (let i = 0; i < text.length; ) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (
      i < text.length &&
      (isWordChar(text.charCodeAt(i)) ||
        (isJoiner(text.charCodeAt(i)) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))))
    )
      i++;
    if (i < text.length && text.charCodeAt(i) === 46) i++; // trailing period ("U.S.", "St.")
    const w = lc.slice(s, i);
    // "US-based", "EU-only": the place and its suffix are two words
    const glued = w.includes('-') ? GLUED.exec(w) : null;
    if (glued && !lexicon.has(w)) {
      const cut = s + glued[1]!.length;
      toks.push({ s, e: cut, w: glued[1]! }, { s: cut + 1, e: i, w: glued[2]! });
    } else toks.push({ s, e: i, w });
  }
  const out: Array<{ written: string; index: number }> = [];
  for (let i = 0; i < toks.length; ) {
    let found = 0;
    let end = 0;
    let key = '';
    for (let n = 1; n <= MAX_WORDS && i + n <= toks.length; n++) {
      const t = toks[i + n - 1]!;
      if (n > 1 && !onlySpaces(text, toks[i + n - 2]!.e, t.s)) break;
      key = n === 1 ? t.w : `${key} ${t.w}`;
      const step = STEP.get(key) ?? 0;
      if (step & NAME) {
        found = n;
        end = t.e;
      } else if (key.endsWith('.') && lexicon.has(key.slice(0, -1))) {
        found = n;
        end = t.e - 1;
      }
      if (!(step & PREFIX)) break; // no longer name starts with these words
    }
    if (found > 0) {
      out.push({ written: text.slice(toks[i]!.s, end), index: toks[i]!.s });
      i += found;
    } else i++;
  }
  return out;
}

const NOT_A_PLACE =
  /^(?:remote|on-?site|hybrid|full|part|contract|anywhere|only|or|and|in|based|office|hq|visa|we|our|the)\b/i;

/** Ranks a candidate reading of a matched name in its context; -1 rejects it. */
function rank(e: Entry, written: string, afterComma: boolean, afterWord: boolean, prevCountry: string | null): number {
  if (e.upper && written !== written.toUpperCase()) return -1;
  if (e.qualifier && !afterComma && !afterWord) return -1;
  // a bare country code that is also a common abbreviation (QA, ET, UG, CI, TZ, PT...) counts only as the
  // qualifier of a known city of that country ("Doha, QA", "Lisbon, PT"), never after any other word
  if (e.qualifier && e.kind === 'country' && prevCountry !== e.country) return -1;
  if (afterComma || (e.qualifier && afterWord)) {
    if (prevCountry !== null && e.country === prevCountry && e.kind !== 'city') return 10;
    return e.kind === 'division'
      ? e.country === 'US'
        ? 8
        : 7
      : e.kind === 'country'
        ? 6
        : e.kind === 'region'
          ? 5
          : 4;
  }
  return e.kind === 'city' ? 8 : e.kind === 'country' ? 7 : e.kind === 'division' ? 6 : 5;
}

/** Finds the places in `text`, in order of appearance. */
export function findPlaces(text: string): Place[] {
  const places: Place[] = [];
  let cur: Place | null = null;
  for (const m of scan(text)) {
    const written = m.written;
    const start = m.index;
    const end = start + written.length;
    const before = text.slice(cur ? cur.end : Math.max(0, start - 40), start);
    const joined = cur !== null && /^[\s,(]*$/.test(before) && before.length <= 3;
    const afterComma = /,\s*$/.test(before);
    const afterWord = /[A-Za-z.)]\s+$/.test(before) || joined;
    let best: Entry | null = null;
    let bestRank = -1;
    for (const e of lexicon.get(written.toLowerCase()) ?? []) {
      const r = rank(e, written, afterComma, afterWord, cur && joined ? cur.country : null);
      if (r > bestRank) {
        best = e;
        bestRank = r;
      }
    }
    if (best === null) continue;
    if (
      joined &&
      cur !== null &&
      (cur.kind === 'city' || cur.kind === 'division') &&
      best.kind !== 'city' &&
      best.kind !== 'region' &&
      !(cur.kind === 'division' && best.kind === 'division')
    ) {
      // qualifier of the current place
      const close = before.includes('(') && text[end] === ')' ? 1 : 0;
      cur.text = text.slice(cur.start, end + close);
      cur.end = end + close;
      if (best.country !== null) cur.country = best.country;
      if (cur.kind === 'city' || cur.kind === 'division')
        cur.key = `${cur.key.split(', ')[0]}, ${(cur.country ?? '').toLowerCase()}`;
      continue;
    }
    let pStart = start;
    let name = best.canonical;
    let kind: Kind = best.kind;
    if (best.kind !== 'city' && best.kind !== 'region' && (afterComma || best.qualifier)) {
      // "Leamington Spa, UK", "Lynnfield MA": an unknown city before the qualifier
      const unknown = /([A-Z][\p{L}.'-]*(?:\s+[A-Z][\p{L}.'-]*){0,2}),?\s+$/u.exec(before);
      // an unknown name before a state code is a city ("Lynnfield MA"), unless it is a gazetteer word itself
      // (a time zone: "CET OR ET") or shouted ("REMOTE OR")
      const shouted = unknown !== null && /^[A-Z]{2,}$/.test(unknown[1]!) && !afterComma;
      if (unknown && !NOT_A_PLACE.test(unknown[1]!) && !lexicon.has(unknown[1]!.toLowerCase()) && !shouted) {
        pStart = start - unknown[0].length;
        name = unknown[1]!.toLowerCase();
        kind = 'city';
      } else if (best.qualifier && !afterComma) continue; // a bare code after a non-place word ("CET OR ET"): not a place
    }
    const country = best.country;
    const key =
      kind === 'city' || (kind === 'division' && name !== best.canonical)
        ? `${name}, ${(country ?? '').toLowerCase()}`
        : kind === 'division'
          ? `${name}, ${(country ?? '').toLowerCase()}`
          : name;
    cur = { text: text.slice(pStart, end), key, country, kind, start: pStart, end };
    if (!places.some((p) => p.key === key)) places.push(cur);
  }
  return places;
}
