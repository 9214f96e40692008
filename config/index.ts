import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { InputError } from './errors.ts';
import { configFileSchema, type ConfigFile, type SourceConfig } from './schema.ts';
import { defaultPort, defaultRateLimit, defaultSources, defaultUserAgent } from './defaults.ts';
import { dataPaths, type DataPaths } from '../workspace/paths.ts';

export { dataPaths, type DataPaths } from '../workspace/paths.ts';

export type { SourceConfig } from './schema.ts';
export { InputError, SkillpulseError } from './errors.ts';

/** The normalized configuration every room receives. Parsed once per entry point. */
export interface Config {
  configPath: string | null;
  schedule: string;
  userAgent: string;
  sources: SourceConfig[];
  /** `discover: true`: the scheduled run discovers boards before it crawls (absent = false). */
  discover?: boolean;
  api: ConfigFile['api'];
  data: DataPaths;
  port: number;
  /** Bearer token for admin routes; admin routes are off when null. */
  adminToken: string | null;
  /** API requests per minute per client; 0 turns the limit off. */
  rateLimit: number;
}

export interface LoadOptions {
  /** `--config FILE`; default `./skillpulse.config.json` when present. */
  configFile?: string;
  /** `--data DIR`; default env SKILLPULSE_DATA, else `./data`. */
  dataDir?: string;
  /** `--port N`; default env PORT, else 3000. */
  port?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Formats a zod issue path as `sources[0].months` (config fields, API parameters and body paths alike);
 * `root` names the empty path.
 */
export function fieldPath(p: readonly PropertyKey[], root = '(root)'): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || root;
}

export function describeZodError(error: z.ZodError, where: string): string {
  const issue = error.issues[0]!;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${where}: ${fieldPath(issue.path)}: ${issue.message}${more}`;
}

/** Validates a parsed config object; throws InputError naming the field. */
export function parseConfigFile(raw: unknown, where = 'config'): ConfigFile {
  const result = configFileSchema.safeParse(raw);
  if (!result.success) throw new InputError(describeZodError(result.error, where));
  return result.data;
}

function envInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InputError(`environment ${name}: expected an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

export function loadConfig(options: LoadOptions = {}): Config {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  let configPath: string | null = null;
  let file: ConfigFile;
  if (options.configFile) {
    configPath = path.resolve(cwd, options.configFile);
    if (!existsSync(configPath)) throw new InputError(`--config ${options.configFile}: file not found`);
  } else if (existsSync(path.join(cwd, 'skillpulse.config.json'))) {
    configPath = path.join(cwd, 'skillpulse.config.json');
  }
  if (configPath) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(configPath, 'utf8'));
    } catch (err) {
      throw new InputError(`${configPath}: not valid JSON (${(err as Error).message})`);
    }
    file = parseConfigFile(raw, configPath);
  } else {
    file = parseConfigFile({}, 'built-in defaults');
  }
  const dataDir = path.resolve(cwd, options.dataDir ?? (env.SKILLPULSE_DATA || 'data'));
  const port = options.port ?? envInt(env, 'PORT', defaultPort, 0, 65535);
  return {
    configPath,
    schedule: file.schedule,
    userAgent: file.userAgent ?? defaultUserAgent,
    sources: (file.sources ?? defaultSources).filter((s) => s.enabled !== false),
    discover: file.discover,
    api: file.api,
    data: dataPaths(dataDir),
    port,
    adminToken: env.SKILLPULSE_ADMIN_TOKEN ? env.SKILLPULSE_ADMIN_TOKEN : null,
    rateLimit: envInt(env, 'SKILLPULSE_RATE_LIMIT', defaultRateLimit, 0, 1_000_000),
  };
}
