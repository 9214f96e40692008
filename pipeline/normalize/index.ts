/**
 * Normalization of one posting (pure, no I/O): markup to text, HN header parsed, company/title/location
 * keys for dedup, country, remote flag, work mode, employment type, role family; plus MinHash signatures and
 * text keys for duplicate detection. Rules and limits: docs/normalization.md.
 */
import { parseHeader } from './header.ts';
import { companyKey, titleKey } from './keys.ts';
import { findPlaces, type Place } from './places.ts';
import { roleFamily } from './role.ts';
import { toPlainText } from './text.ts';
import type { EmploymentType, NormalizeInput, NormalizedPosting } from './types.ts';
import { employmentOf, pickWorkMode, workModeOf } from './vocab.ts';

export type { EmploymentType, NormalizeInput, NormalizedPosting, RoleFamily, WorkMode } from './types.ts';
export { htmlToText, markdownToText } from './text.ts';
export { minhashSignature, signatureSimilarity } from './minhash.ts';
export { companyKey, textKey, titleKey } from './keys.ts';
export { findPlaces } from './places.ts';
export { parseHeader } from './header.ts';
export { parseLocation, type ParsedLocation, type RemoteClass } from './location.ts';

/** Bump when any output of normalizePosting or minhashSignature changes: the pipeline caches by it. */
export const NORMALIZE_VERSION = '3-places3';

const EMPLOYMENT_ORDER: EmploymentType[] = ['full-time', 'contract', 'part-time', 'internship', 'temporary'];

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl < 0 ? text : text.slice(0, nl)).trim();
}

const clean = (s: string | null): string | null => {
  if (s === null) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
};

/**
 * The part of normalizePosting that the pay fields of `skillpulse extract` need (plain text, header, title,
 * places, work mode, country), computed once; normalizePosting adds the keys, employment type and role family.
 */
export function postingCore(input: NormalizeInput) {
  const text = toPlainText(input.text ?? '');
  const head = firstLine(text);
  const inCompany = clean(input.company);
  const inTitle = clean(input.title);
  const inLocation = clean(input.location);
  const parseIt = input.source.startsWith('hn') || (inCompany === null && inTitle === null && head.includes('|'));
  const header = parseIt ? parseHeader(head) : null;

  const company = inCompany ?? header?.company ?? null;
  const titles = inTitle !== null ? [inTitle] : (header?.titles ?? []);
  const title = titles.length > 0 ? titles.join(' / ') : null;

  let places: Place[] = [];
  const mode = { remote: header?.remote ?? false, hybrid: header?.hybrid ?? false, onsite: header?.onsite ?? false };
  if (inLocation !== null) {
    places = findPlaces(inLocation);
    const m = workModeOf(inLocation);
    mode.remote ||= m.remote;
    mode.hybrid ||= m.hybrid;
    mode.onsite ||= m.onsite;
  }
  if (places.length === 0 && header !== null) places = header.places;
  if (inTitle !== null) {
    const m = workModeOf(inTitle);
    mode.remote ||= m.remote;
    mode.hybrid ||= m.hybrid;
  }
  const givenCountry = clean(input.country);
  const country =
    givenCountry !== null && /^[A-Za-z]{2}$/.test(givenCountry)
      ? givenCountry.toUpperCase()
      : (places.find((p) => p.country !== null)?.country ?? null);
  return { text, head, header, company, titles, title, inTitle, inLocation, places, mode, country };
}

export function normalizePosting(input: NormalizeInput): NormalizedPosting {
  const { text, head, header, company, titles, title, inTitle, inLocation, places, mode, country } = postingCore(input);
  const work_mode = pickWorkMode(mode);

  const located = places.filter((p) => p.kind !== 'region' || p.country !== null);
  const location = inLocation ?? (located.length > 0 ? located.map((p) => p.text).join(' / ') : null);
  const location_key =
    places.length > 0
      ? places.map((p) => p.key).join(' / ')
      : inLocation !== null
        ? inLocation
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim() || null
        : mode.remote
          ? 'remote'
          : null;

  let employment: EmploymentType | null = null;
  const types = [...(header?.employment ?? [])];
  if (types.length === 0) {
    const probe = [inTitle ?? '', text.slice(0, 300)].join('\n');
    types.push(...employmentOf(probe));
  }
  for (const t of EMPLOYMENT_ORDER)
    if (types.includes(t)) {
      employment = t;
      break;
    }

  const headRest = company !== null && header !== null ? head.slice(0, 300).replace(company, ' ') : head.slice(0, 300);
  const fallback = `${headRest}\n${text.slice(head.length, head.length + 600)}`;
  return {
    text,
    company,
    company_key: companyKey(company),
    title,
    title_key: titleKey(title),
    location,
    location_key,
    country,
    is_remote: mode.remote,
    work_mode,
    employment_type: employment,
    role_family: roleFamily(titles, fallback),
  };
}
