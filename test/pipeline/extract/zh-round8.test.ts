/**
 * Chinese recall rules of round 8 (issue 15, zhrec2: general causes of tech misses, classified on the tune half by
 * bench/zh-tech-misses.ts and looked for in unlabelled rebase postings), each tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { ideographicStop } from '../../../pipeline/extract/joins.ts';
import { classify } from '../../../bench/zh-tech-misses.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const duty = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
const en = (t: string) => new Set(m.extract(`Requirements:\n${t}`).map((x) => x.id));

describe('the ideographic full stop ends a Latin name (joins.ts ideographicStop)', () => {
  it('"Zabbix。prometheus" is two words, not one dotted name', () => {
    expect(ids('掌握监控平台，如Zabbix。prometheus').has('zabbix')).toBe(true);
    expect(ideographicStop('Zabbix。x', 6)).toBe(true);
    // the ASCII dot of a dotted name still joins it ("Zabbix.prometheus" is no Zabbix, as "Vue.js" is no Vue glued)
    expect(ideographicStop('Zabbix.x', 6)).toBe(false);
    expect(ids('掌握监控平台，如Zabbix.prometheus').has('nagios')).toBe(false);
    expect(en('Experience with Zabbix.prometheus').has('nagios')).toBe(false);
  });
});

describe('a technology lists with a technology of another family in a Chinese posting', () => {
  it('Windows (under Business) after Linux and macOS is listed', () => {
    expect(duty('探索客户端 Kotlin 代码在桌面平台（Linux、macOS、Windows）的可能性').has('windows')).toBe(true);
    expect(duty('负责 Windows/macOS 设备的统一纳管').has('windows')).toBe(true);
    // a bare Windows with no list, cue or ask stays ambiguous; English text keeps the family rule
    expect(duty('窗口期 Windows 开放申请').has('windows')).toBe(false);
    const office = m.extract('We work from an office.\nOur office has Linux, macOS, Windows laptops').map((x) => x.id);
    expect(office).toContain('macos');
    expect(office).not.toContain('windows');
  });
});

describe('bench/zh-tech-misses.ts classify', () => {
  const aliases = (id: string) => (id === 'redis' ? ['Redis', 'redis集群'] : []);
  it('gives no-id, dropped, form-in-text and no-form', () => {
    expect(classify(null, 'x', aliases, []).cls).toBe('no-id');
    expect(classify('redis', '熟悉Redis', aliases, [{ id: 'redis', start: 2, why: 'zone:company' }]).cls).toBe(
      'dropped:zone:company',
    );
    expect(classify('redis', '熟悉ＲＥＤＩＳ集群', aliases, [])).toEqual({ cls: 'form-in-text', at: 2 });
    expect(classify('redis', '熟悉缓存', aliases, []).cls).toBe('no-form');
  });
});

describe('a business tool the hire works on in Chinese duties (decide.ts business-tool-mention)', () => {
  it('负责 / 开发 before Twitter or Telegram keeps it in the role zone', () => {
    expect(duty('负责 CEX 品牌在 Twitter（X）、Facebook、LinkedIn 的社媒运营').has('twitter')).toBe(true);
    expect(duty('开发Telegram群组/频道数据抓取系统').has('telegram')).toBe(true);
    // promoting or describing is no duty on it (推动 is no work verb; the company's product)
    expect(duty('推动品牌在 Twitter 的曝光').has('twitter')).toBe(false);
    expect(duty('Mask Network 帮助用户在 Twitter 上使用 web3').has('twitter')).toBe(false);
  });
});

describe('Remix among Solidity tools is the Remix IDE (cjk-decide.ts OTHER_THING remix)', () => {
  it('next to Truffle / Hardhat / Foundry it is remix-ide, not the React framework', () => {
    for (const t of [
      '熟悉Truffle 、Remix等开发工具',
      '熟悉truffle,remix，Waffle开发环境',
      '熟练使用Remix/Truffle/Hardhat',
    ]) {
      const s = ids(t);
      expect(s.has('remix-ide')).toBe(true);
      expect(s.has('remix')).toBe(false);
    }
    // with React it stays the framework; in English text the IDE is only its full name
    expect(ids('熟悉 React、Remix、Next.js 等框架').has('remix-ide')).toBe(false);
    expect(en('Experience with Hardhat, Remix IDE').has('remix-ide')).toBe(true);
    expect(en('Experience with Hardhat, Remix').has('remix-ide')).toBe(false);
  });
});

describe('forms of the no-form misses (zh-aliases.tsv # zhrec2)', () => {
  it('常用命令 is the command line, 发布流程 / 上线流程 release engineering, 增长实验 A/B testing', () => {
    expect(ids('熟练使用Linux shell和常用命令').has('command-line')).toBe(true);
    expect(ids('熟悉前端部署和发布流程').has('release-engineering')).toBe(true);
    expect(ids('熟悉 App 上线流程（TestFlight、Google Play）').has('release-engineering')).toBe(true);
    expect(duty('建立增长实验机制，每周提出假设并推动测试').has('ab-testing')).toBe(true);
    // the words alone are no such form: 命令 (an order), 发布 (publish content), 上线 (a launch)
    expect(ids('服从上级命令，按时发布内容').has('command-line')).toBe(false);
    expect(ids('服从上级命令，按时发布内容').has('release-engineering')).toBe(false);
    expect(ids('产品上线后负责增长').has('release-engineering')).toBe(false);
  });
});
