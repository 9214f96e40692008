/**
 * Does each discovered board answer? One GET per board (no retries) through the polite fetch: robots.txt,
 * per-host pacing, our User-Agent, a timeout. `live` true: 2xx and, for a type skillpulse crawls, a body its
 * parser accepts; false: a final status (404, 410...) or a body of the wrong shape; null: could not tell
 * (network, 5xx, 429, robots.txt disallows).
 */
import type { Config, SourceConfig } from '../../config/index.ts';
import { sourceSchema } from '../../config/schema.ts';
import { politeFetch } from '../fetch.ts';
import { politeClient, politeness, type CrawlEnv } from '../engine.ts';
import { FinalStatusError, MalformedBodyError, ShapeError } from '../errors.ts';
import { boardTypes, type BoardType } from '../sources/registry.ts';
import type { AtsType, BoardRef } from './patterns.ts';

export interface CheckedBoard extends BoardRef {
  live: boolean | null;
  /** Why not live (status, error), for the report. */
  reason?: string;
}

export interface CheckOptions {
  /** Per-host pause between checks (default 500 ms) and timeout (default 30 s). */
  delayMs?: number;
  timeoutSecs?: number;
  /** Boards checked at once (hosts are paced one by one regardless). */
  concurrency?: number;
  /** URL of a board's check for types without a crawler of their own (tests point them at a local server). */
  urls?: Partial<Record<AtsType, (token: string) => string>>;
  signal?: AbortSignal;
}

const crawlable = (t: AtsType): t is AtsType & BoardType => t in boardTypes;

/** The base URL a type is crawled from: the configured one, else the schema's default. */
export function baseUrlFor(type: BoardType, sources: SourceConfig[]): string {
  const configured = sources.find((s) => s.type === type) as { baseUrl?: string } | undefined;
  if (configured?.baseUrl) return configured.baseUrl;
  const field = boardTypes[type].field;
  return (sourceSchema.parse({ type, ...(field ? { [field]: ['x'] } : {}) }) as { baseUrl: string }).baseUrl;
}

const defaultUrls: Partial<Record<AtsType, (token: string) => string>> = {
  bamboohr: (t) => `https://${encodeURIComponent(t)}.bamboohr.com/careers/list`,
  personio: (t) => `https://${encodeURIComponent(t)}.jobs.personio.de/xml`,
};

export function checkUrl(board: BoardRef, sources: SourceConfig[], urls: CheckOptions['urls'] = {}): string {
  const own = urls[board.type];
  if (own) return own(board.token);
  if (crawlable(board.type)) return boardTypes[board.type].kind.url(baseUrlFor(board.type, sources), board.token);
  return defaultUrls[board.type]!(board.token);
}

export async function checkBoards(
  config: Config,
  boards: BoardRef[],
  opts: CheckOptions = {},
): Promise<CheckedBoard[]> {
  const pol = politeness({ delayMs: opts.delayMs, timeoutSecs: opts.timeoutSecs });
  const client = politeClient({ config, signal: opts.signal } as CrawlEnv, pol);
  const out: CheckedBoard[] = new Array(boards.length);
  let next = 0;
  const one = async (b: BoardRef): Promise<CheckedBoard> => {
    const url = checkUrl(b, config.sources, opts.urls);
    try {
      const res = await politeFetch(client, url);
      if (res.status >= 200 && res.status < 300) {
        if (crawlable(b.type)) {
          let body: unknown;
          try {
            body = JSON.parse(res.body);
          } catch {
            return { ...b, live: false, reason: 'not JSON' };
          }
          boardTypes[b.type].kind.parse(body, b.token, url);
        }
        return { ...b, live: true };
      }
      if (res.status >= 400 && res.status < 500 && res.status !== 429 && res.status !== 408)
        return { ...b, live: false, reason: `HTTP ${res.status}` };
      return { ...b, live: null, reason: `HTTP ${res.status}` };
    } catch (err) {
      if (err instanceof ShapeError || err instanceof MalformedBodyError || err instanceof FinalStatusError)
        return { ...b, live: false, reason: err.message };
      return { ...b, live: null, reason: err instanceof Error ? err.message : String(err) };
    }
  };
  const workers = Array.from({ length: Math.min(opts.concurrency ?? 8, boards.length) }, async () => {
    while (next < boards.length) {
      const i = next++;
      out[i] = await one(boards[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}
