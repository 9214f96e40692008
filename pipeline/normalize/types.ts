/** Types of the normalization step (see docs/normalization.md). */
import type { EmploymentType, WorkMode } from '../../workspace/work-terms.ts';

/** One vocabulary with the crawlers' structured fields (workspace/work-terms.ts). */
export type { EmploymentType, WorkMode } from '../../workspace/work-terms.ts';

export type RoleFamily =
  | 'software'
  | 'data_ml'
  | 'devops_sre'
  | 'security'
  | 'product'
  | 'design'
  | 'management'
  | 'sales_marketing'
  | 'support_ops'
  | 'hardware'
  | 'research'
  | 'other';

export interface NormalizeInput {
  source: string;
  text: string;
  title: string | null;
  company: string | null;
  location: string | null;
  country: string | null;
}

export interface NormalizedPosting {
  /** Plain text: HTML and Markdown markup removed. */
  text: string;
  company: string | null;
  /** Company normalized for dedup: lower-case, legal suffixes and punctuation removed. */
  company_key: string | null;
  /** Role title(s), several joined with ' / '. */
  title: string | null;
  title_key: string | null;
  /** Location(s) as written, several joined with ' / '. */
  location: string | null;
  location_key: string | null;
  /** ISO 3166-1 alpha-2 of the first location (input.country wins). */
  country: string | null;
  is_remote: boolean;
  work_mode: WorkMode | null;
  employment_type: EmploymentType | null;
  role_family: RoleFamily;
}
