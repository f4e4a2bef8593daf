/**
 * The composition root: the only place that wires content, storage, the engine and the presentation together.
 */
import { createActor } from 'xstate';
import { catalogue, scenarios } from 'virtual:waypoint-content';
import { CURRENT_PROFILE, keepRecords } from './app/records-keeper';
import type { Attempt } from './engine/records/attempt';
import { createSessionMachine } from './engine/session/machine';
import { mountApp } from './presentation/html/app';
import { createNotices } from './presentation/html/notices';
import { t } from './presentation/i18n/t';
import type { StageView } from './presentation/stage/stage-view';
import { openStore } from './storage/open-store';
import './presentation/html/styles.css';

const APP_VERSION = import.meta.env.PACKAGE_VERSION;
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const scenario = (id: string) => scenarios.find((s) => s.id === id);
const notices = createNotices();
const storageProblem = (reason: string) => notices.show(t('storageProblem', { reason }));

const { store, problem } = await openStore();
if (problem) storageProblem(problem);
const [profiles, attempts, currentId] = await Promise.all([
  store.profiles().catch(() => []),
  store.attempts().catch(() => []),
  store.getSetting(CURRENT_PROFILE).catch(() => undefined),
]);

const machine = createSessionMachine({
  scenario,
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
  newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1,
});
const actor = createActor(machine, { input: { profile: profiles.find((p) => p.id === currentId) ?? null } });
const keeper = keepRecords(actor, store, {
  scenario,
  appVersion: APP_VERSION,
  onProblem: storageProblem,
  seen: { profiles, attempts },
});

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

mountApp(
  root,
  {
    actor,
    scenarios,
    catalogue,
    newId: () => crypto.randomUUID(),
    resumable: (profileId): Attempt[] =>
      keeper
        .known()
        .attempts.filter(
          (a) => a.status === 'in-progress' && a.profileId === profileId && scenario(a.scenarioId),
        )
        .sort((a, b) => b.startedAt - a.startedAt),
    trainer: { store: () => keeper.store, appVersion: APP_VERSION },
    // Phaser is loaded only when a scenario starts, so the first screen never waits for it.
    loadStage: async (parent): Promise<StageView> => {
      const { createStage } = await import('./presentation/stage/phaser-stage');
      return createStage(parent, { reducedMotion });
    },
  },
  notices.element,
);
actor.start();
