/**
 * A domain that is the company's mission, not asked of the hire (precision round, issue 11, read on unlabelled HN
 * postings; test/eval/LABELING.md: the company's business is context_only): "strong technical generalists who want to
 * help us democratize computer vision", "help us invent the future of data analytics", "We need your help to
 * reinvent the recommender systems experience". The verb is one of changing a field as a whole; not "build ML
 * systems", and not with an ask noun near ("experience with AI that could transform ...").
 */
import { askNounNear } from './ask-near.ts';

const MISSION_BEFORE =
  /\b(?:democrati[sz](?:e|es|ing)|revolutioni[sz](?:e|es|ing)|reinvent(?:s|ing)?|disrupt(?:s|ing)?|transform(?:s|ing)?|the future of)\s+(?:the\s+|how\s+)?(?:[\w-]+\s+){0,2}$/i;
/** (every MISSION_BEFORE verb holds one of these) */
const MISSION_STEMS = ['democrati', 'revolution', 'reinvent', 'disrupt', 'transform', 'future of'];

/** True when the domain candidate is the field the company sets out to change (see the header). */
export function domainMission(before: string, after: string): boolean {
  const low = before.toLowerCase();
  if (!MISSION_STEMS.some((s) => low.includes(s)) || !MISSION_BEFORE.test(before)) return false;
  return !askNounNear(before, after);
}
