/**
 * The crawlers' error classes. Each carries its data and its retry decision by class: Crawlee retries a plain
 * Error (up to `maxRetries`), never a NonRetryableError, and stops the whole crawler on a CriticalError.
 * `toCrawlError` is the one boundary where a failure of the network layer (fetch, DNS) becomes one of these,
 * decided by the error's `code` (and its causes' codes), never by message text.
 */
import { NonRetryableError, SessionError } from 'crawlee';

/** The run was aborted (SIGINT, a signal): the request is given up, not retried. */
export class CrawlAbortedError extends NonRetryableError {
  constructor(readonly url: string) {
    super('crawl aborted');
    this.name = 'CrawlAbortedError';
  }
}

/** A retryable HTTP status (408, 425, 429, 5xx); `retryAfterMs` from a Retry-After header. */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly retryAfterMs: number | null = null,
  ) {
    super(`HTTP ${status}${retryAfterMs !== null ? ` (Retry-After ${Math.round(retryAfterMs / 1000)} s)` : ''}`);
    this.name = 'HttpStatusError';
  }
  /** The status policy: which statuses are worth another try. */
  get retryable(): boolean {
    return retryableStatus(this.status);
  }
}

export const retryableStatus = (status: number): boolean =>
  status === 408 || status === 425 || status === 429 || status >= 500;

/** A final HTTP status (any other 4xx, 3xx without a usable Location): not retried. */
export class FinalStatusError extends NonRetryableError {
  readonly retryable = false;
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`HTTP ${status}`);
    this.name = 'FinalStatusError';
  }
}

/** More redirects than we follow (a loop, most likely). */
export class TooManyRedirectsError extends NonRetryableError {
  constructor(
    readonly url: string,
    readonly max: number,
  ) {
    super(`more than ${max} redirects`);
    this.name = 'TooManyRedirectsError';
  }
}

/** The server asked us to wait longer than `maxRetryAfterSecs`: the request is given up. */
export class RetryAfterTooLongError extends NonRetryableError {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly retryAfterMs: number,
    readonly maxMs: number,
  ) {
    super(
      `HTTP ${status} (Retry-After ${Math.round(retryAfterMs / 1000)} s, more than the ${Math.round(maxMs / 1000)} s we wait)`,
    );
    this.name = 'RetryAfterTooLongError';
  }
}

/** A body that is not what the endpoint documents (malformed JSON, not HTML, too large): the same bytes come back on retry. */
export class MalformedBodyError extends NonRetryableError {
  constructor(
    readonly url: string,
    readonly what: string,
  ) {
    super(what);
    this.name = 'MalformedBodyError';
  }
}

/** Well-formed JSON of the wrong shape (base of each source's own shape error). */
export class ShapeError extends NonRetryableError {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The host could not be reached (refused, reset, no route, DNS hiccup): retried. */
export class NetworkError extends Error {
  constructor(
    readonly url: string,
    readonly code: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'NetworkError';
  }
}

/** The host name does not resolve (ENOTFOUND): it will not resolve on retry either. */
export class HostNotFoundError extends NonRetryableError {
  readonly code = 'ENOTFOUND';
  constructor(
    readonly url: string,
    readonly host: string,
  ) {
    super(`getaddrinfo ENOTFOUND ${host}`);
    this.name = 'HostNotFoundError';
  }
}

/** No answer within `timeoutSecs`: retried. */
export class RequestTimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`request timed out after ${Math.round(timeoutMs / 100) / 10} s`);
    this.name = 'RequestTimeoutError';
  }
}

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'ENETDOWN',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The first `code` in an error's cause chain (undici puts the system error in `cause`). */
function codeOf(err: unknown, depth = 0): { code: string; message: string } | null {
  const e = err as { code?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object' || depth > 4) return null;
  if (typeof e.code === 'string' && (e.code === 'ENOTFOUND' || networkCodes.has(e.code)))
    return { code: e.code, message: typeof e.message === 'string' ? e.message : e.code };
  return codeOf(e.cause, depth + 1);
}

/** One boundary: a failure of a request to `url` as one of the classes above (others are returned as they are). */
export function toCrawlError(err: unknown, url: string, timeoutMs: number): unknown {
  const e = err as { name?: unknown } | null;
  // AbortSignal.timeout() rejects with a DOMException named TimeoutError (its type, not its message)
  if (e && typeof e === 'object' && e.name === 'TimeoutError') return new RequestTimeoutError(url, timeoutMs);
  const coded = codeOf(err);
  if (!coded) return err;
  if (coded.code === 'ENOTFOUND') return new HostNotFoundError(url, safeHost(url));
  return new NetworkError(url, coded.code, coded.message);
}

const safeHost = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** True when an error means the host could not be reached at all (DNS, refused, reset, no route). */
export function isNetworkError(err: unknown): boolean {
  // Crawlee's browser and Cheerio crawlers report a connection failure as their own SessionError class.
  return err instanceof NetworkError || err instanceof HostNotFoundError || err instanceof SessionError;
}

/** The message to record: an error's own first line (a SessionError carries its cause on the next line). */
export function errorMessage(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const lines = raw
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const line = err instanceof SessionError && lines.length > 1 ? lines[1]! : (lines[0] ?? raw);
  return line.slice(0, 300);
}
