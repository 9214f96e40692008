/**
 * zz2 (issue 15, Chinese tech recall, from ambiguous names dropped without evidence in unlabelled Chinese rebase
 * postings): more Chinese words that make an ambiguous tech name (Sui, TON, Rust, Go, Truffle) a skill, read by
 * cjkTechCue (cjk-decide.ts) right after the name:
 *   contract   合约 / 智能合约 as the work done in the chain or language (sol/tron/ton/sui合约开发, Rust 合约工程师,
 *              Move合约审计), not a futures contract (U本位合约, 永续合约, BTC合约交易, 合约跟单: no work noun follows);
 *   chain      the chain's own words (TON链上开发, Sui公链, Cosmos主网, Solana节点运维, Sui生态开发);
 *   post       a role noun within four Han characters (Rust 区块链研发工程师, Go研发高级工程师, Rust 算法开发, Go 架构师),
 *              but not 端 right after the name (C端产品开发, B端运营: the consumer or business side);
 *   kind       a class noun after 等 (开发类似Truffle等框架, Go 等语言);
 *   label      before the name, a language or framework label opening its list (开发语言：Java/Go, 后端语言: Go,
 *              前端框架：Next / Vue), not other labels (沟通工具：TG);
 *   grounding  the hire's grounding in it (Go相关经验, Rust背景, Go基础扎实, Rust功底), not 优先 alone (TG优先：@name is
 *              how to write to the recruiter).
 */

/** the work noun after 合约: development, audit, writing, code, security, testing */
const CONTRACT = '(?:智能)?合约(?:开发|工程|审计|编写|编程|语言|安全|代码|部署|测试|研发)';
/** the chain's own words: its network, main net, on-chain work, ecosystem work, nodes */
const CHAIN = '(?:公链|主网|链上?(?:开发|生态|节点|应用)|生态(?:开发|项目)|节点(?:开发|运维|部署|搭建|服务))';
/** a role noun closing a short Han title after the name (not 端: C端 / B端) */
const POST = '(?!端)[\\u4e00-\\u9fff]{0,4}?(?:开发|研发|工程师|架构师|程序员)';
/** a class noun after 等 */
const KIND = '等\\s*(?:开发|编程)?\\s*(?:框架|语言|工具|库|公链)';
/** the hire's grounding in it: 相关经验, 项目经验, 基础, 背景, 功底 (not 优先 alone: 联系方式：TG优先：@name) */
const GROUNDING = '(?:相关)?(?:项目|工作|开发)?(?:经验|背景|基础|功底)';

const AFTER = new RegExp(`^\\s*(?:${CONTRACT}|${CHAIN}|${POST}|${KIND}|${GROUNDING})`);

/** a language or framework label opening the list the name is in */
const LABEL_BEFORE = /(?:语言|框架)\s*:[^.;!?\n:]{0,30}$/;

/** A zz2 tech cue before an ambiguous name in Chinese text: a language or framework label (the rule above). */
export const zhTechCueBefore = (before: string): boolean => LABEL_BEFORE.test(before);

/** A zz2 tech cue right after an ambiguous name in Chinese text (the rule above). */
export const zhTechCueAfter = (after: string): boolean => AFTER.test(after);
