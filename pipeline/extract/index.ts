/** Public face of the extraction room: taxonomy loading, lookup and the streaming matcher. */
export type { Skill, Taxonomy, AliasSpec, OverlayRecord, LoadOptions } from './taxonomy.ts';
export { SKILL_TYPES } from './taxonomy.ts';
export type { SkillTypeName } from './taxonomy.ts';
export { loadTaxonomy, resolveSkill, parseAlias, defaultTaxonomyFile, defaultTaxonomyDir } from './taxonomy.ts';
export type { Match, Matcher, Dropped, Explained, StageTimes } from './matcher.ts';
export type { Zone, Segment } from './zones.ts';
export { zonePosting, segmentAt, ZONES } from './zones.ts';
export type { Kind } from './kinds.ts';
export { kindOf, KINDS } from './kinds.ts';
export { createMatcher, newStageTimes } from './matcher.ts';
export { prepare } from './prepare.ts';
export { TaxonomyError } from './errors.ts';

/** Bump when the matcher or its rules change what is extracted (the pipeline caches extraction by it). */
export const EXTRACT_VERSION = '21';
