/**
 * `npm run bench:extract [-- --n 1000000]`: postings per second of the matcher on one core (this process),
 * over the shared HN corpus (../shared/data/postings/hn_whoishiring) repeated up to N postings.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMatcher, loadTaxonomy } from '../pipeline/extract/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, '../shared/data/postings/hn_whoishiring');
const nArg = process.argv.indexOf('--n');
const N = nArg > 0 ? Number(process.argv[nArg + 1]) : 1_000_000;
if (!existsSync(dir)) { console.error(`bench:extract needs ${dir}`); process.exit(2); }

const texts: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl.gz')).sort())
  for (const line of gunzipSync(readFileSync(path.join(dir, f))).toString('utf8').split('\n'))
    if (line) texts.push((JSON.parse(line) as { text: string }).text);
const chars = texts.reduce((a, t) => a + t.length, 0);

let t0 = performance.now();
const tax = loadTaxonomy(undefined, { overlays: [] });
const matcher = createMatcher(tax);
const buildMs = performance.now() - t0;

for (let i = 0; i < 2000; i++) matcher.extract(texts[i % texts.length]!); // warm-up
t0 = performance.now();
const cpu0 = process.cpuUsage();
let matches = 0, done = 0, charsDone = 0;
while (done < N) {
  const t = texts[done % texts.length]!;
  matches += matcher.extract(t).length;
  charsDone += t.length;
  done++;
}
const s = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
const mem = process.memoryUsage();
console.log(`corpus: ${texts.length} HN postings, mean ${(chars / texts.length).toFixed(0)} chars; repeated to ${done.toLocaleString('en')} postings`);
console.log(`taxonomy ${tax.version}: ${tax.skills.length} skills; matcher build ${buildMs.toFixed(0)} ms`);
console.log(`time ${s.toFixed(1)} s on one core -> ${(done / s).toFixed(0)} postings/s, ${(charsDone / s / 1e6).toFixed(1)} M chars/s`);
console.log(`CPU time ${cpuS.toFixed(1)} s -> ${(done / cpuS).toFixed(0)} postings per CPU-second (wall figure is lower when the machine is shared; load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
console.log(`matches ${matches.toLocaleString('en')} (${(matches / done).toFixed(1)} per posting); rss ${(mem.rss / 2 ** 20).toFixed(0)} MB`);
