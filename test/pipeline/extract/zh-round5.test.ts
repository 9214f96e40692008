/** Chinese rules of round 5 (issue 15, zh5: forms from the unlabelled rebase postings), each tested both ways. */
import { describe, it, expect } from 'vitest';
import { loadTaxonomy, createMatcher } from '../../../pipeline/extract/index.ts';

const tax = loadTaxonomy(undefined, { overlays: [] });
const m = createMatcher(tax);
const ids = (t: string) => new Set(m.extract(`任职要求:\n${t}`).map((x) => x.id));
const idsRaw = (t: string) => new Set(m.extract(t).map((x) => x.id));

describe('technologies added from the unlabelled Chinese postings (14-zh-review.txt)', () => {
  it('VictoriaMetrics and VictoriaLogs are their own skills, not Thanos', () => {
    const s = ids('要求：可观测性、OpenTelemetry、VictoriaMetrics、VictoriaLogs、HBase等实际逻辑开发项目经验');
    expect(s.has('victoriametrics')).toBe(true);
    expect(s.has('victorialogs')).toBe(true);
    expect(s.has('thanos')).toBe(false);
  });
  it('MQTT, LevelDB (not RocksDB), Slither and Mythril, ERC-20 token standards', () => {
    expect(ids('熟悉 MQTT 协议').has('mqtt')).toBe(true);
    const db = ids('有MongoDB、LevelDB等数据库开发经验');
    expect(db.has('leveldb')).toBe(true);
    expect(db.has('rocksdb')).toBe(false);
    const sec = ids('熟练使用 Mythril、Slither、MythX 等自动化审计工具');
    expect(sec.has('slither')).toBe(true);
    expect(sec.has('mythril')).toBe(true);
    expect(ids('熟悉ERC-20、ERC-721、ERC-1155等代币标准').has('token-standards')).toBe(true);
  });
  it('Foundry in a Solidity tool list is the Solidity toolkit (hardhat skill); a foundry in prose is not', () => {
    expect(ids('熟练使用 Hardhat 或 Foundry 开发框架').has('hardhat')).toBe(true);
    expect(ids('熟练使用 Foundry 开发框架').has('hardhat')).toBe(true);
    expect(idsRaw('We work with a semiconductor Foundry in Taiwan.').has('hardhat')).toBe(false);
  });
  it('RPC asked (理解RPC框架, 节点RPC搭建, 消息队列、RPC) is kept; alone in prose it is not', () => {
    expect(ids('了解HTTP/2协议，理解RPC框架').has('rpc')).toBe(true);
    expect(ids('对公链技术、节点RPC搭建与调用有深入了解').has('rpc')).toBe(true);
    expect(ids('对常见的中间件如分布式缓存、Kafka、RPC等有丰富的使用经验').has('rpc')).toBe(true);
    expect(idsRaw('Our RPC went down yesterday.').has('rpc')).toBe(false);
  });
  it('SDK development (SDK开发, SDK封装) is kept; using an SDK is not', () => {
    expect(ids('负责Solidity智能合约JS SDK封装').has('sdk-development')).toBe(true);
    expect(ids('负责大数据产品服务端接入SDK研发').has('sdk-development')).toBe(true);
    expect(ids('使用SDK搭建dApps').has('sdk-development')).toBe(false);
  });
});

describe('Chinese shorthands H5 and PS (zh-only.ts, context rules)', () => {
  it('H5 pages and H5 development are HTML', () => {
    expect(ids('完成pc端h5页面的开发').has('html')).toBe(true);
    expect(ids('熟悉移动端 H5 开发').has('html')).toBe(true);
    expect(ids('负责PC、H5前端开发').has('html')).toBe(true);
  });
  it('H5 in English text, or alone, is no HTML', () => {
    expect(idsRaw('Requirements: H5 headings and H6 headings are styled.').has('html')).toBe(false);
    expect(idsRaw('标题分为 H5 和 H6 两级').has('html')).toBe(false);
  });
  it('PS among design tools is Photoshop; a postscript PS: is not', () => {
    expect(ids('熟练使用PS、Sketch、Figma等设计软件').has('photoshop')).toBe(true);
    expect(ids('熟悉 PS 和 Figma').has('photoshop')).toBe(true);
    expect(ids('PS：需提供个人作品集或相关链接').has('photoshop')).toBe(false);
    expect(idsRaw('PS：\n1、负责K8s集群及业务系统运维').has('photoshop')).toBe(false);
    expect(idsRaw('Requirements: PS, we love Figma users').has('photoshop')).toBe(false);
  });
});
