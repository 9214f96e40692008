/**
 * Discovery as one call (the `discover` command and the scheduled run with `discover: true`): scan the raw
 * store, optionally check each board once, optionally append the live new ones to the config file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, parseConfigFile, type Config, type SourceConfig } from '../../config/index.ts';
import { defaultSources } from '../../config/defaults.ts';
import { scanRawStore, type FoundBoard } from './scan.ts';
import { checkBoards, type CheckOptions, type CheckedBoard } from './check.ts';
import { addBoards, addable, configuredBoards } from './add.ts';
import type { BoardRef } from './patterns.ts';
import { StateStore } from '../state.ts';

/** The last answer of each board checked: `data/crawl/state/_discover/checks.json`. */
type CheckLog = Record<string, { live: boolean | null; reason?: string; at: string }>;

export interface DiscoverResult {
  boards: (FoundBoard & { live?: boolean | null; reason?: string })[];
  /** Boards appended to the config file (`add`). */
  added: BoardRef[];
  /** The config file written (`add` with something to add). */
  configPath: string | null;
  /** The enabled sources after adding (what a crawl right after should use). */
  sources: SourceConfig[];
}

export interface DiscoverOptions extends CheckOptions {
  check?: boolean;
  add?: boolean;
  /** `add` does not ask again a board found gone or unknown less than this many days ago (default 30). */
  recheckDays?: number;
  /** Where `add` writes when the config has no file: `<cwd>/skillpulse.config.json`. */
  cwd?: string;
}

/** Reads the raw config JSON (or `{}` for a file that does not exist yet). */
function readRaw(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  try {
    const v = JSON.parse(readFileSync(file, 'utf8'));
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error('not a JSON object');
    return v as Record<string, unknown>;
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${(err as Error).message})`);
  }
}

export async function discover(config: Config, opts: DiscoverOptions = {}): Promise<DiscoverResult> {
  const found = await scanRawStore(config.data.raw);
  const result: DiscoverResult = { boards: found, added: [], configPath: null, sources: config.sources };
  if (!opts.check && !opts.add) return result;
  // only boards not configured yet need an answer for --add; a listing with --check asks every board
  const known = configuredBoards(config.sources as unknown as { type: string }[]);
  const states = new StateStore(path.join(config.data.crawl, 'state'));
  const log = states.read<CheckLog>('_discover', 'checks', {});
  const key = (b: BoardRef) => `${b.type}\t${b.token}`;
  const recent = Date.now() - (opts.recheckDays ?? 30) * 86_400_000;
  const fresh = (b: BoardRef) => {
    const last = log[key(b)];
    return last !== undefined && last.live !== true && Date.parse(last.at) > recent;
  };
  const todo = opts.check ? found : found.filter((b) => addable(b) && !known.has(key(b)) && !fresh(b));
  const checked = await checkBoards(config, todo, opts);
  const at = new Date().toISOString();
  for (const c of checked) if (c) log[key(c)] = { live: c.live, ...(c.reason ? { reason: c.reason } : {}), at };
  if (checked.length > 0) states.write('_discover', 'checks', log);
  const by = new Map<string, CheckedBoard>(checked.map((c) => [key(c), c]));
  result.boards = found.map((b) => {
    const c = by.get(key(b));
    return c ? { ...b, live: c.live, ...(c.reason ? { reason: c.reason } : {}) } : b;
  });
  if (!opts.add) return result;
  const file = config.configPath ?? path.join(opts.cwd ?? process.cwd(), 'skillpulse.config.json');
  const live = checked.filter((c) => c.live === true);
  const { raw, added } = addBoards(readRaw(file), live, defaultSources, file);
  result.added = added;
  if (added.length > 0) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(raw, null, 2) + '\n');
    renameSync(tmp, file);
    result.configPath = file;
    result.sources = (parseConfigFile(raw, file).sources ?? defaultSources).filter((s) => s.enabled !== false);
  }
  return result;
}
