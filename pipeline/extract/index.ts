/** Public face of the extraction room: taxonomy loading, lookup and the streaming matcher. */
export type { Skill, Taxonomy, AliasSpec, OverlayRecord, LoadOptions } from './taxonomy.ts';
export { loadTaxonomy, resolveSkill, parseAlias, defaultTaxonomyFile, defaultTaxonomyDir } from './taxonomy.ts';
export type { Match, Matcher } from './matcher.ts';
export { createMatcher } from './matcher.ts';
export { prepare } from './prepare.ts';
export { TaxonomyError } from './errors.ts';

/** Bump when the matcher or its rules change what is extracted (the pipeline caches extraction by it). */
export const EXTRACT_VERSION = '3-cjk';
