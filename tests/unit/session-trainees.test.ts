/**
 * Who is training, on a shared device: nobody is signed in at the start, a trainee opens their own profile, the
 * next person at the keyboard starts from the list again, and a device that is not set up lets nobody train.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Attempt } from '../../src/engine/records/attempt.ts';
import type { Profile } from '../../src/engine/records/profile.ts';
import { createSessionMachine } from '../../src/engine/session/machine.ts';
import type { DeviceSetup } from '../../src/engine/trainer/device.ts';
import { validContent } from '../helpers/fixtures.ts';
import { testProfile } from '../helpers/profile.ts';

const { scenarios } = validContent();
const scenario = scenarios[0]!;
const amina = testProfile({ id: 'p-amina', name: 'Amina Diallo' });
const shared: DeviceSetup = { use: 'shared', pins: true };

function session(device: DeviceSetup | null, profile: Profile | null = null) {
  return createActor(
    createSessionMachine({
      scenario: (id) => scenarios.find((s) => s.id === id),
      playable: (id) => scenarios.find((s) => s.id === id),
      now: () => 1000,
      newId: () => 'attempt-1',
      newSeed: () => 7,
    }),
    { input: { profile, device } },
  ).start();
}

const unfinished = (profileId: string): Attempt => ({
  id: 'a-1',
  profileId,
  scenarioId: scenario.id,
  scenarioVersion: scenario.version,
  appVersion: '0.1.0',
  stage: 'pre-deployment',
  seed: 7,
  startedAt: 0,
  endedAt: null,
  status: 'in-progress',
  decisions: [],
  inkState: null,
  ending: null,
  result: null,
});

describe('a shared device', () => {
  it('asks who is training, and opens only the profile chosen there', () => {
    const actor = session(shared);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('trainees');
    actor.send({ type: 'trainee.open', profile: { ...amina, language: 'fr' } });
    expect(actor.getSnapshot().value).toBe('scenarios');
    expect(actor.getSnapshot().context.profile?.id).toBe('p-amina');
    // The trainee's own language.
    expect(actor.getSnapshot().context.language).toBe('fr');
  });

  it('signs the trainee out back at the start, so the next person cannot go on as them', () => {
    const actor = session(shared);
    actor.send({ type: 'title.start' });
    actor.send({ type: 'trainee.open', profile: amina });
    actor.send({ type: 'screen.leave' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(actor.getSnapshot().context.profile).toBeNull();
    // Nor resume their unfinished attempt from the title screen.
    actor.send({ type: 'attempt.resume', attempt: unfinished('p-amina') });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('trainees');
  });

  it('never starts signed in, whatever profile it is given', () => {
    const actor = session(shared, amina);
    expect(actor.getSnapshot().context.profile).toBeNull();
  });

  it('starts a new trainee with an empty profile, so nobody edits another person', () => {
    const actor = session(shared);
    actor.send({ type: 'title.start' });
    actor.send({ type: 'trainee.new' });
    expect(actor.getSnapshot().value).toBe('profile');
    expect(actor.getSnapshot().context.profile).toBeNull();
    actor.send({ type: 'screen.leave' });
    expect(actor.getSnapshot().value).toBe('title');
  });
});

describe('setting a device up', () => {
  it('lets nobody train before it is set up, and is set up once from the title screen', () => {
    const actor = session(null);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('title');
    actor.send({ type: 'device.setUp', device: { use: 'own', pins: false } });
    actor.send({ type: 'device.setUp', device: shared });
    // The second set-up from the title screen is ignored: only the trainer area changes a set-up.
    expect(actor.getSnapshot().context.device).toEqual({ use: 'own', pins: false });
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('profile');
  });

  it('opens the owner’s profile straight away on a device set up for one person', () => {
    const actor = session({ use: 'own', pins: false }, amina);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('scenarios');
    expect(actor.getSnapshot().context.profile?.id).toBe('p-amina');
  });

  it('changes its set-up from the trainer area', () => {
    const actor = session({ use: 'own', pins: false });
    actor.send({ type: 'trainer.open' });
    actor.send({ type: 'device.setUp', device: shared });
    actor.send({ type: 'trainer.close' });
    expect(actor.getSnapshot().context.device).toEqual(shared);
    actor.send({ type: 'title.start' });
    expect(actor.getSnapshot().value).toBe('trainees');
  });
});
