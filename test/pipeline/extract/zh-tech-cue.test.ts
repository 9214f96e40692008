/**
 * zz2 (issue 15, Chinese tech recall): Chinese words right after an ambiguous tech name that make it a skill
 * (pipeline/extract/zh-tech-cue.ts, read by cjk-decide.ts cjkTechCue), each family tested both ways.
 */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';
import { zhTechCueAfter, zhTechCueBefore } from '../../../pipeline/extract/zh-tech-cue.ts';

const m = createMatcher(loadTaxonomy(undefined, { overlays: [] }));
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));

describe('合约 work after a chain or language name (zh-tech-cue.ts CONTRACT)', () => {
  it('kept: the chains of a contract-development list, a contract engineer, a contract audit', () => {
    const got = ids('4、智能合约开发：sol/tron/ton/sui合约开发，其他方向不收');
    expect(got.has('tron') && got.has('ton') && got.has('sui')).toBe(true);
    expect(zhTechCueAfter(' 合约工程师')).toBe(true);
    expect(zhTechCueAfter('智能合约审计经验')).toBe(true);
  });
  it('dropped: a futures contract (永续合约, 合约交易, 合约跟单) gives no evidence', () => {
    expect(zhTechCueAfter('合约交易')).toBe(false);
    expect(zhTechCueAfter('合约跟单')).toBe(false);
    expect(zhTechCueAfter('合约')).toBe(false);
    expect(ids('- 负责ton合约跟单和带单业务').has('ton')).toBe(false);
  });
});

describe("a chain's own words after its name (CHAIN)", () => {
  it('kept: 链上开发, 公链, 生态开发, 节点运维', () => {
    expect(ids('- 有ton链上开发经验优先').has('ton')).toBe(true);
    expect(zhTechCueAfter('公链项目')).toBe(true);
    expect(zhTechCueAfter(' 生态开发')).toBe(true);
    expect(zhTechCueAfter('节点运维')).toBe(true);
  });
  it('dropped: a chain name before other words (ton社区运营, sui空投活动)', () => {
    expect(zhTechCueAfter('社区运营')).toBe(false);
    expect(ids('- 负责sui空投活动的策划').has('sui')).toBe(false);
  });
});

describe('a role noun closing a short title after the name (POST)', () => {
  it('kept: Rust 区块链研发工程师, Go 架构师, Rust 算法开发', () => {
    expect(zhTechCueAfter(' 区块链研发工程师')).toBe(true);
    expect(zhTechCueAfter(' 架构师')).toBe(true);
    expect(zhTechCueAfter(' 算法开发')).toBe(true);
    expect(m.extract('岗位2: Rust 算法开发\n关于职位：').some((x) => x.id === 'rust')).toBe(true);
  });
  it('dropped: C端 / B端 (the consumer or business side), or a title too long to be one', () => {
    expect(zhTechCueAfter('端产品开发')).toBe(false);
    expect(ids('- 3年以上C端产品开发经验').has('c')).toBe(false);
    expect(zhTechCueAfter('社区的日常运营与内容开发')).toBe(false);
  });
});

describe('a class noun after 等 (KIND)', () => {
  it('kept: 开发类似Truffle等框架', () => {
    expect(
      m.extract('岗位职责:\n开发区块链网页钱包及SDK，或开发类似Truffle等框架').some((x) => x.id === 'truffle'),
    ).toBe(true);
    expect(zhTechCueAfter('等语言')).toBe(true);
  });
  it('dropped: 等 before another noun (等社区, 等平台)', () => {
    expect(zhTechCueAfter('等社区')).toBe(false);
    expect(zhTechCueAfter('等平台')).toBe(false);
  });
});

describe('a Latin industry name after a Chinese duty verb (decide.ts industry+work-verb, cjkWorkBefore)', () => {
  const duty = (t: string) => new Set(m.extract(`岗位职责:\n${t}`).map((x) => x.id));
  it('kept: 支持 BTC、ETH、TRON、BSC、SOL 等主流公链, as TRON and BSC are', () => {
    const got = duty('- 参与多链资产管理系统开发，支持 BTC、ETH、TRON、BSC、SOL 等主流公链及代币协议');
    expect(got.has('bitcoin') && got.has('ethereum') && got.has('solana') && got.has('tron')).toBe(true);
  });
  it('dropped: the name without a duty verb, or after 不涉及', () => {
    expect(duty('- 我们的用户遍布 ETH 生态').has('ethereum')).toBe(false);
    expect(duty('- 负责公司核心 Web 产品前端开发（纯业务方向，不涉及 DApp/链上）').has('smart-contracts')).toBe(false);
  });
});

describe("the hire's grounding after the name, a language label before it (GROUNDING, LABEL_BEFORE)", () => {
  it('kept: Go相关经验, Rust背景, Go基础扎实, Rust功底, 后端语言：Go', () => {
    expect(ids('- 有Go相关经验').has('go')).toBe(true);
    expect(ids('- Rust背景，能快速上手').has('rust')).toBe(true);
    expect(ids('- Go基础扎实').has('go')).toBe(true);
    expect(zhTechCueAfter('功底深厚')).toBe(true);
    expect(ids('- 后端语言：Go').has('go')).toBe(true);
  });
  it('dropped: TG优先 as a contact, C端经验, a label that is no language (沟通工具：TG)', () => {
    expect(m.extract('## 联系方式\n- TG优先：@abc，微信也可').some((x) => x.id === 'telegram')).toBe(false);
    expect(ids('- 有C端经验优先').has('c')).toBe(false);
    expect(zhTechCueBefore('沟通工具: ')).toBe(false);
    expect(zhTechCueBefore('开发语言: Java/')).toBe(true);
  });
});
