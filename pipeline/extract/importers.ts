/**
 * `skillpulse taxonomy import esco|onet PATH`: turns the official ESCO skills CSV (skills_en.csv[.gz]) or the
 * O*NET `Technology Skills.txt[.gz]` into overlay records (see taxonomy.ts OverlayRecord). A source concept
 * whose label or alias equals an existing skill's label/alias becomes a `link_to` record (adds the crosswalk
 * id); every other concept becomes a new skill with id `esco-<slug>` / `onet-<slug>`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { OverlayRecord, Taxonomy } from './taxonomy.ts';
import { TaxonomyError } from './errors.ts';

export interface ImportResult {
  records: OverlayRecord[];
  linked: number;
  added: number;
  read: number;
}

export function readMaybeGz(file: string): string {
  const buf = readFileSync(file);
  return (buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf).toString('utf8');
}

/** RFC 4180 CSV (quoted fields may hold newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    cell = '',
    q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else q = false;
      } else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

function labelIndex(tax: Taxonomy): Map<string, string> {
  const idx = new Map<string, string>();
  for (const s of tax.skills) {
    idx.set(norm(s.label), s.id);
    for (const a of tax.specs.get(s.id) ?? []) if (!a.needsContext && a.text.length >= 2) idx.set(norm(a.text), s.id);
  }
  return idx;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base,
    n = 2;
  while (used.has(id)) id = `${base}-${n++}`;
  used.add(id);
  return id;
}

export function importEsco(file: string, tax: Taxonomy): ImportResult {
  const rows = parseCsv(readMaybeGz(file));
  const h = rows[0] ?? [];
  const col = (n: string) => {
    const i = h.indexOf(n);
    if (i < 0) throw new TaxonomyError(`${file}:1: not an ESCO skills CSV (missing column "${n}")`, file, 1);
    return i;
  };
  const [cUri, cType, cPref, cAlt, cHidden] = [
    col('conceptUri'),
    col('skillType'),
    col('preferredLabel'),
    col('altLabels'),
    col('hiddenLabels'),
  ];
  const idx = labelIndex(tax);
  const used = new Set(tax.byId.keys());
  const linkedTo = new Set<string>();
  const out: ImportResult = { records: [], linked: 0, added: 0, read: 0 };
  for (const r of rows.slice(1)) {
    if (r.length < h.length - 2 || !r[cUri]) continue;
    out.read++;
    const uri = r[cUri]!,
      pref = r[cPref]!.trim();
    const labels = [pref, ...r[cAlt]!.split('\n'), ...r[cHidden]!.split('\n')].map((x) => x.trim()).filter(Boolean);
    const keys = labels.map((l) =>
      norm(l.replace(/\s*\((?:computer programming|software|framework|database)\)$/i, '')),
    );
    const hit = keys.map((k) => idx.get(k)).find((x) => x !== undefined);
    if (hit && !linkedTo.has(hit)) {
      linkedTo.add(hit);
      out.records.push({ id: hit, label: pref, link_to: hit, esco_uri: uri });
      out.linked++;
      continue;
    }
    if (hit) continue;
    const type = r[cType] === 'knowledge' ? 'knowledge' : 'skill';
    out.records.push({
      id: uniqueId(`esco-${slug(pref)}`, used),
      label: pref,
      aliases: [...new Set(labels.slice(1).filter((l) => l.length >= 4 && l.length <= 80 && l !== pref))],
      domain: 'ESCO',
      category: type === 'knowledge' ? 'ESCO knowledge' : 'ESCO skills and competences',
      skill_type: type,
      esco_uri: uri,
      onet_code: null,
      onet_title: null,
    });
    out.added++;
  }
  return out;
}

const VENDOR =
  /^(microsoft|oracle|apache|ibm|amazon web services aws|amazon|google|adobe|atlassian|hashicorp|red hat|sap|salesforce|the|jetbrains|github|facebook|meta|apple|autodesk)\s+/;

export function importOnet(file: string, tax: Taxonomy): ImportResult {
  const lines = readMaybeGz(file).split(/\r?\n/);
  const h = (lines[0] ?? '').split('\t');
  const col = (n: string) => {
    const i = h.indexOf(n);
    if (i < 0)
      throw new TaxonomyError(`${file}:1: not an O*NET Technology Skills file (missing column "${n}")`, file, 1);
    return i;
  };
  const [cEx, cCode, cTitle] = [col('Example'), col('Commodity Code'), col('Commodity Title')];
  const idx = labelIndex(tax);
  const used = new Set(tax.byId.keys());
  const seen = new Set<string>();
  const linkedTo = new Set<string>();
  const out: ImportResult = { records: [], linked: 0, added: 0, read: 0 };
  lines.slice(1).forEach((line) => {
    if (!line.trim()) return;
    const c = line.split('\t');
    const ex = (c[cEx] ?? '').trim();
    if (!ex || seen.has(ex)) return;
    seen.add(ex);
    out.read++;
    const code = (c[cCode] ?? '').trim() || null,
      title = (c[cTitle] ?? '').trim() || null;
    const full = norm(ex),
      short = full.replace(VENDOR, '').replace(/\s+software$/, '');
    const hit = idx.get(full) ?? idx.get(short);
    if (hit) {
      if (!linkedTo.has(hit)) {
        linkedTo.add(hit);
        out.records.push({ id: hit, label: ex, link_to: hit, onet_code: code, onet_title: title });
        out.linked++;
      }
      return;
    }
    const aliases = short !== full && short.length >= 4 && !idx.has(short) ? [short] : [];
    out.records.push({
      id: uniqueId(`onet-${slug(ex)}`, used),
      label: ex,
      aliases,
      domain: 'O*NET technology',
      category: title ?? 'O*NET technology',
      skill_type: 'technology',
      esco_uri: null,
      onet_code: code,
      onet_title: title,
    });
    out.added++;
  });
  return out;
}
