/** Ashby as an ATS kind: URL per board and the pure parser; crawling is shared (../ats/crawl.ts). */
import type { AtsKind } from '../ats/crawl.ts';
import { ashbySource, ashbyUrl, parseAshby } from './parse.ts';

export const ashbyKind: AtsKind = { type: 'ashby', source: ashbySource, url: ashbyUrl, parse: parseAshby };
