import type { Command } from '../command.ts';
import { NotBuiltError } from '../../config/index.ts';

export const startCommand: Command = {
  name: 'start',
  usage: 'start',
  summary: 'first-run bootstrap (crawl + pipeline when the warehouse is empty), then serve --schedule',
  options: {},
  async run() {
    throw new NotBuiltError('skillpulse the start command');
  },
};
