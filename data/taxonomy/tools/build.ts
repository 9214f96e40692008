/**
 * Builds data/taxonomy/skills.tsv from the hand-written seed files in data/taxonomy/src/*.txt and proposes
 * crosswalks to ESCO (concept URI) and O*NET (technology commodity) by exact label matching against the
 * reference files in ../shared/data/taxonomy (read-only; nothing from them is copied except the matched ids).
 * Manual fixes go in src/crosswalk-overrides.tsv (id, esco_uri or '-', onet_code or '-').
 *
 *   npx tsx data/taxonomy/tools/build.ts [--shared DIR]
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeZhAliases } from './zh-aliases.ts';
import { extensionOf, mergeExtensions, type Extension } from './extend.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const taxDir = path.resolve(here, '..');
const repoRoot = path.resolve(taxDir, '../..');
const argShared = process.argv.indexOf('--shared');
const shared = argShared > 0 ? process.argv[argShared + 1]! : path.resolve(repoRoot, '../shared');

/** skill_type: technology | method | knowledge | transversal | language (header default, per line `st=`).
 *  type: specialized | common | certification (Lightcast-style; default specialized, `common` for transversal
 *  and spoken-language headers, per line `type=`). */
interface Seed { id: string; label: string; aliases: string[]; domain: string; category: string; type: string; kind: string; file: string; line: number; cert?: Cert }
/** A certification's extras (src/12-certifications.txt): header `| issuer=NAME`, per line `level=` and `certifies=a,b`. */
interface Cert { issuer: string; level: string; certifies: string[] }
const LEVELS = ['foundational', 'associate', 'professional', 'specialty', 'expert', 'entry', 'intermediate', 'advanced'];
const SKILL_TYPES = ['technology', 'method', 'knowledge', 'transversal', 'language'];
const TYPES = ['specialized', 'common', 'certification'];

function slug(s: string): string {
  return s.toLowerCase().replace(/\+\+/g, 'pp').replace(/#/g, 'sharp').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function readSeeds(exts: Extension[] = []): Seed[] {
  const out: Seed[] = [];
  for (const f of readdirSync(path.join(taxDir, 'src')).filter((x) => x.endsWith('.txt')).sort()) {
    let domain = '', category = '', type = '', issuer = '';
    readFileSync(path.join(taxDir, 'src', f), 'utf8').split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (!line || (line.startsWith('#') && !line.startsWith('##'))) return;
      if (line.startsWith('##')) {
        const m = /^##\s*(.+?)\s*>\s*(.+?)\s*\|\s*(\w+)\s*(?:\|\s*issuer=(.+?)\s*)?$/.exec(line);
        if (!m) throw new Error(`${f}:${i + 1}: bad header`);
        [domain, category, type, issuer] = [m[1]!, m[2]!, m[3]!, m[4] ?? ''];
        return;
      }
      const [label, aliasPart = '', opts = ''] = line.split('|').map((s) => s.trim());
      const ext = extensionOf(label ?? '', aliasPart.split(';').map((a) => a.trim()).filter(Boolean), f, i + 1);
      if (ext) return void exts.push(ext);
      if (!label || !domain) throw new Error(`${f}:${i + 1}: no label or no header before it`);
      const idm = /id=([a-z0-9-]+)/.exec(opts);
      const stm = /\bst=([a-z]+)/.exec(opts);
      const tym = /\btype=([a-z]+)/.exec(opts);
      const st = stm ? stm[1]! : type;
      if (!SKILL_TYPES.includes(st)) throw new Error(`${f}:${i + 1}: skill_type "${st}" is not one of ${SKILL_TYPES.join(', ')}`);
      const kind = tym ? tym[1]! : issuer ? 'certification' : st === 'transversal' || st === 'language' ? 'common' : 'specialized';
      if (!TYPES.includes(kind)) throw new Error(`${f}:${i + 1}: type "${kind}" is not one of ${TYPES.join(', ')}`);
      const aliases = aliasPart.split(';').map((a) => a.trim()).filter(Boolean);
      const lvm = /\blevel=([a-z]+)/.exec(opts);
      if (lvm && !LEVELS.includes(lvm[1]!)) throw new Error(`${f}:${i + 1}: level "${lvm[1]}" is not one of ${LEVELS.join(', ')}`);
      const cfm = /\bcertifies=([a-z0-9,-]+)/.exec(opts);
      const cert = issuer ? { issuer, level: lvm?.[1] ?? '', certifies: cfm ? cfm[1]!.split(',').filter(Boolean) : [] } : undefined;
      out.push({ id: idm ? idm[1]! : slug(label), label, aliases, domain, category, type: st, kind, file: f, line: i + 1, cert });
    });
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/[-\s]+/g, ' ').trim();

