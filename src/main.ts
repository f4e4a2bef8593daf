/**
 * The composition root: the only place that wires content, the engine and the presentation together.
 */
import { createActor } from 'xstate';
import { catalogue, scenarios } from 'virtual:waypoint-content';
import { createSessionMachine } from './engine/session/machine';
import { mountApp } from './presentation/html/app';
import type { StageView } from './presentation/stage/stage-view';
import './presentation/html/styles.css';

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

const machine = createSessionMachine({
  scenario: (id) => scenarios.find((s) => s.id === id),
  now: () => Date.now(),
});
const actor = createActor(machine, { input: {} });

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

mountApp(root, {
  actor,
  scenarios,
  catalogue,
  newId: () => crypto.randomUUID(),
  // Phaser is loaded only when a scenario starts, so the first screen never waits for it.
  loadStage: async (parent): Promise<StageView> => {
    const { createStage } = await import('./presentation/stage/phaser-stage');
    return createStage(parent, { reducedMotion });
  },
});
actor.start();
