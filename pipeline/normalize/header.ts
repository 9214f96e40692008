/**
 * The HN header line ("Company | Role | Location | REMOTE | Full-time | $salary | url", in any order and
 * with any separator) parsed into company, titles, places, work mode and employment types.
 * Each segment is classified: url / salary / meta (only work-mode, employment, visa words) / location
 * (gazetteer places and at most 3 unknown words) / role (role words) / other. The company is the first
 * segment when it is "other" (or "X is hiring ..."), else the first "other" segment.
 */
import { findPlaces, type Place } from './places.ts';
import { splitRoles, splitSegments } from './segments.ts';
import {
  EMAIL_RE, EMPLOYMENT, FULL_URL_RE, ROLE_HEAD_RE, ROLE_RE, SALARY_RE, TECH_RE, URL_RE, VISA_RE, workModeOf,
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

const META_WORDS = new RegExp([
  /\b(?:fully|100%|only|first|friendly|ok|okay|possible|available|preferred|welcome|optional|considered|flexible|allowed|also|either|plus|\+)\b/.source,
  /\bremote(?:ly)?\b|\bon[- ]?site\b|\bonsight\b|\bin[- ]office\b|\bin[- ]person\b|\bhybrid\b|\bdistributed\b|\bwfh\b/.source,
  /\bfull[- ]?time\b|\bfulltime\b|\bpart[- ]?time\b|\bFTE?\b|\bpermanent\b|\bcontract(?:ors?|ing|[- ]to[- ]hire)?\b|\bfreelance(?:rs?)?\b|\bintern(?:s|ships?)?\b|\btemporary\b/.source,
  /\bvisas?\b|\bsponsor(?:ship|ing)?\b|\brelocation\b|\brelo\b|\bH-?1B\b|\bno\b|\bnot\b|\btransfers?\b|\bsupport\b|\bassistance\b/.source,
].join('|'), 'gi');
const CONNECTORS = /\b(?:or|and|in|near|area|metro|greater|based|hq|office|offices|city|downtown|only|from|the|of|within|any|timezones?|tz|hours?|overlap|with|to|at|also|us-only|eu-only|locations?|preferred|must|be|ideally|around|north|south|east|west|central|county|region)\b/gi;
const LABEL_RE = /^(?:positions?|roles?|locations?|title|hiring(?: for)?|we(?:'re| are) hiring(?: for)?|company|job|looking for|seeking)\s*[:\-]?\s+/i;
const HIRING_RE = /^(.{2,60}?)\s+(?:is|are)\s+(?:\w+\s+){0,2}?(?:hiring|looking|seeking|searching|recruiting|growing|expanding)\b/i;

const words = (s: string): string[] => s.split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 0);

function cleanCompany(s: string): { name: string; places: Place[] } {
  const places: Place[] = [];
  let name = s.replace(/\(([^)]*)\)/g, (all, inner: string) => {
    if (inner.trim() === '' || /\bYC\b|Y Combinator/i.test(inner)) return '';
    const ps = findPlaces(inner);
    if (ps.length > 0) { places.push(...ps); return ''; }
    return all;
  });
  name = name.replace(/\(\s*\)/g, '').replace(/\s+/g, ' ').replace(/^[\s,:\-–—|/]+|[\s,:\-–—|/]+$/g, '').trim();
  return { name, places };
}

export function parseHeader(line: string): ParsedHeader {
  const out: ParsedHeader = { company: null, titles: [], places: [], remote: false, hybrid: false, onsite: false, employment: [] };
  const segs = splitSegments(line.length > 400 ? line.slice(0, 400) : line);
  let companyIdx = -1;
  const others: number[] = [];
  segs.forEach((raw, idx) => {
    let seg = raw.length > 120 ? raw.slice(0, 120) : raw;
    seg = seg.replace(EMAIL_RE, ' ').replace(idx === 0 ? FULL_URL_RE : URL_RE, ' ').replace(/\s+/g, ' ').trim();
    if (idx === 0 && seg.replace(/[\s()[\]]/g, '') === '') {
      const host = /(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)/i.exec(raw);
      seg = host ? host[1]! : '';
    }
    if (idx === 0) {
      const hiring = HIRING_RE.exec(seg);
      if (hiring) { companyIdx = 0; const c = cleanCompany(hiring[1]!); out.company = c.name; out.places.push(...c.places); seg = seg.slice(hiring[0].length); }
    }
    seg = seg.replace(LABEL_RE, '').replace(/^[\s:,.\-()[\]]+|[\s:,\-([]+$/g, '');
    if (seg === '') return;
    const mode = workModeOf(seg);
    out.remote ||= mode.remote; out.hybrid ||= mode.hybrid; out.onsite ||= mode.onsite;
    for (const [type, re] of EMPLOYMENT) if (re.test(seg) && !/\bsmart contracts?\b/i.test(seg)) out.employment.push(type);
    if (companyIdx === 0 && idx === 0) return;
    const salaryAt = seg.search(SALARY_RE);
    const body = salaryAt >= 0 ? seg.slice(0, salaryAt).replace(/[\s:,\-(]+$/, '') : seg;
    const rest = body.replace(META_WORDS, ' ');
    if (words(rest).length === 0) return; // url, salary or meta only
    const places = findPlaces(rest);
    let leftover = rest;
    for (const p of places) leftover = leftover.replace(p.text, ' ');
    const unknown = words(leftover.replace(CONNECTORS, ' ')).length;
    const roleish = idx === 0 ? ROLE_HEAD_RE.test(body) : ROLE_RE.test(body.replace(/\bhiring\b/gi, ''));
    if (places.length > 0 && unknown <= (idx === 0 ? 0 : 3) && !(roleish && ROLE_HEAD_RE.test(body))) {
      out.places.push(...places);
    } else if (roleish) {
      out.titles.push(...splitRoles(body.replace(META_WORDS_EDGE, '').trim()).filter((t) => t.length > 0));
    } else if (idx > 0 && TECH_RE.test(body) && words(body).length <= 8) {
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
  const seen = new Set<string>();
  out.places = out.places.filter((p) => (seen.has(p.key) ? false : (seen.add(p.key), true)));
  return out;
}

/** Work-mode and employment words at the ends of a role segment ("Backend Engineer (Remote)"). */
const META_WORDS_EDGE = /\s*[(,]?\s*(?:remote|on-?site|hybrid|full[- ]?time|part[- ]?time|contract|fulltime)\s*\)?\s*$/i;
