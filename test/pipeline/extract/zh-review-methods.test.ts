/**
 * The `# zhtax2` block of data/taxonomy/src/14-zh-review.txt (issue 15): the method and domain skills that the
 * Chinese tune half's readers named without an id and unlabelled rebase postings ask for (PRD, defect management,
 * stablecoins, data consistency), each found in a Chinese and an English requirement line, and not found where its
 * words are ordinary ones (prd the production environment, 缺陷 alone, a company's business, 一致性 of anything).
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));
const zh = (t: string) => ids(`任职要求:\n${t}`);
const en = (t: string) => ids(`Acme | Product Engineer | Remote\n\nRequirements:\n${t}`);

/** id, a Chinese requirement line naming it, an English requirement line naming it */
const CASES: [string, string, string][] = [
  ['prd', '2. 熟练编写详细的产品需求文档(PRD)和产品原型', '- Experience writing PRDs and user stories'],
  [
    'defect-management',
    '4. 至少熟练掌握一种缺陷管理工具，如 Jira',
    '- Familiar with defect tracking in Jira or TestRail',
  ],
  ['stablecoins', '3. 熟悉 USDC/USDT 等稳定币的发行与结算机制', '- Knowledge of stablecoins and on-chain payments'],
  [
    'data-consistency',
    '4. 熟悉交易系统高可用、低延迟、数据一致性相关实践',
    '- Ensure data consistency across services',
  ],
];

describe('the zhtax2 skills are found in Chinese and English requirement lines', () => {
  for (const [id, zhText, enText] of CASES) {
    it(id, () => {
      expect(tax.byId.has(id)).toBe(true);
      expect(zh(zhText).has(id)).toBe(true);
      expect(en(enText).has(id)).toBe(true);
    });
  }
});

describe('the zhtax2 forms are not found as ordinary words', () => {
  it('prd, the production environment, is lower-case: no PRD; 需求文档 alone stays requirements analysis', () => {
    expect(zh('3. 熟悉 dev/stg/prd 多环境发布流程').has('prd')).toBe(false);
    const got = zh('2. 能够独立撰写需求文档');
    expect(got.has('prd')).toBe(false);
    expect(got.has('requirements-analysis')).toBe(true);
  });
  it('缺陷 alone (a product defect, a personal flaw) is no defect management', () => {
    expect(zh('1. 对产品缺陷零容忍，追求极致体验').has('defect-management')).toBe(false);
  });
  it('stablecoins as what the company is (我们是...稳定币发行商) are not asked of the hire', () => {
    expect(ids('## 公司介绍\n我们是全球领先的稳定币发行商之一。\n\n## 任职要求\n熟悉 Go').has('stablecoins')).toBe(
      false,
    );
  });
  it('一致性 of anything else is no data consistency', () => {
    expect(zh('5. 保证设计风格与品牌调性的一致性').has('data-consistency')).toBe(false);
  });
});
