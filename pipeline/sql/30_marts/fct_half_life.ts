/** fct_half_life: written by pipeline/stages/estimate.ts from pipeline/stats/halflife.ts (docs/half-life.md). */
import { defineTable } from '../table.ts';

export const HALF_LIFE_STATUS = ['declining', 'recovering', 'rising', 'stable', 'insufficient_data'] as const;

export const fctHalfLife = defineTable({
  name: 'fct_half_life',
  doc: "Half-life (or doubling time) of each skill's share of postings, and the fitted curve a chart draws",
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'status', type: 'VARCHAR', nullable: false, values: HALF_LIFE_STATUS, doc: 'what the fit found' },
    { name: 'half_life_months', type: 'DOUBLE', doc: 'months for the share to halve after its peak (declining only)' },
    { name: 'ci_low', type: 'DOUBLE', doc: 'lower end of the 95% interval of half_life_months' },
    { name: 'ci_high', type: 'DOUBLE', doc: 'upper end of the 95% interval of half_life_months' },
    { name: 'peak_period', type: 'VARCHAR', doc: 'month the decline starts from (a month with postings)' },
    { name: 'doubling_time_months', type: 'DOUBLE', doc: 'months for the share to double (rising only)' },
    { name: 'dt_ci_low', type: 'DOUBLE', doc: 'lower end of the 95% interval of doubling_time_months' },
    { name: 'dt_ci_high', type: 'DOUBLE', doc: 'upper end of the 95% interval of doubling_time_months' },
    { name: 'rate', type: 'DOUBLE', doc: 'monthly log-rate of the share after the peak' },
    { name: 'rate_se', type: 'DOUBLE', doc: 'standard error of rate' },
    { name: 'p_value', type: 'DOUBLE', doc: 'p-value of rate against 0' },
    { name: 'n_periods', type: 'INTEGER', doc: 'months in the fitted stretch' },
    { name: 'n_mentions', type: 'BIGINT', doc: 'postings mentioning the skill' },
    { name: 'method', type: 'VARCHAR', doc: 'estimator (quasi_poisson_glm_exposure_profile_ci)' },
    { name: 'segment_start', type: 'VARCHAR', doc: 'first month of the fitted stretch (recovering: of the recovery)' },
    {
      name: 'trough_period',
      type: 'VARCHAR',
      doc: 'recovering only: the low point after the peak where the recovery starts',
    },
    {
      name: 'curve',
      type: 'JSON',
      doc: '{points: [{period, share}], peak: {period, share}, half: {period, share, projected}}: the fitted share from the peak on (declining only; stats/curve.ts)',
    },
  ],
});
