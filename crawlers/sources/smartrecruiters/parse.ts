/**
 * SmartRecruiters' public Posting API. Pure.
 * Listing `GET {baseUrl}/{company}/postings?limit=100&offset=N` -> `{offset, limit, totalFound, content:
 * [{id, name, releasedDate, location: {city, region, country, remote, hybrid, fullLocation}, department,
 * typeOfEmployment, experienceLevel, company: {name}}]}` (no text); each new or changed posting (by
 * `releasedDate`) is then fetched from `{baseUrl}/{company}/postings/{id}` -> the same fields plus
 * `jobAd.sections.{companyDescription, jobDescription, qualifications, additionalInformation}.text` (HTML)
 * and `postingUrl`.
 */
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';
import { BoardShapeError, countryCode, isoTime, jobsArray, str } from '../ats/common.ts';
import type { DetailRef, ListingPage } from '../ats/crawl.ts';
import { employmentOf, workModeOf } from '../../work-terms.ts';

export const smartrecruitersSource = (company: string): string => `smartrecruiters:${company}`;
const PAGE = 100;

export function smartrecruitersUrl(baseUrl: string, company: string, offset = 0): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(company)}/postings?limit=${PAGE}&offset=${offset}`;
}

const label = (v: unknown): string | null =>
  v && typeof v === 'object' ? str((v as Record<string, unknown>).label) : null;

/** One listing page: the postings to fetch (id, detail URL, version) and the next page. */
export function parseSmartRecruitersList(body: unknown, company: string, url: string): ListingPage {
  const items = jobsArray(body, smartrecruitersSource(company), 'content');
  const o = body as Record<string, unknown>;
  const base = url.slice(0, url.indexOf('/postings'));
  const details: DetailRef[] = [];
  for (const raw of items) {
    if (raw === null || typeof raw !== 'object') continue;
    const j = raw as Record<string, unknown>;
    const id = str(j.id) ?? (typeof j.id === 'number' ? String(j.id) : null);
    if (!id) continue;
    details.push({ id, url: `${base}/postings/${encodeURIComponent(id)}`, version: str(j.releasedDate) ?? '' });
  }
  const offset = typeof o.offset === 'number' ? o.offset : 0;
  const total = typeof o.totalFound === 'number' ? o.totalFound : 0;
  const next =
    items.length > 0 && offset + items.length < total
      ? `${base}/postings?limit=${PAGE}&offset=${offset + items.length}`
      : null;
  return { postings: [], details, next };
}

/** One posting with its job ad. */
export function parseSmartRecruitersPosting(body: unknown, company: string, ref: DetailRef): PostingInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new BoardShapeError(smartrecruitersSource(company), 'expected a posting object');
  const j = body as Record<string, unknown>;
  const sections = ((j.jobAd as Record<string, unknown> | undefined)?.sections ?? {}) as Record<
    string,
    Record<string, unknown> | undefined
  >;
  const parts = [str(j.name)];
  for (const key of ['jobDescription', 'qualifications', 'additionalInformation', 'companyDescription']) {
    const t = str(sections[key]?.text);
    if (t) parts.push(htmlToText(t));
  }
  const loc = (j.location ?? {}) as Record<string, unknown>;
  return {
    id: str(j.id) ?? ref.id,
    source: smartrecruitersSource(company),
    posted_at: isoTime(j.releasedDate) ?? isoTime(ref.version) ?? '',
    text: parts.filter(Boolean).join('\n\n'),
    title: str(j.name),
    company: str((j.company as Record<string, unknown> | undefined)?.name) ?? company,
    location:
      str(loc.fullLocation) ?? ([str(loc.city), str(loc.region), str(loc.country)].filter(Boolean).join(', ') || null),
    country: countryCode(loc.country),
    url: str(j.postingUrl),
    extra: {
      employment_type: label(j.typeOfEmployment),
      experience_level: label(j.experienceLevel),
      department: label(j.department),
      remote: typeof loc.remote === 'boolean' ? loc.remote : null,
      hybrid: typeof loc.hybrid === 'boolean' ? loc.hybrid : null,
      work_mode: workModeOf({ remote: loc.remote, hybrid: loc.hybrid }),
      employment: employmentOf(label(j.typeOfEmployment)),
    },
  };
}
