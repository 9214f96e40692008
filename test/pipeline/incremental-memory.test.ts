/**
 * An incremental build runs DuckDB at the lower incremental limit; when it runs out of memory there, the
 * build is redone once at the full limit instead of failing (pipeline/run.ts runPipeline).
 */
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.ts';
import { importFiles } from '../../cli/import/run.ts';
import { runPipeline, type PipelineProgress } from '../../pipeline/run.ts';
import { writeJsonl } from '../../bench/generate.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const cfg = loadConfig({ dataDir: path.join(t.dir, 'data'), cwd: t.dir, env: {} });

it('redoes an incremental build that runs out of memory at the incremental limit with the full limit', async () => {
  const first = path.join(t.dir, 'first.jsonl');
  await writeJsonl(first, { n: 200, months: 6, start: '2024-01', source: 'hn_whoishiring', idPrefix: 'a' });
  await importFiles(cfg, [first]);
  const full = await runPipeline(cfg);
  const second = path.join(t.dir, 'second.jsonl');
  await writeJsonl(second, { n: 40, months: 1, start: '2024-07', source: 'hn_whoishiring', idPrefix: 'b', seed: 3 });
  await importFiles(cfg, [second]);
  const messages: PipelineProgress[] = [];
  const inc = await runPipeline(cfg, { incrementalMemoryLimit: '1MB', onProgress: (p) => messages.push(p) });
  expect(
    messages.some((m) => /out of memory at the incremental limit; rebuilding with DuckDB at 1GB/.test(m.message)),
  ).toBe(true);
  expect(inc.postings).toBeGreaterThan(full.postings);
  // a limit it fits in: no second build
  const again: PipelineProgress[] = [];
  await runPipeline(cfg, { onProgress: (p) => again.push(p) });
  expect(again.some((m) => /out of memory/.test(m.message))).toBe(false);
}, 300_000);
