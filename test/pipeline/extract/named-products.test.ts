import { describe, expect, it } from 'vitest';
import { createMatcher, loadTaxonomy } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (text: string) => new Set(m.extract(text).map((x) => x.id));

/** data/taxonomy/src/17-named-products.txt: a tool is counted as itself, not as the tool it was an alias of. */
describe('named products split out of another product', () => {
  it.each([
    ['Requirements: monitoring with Zabbix and Prometheus.', 'zabbix', 'nagios'],
    ['Stack: Python, LightGBM, pandas.', 'lightgbm', 'xgboost'],
    ['Requirements: experience with Vue 3 and Vuex.', 'vuex', 'pinia'],
    ['Stack: Django behind uWSGI and Nginx.', 'uwsgi', 'gunicorn'],
    ['Requirements: Solidity and Foundry.', 'foundry', 'hardhat'],
    ['Requirements: web3.js and Solidity.', 'web3js', 'ethers'],
    ['Requirements: FFmpeg and GStreamer pipelines.', 'ffmpeg', 'video-streaming'],
  ])('"%s" -> %s, not %s', (text, id, older) => {
    const got = ids(text);
    expect(got.has(id)).toBe(true);
    expect(got.has(older)).toBe(false);
  });
  it('names that are English words need a technical context', () => {
    expect(ids('Requirements: you will renovate our old codebase and do grunt work.').size).toBe(0);
    expect(ids('Acme Calico is a fashion brand.').has('calico')).toBe(false);
    const got = ids('Requirements: Grunt or Gulp; Renovate for dependencies.');
    expect(got.has('grunt') && got.has('renovate')).toBe(true);
  });
});
