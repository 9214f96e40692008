/** Test setup for the API: a fixture warehouse in a temp dir and an app over it. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../config/index.ts';
import { createApp, type AppOptions } from '../../api/app.ts';
import { openWarehouse, type WarehouseSource } from '../../api/warehouse.ts';
import { buildFixtureWarehouse } from '../helpers/fixture-warehouse.ts';

export interface TestApp {
  dir: string;
  config: Config;
  warehouse: WarehouseSource;
  app: ReturnType<typeof createApp>;
  logs: string[];
  get(url: string, headers?: Record<string, string>): Promise<Response>;
  json<T = any>(url: string): Promise<T>;
  post(url: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export function testConfig(dir: string, env: Record<string, string> = {}, api?: Partial<Config['api']>): Config {
  const config = loadConfig({ dataDir: dir, env: { SKILLPULSE_RATE_LIMIT: '0', ...env }, cwd: dir });
  return { ...config, api: { ...config.api, ...api } };
}

export async function makeTestApp(
  opts: {
    env?: Record<string, string>;
    api?: Partial<Config['api']>;
    fixture?: boolean;
    app?: Partial<AppOptions>;
  } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'skillpulse-api-'));
  if (opts.fixture !== false) await buildFixtureWarehouse(dir);
  const config = testConfig(dir, opts.env, opts.api);
  const warehouse = openWarehouse(config.data.warehouse, { checkMs: 0 });
  const logs: string[] = [];
  const app = createApp({ config, warehouse, log: (l) => logs.push(l), ...opts.app });
  const get = (url: string, headers: Record<string, string> = {}) => Promise.resolve(app.request(url, { headers }));
  return {
    dir,
    config,
    warehouse,
    app,
    logs,
    get,
    async json(url) {
      const res = await get(url);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    post: (url, body, headers = {}) =>
      Promise.resolve(
        app.request(url, {
          method: 'POST',
          body: typeof body === 'string' ? body : JSON.stringify(body),
          headers: { 'Content-Type': 'application/json', ...headers },
        }),
      ),
    async close() {
      await warehouse.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
