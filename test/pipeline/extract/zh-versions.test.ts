/** A version glued to a Latin name in Chinese text (zh-versions.ts, used by createScanner in cjk.ts), both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { zhVersionSpans, blankVersions } from '../../../pipeline/extract/zh-versions.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const found = (t: string) => m.extract(`任职要求:\n${t}`).map((x) => `${x.id}:${x.surface}`);

describe('versions glued to a Latin name in Chinese text', () => {
  it('finds the name with its version as the surface (Java17, Python3.8, iOS15, .NET6, Vue.js3)', () => {
    const f = found('熟悉Java17、Python3.8、iOS15、.NET6、Vue.js3、MySQL8开发');
    for (const s of ['java:Java17', 'python:Python3.8', 'ios:iOS15', 'dotnet:.NET6', 'vue:Vue.js3', 'mysql:MySQL8'])
      expect(f).toContain(s);
  });
  it('a longer number, a letter after the digits or a one-letter name is no version; a version after no name finds nothing', () => {
    expect(zhVersionSpans('SHA256、VS2019、Unity3D、H5、k8s')).toEqual([]);
    expect(zhVersionSpans('Java17开发 Python3.8,')).toEqual([
      [4, 6],
      [15, 18],
    ]);
    expect(blankVersions('Java17开发', [[4, 6]])).toBe('Java  开发');
    expect(found('熟悉Unity3D和k8s')).toEqual(['unity:Unity3D', 'kubernetes:k8s']);
    expect(found('熟悉MD5、SHA256、Base64编码、Win10')).toEqual([]);
  });
  it('English text keeps the matcher boundaries (no Han character: Java17 is not read as Java)', () => {
    expect(m.extract('Requirements:\nJava17 experience').map((x) => x.id)).not.toContain('java');
    expect(m.extract('Requirements:\nJava 17 experience').map((x) => x.id)).toContain('java');
  });
});
