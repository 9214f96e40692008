/**
 * `npx tsx bench/cli.ts [RUNS]`: start-up time of `skillpulse --help` (compiled bin/dist, and from the
 * TypeScript sources through tsx) next to `node -e 0` measured in the same run; then `npx skillpulse --help`
 * next to npx's own share, measured in the same run: `npx --version` (npm's start) and npx running a trivial
 * bin of a package with this project's dependencies (npx's resolution of a local bin). What is ours of the npx
 * figure is its difference to the trivial one. Prints medians and ratios.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

// npx: seconds per start, so fewer runs. The reference is a trivial bin (an empty script) of a package made for
// the bench in the temp dir with this project's dependencies and node_modules: npx resolves both alike (the local
// package's bin, the dependency tree loaded by arborist, the package linked into npx's cache), so the difference
// is what our bin adds. Interleaved, each measured twice (start and end of the block).
const npxRuns = Math.max(3, Math.ceil(runs / 3));
const npx = (args: string[], cwd = root) => {
  const times: number[] = [];
  for (let i = 0; i < npxRuns; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync('npx', args, { stdio: 'ignore', cwd });
    if (r.status !== 0) throw new Error(`bench/cli: npx ${args.join(' ')} (in ${cwd}) exited ${r.status}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
};
if (spawnSync('npx', ['--version'], { stdio: 'ignore' }).status !== 0) console.log('npx not found: npx rows left out');
else {
  const trivialDir = path.join(os.tmpdir(), 'skillpulse-bench-npx-trivial');
  const name = 'skillpulse-bench-trivial';
  mkdirSync(trivialDir, { recursive: true });
  const deps = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies;
  writeFileSync(
    path.join(trivialDir, 'package.json'),
    JSON.stringify({ name, version: '0.0.0', private: true, bin: { [name]: 'bin.js' }, dependencies: deps }),
  );
  writeFileSync(path.join(trivialDir, 'bin.js'), '#!/usr/bin/env node\n', { mode: 0o755 });
  const link = path.join(trivialDir, 'node_modules');
  if (!existsSync(link)) symlinkSync(path.join(root, 'node_modules'), link, 'dir');
  npx([name], trivialDir); // first runs link each package into npx's cache: not measured
  npx(['skillpulse', '--help']);
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < 2; i++) pairs.push([npx(['--version']), npx([name], trivialDir), npx(['skillpulse', '--help'])]);
  const avg = (k: 0 | 1 | 2) => (pairs[0]![k] + pairs[1]![k]) / 2;
  const [own, trivial, ours] = [avg(0), avg(1), avg(2)];
  console.log(`npx --version (npm's own start)  ${own.toFixed(0)} ms`);
  console.log(`npx <trivial bin>, same deps     ${trivial.toFixed(0)} ms  (npx resolving a local bin)`);
  console.log(
    `npx skillpulse --help            ${ours.toFixed(0)} ms  (${(ours / trivial).toFixed(2)}x the trivial bin; ` +
      `ours: ${(ours - trivial).toFixed(0)} ms beyond it, as the compiled bin's ${(compiled - base).toFixed(0)} ms beyond node -e 0)`,
  );
}
