/**
 * `skillpulse <command>`: parses argv, loads config once, calls into the rooms.
 * The one place where errors become exit codes and a single stderr line.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config/index.ts';
import { InputError, SkillpulseError } from '../config/errors.ts';
import type { Command, CommandContext, OptionSpec } from './command.ts';
import { commands } from './commands/index.ts';

const globalOptions: Record<string, OptionSpec> = {
  config: { type: 'string', arg: 'FILE', help: 'config file (default ./skillpulse.config.json when present)' },
  data: { type: 'string', arg: 'DIR', help: 'data folder (default ./data, env SKILLPULSE_DATA)' },
  help: { type: 'boolean', short: 'h', help: 'show help' },
};

function optionLines(options: Record<string, OptionSpec>): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${o.arg}` : ''}${o.multiple ? ' ...' : ''}`;
    return `  ${flag.padEnd(30)} ${o.help}`;
  });
}

export function mainHelp(): string {
  return [
    'skillpulse: skill demand, trends and half-life from public job postings',
    '',
    'Usage: skillpulse <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`),
    '',
    'Global options:',
    ...optionLines(globalOptions),
    '',
    "Run `skillpulse <command> --help` for a command's options.",
  ].join('\n');
}

export function commandHelp(cmd: Command): string {
  return [
    `Usage: skillpulse ${cmd.usage}`,
    '',
    cmd.description ?? cmd.summary,
    '',
    'Options:',
    ...optionLines(cmd.options),
    ...optionLines(globalOptions),
  ].join('\n');
}

export async function main(argv: string[], io: Pick<CommandContext, 'stdout' | 'stderr'> = process): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('skillpulse 0.1.0\n');
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`skillpulse: unknown command "${name}" (run skillpulse --help)\n`);
    return 2;
  }
  try {
    const options = { ...globalOptions, ...cmd.options };
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: Object.fromEntries(
          Object.entries(options).map(([k, o]) => [
            k,
            { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) },
          ]),
        ),
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new InputError(`skillpulse ${name}: ${(err as Error).message}`);
    }
    if (parsed.values.help) {
      io.stdout.write(commandHelp(cmd) + '\n');
      return 0;
    }
    let config: Config | undefined;
    const { loadConfig } = await import('../config/index.ts'); // lazy: `--help` loads no zod schema
    const ctx: CommandContext = {
      config: () =>
        (config ??= loadConfig({
          configFile: parsed.values.config as string | undefined,
          dataDir: parsed.values.data as string | undefined,
        })),
      stdout: io.stdout as NodeJS.WriteStream,
      stderr: io.stderr as NodeJS.WriteStream,
      isTTY: !!(io.stderr as NodeJS.WriteStream).isTTY,
    };
    return await cmd.run(ctx, parsed as never);
  } catch (err) {
    if (err instanceof SkillpulseError) {
      io.stderr.write(`skillpulse ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`skillpulse ${name}: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

const isEntry =
  process.argv[1] &&
  /cli[\\/]main\.ts$|bin[\\/]skillpulse(\.js)?$|dist[^\\/]*[\\/]skillpulse\.js$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`skillpulse: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
