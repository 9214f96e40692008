import { describe, expect, it } from 'vitest';
import { idleStatus, statusRoutes } from '../../api/routes/status.ts';
import { createJobRunner } from '../../cli/jobs.ts';
import { loadConfig } from '../../config/index.ts';
import { tmpdir } from 'node:os';

const idle = {
  state: 'idle',
  kind: null,
  started_at: null,
  step: null,
  crawl: [],
  pipeline: null,
  last: null,
};

describe('GET /status', () => {
  it('answers idle without a runner, and while the runner is still loading (undefined)', async () => {
    for (const routes of [statusRoutes(), statusRoutes(() => undefined)]) {
      const res = await routes.request('/status');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(idle);
    }
  });

  it("answers the runner's state when it has one", async () => {
    const running = { ...idleStatus, state: 'running' as const, kind: 'crawl' as const, step: 'crawl' as const };
    expect(await (await statusRoutes(() => running).request('/status')).json()).toEqual({ ...idle, ...running });
  });

  it('a new runner starts idle, with its own copy of the idle state', () => {
    const runner = createJobRunner(loadConfig({ cwd: tmpdir(), env: {} }), () => {});
    expect(runner.status()).toEqual(idle);
    expect(runner.status()).not.toBe(idleStatus);
  });
});
