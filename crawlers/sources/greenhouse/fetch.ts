/** Greenhouse as an ATS kind: URL per board and the pure parser; crawling is shared (../ats/crawl.ts). */
import type { AtsKind } from '../ats/crawl.ts';
import { greenhouseSource, greenhouseUrl, parseGreenhouse } from './parse.ts';

export const greenhouseKind: AtsKind = { type: 'greenhouse', source: greenhouseSource, url: greenhouseUrl, parse: parseGreenhouse };
