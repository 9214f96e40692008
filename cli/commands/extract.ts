import { createInterface } from 'node:readline';
import type { Command } from '../command.ts';
import type { Match, Matcher } from '../../pipeline/extract/index.ts';

const skillOut = (m: Match) => ({
  id: m.id,
  label: m.label,
  surface: m.surface,
  start: m.start,
  end: m.end,
  zone: m.zone,
  rule: m.rule,
  why: m.why,
});

/**
 * The one place that builds an output line of `skillpulse extract` (add further fields of a posting here):
 * {"id", "language" (ISO 639-1, pipeline/normalize/language.ts), "skills": [{id,label,surface,start,end,zone,rule,why}],
 * "location": {countries, remote}} and, with explain, "dropped" (same shape, `why` = the reason it was dropped) and
 * "zones" ([{start,end,zone,by}]).
 */
export function outputLine(
  id: string | number,
  text: string,
  matcher: Matcher,
  opts: { explain?: boolean; locate?: Locate; pay?: (text: string) => Record<string, unknown> } = {},
): Record<string, unknown> {
  const where = opts.locate ? { location: pick(opts.locate(text)) } : {};
  const pay = opts.pay?.(text) ?? {}; // "pay", "seniority", "language" (pipeline/normalize/posting-pay.ts, loaded lazily)
  if (!opts.explain) return { id, skills: matcher.extract(text).map(skillOut), ...where, ...pay };
  const e = matcher.explain(text);
  return { id, skills: e.kept.map(skillOut), ...where, ...pay, dropped: e.dropped.map(skillOut), zones: e.segments };
}

/** pipeline/normalize/location.ts parseLocation (loaded lazily by the command): {"countries", "remote"} of a posting. */
type Locate = (text: string) => { countries: string[]; remote: string };
const pick = (l: { countries: string[]; remote: string }) => ({ countries: l.countries, remote: l.remote });

/** The normalisation functions a line needs (pipeline/normalize, loaded lazily by the command). */
export interface LineModules {
  extractCore: typeof import('../../pipeline/normalize/posting-pay.ts').extractCore;
  extractPayFields: typeof import('../../pipeline/normalize/posting-pay.ts').extractPayFields;
  parseLocation: typeof import('../../pipeline/normalize/location.ts').parseLocation;
}
/**
 * The location and pay steps of one line's outputLine, sharing one extractCore of the text (plain text and
 * header computed once per line, not once per step).
 */
export function lineSteps(m: LineModules) {
  return (text: string) => {
    const core = m.extractCore(text);
    return {
      locate: (t: string) => m.parseLocation(t, t === text ? core : undefined),
      pay: (t: string) => m.extractPayFields(t, null, t === text ? core : undefined),
    };
  };
}

/** stdin JSONL {"id","text"} -> stdout JSONL (outputLine); no database. */
export const extractCommand: Command = {
  name: 'extract',
  usage: 'extract [--taxonomy FILE] [--explain]',
  summary: 'stdin JSONL {id,text} -> stdout JSONL of matched skills (no database)',
  description: [
    'Reads JSON lines {"id": ..., "text": "..."} on stdin and writes one line per input:',
    '{"id": ..., "language": "en", "skills": [{"id","label","surface","start","end","zone","rule","why"}]} (start/end: UTF-16 offsets into text;',
    'zone: the part of the posting the match sits in; rule: how the surface matched; why: the decision that kept it).',
    '--explain adds "dropped" (candidates the decision dropped, each with its why) and "zones" (the zoned segments).',
    'Each line also has "pay": [{"min","max","currency","period"}] (advertised ranges), "seniority" and "language" (docs/pay.md).',
    'A bad line is reported on stderr with its line number and skipped; the exit code is then 2.',
  ].join('\n'),
  options: {
    taxonomy: {
      type: 'string',
      arg: 'FILE',
      help: 'taxonomy TSV (default data/taxonomy/skills.tsv + imported overlays)',
    },
    explain: { type: 'boolean', help: 'also list dropped candidates with the reason, and the zones' },
  },
  async run(ctx, args) {
    const file = args.values.taxonomy as string | undefined;
    const { createMatcher, loadTaxonomy } = await import('../../pipeline/extract/index.ts');
    const { extractCore, extractPayFields } = await import('../../pipeline/normalize/posting-pay.ts');
    const { parseLocation } = await import('../../pipeline/normalize/location.ts');
    const steps = lineSteps({ extractCore, extractPayFields, parseLocation });
    const matcher = createMatcher(loadTaxonomy(file));
    const input = (ctx as { stdin?: NodeJS.ReadableStream }).stdin ?? process.stdin;
    const rl = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0,
      bad = 0;
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
        bad++;
        ctx.stderr.write(`skillpulse extract: stdin line ${lineNo}: expected a JSON object\n`);
        continue;
      }
      if (typeof r.id !== 'string' && typeof r.id !== 'number') {
        bad++;
        ctx.stderr.write(`skillpulse extract: stdin line ${lineNo}: field "id" must be a string or number\n`);
        continue;
      }
      if (typeof r.text !== 'string') {
        bad++;
        ctx.stderr.write(`skillpulse extract: stdin line ${lineNo}: field "text" must be a string\n`);
        continue;
      }
      buf.push(
        JSON.stringify(outputLine(r.id, r.text, matcher, { explain: args.values.explain === true, ...steps(r.text) })) +
          '\n',
      );
      if (buf.length >= 256) await flush();
    }
    await flush();
    if (bad > 0) ctx.stderr.write(`skillpulse extract: ${bad} bad line(s) of ${lineNo}\n`);
    return bad > 0 ? 2 : 0;
  },
};
