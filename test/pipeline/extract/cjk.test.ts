import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { createScanner, foldWidth, denseBoundaryOk } from '../../../pipeline/extract/cjk.ts';
import { cjkHeadingZone, cjkCueZone } from '../../../pipeline/extract/cjk-zones.ts';
import { zonePosting } from '../../../pipeline/extract/zones.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('CJK matching rules', () => {
  it('a Chinese alias matches inside a Han run (no word boundary between Han characters)', () => {
    expect(ids('任职要求：熟悉机器学习算法和深度学习框架')).toEqual(expect.objectContaining({}));
    const s = ids('任职要求：熟悉机器学习算法和深度学习框架');
    expect(s.has('machine-learning')).toBe(true);
    expect(s.has('deep-learning')).toBe(true);
    expect(ids('要求：有区块链和智能合约开发经验').has('smart-contracts')).toBe(true);
    expect(ids('要求：有区块链和智能合约开发经验').has('blockchain')).toBe(true);
  });
  it('a Latin alias inside Chinese text keeps Latin boundaries: Go语言 and Golang开发 find Go, Google does not', () => {
    expect(ids('要求：精通Go语言').has('go')).toBe(true);
    expect(ids('要求：三年以上Golang开发经验').has('go')).toBe(true);
    expect(ids('要求：熟悉Google的产品').has('go')).toBe(false);
    expect(ids('要求：熟悉Python和Rust').has('python')).toBe(true);
    expect(ids('要求：熟悉Pythonic风格').has('python')).toBe(true);
    expect(ids('要求：熟悉Pythonista社区').has('python')).toBe(false);
  });
  it('full-width Latin letters and punctuation are folded', () => {
    expect(foldWidth('ＰＹＴＨＯＮ（３年）、Ｇｏ：')).toBe('PYTHON(3年),Go:');
    expect(foldWidth('abc').length).toBe(3);
    const t = '任职要求：熟练使用ＰＹＴＨＯＮ、ＪＡＶＡ，了解ＳＱＬ';
    expect(foldWidth(t).length).toBe(t.length);
    const s = ids(t);
    expect([...s].sort()).toEqual(expect.arrayContaining(['java', 'python', 'sql']));
    const ms = m.extract(t);
    expect(ms.find((x) => x.id === 'python')!.surface).toBe('ＰＹＴＨＯＮ');
  });
  it('a mixed alias needs a boundary on its Latin side only', () => {
    expect(denseBoundaryOk('ABC语言', 2, 5, true, false)).toBe(false);
    expect(denseBoundaryOk('熟悉C语言', 2, 5, true, false)).toBe(true);
    expect(ids('要求：精通C语言').has('c')).toBe(true);
    expect(ids('要求：精通ABC语言').has('c')).toBe(false);
    // a Han-final alias followed by Latin letters still matches (前端React)
    expect(ids('要求：熟悉前端React开发').has('frontend')).toBe(true);
  });
  it('the scanner finds Han patterns anywhere and Latin patterns through the DFA', () => {
    const sc = createScanner(['机器学习', 'go语言', 'rust']);
    const hits = sc.scan('懂机器学习与Go语言及rust').map((h) => [h.pattern, h.start, h.end]);
    expect(hits).toEqual(
      expect.arrayContaining([
        [0, 1, 5],
        [1, 6, 10],
        [2, 11, 15],
      ]),
    );
    expect(sc.scan('机器 学习').length).toBe(0);
  });
  it('Chinese headings and cues give zones', () => {
    expect(cjkHeadingZone('任职要求')).toBe('requirements');
    expect(cjkHeadingZone('岗位职责')).toBe('role');
    expect(cjkHeadingZone('福利待遇')).toBe('benefits');
    expect(cjkHeadingZone('Requirements')).toBe(null);
    expect(cjkCueZone('熟悉Linux系统')![0]).toBe('requirements');
    const segs = zonePosting('【岗位职责】\n负责后端开发\n【任职要求】\n良好的沟通能力');
    expect(segs.map((s) => s.zone)).toEqual(['role', 'role', 'requirements', 'requirements']);
  });
  it('soft and domain skills in a Chinese requirements section are kept; in a company intro they are not', () => {
    const t =
      '公司介绍：我们是一家区块链公司，致力于数字资产交易。\n任职要求：\n1、良好的沟通能力和团队合作精神\n2、英语读写流利';
    const s = ids(t);
    expect(s.has('communication')).toBe(true);
    expect(s.has('teamwork')).toBe(true);
    expect(s.has('english')).toBe(true);
    expect(s.has('blockchain')).toBe(false);
  });
  it('ordinary words are not skills: bare 测试网, 算法工程师 title words, 远程办公 are not matched', () => {
    expect(ids('要求：在测试网部署过').has('software-testing')).toBe(false);
    expect(ids('福利：远程办公').has('remote-collaboration')).toBe(false);
  });
});

describe('zh-aliases.tsv merge (taxonomy build)', () => {
  it('adds the forms, keeps "-" skills Latin-only, and names the file and line of an unknown id', async () => {
    const { mergeZhAliases } = await import('../../../data/taxonomy/tools/zh-aliases.ts');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'zh-'));
    const f = path.join(dir, 'zh-aliases.tsv');
    writeFileSync(f, '# comment\nml\t机器学习;深度学习\nreact\t-\n');
    const seeds = [
      { id: 'ml', aliases: ['machine learning'] },
      { id: 'react', aliases: [] as string[] },
    ];
    expect(mergeZhAliases(seeds, f)).toEqual({ skills: 2, forms: 2, latinOnly: 1 });
    expect(seeds[0]!.aliases).toEqual(['machine learning', '机器学习', '深度学习']);
    writeFileSync(f, 'ml\t机器学习\nnope\t没有\n');
    expect(() => mergeZhAliases(seeds, f)).toThrow('zh-aliases.tsv:2: "nope" is not a skill id');
  });
  it('the committed file covers the 300 skills it was written for and every form reaches skills.tsv', () => {
    const ml = tax.byId.get('machine-learning')!;
    expect(ml.aliases).toContain('机器学习');
    expect(tax.byId.get('blockchain')!.aliases).toEqual(expect.arrayContaining(['区块链']));
  });
});
