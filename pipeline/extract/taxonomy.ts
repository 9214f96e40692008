/**
 * The skill taxonomy: loads data/taxonomy/skills.tsv (the project's own, committed) plus any overlays
 * written by `skillpulse taxonomy import` (JSONL files in <taxonomy dir>/imported/ or given explicitly).
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../workspace/root.ts';
import { TaxonomyError } from './errors.ts';

export interface Skill {
  id: string;
  label: string;
  aliases: string[];
  domain: string;
  category: string;
  /** From the domain down to the skill: ['Software', 'Frontend frameworks', 'React']. */
  category_path: string[];
  esco_uri: string | null;
  onet_code: string | null;
  onet_title: string | null;
  /** 'technology' | 'method' | 'transversal' | 'language' | 'knowledge' */
  skill_type: string;
  /** Lightcast-style type: 'specialized' | 'common' (transversal) | 'certification' */
  type: SkillTypeName;
}

export const SKILL_TYPES = ['specialized', 'common', 'certification'] as const;
export type SkillTypeName = (typeof SKILL_TYPES)[number];
const typeOf = (raw: string, skillType: string): SkillTypeName =>
  (SKILL_TYPES as readonly string[]).includes(raw)
    ? (raw as SkillTypeName)
    : skillType === 'transversal' || skillType === 'language'
      ? 'common'
      : 'specialized';

/** How one surface form is matched: case-sensitive or not, with or without a context rule. */
export interface AliasSpec {
  text: string;
  caseSensitive: boolean;
  needsContext: boolean;
}

export interface Taxonomy {
  version: string;
  skills: Skill[];
  byId: Map<string, Skill>;
  /** Matching specs per skill id (label included unless overridden). */
  specs: Map<string, AliasSpec[]>;
}

/** One overlay record (JSONL). With `link_to`, adds labels/crosswalk ids to an existing skill. */
export interface OverlayRecord {
  id: string;
  label: string;
  aliases?: string[];
  domain?: string;
  category?: string;
  skill_type?: string;
  type?: string;
  esco_uri?: string | null;
  onet_code?: string | null;
  onet_title?: string | null;
  link_to?: string;
}

export const defaultTaxonomyDir = path.join(projectRoot(), 'data', 'taxonomy');
export const defaultTaxonomyFile = path.join(defaultTaxonomyDir, 'skills.tsv');

/** Parses a seed alias: prefix `?` = needs context, `=` = case-sensitive. */
export function parseAlias(raw: string): AliasSpec {
  let s = raw.trim();
  let needsContext = false,
    caseSensitive = false;
  while (s.startsWith('?') || s.startsWith('=')) {
    if (s[0] === '?') needsContext = true;
    else caseSensitive = true;
    s = s.slice(1);
  }
  return { text: s, caseSensitive, needsContext };
}

function buildSpecs(label: string, rawAliases: string[]): AliasSpec[] {
  const specs = rawAliases.map(parseAlias).filter((a) => a.text.length > 0);
  const lower = label.toLowerCase();
  if (!specs.some((a) => a.text.toLowerCase() === lower))
    specs.unshift({ text: label, caseSensitive: false, needsContext: false });
  // role nouns also match in the plural: "data scientists", "product managers", "solutions architects"
  for (const a of [...specs]) {
    if (
      !a.needsContext &&
      !a.caseSensitive &&
      /\s\S*(?:er|ist|or|ect|ian)$/i.test(a.text) &&
      !specs.some((b) => b.text === a.text + 's')
    )
      specs.push({ text: a.text + 's', caseSensitive: false, needsContext: false });
  }
  return specs;
}

export interface LoadOptions {
  /** Overlay JSONL files; default: every *.jsonl in `<dir of file>/imported/`. Pass [] for none. */
  overlays?: string[];
}

