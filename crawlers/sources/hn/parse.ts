/**
 * Hacker News "Ask HN: Who is hiring?" through the Algolia API, parsing only (pure).
 * `search_by_date` pages list the monthly stories of user `whoishiring`; `items/{id}` returns a thread as a
 * tree whose top-level comments are the postings.
 */
import { ShapeError } from '../../errors.ts';
import type { PostingInput } from '../../record.ts';
import { htmlToText } from '../../html.ts';

export const HN_SOURCE = 'hn_whoishiring';

export interface HnThread {
  id: string;
  title: string;
  /** `YYYY-MM`, from the title. */
  month: string;
  created_at: string;
  /** All comments, replies included (Algolia's counter), when the search hit gives it. */
  num_comments: number | null;
}

export interface HnSearchPage {
  threads: HnThread[];
  page: number;
  nbPages: number;
  hits: number;
}

/** Not retried: the same body comes back. */
export class HnShapeError extends ShapeError {
  constructor(readonly what: string) {
    super(`unexpected HN Algolia response: ${what}`);
  }
}

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `Ask HN: Who is hiring? (March 2024)` -> `2024-03`; null when the title is not a hiring thread. */
export function hiringMonth(title: string): string | null {
  if (!/^\s*Ask HN:\s*Who\s+is\s+hiring\??/i.test(title)) return null;
  const m = /\(\s*([A-Za-z]+)\s+(\d{4})\s*\)/.exec(title);
  if (!m) return null;
  const idx = months.indexOf(m[1]!.toLowerCase());
  if (idx < 0) return null;
  return `${m[2]}-${String(idx + 1).padStart(2, '0')}`;
}

function obj(v: unknown, what: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new HnShapeError(`${what} is not an object`);
  return v as Record<string, unknown>;
}

/** One `search_by_date` page: the hiring threads on it (newest first, as the API orders them). */
export function parseSearchPage(body: unknown): HnSearchPage {
  const o = obj(body, 'search page');
  if (!Array.isArray(o.hits)) throw new HnShapeError('search page has no "hits" array');
  const threads: HnThread[] = [];
  for (const h of o.hits as unknown[]) {
    const hit = obj(h, 'hit');
    const title = typeof hit.title === 'string' ? hit.title : '';
    const month = hiringMonth(title);
    const id = hit.objectID ?? hit.story_id;
    if (!month || (typeof id !== 'string' && typeof id !== 'number')) continue;
    threads.push({
      id: String(id),
      title,
      month,
      created_at: typeof hit.created_at === 'string' ? hit.created_at : `${month}-01T00:00:00.000Z`,
      num_comments: typeof hit.num_comments === 'number' ? hit.num_comments : null,
    });
  }
  return {
    threads,
    page: typeof o.page === 'number' ? o.page : 0,
    nbPages: typeof o.nbPages === 'number' ? o.nbPages : 0,
    hits: (o.hits as unknown[]).length,
  };
}

/** The postings of one thread (`items/{id}`): top-level comments with text; deleted/dead ones skipped. */
export function parseThread(body: unknown, thread: { id: string; month?: string }): PostingInput[] {
  const o = obj(body, 'item');
  if (!Array.isArray(o.children)) throw new HnShapeError(`item ${thread.id} has no "children" array`);
  const title = typeof o.title === 'string' ? o.title : '';
  const month = thread.month ?? hiringMonth(title) ?? undefined;
  const threadId = Number(thread.id);
  const out: PostingInput[] = [];
  for (const c of o.children as unknown[]) {
    if (c === null || typeof c !== 'object') continue;
    const node = c as Record<string, unknown>;
    if (node.type !== undefined && node.type !== 'comment') continue;
    if (node.deleted === true || node.dead === true) continue;
    if (typeof node.text !== 'string' || typeof node.created_at !== 'string') continue;
    const text = htmlToText(node.text);
    if (!text) continue;
    const id = String(node.id);
    out.push({
      id: `hn:${id}`,
      source: HN_SOURCE,
      posted_at: node.created_at,
      month: month ?? node.created_at.slice(0, 7),
      text,
      url: `https://news.ycombinator.com/item?id=${id}`,
      extra: { thread_id: Number.isFinite(threadId) ? threadId : thread.id },
    });
  }
  return out;
}
