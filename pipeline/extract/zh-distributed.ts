/**
 * zhtech (issue 15, Chinese tech recall, from unlabelled Chinese rebase postings; docs/extraction.md "Chinese postings"):
 * the bare form 分布式 (distributed systems, data/taxonomy/src/zh-aliases.tsv) counts only as an item of a list of
 * system qualities or areas, the way Chinese ads ask for it: 熟悉分布式、多线程、容器技术, 精通分布式、缓存、消息等机制,
 * 有分布式相关经验, 大型分布式、高可用系统, 分布式高可用、高并发应用. Everywhere else it describes something else
 * (国际分布式团队协作 and 分布式remote办公: a distributed team; 分布式岗位; 分布式共识 / 分布式存储 have forms of their own)
 * and is dropped. Used by cjkDecision (cjk-decide.ts). The text is the prepared, width-folded view ('、' stays, '，' is ',').
 *   item  what follows 分布式 closes an item (a list mark, a closing bracket, 等, a connector, the clause's end) or is a
 *         word that keeps it a kind of system (相关, 原理, 技术, 经验, 高可用 / 高并发 / 高性能, 系统 after a quality).
 */
import { foldWidth } from './width.ts';

/** ...followed by a list mark, a closing bracket, 等, a connector or the clause's end */
const ITEM_CLOSE = /^\s*(?:$|[、/,;.)\n]|和|与|及|以及|或|等)/;
/** ...or by a word that keeps it the systems sense (有分布式相关经验, 分布式高可用、高并发) */
const SYSTEMS_AFTER = /^\s*(?:相关|原理|技术|经验|理论|高可用|高并发|高性能|一致性|场景|环境)/;

/** Why this 分布式 names no distributed-systems skill (rule above), or null (kept, or not bare 分布式). The surface is
 *  the posting's own text, folded here as the view is (分佈式 in traditional script). */
export function zhDistributedDrop(surface: string, after: string): string | null {
  if (foldWidth(surface).trim() !== '分布式') return null;
  if (ITEM_CLOSE.test(after) || SYSTEMS_AFTER.test(after)) return null;
  return 'zh:bare-distributed';
}
