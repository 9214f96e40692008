/**
 * `npx tsx bench/cli.ts [RUNS]`: start-up time of `skillpulse --help` (compiled bin/dist, and from the
 * TypeScript sources through tsx) next to `node -e 0` measured in the same run. Prints medians and ratios.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../workspace/root.ts';

const runs = Number(process.argv[2] ?? 15);
const root = projectRoot();
if (!existsSync(path.join(root, 'bin', 'dist', 'skillpulse.js')))
  execFileSync(process.execPath, [path.join(root, 'bin', 'build.mjs')]);

function median(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`bench/cli: node ${args.join(' ')} exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const bin = path.join(root, 'bin', 'skillpulse.js');
// interleave the reference and the measured commands so that machine load affects both alike
const ref = median(['-e', '0']);
const compiled = median([bin, '--help']);
const source = median([bin, '--help'], { ...process.env, SKILLPULSE_FROM_SOURCE: '1' });
const ref2 = median(['-e', '0']);
const base = (ref + ref2) / 2;
console.log(`node -e 0 (reference)            ${base.toFixed(0)} ms`);
console.log(`skillpulse --help, compiled      ${compiled.toFixed(0)} ms  (${(compiled / base).toFixed(2)}x reference)`);
console.log(`skillpulse --help, tsx sources   ${source.toFixed(0)} ms  (${(source / base).toFixed(2)}x reference)`);
