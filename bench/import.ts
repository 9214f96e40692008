/**
 * bench/import: postings per second for `skillpulse import` of a generated 1M-posting JSONL file.
 * Usage: npx tsx bench/import.ts [N=1000000]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/index.ts';
import { importFiles } from '../cli/import/run.ts';
import { writeJsonl } from './generate.ts';

const n = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-bench-import-'));
try {
  const file = path.join(dir, 'postings.jsonl');
  let t = performance.now();
  await writeJsonl(file, { n });
  console.log(
    `generated ${n.toLocaleString('en-US')} postings (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const config = loadConfig({ dataDir: path.join(dir, 'data'), cwd: dir });
  for (const round of ['first import', 're-import (all duplicates)']) {
    t = performance.now();
    const s = await importFiles(config, [file]);
    const secs = (performance.now() - t) / 1000;
    console.log(
      `${round}: read ${s.read}, added ${s.added}, duplicates ${s.duplicates} in ${secs.toFixed(1)} s = ${Math.round(s.read / secs).toLocaleString('en-US')} postings/s (peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
