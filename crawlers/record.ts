/**
 * The posting record (CONTRACT.md): what import files hold and what every crawler source produces.
 * `validateRecord` turns one untrusted object into a RawPosting or says exactly which field is wrong.
 */
import { createHash } from 'node:crypto';
import { LIMITS, depthOf, hasControl } from './limits.ts';
import { encodeSource } from './source-name.ts';

export interface PostingInput {
  id: string;
  source: string;
  posted_at: string;
  text: string;
  title?: string | null;
  company?: string | null;
  location?: string | null;
  country?: string | null;
  url?: string | null;
  month?: string | null;
  /** Unknown fields, kept as extra attributes. */
  extra?: Record<string, unknown>;
}

/** One line of the raw store. */
export interface RawPosting extends Required<Omit<PostingInput, 'extra' | 'month'>> {
  /** `YYYY-MM`: the record's own month, else the month of posted_at. */
  month: string;
  extra: Record<string, unknown> | null;
  /** sha256 (hex, 32 chars) of the posting's content fields: changes when the posting changes. */
  content_hash: string;
  /** When the record was fetched or imported (ISO date-time, UTC). */
  fetched_at: string;
  /** What brought it in: `import:<file name>` or `crawl:<source type>`. */
  origin: string;
}

export type ValidationResult = { ok: true; record: PostingInput } | { ok: false; reason: string };

const known = new Set(['id', 'source', 'posted_at', 'text', 'title', 'company', 'location', 'country', 'url', 'month']);
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const monthRe = /^(\d{4})-(0[1-9]|1[0-2])$/;

const inYears = (y: number): boolean => y >= LIMITS.minYear && y <= LIMITS.maxYear;

/**
 * Valid ISO 8601 date or date-time with a real calendar date, a year in LIMITS.minYear..maxYear and a UTC
 * offset of at most ±18:00 (minutes 00..59).
 */
export function isIsoDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!inYears(y) || mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  const off = m[7] && m[7] !== 'Z' ? /^[+-](\d{2}):?(\d{2})$/.exec(m[7]) : null;
  if (off && (Number(off[1]) > 18 || Number(off[2]) > 59 || (Number(off[1]) === 18 && Number(off[2]) > 0)))
    return false;
  return true;
}

/** A `YYYY-MM` month within the year limits. */
export function isMonth(value: string): boolean {
  const m = monthRe.exec(value);
  return m !== null && inYears(Number(m[1]));
}

const show = (v: string): string => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

function optString(obj: Record<string, unknown>, key: string): string | null | { error: string } {
  const v = obj[key];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && key !== 'country') return String(v);
  return { error: `field "${key}": expected a string, got ${Array.isArray(v) ? 'array' : typeof v}` };
}

/** Checks one record against the posting record; `defaultSource` is `--source`. */
export function validateRecord(value: unknown, defaultSource?: string): ValidationResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: `expected a JSON object, got ${Array.isArray(value) ? 'array' : typeof value}` };
  const obj = value as Record<string, unknown>;
  const id = obj.id;
  if (id === undefined || id === null || id === '') return { ok: false, reason: 'missing required field "id"' };
  if (typeof id !== 'string' && typeof id !== 'number')
    return { ok: false, reason: `field "id": expected a string or number, got ${typeof id}` };
  const idText = String(id);
  if (idText.length > LIMITS.idChars)
    return { ok: false, reason: `field "id": longer than ${LIMITS.idChars} characters` };
  if (hasControl(idText))
    return { ok: false, reason: `field "id": contains a control character (tab, newline...): ${show(idText)}` };
  const source = obj.source ?? defaultSource;
  if (source === undefined || source === null || source === '')
    return { ok: false, reason: 'missing required field "source" (or pass --source NAME)' };
  if (typeof source !== 'string')
    return { ok: false, reason: `field "source": expected a string, got ${typeof source}` };
  if (hasControl(source)) return { ok: false, reason: `field "source": contains a control character: ${show(source)}` };
  if (Buffer.byteLength(source) > LIMITS.sourceBytes || encodeSource(source).length > 200)
    return { ok: false, reason: `field "source": longer than ${LIMITS.sourceBytes} bytes (it names a folder)` };
  const postedAt = obj.posted_at;
  if (postedAt === undefined || postedAt === null || postedAt === '')
    return { ok: false, reason: 'missing required field "posted_at"' };
  if (typeof postedAt !== 'string' || !isIsoDate(postedAt.trim()))
    return {
      ok: false,
      reason: `field "posted_at": expected an ISO 8601 date or date-time in ${LIMITS.minYear}..${LIMITS.maxYear}, got ${typeof postedAt === 'string' ? show(postedAt) : JSON.stringify(postedAt)?.slice(0, 40)}`,
    };
  const text = obj.text;
  if (text === undefined || text === null) return { ok: false, reason: 'missing required field "text"' };
  if (typeof text !== 'string') return { ok: false, reason: `field "text": expected a string, got ${typeof text}` };
  if (text.length > LIMITS.textChars)
    return { ok: false, reason: `field "text": longer than ${LIMITS.textChars} characters` };
  if (text.trim() === '') return { ok: false, reason: 'field "text": empty' };
  const record: PostingInput = { id: idText, source, posted_at: postedAt.trim(), text };
  for (const key of ['title', 'company', 'location', 'country', 'url', 'month'] as const) {
    const v = optString(obj, key);
    if (v && typeof v === 'object') return { ok: false, reason: v.error };
    if (typeof v === 'string' && v.length > LIMITS.fieldChars)
      return { ok: false, reason: `field "${key}": longer than ${LIMITS.fieldChars} characters` };
    record[key] = v;
  }
  if (record.country) {
    const c = record.country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(c))
      return {
        ok: false,
        reason: `field "country": expected an ISO 3166-1 alpha-2 code, got ${JSON.stringify(record.country)}`,
      };
    record.country = c;
  }
  if (record.month && !isMonth(record.month))
    return {
      ok: false,
      reason: `field "month": expected YYYY-MM in ${LIMITS.minYear}..${LIMITS.maxYear}, got ${show(record.month)}`,
    };
  const extra: Record<string, unknown> = {};
  let hasExtra = false;
  for (const [k, v] of Object.entries(obj)) {
    if (!known.has(k)) {
      if (depthOf(v, LIMITS.extraDepth) > LIMITS.extraDepth)
        return { ok: false, reason: `field "${k.slice(0, 40)}": nested deeper than ${LIMITS.extraDepth} levels` };
      extra[k] = v;
      hasExtra = true;
    }
  }
  if (hasExtra) record.extra = extra;
  return { ok: true, record };
}

/** Hash of what makes a posting version distinct (not when or how it was fetched). */
export function contentHash(r: PostingInput): string {
  const h = createHash('sha256');
  h.update(r.text);
  for (const v of [r.title, r.company, r.location, r.country, r.posted_at, r.month]) h.update(`\u0000${v ?? ''}`);
  return h.digest('hex').slice(0, 32);
}

/** Month of a record: its own `month` field, else the month of `posted_at`. */
export function monthOf(r: PostingInput): string {
  return r.month ?? r.posted_at.slice(0, 7);
}

export function toRaw(r: PostingInput, origin: string, fetchedAt: string): RawPosting {
  return {
    id: r.id,
    source: r.source,
    posted_at: r.posted_at,
    month: monthOf(r),
    text: r.text,
    title: r.title ?? null,
    company: r.company ?? null,
    location: r.location ?? null,
    country: r.country ?? null,
    url: r.url ?? null,
    extra: r.extra ?? null,
    content_hash: contentHash(r),
    fetched_at: fetchedAt,
    origin,
  };
}