function csvRows(text: string): string[][] {
  const rows: string[][] = []; let row: string[] = []; let cell = ''; let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) { if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else q = false; } else cell += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function main(): void {
  const exts: Extension[] = [];
  const seeds = readSeeds(exts);
  console.log(`alias extensions (+id lines): ${mergeExtensions(seeds, exts)} aliases`);
  const zh = mergeZhAliases(seeds, path.join(taxDir, 'src/zh-aliases.tsv'));
  console.log(`zh-aliases.tsv: ${zh.skills} skills (${zh.latinOnly} Latin name only), ${zh.forms} Chinese forms`);
  const ids = new Map<string, Seed>();
  const aliasOwner = new Map<string, string>();
  const errors: string[] = [];
  for (const s of seeds) {
    if (ids.has(s.id)) errors.push(`${s.file}:${s.line}: duplicate id ${s.id} (also ${ids.get(s.id)!.file}:${ids.get(s.id)!.line})`);
    ids.set(s.id, s);
    const keys = new Set([norm(s.label), ...s.aliases.map((a) => norm(a.replace(/^[?=]+/, '')) + (a.includes('=') ? '\u0000' + a.replace(/^[?=]+/, '') : ''))]);
    for (const k of keys) {
      const prev = aliasOwner.get(k);
      if (prev && prev !== s.id) errors.push(`${s.file}:${s.line}: alias "${k.replace('\u0000', ' / ')}" of ${s.id} already belongs to ${prev}`);
      aliasOwner.set(k, s.id);
    }
  }
  for (const s of seeds) for (const c of s.cert?.certifies ?? []) if (!ids.has(c)) errors.push(`${s.file}:${s.line}: certifies "${c}" is not a skill id`);
  if (errors.length) { console.error(errors.join('\n')); process.exit(1); }

  // ---- crosswalk proposals ----
  const esco = new Map<string, { uri: string; pref: boolean }[]>();
  const onet = new Map<string, { code: string; title: string }>();
  if (existsSync(shared)) {
    const skillsRows = csvRows(gunzipSync(readFileSync(path.join(shared, 'data/taxonomy/esco/esco_skills_compact.csv.gz'))).toString('utf8'));
    const uriById = new Map(skillsRows.slice(1).map((r) => [r[0]!, r[1]!]));
    for (const r of csvRows(gunzipSync(readFileSync(path.join(shared, 'data/taxonomy/esco/esco_skill_labels.csv.gz'))).toString('utf8')).slice(1)) {
      const [id, label, kind] = r as [string, string, string];
      const k = norm(label.replace(/\s*\((computer programming|software|framework|database|computer science)\)\s*$/i, ''));
      const list = esco.get(k) ?? [];
      list.push({ uri: uriById.get(id)!, pref: kind === 'preferred' });
      esco.set(k, list);
    }
    const ex = csvRows(gunzipSync(readFileSync(path.join(shared, 'data/taxonomy/onet/onet_29_3_technology_examples.csv.gz'))).toString('utf8'));
    const strip = /^(microsoft|oracle|apache|ibm|amazon web services aws|amazon|google|adobe|atlassian|hashicorp|red hat|sap|salesforce|the|jetbrains|github|facebook|meta|apple|autodesk)\s+/;
    for (const r of ex.slice(1)) {
      const [example, , , , codes, titles] = r as string[];
      const code = codes!.split('|')[0]!, title = titles!.split('|')[0]!;
      for (const k of [norm(example!), norm(example!).replace(strip, '').replace(/\s+software$/, '')]) if (!onet.has(k)) onet.set(k, { code, title });
    }
  }
  const overrides = new Map<string, string[]>();
  const ovFile = path.join(taxDir, 'src/crosswalk-overrides.tsv');
  if (existsSync(ovFile)) for (const l of readFileSync(ovFile, 'utf8').split('\n')) if (l && !l.startsWith('#')) { const c = l.split('\t'); overrides.set(c[0]!, c); }

  const lines = ['id\tlabel\taliases\tdomain\tcategory\tskill_type\tesco_uri\tonet_code\tonet_title\ttype'];
  let nE = 0, nO = 0;
  for (const s of seeds) {
    const keys = [s.label, ...s.aliases.filter((a) => !a.startsWith('?') && a.replace(/^=/, '').length >= 3).map((a) => a.replace(/^=/, ''))].map(norm);
    let escoUri: string | null = null;
    for (const k of keys) {
      const c = esco.get(k);
      if (c) { escoUri = (c.find((x) => x.pref) ?? c[0]!).uri; break; }
    }
    let on: { code: string; title: string } | null = null;
    for (const k of keys) { const c = onet.get(k); if (c) { on = c; break; } }
    const ov = overrides.get(s.id);
    if (ov) { escoUri = ov[1] === '-' ? null : ov[1] || escoUri; if (ov[2] === '-') on = null; else if (ov[2]) on = { code: ov[2], title: ov[3] ?? '' }; }
    if (escoUri) nE++; if (on) nO++;
    const aliases = s.aliases.filter((a) => a.replace(/^[?=]+/, '') !== '');
    lines.push([s.id, s.label, aliases.join(';'), s.domain, s.category, s.type, escoUri ?? '', on?.code ?? '', on?.title ?? '', s.kind].join('\t'));
  }
  writeFileSync(path.join(taxDir, 'skills.tsv'), lines.join('\n') + '\n');
  const certs = seeds.filter((s) => s.cert).map((s) => [s.id, s.cert!.issuer, s.cert!.level, s.cert!.certifies.join(',')].join('\t'));
  writeFileSync(path.join(taxDir, 'certifications.tsv'), ['id\tissuer\tlevel\tcertifies', ...certs].join('\n') + '\n');
  console.log(`skills: ${seeds.length}, with ESCO uri: ${nE}, with O*NET commodity: ${nO}; certifications: ${certs.length}`);
}

main();
