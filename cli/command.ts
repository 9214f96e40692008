import type { Config } from '../config/index.ts';

/** An option of a command, in node:util parseArgs terms plus help text. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** Placeholder shown in help, e.g. `NAME`. */
  arg?: string;
  help: string;
}

export interface CommandContext {
  /** Loads the config once (lazy: `extract` never needs it). */
  config(): Config;
  /** Standard input (tests hand in their own stream). */
  stdin?: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** True when stderr is a terminal: show progress bars. */
  isTTY: boolean;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** `skillpulse <usage>`, e.g. `import FILE ... [--source NAME]`. */
  usage: string;
  summary: string;
  /** Longer help text shown by `--help`. */
  description?: string;
  options: Record<string, OptionSpec>;
  /** Returns the exit code (0 done). Throw SkillpulseError subclasses for failures. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number>;
}
