/**
 * ATS board URLs in free text (pure): which board a link names, as `{type, token}` with the token being the
 * board's own identifier in its URL, lower case. One pattern per URL form each ATS publishes; host names
 * and path words that are not boards (`www`, `api`, `embed`, `j`...) are excluded.
 */
import { ATS_TYPES, type AtsType } from '../../workspace/ats.ts';

export { ATS_TYPES, type AtsType };

export interface BoardRef {
  type: AtsType;
  token: string;
}

const T = '([A-Za-z0-9][A-Za-z0-9_.%-]*)';
const SUB = '([A-Za-z0-9][A-Za-z0-9-]*)';

/** Each form: a regex (global, case-insensitive) whose group 1 is the token. */
const forms: { type: AtsType; re: RegExp }[] = [
  {
    type: 'greenhouse',
    re: new RegExp(`(?:job-)?boards(?:\\.eu)?\\.greenhouse\\.io/(?:embed/job_board\\?for=)?${T}`, 'gi'),
  },
  { type: 'greenhouse', re: new RegExp(`boards-api(?:\\.eu)?\\.greenhouse\\.io/v1/boards/${T}`, 'gi') },
  {
    type: 'greenhouse',
    re: new RegExp(`greenhouse\\.io/embed/job_(?:board|app)(?:/js)?\\?(?:[^\\s"'<>]*&)?for=${T}`, 'gi'),
  },
  { type: 'lever', re: new RegExp(`jobs(?:\\.eu)?\\.lever\\.co/${T}`, 'gi') },
  { type: 'lever', re: new RegExp(`api(?:\\.eu)?\\.lever\\.co/v0/postings/${T}`, 'gi') },
  { type: 'ashby', re: new RegExp(`jobs\\.ashbyhq\\.com/${T}`, 'gi') },
  { type: 'ashby', re: new RegExp(`api\\.ashbyhq\\.com/posting-api/job-board/${T}`, 'gi') },
  { type: 'workable', re: new RegExp(`apply\\.workable\\.com/(?:api/v[0-9]/(?:widget/)?accounts/)?${T}`, 'gi') },
  { type: 'workable', re: new RegExp(`(?<![A-Za-z0-9.-])${SUB}\\.workable\\.com`, 'gi') },
  { type: 'recruitee', re: new RegExp(`(?<![A-Za-z0-9.-])${SUB}\\.recruitee\\.com`, 'gi') },
  { type: 'smartrecruiters', re: new RegExp(`(?:jobs|careers|www)\\.smartrecruiters\\.com/${T}`, 'gi') },
  { type: 'smartrecruiters', re: new RegExp(`api\\.smartrecruiters\\.com/v1/companies/${T}`, 'gi') },
  { type: 'bamboohr', re: new RegExp(`(?<![A-Za-z0-9.-])${SUB}\\.bamboohr\\.(?:com|co\\.uk)`, 'gi') },
  { type: 'personio', re: new RegExp(`(?<![A-Za-z0-9.-])${SUB}\\.jobs\\.personio\\.(?:de|com)`, 'gi') },
];

/** Path words and host labels that are part of an ATS's own site, not a company's board. */
const notBoards: Record<AtsType, Set<string>> = {
  greenhouse: new Set(['embed', 'v1', 'api', 'boards', 'job_board', 'job_app']),
  lever: new Set(['v0', 'api', 'postings', 'search']),
  ashby: new Set(['api', 'posting-api']),
  workable: new Set([
    'www',
    'apply',
    'api',
    'j',
    'resources',
    'help',
    'jobs',
    'blog',
    'careers-page',
    'app',
    'static',
    'login',
    'signup',
    'embed',
    'widget',
  ]),
  recruitee: new Set(['www', 'app', 'api', 'support', 'blog', 'careers', 'help', 'static']),
  smartrecruiters: new Set([
    'oneclick-ui',
    'api',
    'v1',
    'ni',
    'sr-jobs',
    'job',
    'jobs',
    'company',
    'companies',
    'about',
    'blog',
    'resources',
    'careers',
    'en',
    'de',
    'fr',
    'static',
    'marketplace',
    'integrations',
  ]),
  bamboohr: new Set(['www', 'app', 'api', 'help', 'marketplace', 'partners', 'blog']),
  personio: new Set(['www', 'api', 'app']),
};

/** A token as found: decoded, lower case, trailing punctuation of the sentence removed; null when not a board. */
export function cleanToken(type: AtsType, raw: string, after = ''): string | null {
  // HN shortens long link texts with "...": a token cut there is not the board's name
  if (/\.\.\.$/.test(raw) || after.startsWith('…')) return null;
  let t = raw.replace(/[._%-]+$/, '');
  try {
    t = decodeURIComponent(t);
  } catch {}
  t = t.toLowerCase().trim();
  if (!t || t.length > 100 || /\s/.test(t) || notBoards[type].has(t)) return null;
  return t;
}

/** Every board a text (or a URL) names, each once. */
export function findBoards(text: string): BoardRef[] {
  const out = new Map<string, BoardRef>();
  if (!/greenhouse|lever\.co|ashbyhq|workable|recruitee|smartrecruiters|bamboohr|personio/i.test(text)) return [];
  for (const { type, re } of forms) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index! + m[0].length;
      const token = cleanToken(type, m[1]!, text.slice(end, end + 1));
      if (token) out.set(`${type}\t${token}`, { type, token });
    }
  }
  return [...out.values()];
}
