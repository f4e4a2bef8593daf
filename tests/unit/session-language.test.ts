/** Switching language keeps progress: the story restarts in the new language and replays the choices made. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import { criterionText, scenarioText } from '../../src/engine/content/localize.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios, catalogue } = validContent();
const scenario = scenarios[0]!;

describe('language switch during play', () => {
  it('shows the same moment in French with the same decisions and choices on offer', () => {
    const actor = createActor(
      createSessionMachine({
        scenario: () => scenario,
        playable: () => scenario,
        now: () => 1,
        newId: () => 'a',
        newSeed: () => 2,
      }),
      {
        input: {
          profile: testProfile({ id: 'p', component: 'military' }),
        },
      },
    ).start();
    actor.send({ type: 'title.start' });
    actor.send({ type: 'scenario.pick', id: scenario.id });
    actor.send({ type: 'briefing.accept' });
    actor.send({ type: 'play.choose', index: 0 });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'play.pause' });
    actor.send({ type: 'language.set', language: 'fr' });
    const after = actor.getSnapshot().context;
    expect(actor.getSnapshot().value).toEqual({ attempt: { playing: 'active' } });
    expect(after.language).toBe('fr');
    expect(after.profile?.language).toBe('fr');
    // Same decisions (where, index, time, evidence); the text is now the French of the same choice.
    const strip = (ds: typeof before.decisions) => ds.map(({ choiceText: _, ...d }) => d);
    expect(strip(after.decisions)).toEqual(strip(before.decisions));
    expect(after.decisions[0]?.choiceText).toBe('La laisser raconter');
    expect(after.transcript.map((l) => l.text)).toEqual([
      'Amina attend près de la pompe.',
      'Elle dit qu’il s’est passé quelque chose sur la route.',
      'Elle acquiesce, un peu plus calme.',
      'Un collègue demande qui elle est.',
    ]);
    expect(after.choices.map((c) => c.index)).toEqual(before.choices.map((c) => c.index));
    expect(after.choices[1]?.text).toBe('Demander d’abord à Amina');
    actor.send({ type: 'play.choose', index: 1 });
    expect(actor.getSnapshot().context.result?.passed).toBe(true);
    expect(actor.getSnapshot().context.transcript.at(-1)?.text).toBe('Elle vous remercie.');
  });
});

describe('a language the course does not have', () => {
  const session = (language: string) =>
    createActor(
      createSessionMachine({
        scenario: () => scenario,
        playable: () => scenario,
        now: () => 1,
        newId: () => 'a',
        newSeed: () => 2,
      }),
      { input: { profile: testProfile({ id: 'p', language }), language } },
    ).start();

  it.each(['constructor', '__proto__', 'xx', ''])(
    'reads %j as English, and the scenario still plays',
    (language) => {
      const actor = session(language);
      expect(actor.getSnapshot().context.language).toBe('en');
      actor.send({ type: 'title.start' });
      actor.send({ type: 'scenario.pick', id: scenario.id });
      actor.send({ type: 'briefing.accept' });
      expect(actor.getSnapshot().context.choices[0]?.text).toBe('Hear her story');
      expect(scenarioText(scenario, language).castName('amina')).toBe('Amina');
      expect(criterionText(catalogue.criteria[0]!, language).title).toBe('Consent before sharing');
    },
  );

  it('refuses to switch to it', () => {
    const actor = session('fr');
    actor.send({ type: 'language.set', language: 'toString' });
    expect(actor.getSnapshot().context.language).toBe('en');
    expect(actor.getSnapshot().context.profile?.language).toBe('en');
  });
});
