/**
 * The API's response types, for clients in this repository (the dashboard imports them with `import type`, so
 * no server code reaches its bundle). Each is inferred from the zod schema its route validates and documents.
 */
export type { Health } from './routes/health.ts';
export type { Meta, Source } from './routes/meta.ts';
export type { SkillItem, SkillDetail } from './routes/skills.ts';
export type { Trend, TrendPoint, ForecastPoint } from './routes/trend.ts';
export type { HalfLife, RelatedSkill } from './routes/skill-stats.ts';
export type { TimeToFill } from './routes/time-to-fill.ts';
export type { DemandScore, DemandScorePage } from './routes/demand-scores.ts';
export type { Mover, Movers } from './routes/movers.ts';
export type { Category, Categories } from './routes/categories.ts';
export type { Recommendation, Recommendations } from './routes/recommendations.ts';
export type { EvidencePage, EvidencePosting } from './routes/evidence.ts';
export type { JobStatusBody as JobStatus } from './routes/status.ts';
export type { FoundSkill, GapAnalysis } from './routes/gap-analysis.ts';
export type { CredentialDesign } from './routes/credentials.ts';

import type { Categories } from './routes/categories.ts';
import type { HalfLife } from './routes/skill-stats.ts';

export type HalfLifeStatus = HalfLife['status'];
/** A category row with the kind of its list (the dashboard keeps rows of both lists apart). */
export type CategoryHalfLife = Categories['items'][number] & { kind: Categories['kind'] };

/** A paged list (`page()` in api/schemas.ts). */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
