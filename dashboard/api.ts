/** The dashboard's only door to data: typed GETs/POSTs against the HTTP API of CONTRACT.md. */
import type {
  CategoryHalfLife,
  EvidencePage,
  DemandScore,
  DemandScorePage,
  HalfLife,
  TimeToFill,
  Health,
  JobStatus,
  Meta,
  Mover,
  Movers,
  Page,
  Recommendation,
  RelatedItem,
  SkillDetail,
  SkillItem,
  SourceInfo,
  Trend,
  CredentialDesign,
  GapAnalysis,
} from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Params = Record<string, string | number | undefined | null>;

function withQuery(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, ...init });
  } catch (err) {
    throw new ApiError(0, 'network', `cannot reach the API (${(err as Error).message})`, url);
  }
  if (!res.ok) {
    let code = `http_${res.status}`;
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string } };
      if (body.error?.code) code = body.error.code;
      if (body.error?.message) message = body.error.message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, code, message, url);
  }
  return (await res.json()) as T;
}

/** Like request, but a 404 (route or resource absent) resolves to null. */
async function optional<T>(url: string): Promise<T | null> {
  try {
    return await request<T>(url);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

const base = '/api/v1';
const enc = encodeURIComponent;

/** Rows of a list response, whether it is `{items}` or a bare array. */
export function itemsOf<T>(body: unknown): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object' && Array.isArray((body as { items?: unknown }).items))
    return (body as { items: T[] }).items;
  return [];
}

export const api = {
  health: () => request<Health>(`${base}/health`),
  meta: () => optional<Meta>(`${base}/meta`),
  /** The crawl/pipeline job's progress (null from a server without the route). */
  status: () => optional<JobStatus>(`${base}/status`),
  sources: async () => {
    const body = await optional<unknown>(`${base}/sources`);
    return body === null ? null : itemsOf<SourceInfo>(body);
  },
  skills: (q: string, limit = 10, category?: string) =>
    request<Page<SkillItem>>(withQuery(`${base}/skills`, { q, limit, category })),
  skill: (id: string) => request<SkillDetail>(`${base}/skills/${enc(id)}`),
  trend: (id: string, params: Params = {}) =>
    request<Trend>(withQuery(`${base}/skills/${enc(id)}/trend`, { interval: 'month', ...params })),
  halfLife: (id: string) => request<HalfLife>(`${base}/skills/${enc(id)}/half-life`),
  timeToFill: (id: string) => request<TimeToFill>(`${base}/skills/${enc(id)}/time-to-fill`),
  related: async (id: string, limit = 12) =>
    itemsOf<RelatedItem>(await request<unknown>(withQuery(`${base}/skills/${enc(id)}/related`, { limit }))),
  demandScores: async (params: Params = {}) =>
    itemsOf<DemandScore>(await request<unknown>(withQuery(`${base}/demand-scores`, params))),
  /** The whole body: the items and the window the scores rest on (the leaders' bars open its postings). */
  demandScorePage: (params: Params = {}) => request<DemandScorePage>(withQuery(`${base}/demand-scores`, params)),
  /** The whole body: the items and the two windows compared (`period.to` is the recent one). */
  moversPage: (direction: 'rising' | 'declining', window = 12, limit = 10, slice: Params = {}) =>
    request<Movers>(withQuery(`${base}/trends/movers`, { direction, window, limit, ...slice })),
  movers: async (direction: 'rising' | 'declining', window = 12, limit = 10, slice: Params = {}) =>
    itemsOf<Mover>(await request<unknown>(withQuery(`${base}/trends/movers`, { direction, window, limit, ...slice }))),
  categories: async (kind: 'category' | 'role_family' = 'category') =>
    itemsOf<CategoryHalfLife>(await request<unknown>(withQuery(`${base}/categories`, { kind }))).map((r) => ({
      ...r,
      kind: r.kind ?? kind,
    })),
  /** The postings a trend point counts, with their matches (GET /skills/{id}/postings). */
  postings: (id: string, params: Params) =>
    request<EvidencePage>(withQuery(`${base}/skills/${enc(id)}/postings`, { interval: 'month', ...params })),
  /** "Not a skill here" (POST /feedback). */
  feedback: (mark: {
    posting_id: string;
    skill: string;
    surface: string;
    start: number;
    end: number;
    reason?: string;
  }) =>
    request<{ id: string }>(`${base}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(mark),
    }),
  /** Items plus the program's skills as the API resolved them (`have`: canonical ids and labels). */
  recommendations: async (have: string[], limit = 10) => {
    const body = await request<{ have?: { id: string; label: string }[] }>(`${base}/recommendations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ have, limit }),
    });
    return { items: itemsOf<Recommendation>(body), have: Array.isArray(body.have) ? body.have : [] };
  },
  gapAnalysis: (body: { text: string; role_family?: string; country?: string; limit?: number }) =>
    request<GapAnalysis>(`${base}/gap-analysis`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  designCredential: (body: { seed: string[]; size: number; role_family?: string; country?: string }) =>
    request<CredentialDesign>(`${base}/credentials/design`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
};

export type Api = typeof api;
