import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const hasShared = existsSync(path.join(sharedDir, 'data/postings/hn_whoishiring'));
export const sharedMissing = `../shared is absent (${sharedDir}): skipping tests on the shared corpus`;

/** A fresh temporary folder, removed by the returned cleanup. */
export function tmpDir(prefix = 'skillpulse-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Collects what a CLI command writes. */
export function captureIo() {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: { write: (s: string) => ((out += s), true), isTTY: false } as unknown as NodeJS.WriteStream,
      stderr: { write: (s: string) => ((err += s), true), isTTY: false } as unknown as NodeJS.WriteStream,
    },
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}
