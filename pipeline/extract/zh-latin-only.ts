/**
 * More Latin aliases read in Chinese postings only (zh-only.ts tells why some names are), from the zh-latin round
 * (data/taxonomy/src/16-zh-latin.txt): names a Chinese posting lists as a technology while English text uses the word
 * otherwise (each read in unlabelled HN postings with this list off). Fabric (Hyperledger Fabric among chains; HN:
 * Python's Fabric in a stack, "Qumulo File Fabric"), SOL (Solana among chains; English: "SOL" as out of luck), Elastic
 * (the Elastic stack among SIEM tools; HN: "Amazon Elastic Container Service", "Elastic Scale"), Word (Microsoft Word
 * beside Excel; HN: "Word Vectors"), Premier (Premiere among editing tools; HN: "Premier Google Cloud Partner"), VWAP and
 * TWAP (execution algorithms; English: "TWAP pricing" in company prose); the social platforms Instagram, TikTok and
 * LinkedIn (channels a Chinese growth posting runs; HN: "As an Instagram Engineer", "a link to your LinkedIn profile");
 * Canal (Alibaba's CDC tool among big-data tools; HN: Canal Digital), MVC (a design pattern beside MVVM; English MVC,
 * 118 HN postings, is left to an HN round), Kratos (the Go framework; English: a god, a product name), Volatility (the
 * memory-forensics tool; English: market volatility), Medusa (a smart-contract fuzzer; HN: the Medusa e-commerce
 * framework), Waffle (the contract-testing framework; English: food), Anchor (Solana's framework; HN: "an anchor
 * partner"), Alchemy (the node provider; HN: "SQL Alchemy"). Folded lower-case, as the scanner's patterns.
 */
export const ZH_LATIN_ONLY: ReadonlySet<string> = new Set([
  'fabric',
  'sol',
  'elastic',
  'word',
  'premier',
  'vwap',
  'twap',
  'instagram',
  'tiktok',
  'linkedin',
  'canal',
  'mvc',
  'kratos',
  'volatility',
  'medusa',
  'waffle',
  'anchor',
  'alchemy',
]);
