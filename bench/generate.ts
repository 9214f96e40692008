/**
 * Deterministic posting generators for benchmarks:
 * - `generatePostings`: short synthetic HN-style postings (`Company | Role | Place | REMOTE | Full-time`, skill
 *   mentions from a fixed list), ~300 characters;
 * - with `texts` (real HN postings, `loadHnTexts`): each posting is a real text (~1,070 characters) with its
 *   first `|` field replaced by a generated company, so a corpus of any size has real wording, real length and
 *   templated near-duplicates (the same base text under another company in the same month).
 */
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { corpusRecords } from './corpus-files.ts';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const skills = [
  'Python',
  'TypeScript',
  'React',
  'Go',
  'Rust',
  'Kubernetes',
  'AWS',
  'PostgreSQL',
  'Docker',
  'Node.js',
  'Java',
  'C++',
  'Terraform',
  'GraphQL',
  'Kafka',
  'Spark',
  'jQuery',
  'Ruby on Rails',
  'PHP',
  'Scala',
  'Elasticsearch',
  'Redis',
  'GCP',
  'Azure',
  'Vue.js',
  'Angular',
  'Swift',
  'Kotlin',
  'LLMs',
  'PyTorch',
  'TensorFlow',
  'Django',
  'Flask',
  'MongoDB',
  'Snowflake',
  'dbt',
  'Airflow',
  'C#',
  '.NET',
  'Elixir',
];
const roles = [
  'Senior Software Engineer',
  'Backend Engineer',
  'Frontend Engineer',
  'Data Engineer',
  'ML Engineer',
  'SRE',
  'Product Designer',
  'Engineering Manager',
  'Full Stack Engineer',
  'Security Engineer',
];
const places = [
  'San Francisco, CA',
  'New York, NY',
  'London, UK',
  'Berlin, Germany',
  'Remote (US)',
  'Toronto, Canada',
  'Amsterdam',
  'Remote',
];
const fillers = [
  'We are a small team building tools that help companies understand their data.',
  'You will work closely with product and design to ship features every week.',
  'We offer competitive salary, equity, health insurance and a generous learning budget.',
  'Our stack is modern and we care about testing, code review and documentation.',
  'Experience with distributed systems and high-traffic services is a plus.',
];

export interface GenOptions {
  n: number;
  seed?: number;
  /** First month (YYYY-MM) and number of months to spread postings over. */
  start?: string;
  months?: number;
  source?: string;
  idPrefix?: string;
  /** Real posting texts to build from (loadHnTexts); without them, short synthetic postings. */
  texts?: readonly string[];
}

/** The HN "Who is hiring" corpus (../shared/data/postings/hn_whoishiring), or null when it is absent. */
export const HN_DIR = path.resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'postings', 'hn_whoishiring');

/** Texts of the real HN postings (non-empty, deduplicated, in file order); null when the folder is absent. */
export function loadHnTexts(dir = HN_DIR): string[] | null {
  if (!existsSync(dir)) return null;
  const seen = new Set<string>();
  for (const r of corpusRecords(dir)) if (r.text && r.text.length >= 40) seen.add(r.text);
  return [...seen];
}

/** A real text under another company: its first `|` field (the company on HN) replaced, else a prefix line. */
function retitle(text: string, company: string): string {
  const bar = text.indexOf('|');
  const eol = text.indexOf('\n');
  if (bar > 0 && (eol < 0 || bar < eol)) return `${company} ${text.slice(bar)}`;
  return `${company}\n${text}`;
}

export function* generatePostings(o: GenOptions): Generator<Record<string, string>> {
  const rand = rng(o.seed ?? 1);
  const [y0, m0] = (o.start ?? '2018-01').split('-').map(Number) as [number, number];
  const months = o.months ?? 96;
  for (let i = 0; i < o.n; i++) {
    const k = Math.floor(rand() * months);
    const y = y0 + Math.floor((m0 - 1 + k) / 12);
    const m = ((m0 - 1 + k) % 12) + 1;
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const company = `Company${Math.floor(rand() * 5000)}`;
    if (o.texts?.length) {
      const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
      const base = o.texts[Math.floor(rand() * o.texts.length)]!;
      yield {
        id: `${o.idPrefix ?? 'gen:'}${i}`,
        source: o.source ?? 'generated',
        posted_at: `${month}-${day}`,
        month,
        text: retitle(base, `Company${Math.floor(rand() * 50_000)}`),
      };
      continue;
    }
    const chosen: string[] = [];
    const nSkills = 2 + Math.floor(rand() * 6);
    for (let j = 0; j < nSkills; j++) chosen.push(skills[Math.floor(rand() * skills.length)]!);
    const text = [
      `${company} | ${roles[Math.floor(rand() * roles.length)]} | ${places[Math.floor(rand() * places.length)]} | ${rand() < 0.4 ? 'REMOTE' : 'ONSITE'} | Full-time`,
      '',
      fillers[Math.floor(rand() * fillers.length)],
      `We use ${chosen.join(', ')}.`,
      fillers[Math.floor(rand() * fillers.length)],
      `Apply at jobs@${company.toLowerCase()}.example.com`,
    ].join('\n');
    yield {
      id: `${o.idPrefix ?? 'gen:'}${i}`,
      source: o.source ?? 'generated',
      posted_at: `${month}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
      month,
      text,
    };
  }
}

/** Writes generated postings as JSONL; returns the path. */
export async function writeJsonl(file: string, o: GenOptions): Promise<string> {
  const out = createWriteStream(file);
  let buf = '';
  for (const p of generatePostings(o)) {
    buf += JSON.stringify(p) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'close');
  return file;
}
