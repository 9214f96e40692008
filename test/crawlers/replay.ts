/** The shared HN corpus (../shared, never copied) replayed as threads for the Algolia fake. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FakeThread } from './helpers.ts';

export const corpusDir = path.resolve(import.meta.dirname, '../../../shared/data/postings/hn_whoishiring');
export const hasCorpus = existsSync(path.join(corpusDir, 'threads.csv'));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Threads newest first, each with its postings as top-level comments (text re-encoded as HN HTML). */
export function loadCorpusThreads(): FakeThread[] {
  const threads = new Map<string, FakeThread>();
  const lines = readFileSync(path.join(corpusDir, 'threads.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  for (const line of lines) {
    const m = /^(\d{4}-\d{2}),(\d+),(.*),([^,]*),(\d+)$/.exec(line);
    if (!m) continue;
    const [, month, id, title, created] = m;
    threads.set(id!, {
      id: Number(id),
      title: title!.replace(/^"|"$/g, ''),
      created_at: created || `${month}-01T15:00:00.000Z`,
      comments: [],
    });
  }
  for (const f of readdirSync(corpusDir)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort())
    for (const l of gunzipSync(readFileSync(path.join(corpusDir, f)))
      .toString('utf8')
      .split('\n')) {
      if (!l) continue;
      const r = JSON.parse(l) as { id: string; posted_at: string; text: string; thread_id: number };
      const t = threads.get(String(r.thread_id));
      if (!t) continue;
      const html = r.text.split('\n\n').map(escapeHtml).join('<p>');
      t.comments.push({
        id: Number(r.id.slice(3)),
        created_at: `${r.posted_at.slice(0, 10)}T12:00:00.000Z`,
        text: html,
      });
    }
  return [...threads.values()]
    .filter((t) => t.comments.length > 0)
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
}

export const postingIds = (threads: FakeThread[]): string[] =>
  threads.flatMap((t) => t.comments.map((c) => `hn:${c.id}`)).sort();
