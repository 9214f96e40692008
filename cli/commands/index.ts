import type { Command } from '../command.ts';
import { startCommand } from './start.ts';
import { crawlCommand } from './crawl.ts';
import { discoverCommand } from './discover.ts';
import { importCommand } from './import.ts';
import { pipelineCommand } from './pipeline.ts';
import { extractCommand } from './extract.ts';
import { serveCommand } from './serve.ts';
import { statusCommand } from './status.ts';
import { taxonomyCommand } from './taxonomy.ts';
import { quarantineCommand } from './quarantine.ts';
import { exportCommand } from './export.ts';
import { feedbackCommand } from './feedback.ts';

/** Every `skillpulse` command, in the order `--help` lists them. */
export const commands: Command[] = [
  startCommand,
  crawlCommand,
  discoverCommand,
  importCommand,
  pipelineCommand,
  extractCommand,
  serveCommand,
  statusCommand,
  taxonomyCommand,
  quarantineCommand,
  exportCommand,
  feedbackCommand,
];
