/**
 * `discover --add` (pure part): live boards appended to a config file's `sources`. A board goes into the
 * first enabled entry of its type (its `boards`/`companies`/`accounts` list), or a new entry of that type
 * when there is none; a board already configured (any entry, any case) is left alone. A file without
 * `sources` (running on the built-in ones) gets the built-in list plus the new boards. The result is
 * validated with the config schema, so a broken file is never written.
 */
import { parseConfigFile, type SourceConfig } from '../../config/index.ts';
import { boardTypes, type BoardType } from '../sources/registry.ts';
import type { BoardRef } from './patterns.ts';

export const addable = (b: BoardRef): b is BoardRef & { type: BoardType } =>
  b.type in boardTypes && boardTypes[b.type as BoardType].field !== null;

export function configuredBoards(sources: { type: string; [k: string]: unknown }[]): Set<string> {
  const out = new Set<string>();
  for (const s of sources) {
    if (!(s.type in boardTypes)) continue;
    const field = boardTypes[s.type as BoardType].field;
    for (const t of field && Array.isArray(s[field]) ? (s[field] as string[]) : [])
      out.add(`${s.type}\t${String(t).toLowerCase()}`);
  }
  return out;
}

export function addBoards(
  raw: Record<string, unknown>,
  boards: BoardRef[],
  defaults: SourceConfig[],
  where = 'config',
): { raw: Record<string, unknown>; added: BoardRef[] } {
  const next = structuredClone(raw);
  const sources = (Array.isArray(next.sources) ? next.sources : structuredClone(defaults)) as {
    type: string;
    enabled?: boolean;
    [k: string]: unknown;
  }[];
  const known = configuredBoards(sources);
  const added: BoardRef[] = [];
  for (const b of boards) {
    if (!addable(b) || known.has(`${b.type}\t${b.token}`)) continue;
    const field = boardTypes[b.type].field!;
    let entry = sources.find((s) => s.type === b.type && s.enabled !== false && Array.isArray(s[field]));
    if (!entry) sources.push((entry = { type: b.type, [field]: [] }));
    (entry[field] as string[]).push(b.token);
    known.add(`${b.type}\t${b.token}`);
    added.push(b);
  }
  next.sources = sources;
  parseConfigFile(next, where);
  return { raw: next, added };
}
