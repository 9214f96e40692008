/**
 * The compiled CLI (bin/build.mjs -> plain JavaScript, what `npx skillpulse` runs after `npm install`): it
 * prints the same help as the sources and resolves its assets (taxonomy) from the bundle's location.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainHelp } from '../../cli/main.ts';
import { projectRoot } from '../../workspace/root.ts';

const out = path.join(projectRoot(), 'bin', `.dist-test-${process.pid}`);

describe('compiled CLI', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(projectRoot(), 'bin', 'build.mjs'), out], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints the same help as the TypeScript sources', () => {
    const help = execFileSync(process.execPath, [path.join(out, 'skillpulse.js'), '--help'], { encoding: 'utf8' });
    expect(help.trimEnd()).toBe(mainHelp());
  });

  it('runs extract from the bundle (taxonomy found from bin/)', () => {
    const line = execFileSync(process.execPath, [path.join(out, 'skillpulse.js'), 'extract'], {
      input: '{"id":"a","text":"We build with Python and PostgreSQL."}\n',
      encoding: 'utf8',
    });
    const rec = JSON.parse(line) as { id: string; skills: { id: string }[] };
    expect(rec.id).toBe('a');
    expect(rec.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'postgresql']));
  });
});
