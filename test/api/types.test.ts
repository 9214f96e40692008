/** type= on /skills and /demand-scores, and a skill's certification fields, on the fixture warehouse. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from './app-helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('type filter', () => {
  it('filters skills and demand scores by type', async () => {
    expect((await t.json('/api/v1/skills?type=specialized')).total).toBe(7);
    expect((await t.json('/api/v1/skills?type=certification')).total).toBe(0);
    expect((await t.json('/api/v1/demand-scores?type=certification')).items).toEqual([]);
  });
  it('answers 400 naming the valid types', async () => {
    const res = await t.get('/api/v1/skills?type=cert');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^type: .*specialized.*common.*certification/);
  });
  it('has type, certification and certified_by on a skill (empty without certification tables)', async () => {
    expect(await t.json('/api/v1/skills/typescript')).toMatchObject({
      type: 'specialized',
      certification: null,
      certified_by: [],
    });
  });
});

describe('OpenAPI', () => {
  it('documents the pay, gap-analysis and credential routes with examples', async () => {
    const spec = await t.json('/api/v1/openapi.json');
    expect(spec.paths['/api/v1/skills/{id}/pay'].get).toBeDefined();
    expect(spec.paths['/api/v1/gap-analysis'].post).toBeDefined();
    expect(spec.paths['/api/v1/credentials/design'].post).toBeDefined();
    expect(spec.components.schemas.SkillPay.example.premium.method).toBe('log_pay_ols_fwl_cluster_employer');
    expect(spec.components.schemas.GapAnalysisRequest.example.text).toMatch(/Python/);
    expect(spec.components.schemas.CredentialDesignRequest.example.size).toBe(5);
  });
});
