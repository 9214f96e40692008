/**
 * kill -9 at random points of `import` (several seeds), then a re-run: the store ends with exactly the set of
 * (id, content_hash) of a clean run, no doubles, and the key index agrees with the part files (issue 16 item 4).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { RawStore, readPart } from '../../crawlers/sink.ts';
import { tmpDir } from '../helpers/tmp.ts';
import { randomLine, rng, int } from './random.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const file = path.join(t.dir, 'kill.jsonl');

async function stored(root: string): Promise<string[]> {
  const store = new RawStore(path.join(root, 'raw'));
  const out: string[] = [];
  for (const source of store.sources())
    for (const p of store.partFiles(source))
      for await (const r of readPart(path.join(store.dir, p))) out.push(`${r.source}\t${r.id}\t${r.content_hash}`);
  return out.sort();
}
const config = (root: string) => loadConfig({ dataDir: root, cwd: root, env: {} });
let clean: string[];

beforeAll(async () => {
  const r = rng(7);
  writeFileSync(file, Array.from({ length: 6000 }, (_, i) => randomLine(r, i)).join('\n') + '\n');
  const root = path.join(t.dir, 'clean');
  await importFiles(config(root), [file], { batchSize: 300 });
  clean = await stored(root);
}, 60_000);

describe('kill -9 during import, then a re-run', () => {
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: ends with exactly the clean run's set`, async () => {
      const root = path.join(t.dir, `killed-${seed}`);
      const rawDir = path.join(root, 'raw');
      const parts = () =>
        existsSync(rawDir)
          ? readdirSync(rawDir, { recursive: true }).filter((f) => String(f).endsWith('.jsonl.gz')).length
          : 0;
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'import-child.ts'), root, file],
        { stdio: 'ignore' },
      );
      const exited = new Promise<void>((res) => child.on('exit', () => res()));
      // a random point: after 1..8 published parts (plus a random delay inside the next batch)
      const wantParts = int(rng(seed), 1, 8);
      const deadline = Date.now() + 40_000;
      while (parts() < wantParts && Date.now() < deadline && child.exitCode === null)
        await new Promise((res) => setTimeout(res, 5));
      await new Promise((res) => setTimeout(res, int(rng(seed + 100), 0, 40)));
      child.kill('SIGKILL');
      await exited;
      await importFiles(config(root), [file], { batchSize: 300 });
      const after = await stored(root);
      expect(new Set(after).size).toBe(after.length);
      expect(after).toEqual(clean);
      // the index (what status counts) agrees with the parts, and no temporary file is left
      const store = new RawStore(rawDir);
      let indexed = 0;
      for (const source of store.sources()) indexed += (await store.index(source)).keys.size;
      expect(indexed).toBe(clean.length);
      expect(readdirSync(rawDir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
    }, 60_000);
  }
});
