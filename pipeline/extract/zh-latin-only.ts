/**
 * More Latin aliases read in Chinese postings only (zh-only.ts tells why some names are), from the zh-latin round
 * (data/taxonomy/src/16-zh-latin.txt): names a Chinese posting lists as a technology while English text uses the word
 * otherwise. Fabric (Hyperledger Fabric among chains; English: fabric, Microsoft Fabric), SOL (Solana among chains;
 * English: "SOL" as out of luck or a coin ticker), Elastic (the Elastic stack among SIEM tools; English: the adjective),
 * Word (Microsoft Word beside Excel; English: the noun), Premier (Premiere among editing tools; English: the adjective),
 * P2P (peer-to-peer networks among protocol asks; English: P2P payments and lending), VWAP and TWAP (execution
 * algorithms; English: "TWAP pricing" in company prose); the social platforms Instagram, TikTok and LinkedIn
 * (channels a Chinese growth posting runs; English: employers and products, "ex-Instagram"); Canal (Alibaba's CDC tool
 * among big-data tools; English: a waterway, Canal Digital), MVC (a design pattern beside MVVM; HN's MVC is a framework
 * family, "ASP.NET MVC", "MVC-style frameworks"), Kratos (the Go framework; English: a god, a product name), Volatility
 * (the memory-forensics tool; English: market volatility). Folded lower-case, as the scanner's patterns.
 */
export const ZH_LATIN_ONLY: ReadonlySet<string> = new Set([
  'fabric',
  'sol',
  'elastic',
  'word',
  'premier',
  'p2p',
  'vwap',
  'twap',
  'instagram',
  'tiktok',
  'linkedin',
  'canal',
  'mvc',
  'kratos',
  'volatility',
]);
