/** Every table declared in TypeScript under pipeline/sql (the SQL models declare the rest themselves). */
import { tableDoc, type TableSpec } from './table.ts';
import { srcEvents, srcRaw } from './00_sources/src_raw.ts';
import { srcTaxonomy, srcTaxonomyLoad } from './00_sources/src_taxonomy.ts';
import { cacheDedup, cacheDedupMonths } from './20_intermediate/cache_dedup.ts';
import { enrichNew, enrichTodo, intEnrichment } from './20_intermediate/int_enrichment.ts';
import { fctSkillTrends } from './30_marts/fct_skill_trends.ts';
import { fctForecasts } from './30_marts/fct_forecasts.ts';
import { fctHalfLife } from './30_marts/fct_half_life.ts';
import { fctMovers } from './30_marts/fct_movers.ts';
import { fctDemandScores } from './30_marts/fct_demand_scores.ts';
import { fctSkillPairs } from './30_marts/fct_skill_pairs.ts';
import { fctCategoryHalfLife } from './30_marts/fct_category_half_life.ts';
import { metaBuild } from './30_marts/meta_build.ts';
import { metaSourceMonths } from './30_marts/meta_source_months.ts';
import { metaMonthFingerprints } from './30_marts/meta_month_fingerprints.ts';
import { carryPostings } from './20_intermediate/carry_postings.ts';
import { linesPeriods, linesSlices } from './30_marts/lines_scratch.ts';
import { fctTrendLines } from './30_marts/fct_trend_lines.ts';
import { fctSkillTimeToFill } from './30_marts/fct_skill_time_to_fill.ts';
import { payTodo } from './20_intermediate/pay_todo.ts';
import { payExtra } from './20_intermediate/pay_extra.ts';
import { payCached } from './20_intermediate/pay_cached.ts';
import { enrichCacheDrop } from './20_intermediate/enrich_cache_drop.ts';
import { fctPostingPay } from './30_marts/fct_posting_pay.ts';
import { fctPostingAttributes } from './30_marts/fct_posting_attributes.ts';
import { fctSkillPay } from './30_marts/fct_skill_pay.ts';
import { dimCertifications, fctCertificationMentions } from './30_marts/dim_certifications.ts';

/** The marts computed in TypeScript, in the order docs/warehouse.md lists them. */
export const declaredMarts: readonly TableSpec[] = [
  metaBuild,
  metaSourceMonths,
  metaMonthFingerprints,
  fctSkillTrends,
  fctTrendLines,
  fctForecasts,
  fctMovers,
  fctHalfLife,
  fctCategoryHalfLife,
  fctDemandScores,
  fctSkillPairs,
  fctSkillTimeToFill,
  fctPostingAttributes,
  fctPostingPay,
  fctSkillPay,
  dimCertifications,
  fctCertificationMentions,
];

/** Scratch tables of a build (TEMP, or dropped by their stage: not in the warehouse the API reads). */
export const declaredScratch: readonly TableSpec[] = [
  srcRaw,
  srcEvents,
  srcTaxonomy,
  srcTaxonomyLoad,
  intEnrichment,
  enrichNew,
  enrichTodo,
  enrichCacheDrop,
  cacheDedup,
  cacheDedupMonths,
  payTodo,
  payExtra,
  payCached,
  carryPostings,
  linesSlices,
  linesPeriods,
];

const BEGIN = '<!-- BEGIN generated from pipeline/sql (npm run docs:warehouse) -->';
const END = '<!-- END generated -->';

/** docs/warehouse.md with its generated part replaced by the declarations' sections. */
export function renderWarehouseDoc(current: string): string {
  const a = current.indexOf(BEGIN);
  const b = current.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/warehouse.md lacks the markers ${BEGIN} ... ${END}`);
  const body = declaredMarts.map((spec) => tableDoc(spec)).join('\n\n');
  return `${current.slice(0, a)}${BEGIN}\n\n${body}\n\n${current.slice(b)}`;
}
