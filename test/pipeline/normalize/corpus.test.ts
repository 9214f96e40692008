/**
 * Coverage on 2,000 real HN postings of the shared corpus (every n-th posting of 2018-2026), read from
 * ../shared; skipped when it is absent. Figures are printed; docs/normalization.md records them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { normalizePosting } from '../../../pipeline/normalize/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const dir = path.resolve(repoRoot, '../shared/data/postings/hn_whoishiring');
const N = 2000;

function sample(): Array<{ source: string; text: string }> {
  const all: Array<{ source: string; text: string }> = [];
  for (const f of readdirSync(dir)
    .filter((x) => /^hn_whoishiring_20(1[89]|2\d)\.jsonl\.gz$/.test(x))
    .sort()) {
    for (const line of gunzipSync(readFileSync(path.join(dir, f)))
      .toString('utf8')
      .split('\n')) {
      if (line.trim() === '') continue;
      const r = JSON.parse(line) as { source: string; text: string };
      all.push({ source: r.source, text: r.text });
    }
  }
  const step = all.length / N;
  return Array.from({ length: N }, (_, i) => all[Math.floor(i * step)]!);
}

describe.skipIf(!existsSync(dir))(
  existsSync(dir) ? 'coverage on the shared HN corpus' : `coverage on the shared HN corpus: skipped, ${dir} is absent`,
  () => {
    it('finds company, country-or-remote and role family for most postings', () => {
      const rows = sample();
      let company = 0;
      let place = 0;
      let family = 0;
      let country = 0;
      let remote = 0;
      let title = 0;
      for (const r of rows) {
        const o = normalizePosting({
          source: r.source,
          text: r.text,
          title: null,
          company: null,
          location: null,
          country: null,
        });
        if (o.company !== null) company++;
        if (o.country !== null || o.is_remote) place++;
        if (o.country !== null) country++;
        if (o.is_remote) remote++;
        if (o.title !== null) title++;
        if (o.role_family !== 'other') family++;
      }
      const pct = (x: number) => `${((100 * x) / rows.length).toFixed(1)}%`;
      console.log(
        `normalize coverage on ${rows.length} HN postings: company ${pct(company)}, country or remote ${pct(place)} ` +
          `(country ${pct(country)}, remote ${pct(remote)}), title ${pct(title)}, role family not 'other' ${pct(family)}`,
      );
      expect(rows).toHaveLength(N);
      expect(company / N).toBeGreaterThanOrEqual(0.95);
      expect(place / N).toBeGreaterThanOrEqual(0.85);
      expect(family / N).toBeGreaterThanOrEqual(0.8);
    });
  },
);
