import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app-helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /skills/{id}/time-to-fill', () => {
  it('answers the Kaplan-Meier median with its interval, n and censored count', async () => {
    const r = await t.json('/api/v1/skills/TypeScript/time-to-fill');
    expect(r).toEqual({
      skill: { id: 'typescript', label: 'TypeScript', category: 'Programming languages' },
      n: 40,
      closed: 30,
      censored: 10,
      median_days: 21,
      lo: 14,
      hi: 30,
      level: 0.9,
      method: 'kaplan-meier median, 90% Brookmeyer-Crowley interval (log-log band)',
    });
  });
  it('404 with the reason when n is too small or the skill has no ATS postings', async () => {
    const few = await t.get('/api/v1/skills/react/time-to-fill');
    expect(few.status).toBe(404);
    expect((await few.json()).error.message).toBe(
      'time to fill of react: 12 ATS postings with sightings (9 closed); needs at least 30 (10 closed)',
    );
    const none = await t.get('/api/v1/skills/cobol/time-to-fill');
    expect(none.status).toBe(404);
    expect((await none.json()).error.message).toMatch(/cobol: 0 ATS postings/);
    expect((await t.get('/api/v1/skills/no-such-skill/time-to-fill')).status).toBe(404);
  });
});
