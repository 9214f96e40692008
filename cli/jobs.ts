/**
 * Crawl then pipeline, one run at a time. Used by `start`, the scheduler (`serve --schedule`) and,
 * handed in as a function, by the API's admin routes (`createApp({ runJob })`).
 */
import cron from 'node-cron';
import type { Config } from '../config/index.ts';
import { runCrawl, selectSources, type CrawlProgress, type CrawlSummary } from '../crawlers/index.ts';
import { discover } from '../crawlers/discover/run.ts';
import { runPipeline, type PipelineSummary } from '../pipeline/run.ts';
import { idleStatus, type JobStatusBody } from '../api/routes/status.ts';

export type JobKind = 'crawl' | 'pipeline' | 'crawl+pipeline';

export interface JobResult {
  kind: JobKind;
  started_at: string;
  finished_at: string;
  ok: boolean;
  crawl?: CrawlSummary[];
  pipeline?: PipelineSummary;
  error?: string;
}

/** What the runner is doing, for GET /api/v1/status (the dashboard shows it while the first crawl runs): the
 *  route's schema (api/routes/status.ts). */
export type JobStatus = JobStatusBody;

export interface JobRunner {
  /** Runs a job unless one is running; then resolves `{ busy: true }` without starting another. */
  runJob(
    kind: JobKind,
    opts?: { full?: boolean; sources?: string[] },
  ): Promise<JobResult | { busy: true; running: JobKind }>;
  /** The job running now, or null. */
  running(): JobKind | null;
  /** A snapshot of the current job's progress. */
  status(): JobStatus;
}

export type Log = (line: string) => void;

export function createJobRunner(config: Config, log: Log = (l) => process.stderr.write(l + '\n')): JobRunner {
  let current: JobKind | null = null;
  let status: JobStatus = { ...idleStatus };
  const crawlProgress = (p: CrawlProgress) => {
    const row = { source: p.source, message: p.message, pages: p.pages ?? null, added: p.added ?? null };
    status = { ...status, crawl: [...status.crawl.filter((c) => c.source !== p.source), row] };
  };
  return {
    running: () => current,
    status: () => status,
    async runJob(kind, opts = {}) {
      if (current) {
        log(`job ${kind} skipped: ${current} is still running`);
        return { busy: true, running: current };
      }
      // an unknown source name is the caller's mistake (InputError, an admin 400), not a failed job
      if (kind !== 'pipeline' && opts.sources?.length) selectSources(config.sources, opts.sources);
      current = kind;
      const started_at = new Date().toISOString();
      status = { state: 'running', kind, started_at, step: null, crawl: [], pipeline: null, last: status.last };
      const result: JobResult = { kind, started_at, finished_at: started_at, ok: true };
      log(`job ${kind} started`);
      try {
        if (kind !== 'pipeline') {
          try {
            let sources = config.sources;
            if (config.discover) {
              // `discover: true`: boards the postings link to join the sources before the crawl
              status = { ...status, step: 'discover' };
              const d = await discover(config, { add: true });
              sources = d.sources;
              log(
                `discover: ${d.boards.length} boards named, ${d.added.length} added${d.configPath ? ` to ${d.configPath}` : ''}`,
              );
            }
            status = { ...status, step: 'crawl' };
            result.crawl = await runCrawl({ ...config, sources }, { sources: opts.sources, onProgress: crawlProgress });
          } catch (err) {
            // a crawl failure must not keep the pipeline from building what the raw store holds
            if (kind === 'crawl') throw err;
            result.crawl = [];
            result.error = `crawl: ${(err as Error).message}`;
            log(`crawl failed: ${(err as Error).message}; building from what the raw store holds`);
          }
          for (const s of result.crawl)
            log(
              `crawl ${s.source}: ${s.unreachable ? `unreachable (${s.unreachable})` : `${s.pages} pages, ${s.new} new, ${s.updated} updated, ${s.closed} closed, ${s.errors.length} errors`}`,
            );
        }
        if (kind !== 'crawl') {
          status = { ...status, step: 'pipeline' };
          result.pipeline = await runPipeline(config, {
            full: opts.full,
            onProgress: (p) =>
              (status = {
                ...status,
                pipeline: { stage: p.stage, message: p.message, done: p.done ?? null, total: p.total ?? null },
              }),
          });
          log(`pipeline: ${result.pipeline.postings} postings in ${result.pipeline.seconds.toFixed(1)} s`);
        }
      } catch (err) {
        result.ok = false;
        result.error = (err as Error).message;
        log(`job ${kind} failed: ${result.error}`);
      } finally {
        current = null;
        result.finished_at = new Date().toISOString();
        status = {
          ...status,
          state: 'idle',
          step: null,
          last: { kind, finished_at: result.finished_at, ok: result.ok, error: result.error ?? null },
        };
      }
      log(`job ${kind} finished (${result.ok ? 'ok' : 'failed'})`);
      return result;
    },
  };
}

/** Runs crawl+pipeline on the config's cron; never two at once (the runner refuses overlaps). */
export function startSchedule(config: Config, runner: JobRunner, log: Log): { stop(): void } {
  const task = cron.schedule(
    config.schedule,
    () => {
      void runner.runJob('crawl+pipeline');
    },
    { noOverlap: true, name: 'skillpulse-crawl-pipeline' },
  );
  log(`schedule: crawl+pipeline at "${config.schedule}"`);
  return { stop: () => void task.stop() };
}
