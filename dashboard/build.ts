/**
 * Builds the dashboard into a static folder: main.js (esbuild bundle of main.ts with Observable Plot),
 * styles.css and index.html. Skips the build when a hash of the sources and tool versions matches the stamp
 * left by the last build, so `skillpulse serve` can call it at every start.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

/**
 * The repository root: relative output folders are resolved against it, whatever the working directory. The
 * compiled CLI (bin/dist) hands it in (`buildDashboard(out, { root })`); from the sources it is this file's parent.
 */
let repoRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
let here = path.join(repoRoot, 'dashboard');
const require = createRequire(import.meta.url);
const STAMP = '.build-stamp';
const outputs = ['index.html', 'main.js', 'styles.css'];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'dist' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|html|css)$/.test(name)) out.push(full);
  }
  return out;
}

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Hash of every dashboard source file (path + content) and the bundler and Plot versions. */
export function sourceHash(dir = here): string {
  const h = createHash('sha256');
  h.update(`esbuild ${version('esbuild')} plot ${version('@observablehq/plot')}\n`);
  for (const file of sourceFiles(dir)) {
    h.update(path.relative(dir, file));
    h.update('\0');
    h.update(readFileSync(file));
  }
  return h.digest('hex');
}

export interface BuildResult {
  outDir: string;
  skipped: boolean;
  ms: number;
  /** The files bundled into main.js, relative to the repository root (empty when the build was skipped). */
  inputs: string[];
}

/**
 * Builds (or reuses) the dashboard; resolves the absolute output folder. A relative `outDir` is taken from the
 * repository root (so `dashboard/dist` is the same folder whatever the working directory).
 */
export async function buildDashboard(outDir = 'dashboard/dist', opts: { root?: string } = {}): Promise<string> {
  if (opts.root) {
    repoRoot = opts.root;
    here = path.join(repoRoot, 'dashboard');
  }
  return (await buildDashboardDetailed(outDir)).outDir;
}

export async function buildDashboardDetailed(outDir = 'dashboard/dist'): Promise<BuildResult> {
  const started = performance.now();
  const out = path.resolve(repoRoot, outDir);
  const hash = sourceHash();
  const stampFile = path.join(out, STAMP);
  if (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === hash &&
    outputs.every((f) => existsSync(path.join(out, f)))
  ) {
    return { outDir: out, skipped: true, ms: performance.now() - started, inputs: [] };
  }
  const esbuild = await import('esbuild');
  await mkdir(out, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(here, 'main.ts')],
    absWorkingDir: repoRoot,
    metafile: true,
    outfile: path.join(out, `main.js.${process.pid}.tmp`),
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'silent',
  });
  // write-then-rename: a server reading main.js never sees a half-written bundle
  await rename(path.join(out, `main.js.${process.pid}.tmp`), path.join(out, 'main.js'));
  await copyFile(path.join(here, 'index.html'), path.join(out, 'index.html'));
  await copyFile(path.join(here, 'styles.css'), path.join(out, 'styles.css'));
  await writeFile(stampFile, hash);
  return { outDir: out, skipped: false, ms: performance.now() - started, inputs: Object.keys(result.metafile.inputs) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildDashboardDetailed(process.argv[2]);
  console.log(`dashboard ${r.skipped ? 'up to date' : 'built'} in ${r.outDir} (${r.ms.toFixed(0)} ms)`);
}
