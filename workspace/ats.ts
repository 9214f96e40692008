/**
 * The applicant-tracking systems skillpulse knows (board sources are named '<type>:<board>'): one list for the
 * crawlers (board discovery) and the pipeline (time to fill counts postings of these sources only).
 */
export const ATS_TYPES = [
  'greenhouse',
  'lever',
  'ashby',
  'workable',
  'recruitee',
  'smartrecruiters',
  'bamboohr',
  'personio',
] as const;
export type AtsType = (typeof ATS_TYPES)[number];
