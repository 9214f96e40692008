/**
 * Politeness: a per-host pacer (at most one request start per `delayMs` on each host), Retry-After parsing
 * and exponential backoff (the error classes that carry retry decisions are in errors.ts).
 */
/** `Retry-After: <seconds>` or `<HTTP date>` -> milliseconds to wait (>= 0); null when absent or unparsable. */
export function retryAfterMs(value: string | string[] | undefined | null, now = Date.now()): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (/^\s*\d+(\.\d+)?\s*$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

/** Wait before retry n (0-based): base·2^n, capped, with ±20 % jitter so clients do not retry in step. */
export function backoffMs(baseMs: number, retry: number, capMs = 60_000, random = Math.random): number {
  const raw = Math.min(capMs, baseMs * 2 ** retry);
  return Math.round(raw * (0.8 + 0.4 * random()));
}

export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** Spaces request starts per host; a host paused by Retry-After waits for everyone. */
export class HostPacer {
  private readonly next = new Map<string, number>();
  constructor(private readonly delayMs: number) {}

  /** Reserves the next start slot of the URL's host and waits for it. */
  async wait(url: string, signal?: AbortSignal): Promise<void> {
    const host = new URL(url).host;
    const now = Date.now();
    const slot = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, slot + this.delayMs);
    await sleep(slot - now, signal);
  }

  /** Nobody starts a request to this host before `ms` from now (429/503 with Retry-After). */
  pause(url: string, ms: number): void {
    const host = new URL(url).host;
    this.next.set(host, Math.max(this.next.get(host) ?? 0, Date.now() + ms));
  }
}
