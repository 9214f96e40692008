/** Helpers shared by the ATS job-board parsers (Greenhouse, Lever, Ashby). Pure. */
import { ShapeError } from '../../errors.ts';
import { isIsoDate } from '../../record.ts';

/** Not retried: the same body comes back. */
export class BoardShapeError extends ShapeError {
  constructor(
    readonly board: string,
    readonly what: string,
  ) {
    super(`${board}: unexpected response: ${what}`);
  }
}

export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Country names ATS boards write, mapped to ISO 3166-1 alpha-2 (a small, common set; else null). */
const countries: Record<string, string> = {
  'united states': 'US',
  'united states of america': 'US',
  usa: 'US',
  us: 'US',
  canada: 'CA',
  mexico: 'MX',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  ireland: 'IE',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  spain: 'ES',
  portugal: 'PT',
  italy: 'IT',
  netherlands: 'NL',
  'the netherlands': 'NL',
  belgium: 'BE',
  switzerland: 'CH',
  austria: 'AT',
  sweden: 'SE',
  norway: 'NO',
  denmark: 'DK',
  finland: 'FI',
  poland: 'PL',
  'czech republic': 'CZ',
  czechia: 'CZ',
  romania: 'RO',
  greece: 'GR',
  hungary: 'HU',
  estonia: 'EE',
  lithuania: 'LT',
  latvia: 'LV',
  ukraine: 'UA',
  israel: 'IL',
  india: 'IN',
  singapore: 'SG',
  japan: 'JP',
  'south korea': 'KR',
  korea: 'KR',
  china: 'CN',
  'hong kong': 'HK',
  taiwan: 'TW',
  australia: 'AU',
  'new zealand': 'NZ',
  brazil: 'BR',
  argentina: 'AR',
  colombia: 'CO',
  chile: 'CL',
  'united arab emirates': 'AE',
  uae: 'AE',
  'south africa': 'ZA',
  nigeria: 'NG',
  kenya: 'KE',
  philippines: 'PH',
  indonesia: 'ID',
  vietnam: 'VN',
  thailand: 'TH',
  malaysia: 'MY',
  turkey: 'TR',
};

/** An ISO alpha-2 code from a code or a country name; null when unknown. */
export function countryCode(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  if (/^[A-Za-z]{2}$/.test(s)) return s.toUpperCase() === 'UK' ? 'GB' : s.toUpperCase();
  return countries[s.toLowerCase()] ?? null;
}

/** Epoch milliseconds or an ISO string -> ISO string; null when neither. */
export function isoTime(v: unknown): string | null {
  if (typeof v === 'number') {
    // epoch milliseconds; 1e20 or NaN is no date (null: the posting is rejected, not the page)
    const d = new Date(v);
    return Number.isFinite(d.getTime()) ? d.toISOString() : null;
  }
  const s = str(v);
  if (!s) return null;
  if (isIsoDate(s)) return s;
  // other date forms a board may send (RFC 2822...) become ISO, as the posting record requires
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function jobsArray(body: unknown, board: string, key: string | null): unknown[] {
  if (key === null) {
    if (!Array.isArray(body)) throw new BoardShapeError(board, 'expected a JSON array of postings');
    return body;
  }
  if (body === null || typeof body !== 'object' || !Array.isArray((body as Record<string, unknown>)[key]))
    throw new BoardShapeError(board, `expected an object with a "${key}" array`);
  return (body as Record<string, unknown[]>)[key]!;
}
