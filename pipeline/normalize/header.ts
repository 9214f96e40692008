/**
 * The HN header line ("Company | Role | Location | REMOTE | Full-time | $salary | url", in any order and
 * with any separator) parsed into company, titles, places, work mode and employment types.
 * Each segment is classified: url / salary / meta (only work-mode, employment, visa words) / location
 * (gazetteer places and at most 3 unknown words) / role (role words) / other. The company is the first
 * segment when it is "other" (or "X is hiring ..."), else the first "other" segment.
 */
import { findPlaces, type Place } from './places.ts';
import { ROLE_NOUN_RE, splitRoles, splitSegments } from './segments.ts';
import {
  EMAIL_RE,
  employmentOf,
  FULL_URL_RE,
  ROLE_HEAD_RE,
  ROLE_RE,
  SALARY_RE,
  TECH_RE,
  URL_RE,
  workModeOf,
} from './vocab.ts';

export interface ParsedHeader {
  company: string | null;
  titles: string[];
  places: Place[];
  remote: boolean;
  hybrid: boolean;
  onsite: boolean;
  employment: string[];
}

/** Words that carry no company/role/place: work mode, employment type, visa, fillers. Lower-case. */
const META = new Set(
  (
    'fully 100 only first friendly ok okay possible available preferred welcome optional considered flexible ' +
    'allowed also either plus remote remotely onsite onsight inoffice inperson hybrid distributed wfh fulltime parttime ft fte ' +
    'permanent perm contract contractor contractors contracting contracttohire freelance freelancer freelancers intern interns ' +
    'internship internships temporary temp visa visas sponsorship sponsor sponsoring sponsored relocation relo h1b no not ' +
    'transfer transfers support assistance provided offered friendly yes partial partially some'
  ).split(' '),
);
const CONNECTORS = new Set(
  (
    'or and in near area metro greater based hq office offices city downtown from the of within any ' +
    'timezone timezones tz hour hours overlap with to at must be ideally around north south east west central county region ' +
    'us-only eu-only location locations time zone zones anywhere worldwide global globally'
  ).split(' '),
);
const MAYBE_SALARY = /[\d$€£¥₹]|salary|equity|compensation|OTE|USD|EUR|GBP|CHF|CAD|INR|SGD|AUD/i;
const COMPOUND = /\b(full|part|on|in|contract[- ]to)[- ](time|site|office|person|hire)\b/g;
function tokens(s: string): string[] {
  let lc = s.toLowerCase();
  if (
    lc.includes('time') ||
    lc.includes('site') ||
    lc.includes('office') ||
    lc.includes('person') ||
    lc.includes('hire')
  ) {
    lc = lc.replace(COMPOUND, '$1$2').replace(/contract[- ]to/g, 'contractto');
  }
  return lc.split(/[^a-z0-9\u00c0-\uffff+#]+/).filter((w) => w.length > 0);
}
const LABEL_RE =
  /^(?:positions?|roles?|locations?|title|hiring(?: for)?|we(?:'re| are) hiring(?: for)?|company|job|looking for|seeking)\s*[:-]?\s+/i;
const HIRING_RE =
  /^(.{2,60}?)\s+(?:(?:is|are)\s+(?:\w+\s+){0,2}?(?:hiring|looking|seeking|searching|recruiting|growing|expanding)\b|(?:is|are)\s+(?:a|an|the)\s)/i;

function cleanCompany(s: string): { name: string; places: Place[] } {
  const places: Place[] = [];
  let name = s.replace(/\(([^)]*)\)/g, (all, inner: string) => {
    if (inner.trim() === '' || /\bYC\s?[WSFX]?\d{0,4}\b|Y ?Combinator/i.test(inner)) return '';
    const ps = findPlaces(inner);
    if (ps.length > 0) {
      places.push(...ps);
      return '';
    }
    return all;
  });
  name = name
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:\-–—|/]+|[\s,:\-–—|/]+$/g, '')
    .trim();
  return { name, places };
}

const LEAD = new Set([...' \t:,-()[]'].map((c) => c.charCodeAt(0)));
const TRAIL = new Set([...' \t:,-(['].map((c) => c.charCodeAt(0)));
/** Strips separators and brackets left at the ends of a segment. */
function trimPunct(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && LEAD.has(s.charCodeAt(a))) a++;
  while (b > a && TRAIL.has(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** A company name is short and does not open like a sentence ("Hi everyone!", "We're hiring ..."). */
function plausibleCompany(s: string): boolean {
  return (
    s.length <= 60 &&
    s.split(' ').length <= 7 &&
    !/^(?:hi|hello|hey|we|we're|we’re|i|i'm|i’m|our|this|looking|hiring|anyone|is|are|does|very|sorry|just|have|my|be|for|it)\b[\s,!']*(?:[a-z]|$)/i.test(
      s,
    )
  );
}

/**
 * The header line parsed. The result is frozen, arrays and places included: postingCore hands it on to
 * parseLocation (one parse per posting), so no caller may change it.
 */
export function parseHeader(line: string): Readonly<ParsedHeader> {
  const out = parseHeaderOnce(line);
  for (const p of out.places) Object.freeze(p);
  Object.freeze(out.places);
  Object.freeze(out.titles);
  Object.freeze(out.employment);
  return Object.freeze(out);
}

function parseHeaderOnce(line: string): ParsedHeader {
  const out: ParsedHeader = {
    company: null,
    titles: [],
    places: [],
    remote: false,
    hybrid: false,
    onsite: false,
    employment: [],
  };
  const segs = splitSegments(line.length > 400 ? line.slice(0, 400) : line);
  let companyIdx = -1;
  let domain: string | null = null;
  let weak: { idx: number; text: string } | null = null;
  const others: number[] = [];
  segs.forEach((raw, idx) => {
    let seg = raw.length > 120 ? raw.slice(0, 120) : raw;
    if (seg.includes('@')) seg = seg.replace(EMAIL_RE, ' ');
    if (idx > 0 && domain === null && /^[a-z0-9-]+\.(?:com|io|ai|co|dev|app|tech|so|xyz)$/i.test(seg)) domain = seg;
    if (seg.includes('.') || seg.includes('http'))
      seg = seg
        .replace(idx === 0 ? FULL_URL_RE : URL_RE, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    if (idx === 0 && seg.replace(/[\s()[\]]/g, '') === '') {
      const host = /(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)/i.exec(raw);
      seg = host ? host[1]! : '';
    }
    if (idx === 0) {
      const hiring = / (?:is|are) /i.test(seg) ? HIRING_RE.exec(seg) : null;
      if (hiring) {
        companyIdx = 0;
        const c = cleanCompany(hiring[1]!);
        out.company = c.name;
        out.places.push(...c.places);
        seg = seg.slice(hiring[0].length);
      }
    }
    seg = trimPunct(seg.replace(LABEL_RE, ''));
    if (seg === '') return;
    const mode = workModeOf(seg);
    out.remote ||= mode.remote;
    out.hybrid ||= mode.hybrid;
    out.onsite ||= mode.onsite;
    out.employment.push(...employmentOf(seg));
    if (companyIdx === 0 && idx === 0) return;
    const salaryAt = MAYBE_SALARY.test(seg) ? seg.search(SALARY_RE) : -1;
    const body = salaryAt >= 0 ? seg.slice(0, salaryAt).replace(/[\s:,\-(]+$/, '') : seg;
    const toks = tokens(body);
    if (toks.every((w) => META.has(w))) return; // url, salary or meta only
    const places = findPlaces(body);
    let leftover = body;
    for (const p of places) leftover = leftover.replace(p.text, ' ');
    // without a place the leftover is the body, whose tokens are toks
    const unknown = (places.length > 0 ? tokens(leftover) : toks).filter(
      (w) => !META.has(w) && !CONNECTORS.has(w),
    ).length;
    const roleish =
      idx === 0
        ? ROLE_HEAD_RE.test(body)
        : ROLE_RE.test(/hiring/i.test(body) ? body.replace(/\bhiring\b/gi, '') : body);
    if (places.length > 0 && unknown <= (idx === 0 ? 0 : 3) && !(roleish && ROLE_HEAD_RE.test(body))) {
      out.places.push(...places);
    } else if (roleish) {
      if (idx > 0 && !ROLE_NOUN_RE.test(body) && weak === null) weak = { idx, text: body };
      out.titles.push(...splitRoles(body.replace(META_WORDS_EDGE, '').trim()).filter((t) => t.length > 0));
    } else if (idx > 0 && TECH_RE.test(body) && toks.length <= 8) {
      out.titles.push(body);
    } else {
      others.push(idx);
      if (companyIdx < 0) {
        companyIdx = idx;
        const c = cleanCompany(body);
        out.company = c.name.length > 0 ? c.name : null;
        out.places.push(...c.places);
      }
    }
  });
  if (out.company !== null && !plausibleCompany(out.company)) out.company = null;
  const w = weak as { idx: number; text: string } | null; // assigned inside the loop
  if (out.company === null && w !== null && segs.length > 2) {
    out.company = cleanCompany(w.text).name;
    out.titles = out.titles.filter((t) => t !== w.text);
  }
  if (out.company === null && domain !== null) out.company = domain;
  const seen = new Set<string>();
  // a lone country already implied by an earlier place ("Manchester, NH, US | REMOTE [US only]") adds nothing
  out.places = out.places.filter((p, i) => {
    if (seen.has(p.key)) return false;
    seen.add(p.key);
    return !(p.kind === 'country' && out.places.slice(0, i).some((q) => q.country === p.country));
  });
  return out;
}

/** Work-mode and employment words at the ends of a role segment ("Backend Engineer (Remote)"). */
const META_WORDS_EDGE =
  /\s*[(,]?\s*(?:remote|on-?site|hybrid|full[- ]?time|part[- ]?time|contract|fulltime)\s*\)?\s*$/i;
