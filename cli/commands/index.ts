import type { Command } from '../command.ts';
import { startCommand } from './start.ts';
import { crawlCommand } from './crawl.ts';
import { importCommand } from './import.ts';
import { pipelineCommand } from './pipeline.ts';
import { extractCommand } from './extract.ts';
import { serveCommand } from './serve.ts';
import { statusCommand } from './status.ts';
import { taxonomyCommand } from './taxonomy.ts';
import { exportCommand } from './export.ts';
import { feedbackCommand } from './feedback.ts';

/** Every `skillpulse` command, in the order `--help` lists them. */
export const commands: Command[] = [
  startCommand,
  crawlCommand,
  importCommand,
  pipelineCommand,
  extractCommand,
  serveCommand,
  statusCommand,
  taxonomyCommand,
  exportCommand,
  feedbackCommand,
];
