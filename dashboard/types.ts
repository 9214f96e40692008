/** The API's response types, as the dashboard reads them: type-only re-exports of api/types.ts (no hand copy). */
export type {
  Health,
  Meta,
  Page,
  SkillItem,
  SkillDetail,
  Trend,
  TrendPoint,
  ForecastPoint,
  HalfLife,
  TimeToFill,
  RelatedSkill as RelatedItem,
  DemandScore,
  DemandScorePage,
  Mover,
  Movers,
  Source as SourceInfo,
  Recommendation,
  EvidencePage,
  EvidencePosting,
  JobStatus,
} from '../api/types.ts';
export type { CategoryHalfLife, HalfLifeStatus } from '../api/types.ts';
