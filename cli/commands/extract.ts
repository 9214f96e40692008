import type { Command } from '../command.ts';
import { NotBuiltError } from '../../config/index.ts';

export const extractCommand: Command = {
  name: 'extract',
  usage: 'extract [--taxonomy FILE]',
  summary: 'stdin JSONL {id,text} -> stdout JSONL of matched skills (no database)',
  options: {},
  async run() {
    throw new NotBuiltError('skillpulse extract');
  },
};
