import type { Command } from '../command.ts';
import { NotBuiltError } from '../../config/index.ts';

export const pipelineCommand: Command = {
  name: 'pipeline',
  usage: 'pipeline [--full]',
  summary: 'normalize, dedup, extract skills, aggregate, estimate (incremental unless --full)',
  options: {},
  async run() {
    throw new NotBuiltError('skillpulse pipeline');
  },
};
