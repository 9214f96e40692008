/**
 * Latin aliases matched in Chinese postings only (a text holding Han characters): names that Chinese job ads ask
 * for as a skill of their own while English ones use them as a synonym or a platform of another skill. JVM: "熟悉
 * JVM", "JVM调优" ask for JVM internals (the Chinese readers label "JVM tuning"), "Java / JVM" in an English posting
 * names the Java role (the HN readers label Java). H5 (an HTML5 mobile page) and PS (Photoshop) are Chinese
 * shorthands, and L2 is Layer 2 there; in English text H5 is a heading level, PS a postscript and L2 a support tier. Cursor: "Cursor、Copilot 等 AI 编程工具" is the AI editor; in English
 * text it is also a database or pagination cursor. GA among analytics tools (会SQL，GA加分; SQL、GA; GA、GTM、Dune
 * Analytics) is Google Analytics; in English text it is also general availability or Georgia. WhatsApp and Reddit
 * (zhtax): a Chinese community or growth posting lists them as channels it runs (Twitter、Telegram、WhatsApp、Reddit 等
 * 平台); an English one names them as employers and contact lines (ex-Reddit, WhatsApp: +971 ...). Distributed databases
 * (zhtax): 分布式数据库 / "distributed databases" in a Chinese posting's asks (掌握分布式数据库和数据一致性); in HN prose it is
 * mostly what the company builds ("has developed a distributed database system"). Nexus (zhtax, ?=Nexus of artifactory):
 * the repository manager among CI tools in Chinese ops postings (Jenkins、Ansible、Nexus、SonarQube); in HN text mostly
 * Nexus Venture Partners or a company name. Patterns are folded lower-case, as the scanner's.
 */
export const ZH_ONLY_PATTERNS: ReadonlySet<string> = new Set([
  'jvm',
  'cursor',
  'h5',
  'ps',
  'l2',
  'ga',
  'whatsapp',
  'reddit',
  'distributed databases',
  'distributed database',
  'distributed sql databases',
  'nexus',
]);
