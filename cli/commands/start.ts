import { existsSync } from 'node:fs';
import type { Command } from '../command.ts';
import { serveCommand } from './serve.ts';

export const startCommand: Command = {
  name: 'start',
  usage: 'start',
  summary: 'first-run bootstrap (crawl + pipeline when the warehouse is empty), then serve --schedule',
  description: [
    'What `npm start` runs. When no warehouse exists yet, crawls the configured sources and builds the',
    'warehouse first (sources that cannot be reached are named and skipped), then serves the API and',
    'dashboard and runs crawl+pipeline on the configured schedule.',
  ].join('\n'),
  options: {
    port: { type: 'string', arg: 'N', help: 'port to listen on (default env PORT or 3000)' },
    'no-bootstrap': { type: 'boolean', help: 'serve at once, without the first crawl' },
  },
  async run(ctx, args) {
    const config = ctx.config();
    if (!existsSync(config.data.warehouse) && !args.values['no-bootstrap']) {
      ctx.stderr.write('skillpulse: no warehouse yet: first crawl and pipeline (this can take a while)\n');
      const { createJobRunner } = await import('../jobs.ts');
      const runner = createJobRunner(config, (l) => ctx.stderr.write(`skillpulse: ${l}\n`));
      const result = await runner.runJob('crawl+pipeline');
      if ('busy' in result) ctx.stderr.write('skillpulse: a job is already running\n');
      else if (!result.ok || result.error) ctx.stderr.write(`skillpulse: bootstrap incomplete (${result.error}); serving what the database holds\n`);
    }
    return serveCommand.run(ctx, { values: { ...args.values, schedule: true }, positionals: [] });
  },
};
