/**
 * Zoning of Chinese postings (cjk.ts headings and cues, zones.ts): the shapes rebase postings are written in,
 * as short fixtures written for the tests (no shared data).
 */
import { describe, it, expect } from 'vitest';
import { cjkBullet, cjkHeading, cjkHeadingZone } from '../../../pipeline/extract/cjk-zones.ts';
import { zonePosting } from '../../../pipeline/extract/zones.ts';

/** The zone of the segment that holds `needle`. */
const zoneOf = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture lacks ${needle}`);
  return zonePosting(text).find((s) => s.start <= at && at < s.end)?.zone;
};

describe('Chinese headings', () => {
  it('the usual section names give their zones, in 【】, numbered, bold or Markdown form', () => {
    const t = [
      '【公司简介】',
      '某某科技是一家交易所',
      '一、岗位职责',
      '1、负责撮合引擎开发',
      '**任职资格**',
      '1、熟悉 Go',
      '### 加分项',
      '- 有 Rust 经验',
      '福利待遇：',
      '- 五险一金',
      '投递方式：',
      '发送至 hr@example.com',
    ].join('\n');
    expect(zoneOf(t, '某某科技')).toBe('company');
    expect(zoneOf(t, '撮合引擎')).toBe('role');
    expect(zoneOf(t, '熟悉 Go')).toBe('requirements');
    expect(zoneOf(t, '有 Rust')).toBe('nice_to_have');
    expect(zoneOf(t, '五险一金')).toBe('benefits');
    expect(zoneOf(t, 'hr@example')).toBe('apply');
  });
  it('a parenthesis, a circled number or an English half does not hide a heading; a long sentence is none', () => {
    expect(cjkHeading('加分项(非必须)')).toBe('加分项'); // zonePosting folds （） first
    expect(cjkHeading('① 岗位职责')).toBe('岗位职责');
    expect(cjkHeadingZone(cjkHeading('Job Description 职位描述')!)).toBe('role');
    expect(cjkHeadingZone(cjkHeading('About 关于我们')!)).toBe('company');
    expect(cjkHeading('良好的沟通能力和团队合作精神')).toBeNull();
    expect(cjkHeading('Please send your resume to us 简历')).toBeNull();
  });
  it('"关于 <name>" is about the company; 关于职位 / 关于你 are not', () => {
    expect(cjkHeadingZone('关于 Bitget')).toBe('company');
    expect(zoneOf('关于 Bitget\nBitget 用户遍布 100 个国家\n岗位职责\n负责风控', '用户遍布')).toBe('company');
    expect(cjkHeadingZone('关于职位')).toBe('role');
    expect(cjkHeadingZone('关于你')).not.toBe('company');
  });
  it('为什么选择我们 is benefits, 我们期待你 requirements; a line announcing conditions is requirements, not apply', () => {
    expect(cjkHeadingZone('为什么选择我们')).toBe('benefits');
    expect(cjkHeadingZone('我们期待你')).toBe('requirements');
    expect(zoneOf('如果你符合以下条件，欢迎加入我们：\n- 熟悉 Go', '熟悉 Go')).toBe('requirements');
    expect(zoneOf('有以下经验者优先：\n- Rust', 'Rust')).toBe('nice_to_have');
    expect(zoneOf('加入我们\n简历请发送至 hr@example.com', 'hr@')).toBe('apply');
  });
});

describe('Chinese list items and sentences', () => {
  it('1、 ① (1) 一、 are list items: a long item with another cue does not end the heading run', () => {
    expect(cjkBullet('1、负责')).toBe(false); // the text is width-folded first: 、 is ','
    expect(cjkBullet('1,负责')).toBe(true);
    expect(cjkBullet('① 负责')).toBe(true);
    expect(cjkBullet('(2) 负责')).toBe(true);
    expect(cjkBullet('一、负责')).toBe(false);
    expect(cjkBullet('一,负责')).toBe(true);
    expect(cjkBullet('负责后端')).toBe(false);
    const long =
      '负责交易系统的后端开发与维护，参与系统架构设计，编写技术文档，推动代码评审与质量提升，保障服务稳定运行与持续迭代，并与产品和运营同事一起规划新功能的上线节奏与灰度发布方案';
    expect(long.length).toBeGreaterThan(80);
    const t = `任职要求：\n1、熟悉 Go\n2、${long}\n3、良好的沟通能力`;
    expect(zoneOf(t, '良好的沟通')).toBe('requirements');
    // without the list number, prose with a role cue ends the requirements run
    expect(zoneOf(`任职要求：\n熟悉 Go\n${long}\n良好的沟通能力`, '负责交易')).toBe('role');
  });
  it('the dot of a list number does not end a sentence (1.负责); a Chinese full stop does', () => {
    const t = '职位描述\n1.负责App开发';
    const segs = zonePosting(t);
    expect(segs.map((s) => t.slice(s.start, s.end))).toEqual(['职位描述', '1.负责App开发']);
    const u = '我们是一家交易所。你需要熟悉 Go。';
    expect(zonePosting(u).length).toBe(2);
  });
  it('customers and partners are the company zone', () => {
    expect(zoneOf('我们的客户包括多家头部交易所', '头部')).toBe('company');
    expect(zoneOf('合作伙伴包括多家公链基金会', '公链')).toBe('company');
  });
});

describe('English headings in bilingual postings', () => {
  it('"## Responsibilities" and "Technologies" are role headings: a company run does not swallow the duties', () => {
    const t =
      '## About\n我们在做一个社区应用\n## Responsibilities\n1、编写智能合约\n2、智能合约交互:开发接口\n## Requirements\n熟悉 Go';
    expect(zoneOf(t, '智能合约交互')).toBe('role');
    expect(zoneOf(t, '社区应用')).toBe('company');
    expect(zoneOf('## Technologies\nGo, Rust', 'Go, Rust')).toBe('role');
  });
});
