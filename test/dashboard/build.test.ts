import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDashboardDetailed, sourceHash } from '../../dashboard/build.ts';
import { tmpDir } from '../helpers/tmp.ts';

describe('buildDashboard', () => {
  const tmp = tmpDir('skillpulse-dash-build-');
  afterAll(() => tmp.cleanup());

  it('bundles main.js with Plot, copies index.html and styles.css, then skips while sources are unchanged', async () => {
    const out = path.join(tmp.dir, 'dist');
    const first = await buildDashboardDetailed(out);
    expect(first).toMatchObject({ outDir: out, skipped: false });
    for (const f of ['index.html', 'main.js', 'styles.css']) expect(existsSync(path.join(out, f))).toBe(true);
    // types flow from api/ (type-only imports), code does not: the bundle holds no server module
    expect(first.inputs).toContain('dashboard/main.ts');
    expect(
      first.inputs.filter((f) => /^(api|pipeline|config|workspace|crawlers|cli)\//.test(f) || f.startsWith('node:')),
    ).toEqual([]);
    expect(first.inputs.filter((f) => !f.startsWith('dashboard/') && !f.startsWith('node_modules/'))).toEqual([]);
    const js = readFileSync(path.join(out, 'main.js'), 'utf8');
    expect(js).not.toMatch(/https?:\/\/(cdn|fonts|unpkg)/);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<script type="module" src="main.js">');
    const second = await buildDashboardDetailed(out);
    expect(second.skipped).toBe(true);
    // a changed stamp (as after a source edit) rebuilds
    writeFileSync(path.join(out, '.build-stamp'), 'stale');
    expect((await buildDashboardDetailed(out)).skipped).toBe(false);
    expect(readFileSync(path.join(out, '.build-stamp'), 'utf8')).toBe(sourceHash());
  });
});