export function loadTaxonomy(file: string = defaultTaxonomyFile, options: LoadOptions = {}): Taxonomy {
  if (!existsSync(file)) throw new TaxonomyError(`taxonomy file not found: ${file}`, file);
  const dir = path.dirname(file);
  const versionFile = path.join(dir, 'VERSION');
  let version = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : 'unversioned';
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const need = ['id', 'label', 'aliases', 'domain', 'category', 'skill_type', 'esco_uri', 'onet_code', 'onet_title'];
  const col = Object.fromEntries(need.map((n) => [n, header.indexOf(n)]));
  for (const n of need) if (col[n]! < 0) throw new TaxonomyError(`${file}:1: missing column "${n}"`, file, 1);
  const skills: Skill[] = [];
  const byId = new Map<string, Skill>();
  const specs = new Map<string, AliasSpec[]>();
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const c = lines[i]!.split('\t');
    const get = (n: string) => (c[col[n]!] ?? '').trim();
    const typeCol = header.indexOf('type');
    const rawType = typeCol >= 0 ? (c[typeCol] ?? '').trim() : '';
    if (rawType && !(SKILL_TYPES as readonly string[]).includes(rawType))
      throw new TaxonomyError(
        `${file}:${i + 1}: type "${rawType}" is not one of ${SKILL_TYPES.join(', ')}`,
        file,
        i + 1,
      );
    const id = get('id'),
      label = get('label');
    if (!id || !label) throw new TaxonomyError(`${file}:${i + 1}: empty id or label`, file, i + 1);
    if (byId.has(id)) throw new TaxonomyError(`${file}:${i + 1}: duplicate id "${id}"`, file, i + 1);
    const raw = get('aliases') ? get('aliases').split(';') : [];
    const sp = buildSpecs(label, raw);
    const skill: Skill = {
      id,
      label,
      domain: get('domain'),
      category: get('category'),
      aliases: [...new Set(sp.map((a) => a.text).filter((t) => t !== label))],
      category_path: [get('domain'), get('category'), label],
      esco_uri: get('esco_uri') || null,
      onet_code: get('onet_code') || null,
      onet_title: get('onet_title') || null,
      skill_type: get('skill_type') || 'technology',
      type: typeOf(rawType, get('skill_type') || 'technology'),
    };
    skills.push(skill);
    byId.set(id, skill);
    specs.set(id, sp);
  }
  const importedDir = path.join(dir, 'imported');
  const overlays =
    options.overlays ??
    (existsSync(importedDir)
      ? readdirSync(importedDir)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => path.join(importedDir, f))
      : []);
  for (const ov of overlays) {
    version += `+${path.basename(ov, '.jsonl')}`;
    applyOverlay(ov, skills, byId, specs);
  }
  return { version, skills, byId, specs };
}

function applyOverlay(file: string, skills: Skill[], byId: Map<string, Skill>, specs: Map<string, AliasSpec[]>): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let r: OverlayRecord;
    try {
      r = JSON.parse(line) as OverlayRecord;
    } catch {
      throw new TaxonomyError(`${file}:${i + 1}: not JSON`, file, i + 1);
    }
    if (r.link_to) {
      const s = byId.get(r.link_to);
      if (!s) throw new TaxonomyError(`${file}:${i + 1}: link_to "${r.link_to}" is not a skill id`, file, i + 1);
      s.esco_uri ??= r.esco_uri ?? null;
      if (!s.onet_code && r.onet_code) {
        s.onet_code = r.onet_code;
        s.onet_title = r.onet_title ?? null;
      }
      return;
    }
    if (!r.id || !r.label) throw new TaxonomyError(`${file}:${i + 1}: needs "id" and "label"`, file, i + 1);
    if (byId.has(r.id)) return;
    const sp = buildSpecs(r.label, r.aliases ?? []);
    const domain = r.domain ?? 'Imported',
      category = r.category ?? 'Imported';
    const skill: Skill = {
      id: r.id,
      label: r.label,
      aliases: sp.map((a) => a.text).filter((t) => t !== r.label),
      domain,
      category,
      category_path: [domain, category, r.label],
      esco_uri: r.esco_uri ?? null,
      onet_code: r.onet_code ?? null,
      onet_title: r.onet_title ?? null,
      skill_type: r.skill_type ?? 'knowledge',
      type: typeOf(r.type ?? '', r.skill_type ?? 'knowledge'),
    };
    skills.push(skill);
    byId.set(r.id, skill);
    specs.set(r.id, sp);
  });
}

/** Finds a skill by id, label or alias, case-insensitively (ids win, then labels, then aliases). */
export function resolveSkill(taxonomy: Taxonomy, idOrLabel: string): Skill | undefined {
  const q = idOrLabel.trim().toLowerCase();
  if (!q) return undefined;
  const direct = taxonomy.byId.get(q);
  if (direct) return direct;
  let index = lookupCache.get(taxonomy);
  if (!index) {
    index = new Map();
    for (const s of taxonomy.skills) if (!index.has(s.label.toLowerCase())) index.set(s.label.toLowerCase(), s);
    for (const s of taxonomy.skills)
      for (const a of s.aliases) if (!index.has(a.toLowerCase())) index.set(a.toLowerCase(), s);
    lookupCache.set(taxonomy, index);
  }
  return index.get(q);
}
const lookupCache = new WeakMap<Taxonomy, Map<string, Skill>>();
