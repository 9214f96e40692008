import path from 'node:path';
import type { Command } from '../command.ts';
import { InputError } from '../../config/errors.ts';

/**
 * Builds the dashboard (dashboard/build.ts, loaded only when serving) and resolves its output folder, or
 * undefined when the build fails (the app then serves a placeholder page; it checks for index.html itself).
 */
export async function locateDashboard(log: (line: string) => void): Promise<string | undefined> {
  try {
    const [{ buildDashboard }, { projectRoot }] = await Promise.all([import('../../dashboard/build.ts'), import('../../workspace/root.ts')]);
    return path.resolve(await buildDashboard(undefined, { root: projectRoot() }));
  } catch (err) {
    log(`dashboard: not built (${(err as Error).message.split('\n')[0]}); serving the API with a placeholder page`);
    return undefined;
  }
}

export function parsePort(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n > 65535) throw new InputError(`--port: expected an integer from 0 to 65535, got "${String(value)}"`);
  return n;
}

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N] [--schedule]',
  summary: 'API + dashboard; --schedule also runs crawl+pipeline on the configured cron',
  description:
    'Serves the HTTP API under /api/v1 (docs at /api/docs) and the dashboard at /. Reads data/warehouse.duckdb\n' +
    'read-only and switches to a new one when the pipeline swaps it in. --schedule also runs crawl+pipeline on\n' +
    'the configured cron (never two at once). Admin routes need SKILLPULSE_ADMIN_TOKEN.',
  options: {
    port: { type: 'string', arg: 'N', help: 'port to listen on (default env PORT, else 3000; 0 picks a free one)' },
    schedule: { type: 'boolean', help: 'run crawl+pipeline on the configured cron' },
  },
  async run(ctx, args) {
    const config = ctx.config();
    const port = parsePort(args.values.port) ?? config.port;
    const log = (line: string) => ctx.stderr.write(line + '\n');
    const [{ startServer }, { createJobRunner, startSchedule }] = await Promise.all([import('../../api/server.ts'), import('../jobs.ts')]);
    const runner = createJobRunner(config, log);
    const staticDir = await locateDashboard(log);
    const server = await startServer({ config, port, runJob: runner.runJob, staticDir, log: (l) => ctx.stdout.write(l + '\n') });
    ctx.stdout.write(`skillpulse: serving ${server.url} (API ${server.url}/api/v1, docs ${server.url}/api/docs)\n`);
    const schedule = args.values.schedule ? startSchedule(config, runner, log) : null;
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
