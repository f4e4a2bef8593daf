/**
 * An attempt that cannot become xAPI statements is left out, named with a reason the reader's language words, and
 * never stops the others: the reasons are data from the engine and words only in the presentation.
 */
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import { xapiStatementsEach } from '../../../src/engine/records/export/xapi.ts';
import type { SkipReason } from '../../../src/engine/records/export/xapi.ts';
import { skipReasonText } from '../../../src/presentation/i18n/skip-reasons.ts';
import { messagesIn } from '../../../src/presentation/i18n/t.ts';
import { amelie, catalogue, failing, ID_PASS, passing, patrol, survivorContact, tomas } from './fixtures.ts';

const options = {
  homePage: 'https://training.example.org/waypoint',
  activityBase: 'https://training.example.org/xapi/',
  platform: 'Waypoint test',
};

describe('attempts left out of xAPI statements', () => {
  it('names the attempt with ill-formed text and one the engine cannot convert; the others are converted', async () => {
    const badText = {
      ...failing,
      id: 'd1d2d3d4-1111-4222-8333-444455556666',
      decisions: [{ ...failing.decisions[0]!, where: 'a\ud800b' }, ...failing.decisions.slice(1)],
    };
    // Records are checked when read; a shape the conversion cannot take is still named, not thrown.
    const broken = {
      ...passing,
      id: 'e1e2e3e4-1111-4222-8333-444455556666',
      decisions: null,
    } as unknown as Attempt;
    const { statements, skipped } = await xapiStatementsEach(
      {
        profiles: [amelie, tomas],
        attempts: [passing, badText, broken],
        scenarios: [survivorContact, patrol],
        catalogue,
      },
      options,
    );
    expect(skipped).toEqual([
      { attemptId: badText.id, reason: { kind: 'illFormedText', field: 'decisions[0].where' } },
      { attemptId: broken.id, reason: { kind: 'unconvertible', detail: expect.any(String) as string } },
    ]);
    expect(new Set(statements.map((s) => s.context.registration))).toEqual(new Set([ID_PASS]));
  });
});

describe('the reason, in words', () => {
  const reasons: SkipReason[] = [
    { kind: 'unverified' },
    { kind: 'illFormedText', field: 'decisions[0].where' },
    { kind: 'unconvertible', detail: 'not a UUID: x' },
  ];

  it('in English', () => {
    expect(reasons.map((r) => skipReasonText(r, messagesIn('en')))).toEqual([
      'it was imported unverified (not signed by a known cohort, or from another version)',
      'its text decisions[0].where is not well-formed Unicode',
      'it could not be turned into statements (not a UUID: x)',
    ]);
  });

  it('in French, with nothing left in English but the engine’s own detail', () => {
    const fr = reasons.map((r) => skipReasonText(r, messagesIn('fr')));
    expect(fr[0]).toMatch(/^elle a été importée non vérifiée/);
    expect(fr[1]).toBe('son texte decisions[0].where n’est pas de l’Unicode bien formé');
    expect(fr[2]).toBe('elle n’a pas pu être convertie en déclarations (not a UUID: x)');
    expect(messagesIn('fr').t('lrsSkipped', { id: 'a1', reason: fr[0]! })).toMatch(/^Non envoyée/);
  });
});
