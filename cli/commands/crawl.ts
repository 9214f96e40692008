import type { Command } from '../command.ts';
import { NotBuiltError } from '../../config/index.ts';

export const crawlCommand: Command = {
  name: 'crawl',
  usage: 'crawl [--source NAME ...]',
  summary: 'run the configured sources once; append new/changed postings to the raw store',
  options: {},
  async run() {
    throw new NotBuiltError('skillpulse crawl');
  },
};
