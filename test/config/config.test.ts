import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, InputError } from '../../config/index.ts';
import { tmpDir } from '../helpers/tmp.ts';

describe('config', () => {
  const t = tmpDir();
  afterEach(() => {});

  it('uses built-in defaults when no file exists', () => {
    const c = loadConfig({ cwd: t.dir, env: {} });
    expect(c.configPath).toBeNull();
    expect(c.schedule).toBe('0 4 * * *');
    expect(c.sources.map((s) => s.type)).toEqual(['hn', 'greenhouse', 'lever', 'ashby']);
    expect(c.sources[0]).toMatchObject({ type: 'hn', months: 24 });
    expect(c.data.root).toBe(path.join(t.dir, 'data'));
    expect(c.data.warehouse).toBe(path.join(t.dir, 'data', 'warehouse.duckdb'));
    expect(c.port).toBe(3000);
    expect(c.rateLimit).toBe(600);
    expect(c.adminToken).toBeNull();
  });

  it('reads ./skillpulse.config.json and fills source defaults', () => {
    writeFileSync(
      path.join(t.dir, 'skillpulse.config.json'),
      JSON.stringify({
        schedule: '*/5 * * * *',
        sources: [
          { type: 'greenhouse', boards: ['vercel'] },
          { type: 'hn', months: 3, baseUrl: 'http://127.0.0.1:9/api' },
        ],
      }),
    );
    const c = loadConfig({ cwd: t.dir, env: {} });
    expect(c.schedule).toBe('*/5 * * * *');
    expect(c.sources[0]).toMatchObject({
      type: 'greenhouse',
      boards: ['vercel'],
      baseUrl: 'https://boards-api.greenhouse.io/v1/boards',
    });
    expect(c.sources[1]).toMatchObject({ type: 'hn', months: 3, baseUrl: 'http://127.0.0.1:9/api' });
  });

  it('names the field and what it expected', () => {
    const file = path.join(t.dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ sources: [{ type: 'hn', months: 'twelve' }] }));
    expect(() => loadConfig({ cwd: t.dir, configFile: file, env: {} })).toThrow(InputError);
    expect(() => loadConfig({ cwd: t.dir, configFile: file, env: {} })).toThrow(
      /bad\.json: sources\[0\]\.months: .*expected number/i,
    );
    writeFileSync(file, JSON.stringify({ sources: [{ type: 'gitlab' }] }));
    expect(() => loadConfig({ cwd: t.dir, configFile: file, env: {} })).toThrow(/sources\[0\]\.type/);
    writeFileSync(file, JSON.stringify({ schedul: 'x' }));
    expect(() => loadConfig({ cwd: t.dir, configFile: file, env: {} })).toThrow(/schedul/);
    writeFileSync(file, '{ not json');
    expect(() => loadConfig({ cwd: t.dir, configFile: file, env: {} })).toThrow(/bad\.json: not valid JSON/);
    expect(() => loadConfig({ cwd: t.dir, configFile: 'missing.json', env: {} })).toThrow(
      /missing\.json: file not found/,
    );
  });

  it('takes data dir, port, token and rate limit from options and environment', () => {
    const c = loadConfig({
      cwd: t.dir,
      env: { SKILLPULSE_DATA: 'elsewhere', PORT: '8080', SKILLPULSE_ADMIN_TOKEN: 's3cret', SKILLPULSE_RATE_LIMIT: '0' },
    });
    expect(c.data.root).toBe(path.join(t.dir, 'elsewhere'));
    expect(c.port).toBe(8080);
    expect(c.adminToken).toBe('s3cret');
    expect(c.rateLimit).toBe(0);
    expect(loadConfig({ cwd: t.dir, dataDir: '/x/y', env: { SKILLPULSE_DATA: 'ignored' } }).data.raw).toBe('/x/y/raw');
    expect(() => loadConfig({ cwd: t.dir, env: { PORT: 'abc' } })).toThrow(/PORT: expected an integer/);
    expect(() => loadConfig({ cwd: t.dir, env: { SKILLPULSE_RATE_LIMIT: '-1' } })).toThrow(/SKILLPULSE_RATE_LIMIT/);
  });
});
