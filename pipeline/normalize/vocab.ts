/**
 * Keyword patterns for the header parser: work mode, employment type, salary, URLs, visa, role words.
 * All are tested on one header segment at a time.
 */
import type { WorkMode } from './types.ts';

export const FULL_URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;
export const URL_RE =
  /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|ai|co|org|net|dev|app|xyz|tech|jobs|careers|so|sh|us|uk|de|fr|ca|me|ly|gg|cc|health|inc|to|is|fm|tv|eu|nl|ch|se|dk|no|fi|at|be|es|it|pl|in|au|nz|sg|jp|ae|il|co\.uk|com\.au)\b(?:\/\S*)?/gi;
export const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

export const NO_REMOTE_RE = /\b(?:no|not|non)[- ]remote\b|\bremote:?\s*no\b|\bno\s+(?:wfh|remote work)\b/i;
export const REMOTE_RE =
  /\bremote(?:ly)?\b|\bwfh\b|\bwork from (?:home|anywhere)\b|\bdistributed(?!\s+(?:systems?|computing|database|data|ledger|training|storage|teams? of))\b|\btelecommute\b|\bfully[- ]distributed\b/i;
export const HYBRID_RE =
  /\bhybrid\b|\bpartial(?:ly)?[- ]remote\b|\bsome remote\b|\bpart[- ]remote\b|\bremote\s+\d\s*(?:days?|d)\b|\b\d\s*days?\s+(?:in|on)[- ]?(?:office|site)\b/i;
export const ONSITE_RE =
  /\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b|\bon[- ]premises?\b|\bonsight\b/i;

export const EMPLOYMENT: ReadonlyArray<[string, RegExp]> = [
  ['full-time', /\bfull[- ]?time\b|\bfulltime\b|\bFT\b|\bFTE\b|\bpermanent\b|\bperm\b|\bsalaried\b/i],
  ['part-time', /\bpart[- ]?time\b|\bparttime\b/i],
  ['contract', /\bcontract(?:s|ors?|ing|[- ]to[- ]hire)?\b|\bfreelanc(?:e|er|ers|ing)\b|\bC2H\b|\b1099\b/i],
  ['internship', /\bintern(?:s|ship|ships)?\b|\bco-?op\b|\bco-?ops\b/i],
  ['temporary', /\btemporary\b|\btemp\b|\bseasonal\b/i],
];

export const SALARY_RE =
  /[$€£¥₹]\s?\d|\b\d{2,3}(?:[.,]\d+)?\s?[kK]\b|\b\d{2,3}[,.]?000\b|\b(?:USD|EUR|GBP|CHF|CAD|INR|SGD|AUD)\b|\bsalary\b|\bequity\b|\bcompensation\b|\bOTE\b|\bper (?:hour|year|annum)\b|\/(?:hr|yr|year|hour)\b/i;
export const VISA_RE = /\bvisas?\b|\bsponsor(?:ship|ing|s)?\b|\brelocat(?:ion|e|ing)\b|\brelo\b|\bH-?1B\b/i;

/** Head nouns and phrases that make a segment a role ("Senior Backend Engineer", "SRE", "Multiple positions"). */
export const ROLE_RE =
  /\b(?:engineers?|engineering|developers?|devs?|programmers?|designers?|design|managers?|scientists?|science|analysts?|analytics|leads?|architects?|SREs?|devops|dev ops|interns?|internships?|directors?|head of|VP|vice president|CTO|CIO|CISO|CPO|CFO|COO|founding|co-?founders?|recruiters?|writers?|researchers?|research|specialists?|consultants?|administrators?|admins?|sysadmins?|technicians?|representatives?|reps?|executives?|coordinators?|strategists?|marketers?|marketing|sales|associates?|officers?|owners?|PMs?|product|full[- ]?stack(?:s)?|front[- ]?end|back[- ]?end|ios|android|mobile|QA|SDETs?|testers?|SWEs?|ML|machine learning|AI|data|positions?|roles?|openings?|jobs|hires?|staff|principal|senior|junior|mid[- ]level|entry[- ]level|support|success|operations|ops|accountants?|counsel|attorneys?|lawyers?|economists?|statisticians?|mathematicians?|physicists?|chemists?|biologists?|bioinformatics?|quants?|traders?|experts?|generalists?|hackers?|coders?|artists?|animators?|editors?|producers?|teachers?|instructors?|tutors?|trainers?|advocates?|evangelists?|partners?|members?|talent|people|HR|finance|legal|infrastructure|platform|security|firmware|embedded|hardware|electrical|mechanical|web|software|CEO|chief)\b/i;

