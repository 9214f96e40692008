/** fct_forecasts: written by pipeline/stages/estimate.ts from pipeline/stats/forecast.ts (docs/trends.md). */
import { defineTable } from '../table.ts';

export const fctForecasts = defineTable({
  name: 'fct_forecasts',
  doc: "12 monthly periods after data_through per skill (all-`'*'` slice), with a 90% prediction interval.",
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'period', type: 'VARCHAR', nullable: false, doc: 'forecast month (YYYY-MM)' },
    { name: 'share', type: 'DOUBLE', nullable: false, doc: 'forecast share' },
    { name: 'lo', type: 'DOUBLE', doc: 'lower end of the 90% interval' },
    { name: 'hi', type: 'DOUBLE', doc: 'upper end of the 90% interval' },
    {
      name: 'method',
      type: 'VARCHAR',
      values: ['damped_trend', 'moving_mean', 'naive'],
      doc: 'forecast method (the best on the backtest)',
    },
    { name: 'is_fallback', type: 'BOOLEAN', doc: 'the model lost to the naive forecast in the backtest' },
    { name: 'mae_model', type: 'DOUBLE', doc: 'backtest mean absolute error of the model' },
    { name: 'mae_naive', type: 'DOUBLE', doc: 'backtest mean absolute error of the naive forecast' },
    { name: 'coverage', type: 'DOUBLE', doc: 'share of backtest months inside the raw 90% band of the served method' },
    { name: 'widen', type: 'DOUBLE', doc: 'factor (>= 1) the band was widened by so that the backtest covers 90%' },
  ],
});
