/** fct_skill_pay: written by pipeline/stages/pay.ts from pipeline/stats/pay-premium.ts (docs/pay.md). */
import { defineTable } from '../table.ts';

export const fctSkillPay = defineTable({
  name: 'fct_skill_pay',
  doc: 'Advertised pay of postings asking for a skill against comparable postings without it (annual USD), and the pay premium: exp(beta) of a log-pay regression with role family, seniority, country and year as controls, employer-clustered 90% interval. The premium is null below min_n postings with pay.',
  columns: [
    { name: 'skill_id', type: 'VARCHAR', nullable: false, doc: 'dim_skills.skill_id' },
    { name: 'n', type: 'BIGINT', nullable: false, doc: 'postings with pay in the model' },
    { name: 'n_with', type: 'BIGINT', nullable: false, doc: 'postings with pay that ask for the skill' },
    { name: 'employers_with', type: 'BIGINT', nullable: false, doc: 'distinct employers among them' },
    { name: 'median_with', type: 'DOUBLE', doc: 'median annual USD with the skill' },
    { name: 'p25_with', type: 'DOUBLE', doc: '25th percentile with the skill' },
    { name: 'p75_with', type: 'DOUBLE', doc: '75th percentile with the skill' },
    { name: 'n_without', type: 'BIGINT', nullable: false, doc: 'postings with pay that do not ask for it' },
    { name: 'median_without', type: 'DOUBLE', doc: 'median annual USD without the skill' },
    { name: 'ratio', type: 'DOUBLE', doc: 'pay premium exp(beta); null below min_n' },
    { name: 'lo', type: 'DOUBLE', doc: '90% interval, low (employer-clustered)' },
    { name: 'hi', type: 'DOUBLE', doc: '90% interval, high' },
    { name: 'beta', type: 'DOUBLE', doc: 'coefficient on log pay' },
    { name: 'se', type: 'DOUBLE', doc: 'its clustered standard error' },
  ],
});