/** Role head nouns strong enough to make the FIRST segment a role rather than the company name. */
export const ROLE_HEAD_RE =
  /\b(?:engineers?|developers?|programmers?|designers?|managers?|scientists?|analysts?|architects?|SREs?|interns?|directors?|recruiters?|writers?|researchers?|specialists?|administrators?|positions|roles|openings)\s*(?:\([^)]*\))?\s*$|^(?:senior|sr\.?|junior|jr\.?|lead|staff|principal|head of|vp)\b/i;

/** Programming and platform words: a segment made of these lists the stack of a role. */
export const TECH_RE =
  /\b(?:javascript|typescript|python|golang|go|rust|java|kotlin|scala|ruby|rails|php|django|node(?:\.?js)?|react|vue(?:\.js)?|angular|svelte|elixir|erlang|haskell|clojure|c\+\+|c#|\.net|swift|objective-c|sql|postgres(?:ql)?|kubernetes|k8s|aws|gcp|azure|docker|terraform|spark|kafka|webassembly|wasm|graphql|ml|ai|llms?|nlp|blockchain|crypto|web3|solidity|unity|unreal)\b/i;

/** The words (lower-case) one of which a text must hold for workModeOf to call it remote. */
const REMOTE_GATES = ['remote', 'distributed', 'wfh', 'work from', 'telecommute'];
const hasRemoteGate = (lc: string) => REMOTE_GATES.some((g) => lc.includes(g));
/** False when workModeOf can call neither `s` nor any part of it remote (it holds no REMOTE_GATES word). */
export const mayBeRemote = (s: string): boolean => hasRemoteGate(s.toLowerCase());

export function workModeOf(s: string): { remote: boolean; hybrid: boolean; onsite: boolean } {
  const lc = s.toLowerCase();
  const r = lc.includes('remote');
  const noRemote = r && NO_REMOTE_RE.test(s);
  const remote = !noRemote && (r || hasRemoteGate(lc)) && REMOTE_RE.test(s);
  const hybrid = (lc.includes('hybrid') || r || lc.includes('day')) && HYBRID_RE.test(s);
  const onsite =
    noRemote ||
    ((lc.includes('site') ||
      lc.includes('office') ||
      lc.includes('person') ||
      lc.includes('premise') ||
      lc.includes('onsight')) &&
      ONSITE_RE.test(s));
  return { remote, hybrid, onsite };
}

const EMPLOYMENT_GATES: Record<string, string[]> = {
  'full-time': ['full', 'ft', 'perm', 'salaried'],
  'part-time': ['part'],
  contract: ['contract', 'freelanc', 'c2h', '1099'],
  internship: ['intern', 'co-op', 'coop', 'co-ops'],
  temporary: ['temp', 'seasonal'],
};

/** Per type, whether the lower-cased text holds one of its gates: one alternation test instead of a loop of includes. */
const GATE_RE: Record<string, RegExp> = Object.fromEntries(
  Object.entries(EMPLOYMENT_GATES).map(([type, gates]) => [type, new RegExp(gates.join('|'))]),
);

/** Employment types named in s, in the order of EMPLOYMENT. */
export function employmentOf(s: string): string[] {
  const lc = s.toLowerCase();
  const out: string[] = [];
  for (const [type, re] of EMPLOYMENT) {
    if (!GATE_RE[type]!.test(lc)) continue;
    if (
      type === 'contract' &&
      /\bsmart contracts?\b/i.test(s) &&
      !/\bcontract(?:or|ors|ing)\b|\bcontract\s*(?:role|position|work|basis|\||$)/i.test(s)
    )
      continue;
    if (re.test(s)) out.push(type);
  }
  return out;
}

/** remote > hybrid > onsite: the most flexible arrangement offered. */
export function pickWorkMode(m: { remote: boolean; hybrid: boolean; onsite: boolean }): WorkMode | null {
  return m.remote ? 'remote' : m.hybrid ? 'hybrid' : m.onsite ? 'onsite' : null;
}
