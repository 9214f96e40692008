/**
 * The project's root folder (the one holding skillpulse's package.json), found from this module's own URL,
 * so that assets (pipeline/sql, data/taxonomy, dashboard sources) resolve the same from the TypeScript
 * sources and from the compiled bundle in bin/dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function projectRoot(): string {
  if (cached !== undefined) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'skillpulse') return (cached = dir);
      } catch {
        // not ours; keep walking up
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`skillpulse: package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** True when running from the compiled bundle (bin/dist) rather than the TypeScript sources. */
export const isCompiled = !import.meta.url.endsWith('.ts');
