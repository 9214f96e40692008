#!/usr/bin/env node
// Compiles the CLI to plain JavaScript in bin/dist/ (run by `npm install` through the `prepare` script and by
// `npm run build`), so `skillpulse` starts without transpiling TypeScript. Dependencies stay external; the
// commands' implementations are split into chunks loaded only when a command runs.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'bin', 'dist'));
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { skillpulse: 'cli/main.ts', 'enrich-worker': 'pipeline/stages/enrich-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'none',
});
