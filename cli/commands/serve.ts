import path from 'node:path';
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import type { Command } from '../command.ts';
import { InputError } from '../../config/errors.ts';
import { lineSink } from '../../api/line-sink.ts';

/**
 * Builds the dashboard (dashboard/build.ts, loaded only when serving) and resolves its output folder, or
 * undefined when the build fails (the app then serves a placeholder page; it checks for index.html itself).
 */
export async function locateDashboard(log: (line: string) => void): Promise<string | undefined> {
  try {
    const [{ buildDashboard }, { projectRoot }] = await Promise.all([
      import('../../dashboard/build.ts'),
      import('../../workspace/root.ts'),
    ]);
    return path.resolve(await buildDashboard(undefined, { root: projectRoot() }));
  } catch (err) {
    log(`dashboard: not built (${(err as Error).message.split('\n')[0]}); serving the API with a placeholder page`);
    return undefined;
  }
}

export function parsePort(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n > 65535)
    throw new InputError(`--port: expected an integer from 0 to 65535, got "${String(value)}"`);
  return n;
}

/** `--host`: an IPv4/IPv6 address or a host name (letters, digits, dots, dashes). */
export function parseHost(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const v = String(value);
  if (
    isIP(v) ||
    /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(v)
  )
    return v;
  throw new InputError(`--host: expected an IP address or a host name (e.g. 127.0.0.1, ::1, localhost), got "${v}"`);
}

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N] [--host ADDR] [--schedule]',
  summary: 'API + dashboard; --schedule also runs crawl+pipeline on the configured cron',
  description:
    'Serves the HTTP API under /api/v1 (docs at /api/docs) and the dashboard at /. Reads data/warehouse.duckdb\n' +
    'read-only and switches to a new one when the pipeline swaps it in. --schedule also runs crawl+pipeline on\n' +
    'the configured cron (never two at once). Admin routes need SKILLPULSE_ADMIN_TOKEN.',
  options: {
    port: { type: 'string', arg: 'N', help: 'port to listen on (default env PORT, else 3000; 0 picks a free one)' },
    host: {
      type: 'string',
      arg: 'ADDR',
      help: 'address to listen on (default 0.0.0.0; 127.0.0.1 behind a reverse proxy)',
    },
    schedule: { type: 'boolean', help: 'run crawl+pipeline on the configured cron' },
  },
  async run(ctx, args) {
    const config = ctx.config();
    const port = parsePort(args.values.port) ?? config.port;
    const host = parseHost(args.values.host);
    const log = (line: string) => ctx.stderr.write(line + '\n');
    // the server listens before the crawlers and the pipeline are loaded (they take seconds to import)
    const [{ startServer }, staticDir] = await Promise.all([import('../../api/server.ts'), locateDashboard(log)]);
    let loaded: import('../jobs.ts').JobRunner | null = null;
    let listening!: () => void;
    const jobsModule = new Promise<void>((r) => (listening = r)).then(() => import('../jobs.ts'));
    const runnerReady = jobsModule.then((m) => (loaded = m.createJobRunner(config, log)));
    const server = await startServer({
      config,
      port,
      host,
      runJob: async (kind, opts) => (await runnerReady).runJob(kind, opts),
      jobStatus: () => loaded?.status(),
      staticDir,
      log: lineSink(ctx.stdout), // one write per event-loop turn, not per request (api/line-sink.ts)
    });
    ctx.stdout.write(`skillpulse: serving ${server.url} (API ${server.url}/api/v1, docs ${server.url}/api/docs)\n`);
    listening();
    // `start` on a fresh data folder: the page is up first, the first crawl and build run behind it
    // (GET /api/v1/status reports their progress; the API picks up the warehouse when it is renamed into place)
    if (args.values.bootstrap && !existsSync(config.data.warehouse)) {
      log(
        'skillpulse: no warehouse yet: first crawl and pipeline running in the background (progress at /api/v1/status)',
      );
      void runnerReady
        .then((r) => r.runJob('crawl+pipeline'))
        .then((result) => {
          if ('busy' in result) log('skillpulse: a job is already running');
          else if (!result.ok || result.error)
            log(`skillpulse: bootstrap incomplete (${result.error}); serving what the database holds`);
        });
    }
    const schedule = args.values.schedule ? (await jobsModule).startSchedule(config, await runnerReady, log) : null;
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    schedule?.stop();
    await server.close();
    return 0;
  },
};
