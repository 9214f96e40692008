import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquirePidLock } from '../../workspace/lock.ts';
import { tmpDir } from '../helpers/tmp.ts';

const t = tmpDir();
afterAll(() => t.cleanup());
const busy = (pid: number) => new Error(`busy ${pid}`);

describe('pid lock', () => {
  it('is taken, refused while a live process holds it, released', () => {
    const file = path.join(t.dir, 'a', 'x.lock');
    const release = acquirePidLock(file, busy);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, '1'); // pid 1 is always alive
    expect(() => acquirePidLock(file, busy)).toThrow('busy 1');
  });

  it('takes over a lock left by a dead process', () => {
    const file = path.join(t.dir, 'b.lock');
    writeFileSync(file, '2147483646');
    const release = acquirePidLock(file, busy);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });
});
