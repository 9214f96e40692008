/**
 * zz2 (issue 15, Chinese tech recall): forms of data/taxonomy/src/zh-aliases.tsv's `# zz2` block, tested both ways:
 * SOL as Solana in a Chinese chain list (case-sensitive, needing context) and SpringCloud Gateway glued.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('SOL is Solana in a chain list', () => {
  it('kept: 熟悉ETH、SOL等主流公链, 支持 BTC、ETH、TRON、BSC、SOL 等主流公链', () => {
    expect(ids('任职要求:\n- 熟悉ETH、SOL等主流公链的数据结构').has('solana')).toBe(true);
    expect(ids('岗位职责:\n- 支持 BTC、ETH、TRON、BSC、SOL 等主流公链及代币协议').has('solana')).toBe(true);
  });
  it('dropped: SOL alone, or sol in lower case, gives no Solana', () => {
    expect(ids('Senior engineer. Without this we are SOL.').has('solana')).toBe(false);
    expect(ids('任职要求:\n- 熟悉 sol 文件的编写规范').has('solana')).toBe(false);
  });
});

describe('SpringCloud Gateway glued is Spring Cloud Gateway', () => {
  it('kept as the gateway, listed with Kong', () => {
    const got = ids('## 岗位\n网关开发工程师：Go、SpringCloud Gateway、Kong');
    expect(got.has('spring-cloud-gateway')).toBe(true);
    expect(got.has('api-gateway-products')).toBe(true);
  });
  it('SpringCloud alone stays Spring', () => {
    const got = ids('任职要求:\n熟悉SpringBoot、SpringCloud等框架');
    expect(got.has('spring')).toBe(true);
    expect(got.has('spring-cloud-gateway')).toBe(false);
  });
});

describe('数据开发 is data engineering (zh-aliases.tsv; cjk-decide.ts EVERYDAY)', () => {
  it('kept: 数据开发工程师, 数据开发经验, 完成数据开发与落地', () => {
    expect(ids('任职要求:\n- 至少 5 年以上数据开发经验').has('data-engineering')).toBe(true);
    expect(ids('岗位职责:\n- 理解业务需求，构建合理的数据模型，完成数据开发与落地').has('data-engineering')).toBe(true);
  });
  it('dropped: 大数据开发 (big data), 基于tick数据开发价格优化算法 (two words)', () => {
    const big = ids('任职要求:\n- 有大数据开发经验');
    expect(big.has('big-data') && !big.has('data-engineering')).toBe(true);
    expect(ids('任职要求:\n- 能够基于tick数据开发价格优化算法').has('data-engineering')).toBe(false);
  });
});

describe('重构 of code or systems is refactoring (clean-code)', () => {
  it('kept: 重构技术, 代码重构, 系统重构, 大规模重构', () => {
    expect(ids('任职要求:\n3. 掌握单元测试、重构技术，代码可读性高').has('clean-code')).toBe(true);
    expect(ids('任职要求:\n- 擅长系统分析与设计、代码重构').has('clean-code')).toBe(true);
    expect(ids('岗位职责:\n- 参与接口设计、服务拆分、系统重构及性能调优').has('clean-code')).toBe(true);
  });
  it('dropped: 重构 reshaping something else (工作流重构, 重构人与数字资产的交互方式)', () => {
    expect(ids('岗位职责:\n2、AIGC深度集成与工作流重构').has('clean-code')).toBe(false);
    expect(ids('岗位职责:\n- 用想象力重构产品').has('clean-code')).toBe(false);
  });
});

describe('网络架构 / 网络部署 / 网络设备 are networking, not after another network (zh-rec.ts)', () => {
  it('kept: 数据中心网络架构, 跨地域网络部署, 主流网络设备', () => {
    expect(ids('任职要求:\n2. 具备网络基础设施、数据中心网络架构深厚技术功底').has('networking')).toBe(true);
    expect(ids('任职要求:\n- 有大型数据中心架构搭建 / 跨地域网络部署经验').has('networking')).toBe(true);
    expect(ids('任职要求:\n- 精通主流网络设备与规模化集群').has('networking')).toBe(true);
  });
  it('dropped: 区块链网络架构, 去中心化网络部署; 网络请求 and 网络优化 are no forms', () => {
    expect(ids('任职要求:\n- 熟悉区块链网络架构').has('networking')).toBe(false);
    // the chain's network still talks over the wire: its communication and protocols are networking
    expect(ids('任职要求:\n- 熟悉区块链网络通讯').has('networking')).toBe(true);
    expect(ids('岗位职责:\n- 负责去中心化网络部署与节点维护').has('networking')).toBe(false);
    expect(
      ids('任职要求:\n4、熟悉移动端开发的基本问题解决方案，如界面适配、网络请求和性能优化等').has('networking'),
    ).toBe(false);
  });
});
