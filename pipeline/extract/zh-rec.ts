/**
 * zhrec3 (issue 15, Chinese tech recall, from the gaps of unlabelled Chinese postings; docs/extraction.md "Chinese
 * postings", round 10): the bare form 网络 (networking, data/taxonomy/src/zh-aliases.tsv) counts only as an item of a
 * list of computer fundamentals or infrastructure areas, the way Chinese ads ask for them: 掌握操作系统、网络、并发编程,
 * 扎实的基础设施知识(系统、网络、数据库及中间件), 熟悉其架构、网络、存储. Everywhere else 网络 is part of another word or
 * names no skill (网络安全, 区块链网络, 神经网络, 社交网络, 去中心化的网络, 网络效应), and is dropped. Used by cjkDecision
 * (cjk-decide.ts). The text is the prepared, width-folded view ('、' stays, '，' is ',', '（' is '(').
 *   item       网络 stands alone between list marks: a mark, an opening bracket or colon, the start of the context,
 *              or an ask verb before it; a mark, a closing bracket, 等 or the clause's end after it;
 *   neighbour  an area word is within the list around it (操作系统, 系统, 数据结构, 算法, 数据库, 并发, 存储, 内存, 中间件,
 *              线程/进程, 计算机组成, 编译原理, Linux, IO, 安全, 监控, 集群, 容器);
 *   not tuned  ...and the list is not what is optimised (持续优化性能、内存、网络与页面流畅度; Android 性能优化..., 包括内存、
 *              卡顿、网络等; 安全体系优化,包括终端、网络、内存): an app's or a system's qualities, not networking knowledge.
 */

/** 网络 opens an item: after a list mark, a bracket or colon, a connector, an ask verb or 包括/尤其是/如 (or at the context's start) */
const ITEM_OPEN_BEFORE = /(?:^|[、/,:(]|和|与|及|以及|或|掌握|熟悉|了解|精通|理解|具备|包括|尤其是|例如|比如|如)\s*$/;
/** ...and closes it: before a list mark, a closing bracket, 等, a connector or the clause's end; zhtech: or before
 *  基础 / 知识 / 原理 closing the list (掌握 Linux/网络 基础; 操作系统、网络原理), not 基础设施 / 基础架构 */
const ITEM_CLOSE_AFTER = /^\s*(?:$|[、/,;.)\n]|和|与|及|以及|或|等|(?:基础|知识|原理)(?!设施|架构))/;
/** an area of computer fundamentals or infrastructure, as a list item near 网络 */
const AREA =
  /操作系统|系统|数据结构|算法|数据库|并发|存储|内存|中间件|线程|进程|计算机组成|编译原理|linux|\bio\b|安全|监控|集群|容器/i;
/** the list around the candidate: the text back to the clause's start, and on to its end (at most 30 characters) */
const clauseBefore = (before: string) =>
  before
    .slice(Math.max(0, before.length - 30))
    .split(/[;.!?\n:]/)
    .pop() ?? '';
/** the list is the object of tuning (优化 / 调优 earlier in its clause) */
const TUNED_BEFORE = /优化|调优/;
const clauseAfter = (after: string) => after.slice(0, 30).split(/[;.!?\n]/)[0] ?? '';

/** zz2: a network that is no computer network, right before a longer 网络 form (区块链网络架构, 去中心化网络部署,
 *  社交网络优化, 闪电网络配置): the chain's or the social graph's network, not networking */
const OTHER_NETWORK_BEFORE =
  /(?:区块链|公链|主网|链上|链|去中心化的?|p2p|点对点|分布式|社交|神经|支付|分发|闪电|交易|跨链)\s*$/i;

/** A chain's network still talks over the wire: 区块链网络通讯 / 网络协议 / 网络编程 is networking knowledge */
const WIRE_FORM = /^网络(?:通讯|通信|协议|编程)/;

/** Why this 网络 names no networking skill (zhrec3 rule above; zz2: a longer 网络 form after another network), or null
 *  (kept as networking, or not 网络). */
export function zhRecDrop(surface: string, before: string, after: string): string | null {
  const form = surface.trim();
  if (form.length > 2 && form.startsWith('网络') && !WIRE_FORM.test(form) && OTHER_NETWORK_BEFORE.test(before))
    return 'zh:other-network';
  if (form !== '网络') return null;
  const isItem = ITEM_OPEN_BEFORE.test(before) && ITEM_CLOSE_AFTER.test(after);
  const lead = clauseBefore(before);
  if (isItem && !TUNED_BEFORE.test(lead) && (AREA.test(lead) || AREA.test(clauseAfter(after)))) return null;
  return 'zh:bare-network';
}
