/**
 * The board-like source types (one listing per board, crawled by ../sources/ats/crawl.ts): for each, how its
 * config entry names its boards and how a board becomes requests and postings. `hn` and `jsonld` have
 * crawlers of their own.
 */
import type { SourceConfig } from '../../config/index.ts';
import type { AtsKind, BoardOptions } from './ats/crawl.ts';
import { greenhouseSource, greenhouseUrl, parseGreenhouse } from './greenhouse/parse.ts';
import { leverSource, leverUrl, parseLever } from './lever/parse.ts';
import { ashbySource, ashbyUrl, parseAshby } from './ashby/parse.ts';
import { parseWorkable, workableSource, workableUrl } from './workable/parse.ts';
import { parseRecruitee, recruiteeSource, recruiteeUrl } from './recruitee/parse.ts';
import {
  parseSmartRecruitersList,
  parseSmartRecruitersPosting,
  smartrecruitersSource,
  smartrecruitersUrl,
} from './smartrecruiters/parse.ts';
import { parseRemotive, remotiveSource, remotiveUrl } from './remotive/parse.ts';
import { ARBEITNOW_SOURCE, arbeitnowUrl, parseArbeitnow } from './arbeitnow/parse.ts';

export type BoardSourceConfig = Exclude<SourceConfig, { type: 'hn' } | { type: 'jsonld' }>;
export type BoardType = BoardSourceConfig['type'];

export interface BoardSourceType {
  kind: AtsKind;
  /** The config field listing the boards (`boards`, `companies`, `accounts`), or null for a single feed. */
  field: 'boards' | 'companies' | 'accounts' | 'categories' | null;
  boards(src: BoardSourceConfig): string[];
  options(src: BoardSourceConfig): BoardOptions;
}

const list = (src: BoardSourceConfig, field: string): string[] =>
  ((src as Record<string, unknown>)[field] as string[] | undefined) ?? [];
const none = (): BoardOptions => ({});

export const boardTypes: Record<BoardType, BoardSourceType> = {
  greenhouse: {
    kind: { type: 'greenhouse', source: greenhouseSource, url: greenhouseUrl, parse: parseGreenhouse },
    field: 'boards',
    boards: (s) => list(s, 'boards'),
    options: none,
  },
  lever: {
    kind: { type: 'lever', source: leverSource, url: leverUrl, parse: parseLever },
    field: 'companies',
    boards: (s) => list(s, 'companies'),
    options: none,
  },
  ashby: {
    kind: { type: 'ashby', source: ashbySource, url: ashbyUrl, parse: parseAshby },
    field: 'boards',
    boards: (s) => list(s, 'boards'),
    options: none,
  },
  workable: {
    kind: { type: 'workable', source: workableSource, url: workableUrl, parse: parseWorkable },
    field: 'accounts',
    boards: (s) => list(s, 'accounts'),
    options: none,
  },
  recruitee: {
    kind: { type: 'recruitee', source: recruiteeSource, url: recruiteeUrl, parse: parseRecruitee },
    field: 'companies',
    boards: (s) => list(s, 'companies'),
    options: none,
  },
  smartrecruiters: {
    kind: {
      type: 'smartrecruiters',
      source: smartrecruitersSource,
      url: (base, c) => smartrecruitersUrl(base, c),
      parse: parseSmartRecruitersList,
      parseDetail: parseSmartRecruitersPosting,
    },
    field: 'companies',
    boards: (s) => list(s, 'companies'),
    options: (s) => ({ maxPages: (s as { maxPages: number }).maxPages }),
  },
  remotive: {
    kind: { type: 'remotive', source: remotiveSource, url: remotiveUrl, parse: parseRemotive },
    field: 'categories',
    boards: (s) => (list(s, 'categories').length ? list(s, 'categories') : ['']),
    options: (s) => ({ minIntervalHours: (s as { minIntervalHours: number }).minIntervalHours }),
  },
  arbeitnow: {
    kind: {
      type: 'arbeitnow',
      source: () => ARBEITNOW_SOURCE,
      url: (base) => arbeitnowUrl(base, 1),
      parse: (body, _board, url) => parseArbeitnow(body, url.replace(/[?&]page=\d+$/, '')),
    },
    field: null,
    boards: () => [''],
    options: (s) => ({
      maxPages: (s as { maxPages: number }).maxPages,
      minIntervalHours: (s as { minIntervalHours: number }).minIntervalHours,
    }),
  },
};

export const isBoardSource = (src: SourceConfig): src is BoardSourceConfig => src.type in boardTypes;
