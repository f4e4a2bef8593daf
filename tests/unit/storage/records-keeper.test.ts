/** The records keeper saves at every decision and, when storage fails, says so and loses nothing. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { keepRecords } from '../../../src/app/records-keeper.ts';
import { createSessionMachine } from '../../../src/engine/session/machine.ts';
import type { RecordStore } from '../../../src/engine/ports/record-store.ts';
import { memoryStore } from '../../../src/storage/memory-store.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { testProfile } from '../../helpers/profile.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;
const profile = testProfile({ component: 'military', stage: 'in-mission' });

function play(store: RecordStore, onProblem: (m: string) => void = () => undefined, patienceMs?: number) {
  const actor = createActor(
    createSessionMachine({
      scenario: (id) => scenarios.find((s) => s.id === id),
      playable: (id) => scenarios.find((s) => s.id === id),
      now: () => 5,
      newId: () => 'att-1',
      newSeed: () => 1,
    }),
    { input: {} },
  );
  const keeper = keepRecords(actor, store, {
    scenario: (id) => scenarios.find((s) => s.id === id),
    appVersion: '9.9.9',
    onProblem,
    patienceMs,
  });
  actor.start();
  actor.send({ type: 'title.start' });
  actor.send({ type: 'profile.save', profile });
  actor.send({ type: 'scenario.pick', id: scenario.id });
  actor.send({ type: 'briefing.accept' });
  return { actor, keeper };
}

describe('records keeper', () => {
  it('saves the profile, the attempt at each decision, and the completed attempt', async () => {
    const store = memoryStore();
    const { actor, keeper } = play(store);
    actor.send({ type: 'play.choose', index: 0 });
    await keeper.settled();
    expect(await store.profiles()).toEqual([profile]);
    expect(await store.getSetting('currentProfile')).toBe('p1');
    const [saved] = await store.attempts();
    expect(saved).toMatchObject({
      id: 'att-1',
      status: 'in-progress',
      appVersion: '9.9.9',
      stage: 'in-mission',
    });
    expect(saved?.decisions).toHaveLength(1);
    actor.send({ type: 'play.choose', index: 1 });
    await keeper.settled();
    const [done] = await store.attempts();
    expect(done).toMatchObject({ status: 'completed', ending: 'safe' });
    expect(done?.result?.passed).toBe(true);
  });

  it('marks an attempt left midway as abandoned, not deleted', async () => {
    const store = memoryStore();
    const { actor, keeper } = play(store);
    actor.send({ type: 'play.choose', index: 1 });
    actor.send({ type: 'screen.leave' });
    await keeper.settled();
    expect(await store.attempts()).toMatchObject([
      { id: 'att-1', status: 'abandoned', decisions: [{ choiceIndex: 1 }] },
    ]);
  });

  it('when the disk is full: says so once, keeps everything in memory, and play goes on', async () => {
    const full: RecordStore = {
      ...memoryStore(),
      kind: 'indexeddb',
      putAttempt: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    const problems: string[] = [];
    const { actor, keeper } = play(full, (m) => problems.push(m));
    actor.send({ type: 'play.choose', index: 0 });
    actor.send({ type: 'play.choose', index: 0 });
    await keeper.settled();
    expect(problems).toEqual(['full']);
    expect(keeper.store.kind).toBe('memory');
    expect(actor.getSnapshot().value).toBe('debrief');
    const [kept] = await keeper.store.attempts();
    expect(kept).toMatchObject({ id: 'att-1', status: 'completed' });
    expect(keeper.known().attempts[0]?.status).toBe('completed');
    expect(await keeper.store.profiles()).toEqual([profile]);
  });

  describe('the next choices wait until a decision is on record', () => {
    /** A store whose attempt writes commit only when the test says so. */
    function gated() {
      const base = memoryStore();
      const pending: (() => void)[] = [];
      const store: RecordStore = {
        ...base,
        kind: 'indexeddb',
        putAttempt: (a) =>
          new Promise<void>((resolve) => pending.push(() => void base.putAttempt(a).then(resolve))),
      };
      return { store, commitNext: () => pending.shift()?.() };
    }
    const flush = () => new Promise((r) => setTimeout(r, 0));

    it('resolves only once the write holding that decision has committed', async () => {
      const { store, commitNext } = gated();
      const { actor, keeper } = play(store);
      actor.send({ type: 'play.choose', index: 0 });
      let saved = false;
      void keeper.whenSaved('att-1', 1).then(() => (saved = true));
      await flush();
      commitNext(); // the attempt as it started, with no decision
      await flush();
      expect(saved).toBe(false);
      commitNext(); // the first decision
      await flush();
      expect(saved).toBe(true);
      expect((await store.attempts())[0]?.decisions).toHaveLength(1);
    });

    it('never hangs: a write that does not commit in time counts as a failure, said once, and play goes on', async () => {
      const { store } = gated();
      const problems: string[] = [];
      const { actor, keeper } = play(store, (m) => problems.push(m), 20);
      actor.send({ type: 'play.choose', index: 0 });
      await keeper.whenSaved('att-1', 1);
      expect(problems).toEqual(['failed']);
      expect(keeper.store.kind).toBe('memory');
      expect(keeper.known().attempts[0]?.decisions).toHaveLength(1);
    });
  });
});
