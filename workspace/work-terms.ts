/**
 * The work modes and employment types of a posting: one vocabulary for the crawlers (a source's structured
 * fields, crawlers/work-terms.ts) and the pipeline (pipeline/normalize: read from the text).
 */
export const WORK_MODES = ['remote', 'hybrid', 'onsite'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'internship', 'temporary'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
