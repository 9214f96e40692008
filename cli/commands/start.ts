import type { Command } from '../command.ts';
import { serveCommand } from './serve.ts';

export const startCommand: Command = {
  name: 'start',
  usage: 'start',
  summary: 'serve --schedule at once; on a fresh data folder the first crawl + pipeline run in the background',
  description: [
    'What `npm start` runs. Serves the API and dashboard at once; when no warehouse exists yet it crawls the',
    'configured sources and builds the warehouse in the background (sources that cannot be reached are named',
    'and skipped; the page shows the progress from /api/v1/status), then runs crawl+pipeline on the schedule.',
  ].join('\n'),
  options: {
    port: { type: 'string', arg: 'N', help: 'port to listen on (default env PORT or 3000)' },
    'no-bootstrap': { type: 'boolean', help: 'serve at once, without the first crawl' },
  },
  async run(ctx, args) {
    // serve first (the page answers at once and shows the first crawl's progress), bootstrap behind it
    return serveCommand.run(ctx, {
      values: { ...args.values, schedule: true, bootstrap: !args.values['no-bootstrap'] },
      positionals: [],
    });
  },
};
