/**
 * Stories fetched on demand: the first screen gets scenarios without stories; playing or resuming one fetches
 * its stories first, and a failed fetch is a clear failure that loses nothing, not a broken play screen.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { scenarioLibrary } from '../../src/app/stories.ts';
import { scenarioInfo, storiesOf } from '../../src/engine/content/scenario-info.ts';
import { attemptOf } from '../../src/engine/records/session-attempt.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios } = validContent();
const built = scenarios[0]!;
// The browser's library gives a scenario with its stories; the trainers' discussion prompts come on their own
// (loadDiscussion), so the playable scenario is the built one without them.
const { discussion: _prompts, ...full } = built;
/** The scenario as the browser's first screen gets it. */
const bare = scenarioInfo(built);
const stories = storiesOf(built);

describe('the scenario library', () => {
  it('completes a scenario with its stories once, however often it is asked', async () => {
    let fetches = 0;
    const library = scenarioLibrary([bare], async () => {
      fetches += 1;
      return stories;
    });
    expect(library.playable(full.id)).toBeUndefined();
    expect(library.info(full.id)).not.toHaveProperty('story');
    expect(built.discussion?.length).toBeGreaterThan(0);
    expect(library.info(full.id)).not.toHaveProperty('discussion');
    const [a, b] = await Promise.all([library.load(full.id), library.load(full.id)]);
    expect(a).toEqual(full);
    expect(b).toBe(a);
    expect(library.playable(full.id)).toBe(a);
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    let online = false;
    const library = scenarioLibrary([bare], async () => {
      if (!online) throw new Error('offline');
      return stories;
    });
    await expect(library.load(full.id)).rejects.toThrow('offline');
    online = true;
    await expect(library.load(full.id)).resolves.toEqual(full);
  });

  it('refuses an unknown scenario', async () => {
    await expect(scenarioLibrary([bare], async () => stories).load('nope')).rejects.toThrow(
      /no scenario nope/,
    );
  });
});

function session(load: (id: string) => Promise<Record<string, string>>) {
  const library = scenarioLibrary([bare], load);
  return createActor(
    createSessionMachine({
      scenario: (id) => library.info(id),
      playable: (id) => library.playable(id),
      loadStory: (id) => library.load(id),
      now: () => 1000,
      newId: () => 'attempt-1',
      newSeed: () => 7,
    }),
    { input: { profile: testProfile() } },
  ).start();
}

describe('starting play when the story is not loaded yet', () => {
  it('fetches the story, then plays it', async () => {
    const actor = session(async () => stories);
    actor.send({ type: 'title.start' });
    actor.send({ type: 'scenario.pick', id: full.id });
    actor.send({ type: 'briefing.accept' });
    expect(actor.getSnapshot().value).toEqual({ attempt: 'preparing' });
    await waitFor(actor, (s) => s.matches({ attempt: 'playing' }));
    expect(actor.getSnapshot().context.choices.length).toBeGreaterThan(0);
  });

  it('fetches the story before resuming an attempt', async () => {
    const first = session(async () => stories);
    first.send({ type: 'title.start' });
    first.send({ type: 'scenario.pick', id: full.id });
    first.send({ type: 'briefing.accept' });
    await waitFor(first, (s) => s.matches({ attempt: 'playing' }));
    first.send({ type: 'play.choose', index: 0 });
    const saved = attemptOf(first.getSnapshot().context, full, 'test', 'in-progress')!;

    const again = session(async () => stories);
    again.send({ type: 'title.start' });
    again.send({ type: 'attempt.resume', attempt: saved });
    await waitFor(again, (s) => s.matches({ attempt: 'playing' }));
    expect(again.getSnapshot().context.transcript).toEqual(first.getSnapshot().context.transcript);
  });

  it('fails clearly when the story cannot be fetched, and lets the trainee leave', async () => {
    const actor = session(async () => {
      throw new Error('network down');
    });
    actor.send({ type: 'title.start' });
    actor.send({ type: 'scenario.pick', id: full.id });
    actor.send({ type: 'briefing.accept' });
    await waitFor(actor, (s) => s.matches('failed'));
    expect(actor.getSnapshot().context.error).toMatch(/could not be loaded.*network down/);
    actor.send({ type: 'screen.leave' });
    expect(actor.getSnapshot().value).toBe('scenarios');
  });
});
