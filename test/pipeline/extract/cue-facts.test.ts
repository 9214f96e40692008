/** cue-facts.ts: the decision's lazily computed stack / strong / ask facts, each read at most once per candidate. */
import { describe, expect, it } from 'vitest';
import type { CueFamily, CueWindow } from '../../../pipeline/extract/cues.ts';
import { CueFacts } from '../../../pipeline/extract/cue-facts.ts';
import type { Evidence } from '../../../pipeline/extract/evidence.ts';
import { evidenceOf } from '../../helpers/evidence.ts';

/** A cue window holding `families`, counting how often each family is asked for. */
function window(families: CueFamily[], asked: Map<string, number>): CueWindow {
  const has = (f: CueFamily) => {
    asked.set(f, (asked.get(f) ?? 0) + 1);
    return families.includes(f);
  };
  return { has } as unknown as CueWindow;
}

function evidence(over: Partial<Evidence>, families: CueFamily[] = [], asked = new Map<string, number>()): Evidence {
  return evidenceOf({
    kind: 'domain',
    zone: 'other',
    before: '',
    after: '',
    cues: window(families, asked),
    surface: 'payments',
    dense: false,
    ...over,
  });
}

describe('CueFacts', () => {
  it('reads a stack cue from the sentence, and only once', () => {
    const asked = new Map<string, number>();
    const facts = new CueFacts(evidence({ before: 'Our stack is ' }, ['stack'], asked));
    expect(facts.stack()).toBe(true);
    expect(facts.stack()).toBe(true);
    expect(asked.get('stack')).toBe(1);
    expect(new CueFacts(evidence({ before: 'We sell to ' })).stack()).toBe(false);
  });

  it('counts an ask right after the skill only in the asking zones', () => {
    const after = ' experience is a plus.';
    expect(new CueFacts(evidence({ zone: 'requirements', after })).ask()).toBe(true);
    expect(new CueFacts(evidence({ zone: 'company', after })).ask()).toBe(false);
    expect(new CueFacts(evidence({ zone: 'company', after: ' companies trust us.' }, ['askStrong'])).ask()).toBe(true);
  });

  it('a weak ask cue counts in the role zone, not in the company zone', () => {
    expect(new CueFacts(evidence({ zone: 'role' }, ['askWeak'])).ask()).toBe(true);
    expect(new CueFacts(evidence({ zone: 'company' }, ['askWeak'])).ask()).toBe(false);
    expect(new CueFacts(evidence({ zone: 'company' }, ['askWeak'])).strong()).toBe(false);
  });
});
