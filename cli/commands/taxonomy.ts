import type { Command } from '../command.ts';
import { NotBuiltError } from '../../config/index.ts';

export const taxonomyCommand: Command = {
  name: 'taxonomy',
  usage: 'taxonomy import esco|onet PATH',
  summary: 'extend the skill taxonomy from official ESCO / O*NET files',
  options: {},
  async run() {
    throw new NotBuiltError('skillpulse taxonomy import');
  },
};
