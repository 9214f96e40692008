import type { Command } from '../command.ts';
import { NotBuiltError } from '../../config/index.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--port N] [--schedule]',
  summary: 'API + dashboard; --schedule also runs crawl+pipeline on the configured cron',
  options: {},
  async run() {
    throw new NotBuiltError('skillpulse serve');
  },
};
