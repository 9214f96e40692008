import { createInterface } from 'node:readline';
import type { Command } from '../command.ts';

/** stdin JSONL {"id","text"} -> stdout JSONL {"id","skills":[{id,label,surface,start,end,rule}]}; no database. */
export const extractCommand: Command = {
  name: 'extract',
  usage: 'extract [--taxonomy FILE]',
  summary: 'stdin JSONL {id,text} -> stdout JSONL of matched skills (no database)',
  description: [
    'Reads JSON lines {"id": ..., "text": "..."} on stdin and writes one line per input:',
    '{"id": ..., "skills": [{"id","label","surface","start","end","rule"}], "pay": [{"min","max","currency","period"}],',
    '"seniority", "language"} (start/end: UTF-16 offsets into text; pay: advertised ranges, docs/pay.md).',
    'A bad line is reported on stderr with its line number and skipped; the exit code is then 2.',
  ].join('\n'),
  options: {
    taxonomy: { type: 'string', arg: 'FILE', help: 'taxonomy TSV (default data/taxonomy/skills.tsv + imported overlays)' },
  },
  async run(ctx, args) {
    const file = args.values.taxonomy as string | undefined;
    const { createMatcher, loadTaxonomy } = await import('../../pipeline/extract/index.ts');
    const { extractPayFields } = await import('../../pipeline/normalize/posting-pay.ts');
    const matcher = createMatcher(loadTaxonomy(file));
    const input = (ctx as { stdin?: NodeJS.ReadableStream }).stdin ?? process.stdin;
    const rl = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0, bad = 0;
    let buf: string[] = [];
    const flush = async () => {
      if (buf.length === 0) return;
      const chunk = buf.join('');
      buf = [];
      if (!ctx.stdout.write(chunk)) await new Promise<void>((r) => ctx.stdout.once('drain', () => r()));
    };
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch (err) {
        bad++;
        ctx.stderr.write(`skillpulse extract: stdin line ${lineNo}: not valid JSON (${(err as Error).message})\n`);
        continue;
      }
      const r = rec as { id?: unknown; text?: unknown };
      if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
        bad++; ctx.stderr.write(`skillpulse extract: stdin line ${lineNo}: expected a JSON object\n`); continue;
      }
      if (typeof r.id !== 'string' && typeof r.id !== 'number') {
        bad++; ctx.stderr.write(`skillpulse extract: stdin line ${lineNo}: field "id" must be a string or number\n`); continue;
      }
      if (typeof r.text !== 'string') {
        bad++; ctx.stderr.write(`skillpulse extract: stdin line ${lineNo}: field "text" must be a string\n`); continue;
      }
      const skills = matcher.extract(r.text).map((m) => ({ id: m.id, label: m.label, surface: m.surface, start: m.start, end: m.end, rule: m.rule }));
      const pay = extractPayFields(r.text, typeof (r as { title?: unknown }).title === 'string' ? (r as { title: string }).title : null);
      buf.push(JSON.stringify({ id: r.id, skills, ...pay }) + '\n');
      if (buf.length >= 256) await flush();
    }
    await flush();
    if (bad > 0) ctx.stderr.write(`skillpulse extract: ${bad} bad line(s) of ${lineNo}\n`);
    return bad > 0 ? 2 : 0;
  },
};
