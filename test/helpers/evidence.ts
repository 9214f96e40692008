/** A decision's evidence for unit tests: the given fields over "no list, no industry, no role, no company name". */
import type { Evidence } from '../../pipeline/extract/evidence.ts';

type Given = Pick<Evidence, 'kind' | 'zone' | 'before' | 'after' | 'cues' | 'surface'> & Partial<Evidence>;

export const evidenceOf = (given: Given): Evidence => ({
  inList: false,
  industry: false,
  generic: false,
  roleArea: false,
  department: false,
  inCompanyName: false,
  ...given,
});
