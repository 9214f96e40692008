/** Lever as an ATS kind: URL per board and the pure parser; crawling is shared (../ats/crawl.ts). */
import type { AtsKind } from '../ats/crawl.ts';
import { leverSource, leverUrl, parseLever } from './parse.ts';

export const leverKind: AtsKind = { type: 'lever', source: leverSource, url: leverUrl, parse: parseLever };
