/** Numeric methods of skillpulse: pure functions on arrays (no DuckDB, no I/O). */
export * from './types.ts';
export { addPeriods, periodIndex, periodsBetween, periodSpan } from './period.ts';
export * from './window.ts';
export { pooledSmooth } from './smooth.ts';
export { trendLine, isolatedStart, type TrendLine, type LinePoint } from './line.ts';
export { halfLifeCurve, type HalfLifeCurve, type CurvePoint } from './curve.ts';
export {
  smoothedShares,
  trendMeasures,
  twoProportionZ,
  movers,
  type TrendMeasures,
  type MoversOptions,
} from './trend.ts';
export {
  forecastShares,
  backtestSummary,
  type ForecastOptions,
  type ForecastResult,
  type ForecastPoint,
  type BacktestSummary,
} from './forecast.ts';
export { findPeak, adaptiveWindow, type Peak } from './peak.ts';
export {
  estimateHalfLife,
  HALF_LIFE_METHOD,
  type HalfLifeOptions,
  type HalfLifeResult,
  type HalfLifeStatus,
} from './halflife.ts';
export { demandScores, softRanks, type DemandInput, type DemandScore, type DemandOptions } from './demand.ts';
export {
  pairStats,
  pairTable,
  employerPairTable,
  type PairStats,
  type PairRow,
  type EmployerPair,
  type EmployerPairRow,
} from './adjacency.ts';
export { fitLogLinear, type LogLinearFit } from './glm.ts';
export { createRng, type Rng } from './rng.ts';
export {
  skillSetHalfLife,
  type SkillYearCount,
  type YearTotal,
  type SkillSetOptions,
  type SkillSetResult,
} from './skillset.ts';
export { recommend, type RecommendData, type Recommendation } from './recommend.ts';
export {
  kaplanMeier,
  kmMedian,
  zFor,
  SurvivalInputError,
  type Lifetime,
  type KmStep,
  type MedianEstimate,
} from './survival.ts';
