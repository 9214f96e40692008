/**
 * The cue facts few decision rules read (decide.ts): a stack cue, a strong ask, any ask. Each is computed when
 * first read and kept for the candidate. A small object rather than three closures per decision: closures made at
 * every call cost allocation (and, under esbuild's keepNames, a `name` property each) on the hottest path
 * (docs/extraction.md "Speed").
 */
import { cjkAsk, cjkStack } from './cjk-decide.ts';
import type { Evidence } from './evidence.ts';

const ASK_AFTER =
  /^[\s,)]*(?:skills?|experience|expertise|background|knowledge|(?:is|are|would be) (?:a )?(?:must|plus|bonus|required|preferred|helpful|essential|key|important)|a (?:big |huge )?plus|required|preferred|is a must|mindset|abilities|ability|is key|is essential|(?:a )?must)\b/i;

/** The Chinese ask cues of cjk.ts, skipped when the posting has no dense-script character (they need one). */
export const zhAsk = (ev: Evidence) => ev.dense !== false && cjkAsk(ev.before, ev.after);

export class CueFacts {
  private stackAt: boolean | undefined;
  private askAt: boolean | undefined;

  constructor(private readonly ev: Evidence) {}

  /** A stack cue in the sentence ("our stack", "we use"), or a Chinese one before the skill. */
  stack(): boolean {
    const { ev } = this;
    this.stackAt ??= ev.cues.has('stack') || (ev.dense !== false && cjkStack(ev.before));
    return this.stackAt;
  }

  /** A strong ask cue in the sentence ("experience with", "strong"). */
  strong(): boolean {
    return this.ev.cues.has('askStrong');
  }

  /** Any ask: a strong one, a Chinese one, or in role / requirements / nice_to_have a weak one or one right after. */
  ask(): boolean {
    const { ev } = this;
    const askZone = ev.zone === 'role' || ev.zone === 'requirements' || ev.zone === 'nice_to_have';
    this.askAt ??= this.strong() || zhAsk(ev) || (askZone && (ev.cues.has('askWeak') || ASK_AFTER.test(ev.after)));
    return this.askAt;
  }
}
