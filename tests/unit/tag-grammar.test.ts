import { describe, expect, it } from 'vitest';
import { parseTag, parseTagsStrict } from '../../src/engine/tags/grammar.ts';

describe('tag grammar', () => {
  it.each([
    ['scene: water-point', { kind: 'scene', setting: 'water-point' }],
    ['speaker: amina', { kind: 'speaker', who: 'amina' }],
    ['person: amina afraid', { kind: 'person', who: 'amina', expression: 'afraid' }],
    ['person: amina gone', { kind: 'person', who: 'amina', expression: 'gone' }],
    ['evidence: crsv.consent 3', { kind: 'evidence', criterion: 'crsv.consent', level: 3 }],
    ['  evidence:   crsv.consent   0  ', { kind: 'evidence', criterion: 'crsv.consent', level: 0 }],
    ['critical: crsv.confidentiality', { kind: 'critical', criterion: 'crsv.confidentiality' }],
    ['ending: referred', { kind: 'ending', ending: 'referred' }],
  ])('parses "%s"', (raw, event) => {
    expect(parseTag(raw)).toEqual({ ok: true, event });
  });

  it.each([
    ['mood: happy', /unknown tag key "mood"/],
    ['no colon here', /not in the form "key: value"/],
    ['scene: moon', /unknown setting "moon"/],
    ['person: amina ecstatic', /unknown expression "ecstatic"/],
    ['person: amina', /takes 2 values/],
    ['evidence: crsv.consent 4', /level must be 0, 1, 2 or 3/],
    ['evidence: crsv.consent high', /level must be 0, 1, 2 or 3/],
    ['evidence: crsv.consent', /takes 2 values/],
    ['speaker: Amina', /not a valid id/],
    ['ending: a b', /takes 1 value/],
  ])('refuses "%s" with a clear message', (raw, message) => {
    const parsed = parseTag(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('throws on the first bad tag when parsing strictly', () => {
    expect(() => parseTagsStrict(['speaker: amina', 'bogus: x'])).toThrow(/unknown tag key "bogus"/);
    expect(parseTagsStrict(null)).toEqual([]);
  });
});
