/**
 * Offline support: the service worker (generated at build time by vite-plugin-pwa) precaches the app, the
 * scenarios and the art, so after the first load Waypoint starts and plays with no network. A new version is
 * offered, never forced, and never in the middle of a scenario: the offer waits until the trainee is not playing.
 */
import type { Actor } from 'xstate';
import { registerSW } from 'virtual:pwa-register';
import type { SessionMachine } from '../engine/session/machine.ts';

export function offerUpdates(actor: Actor<SessionMachine>, offer: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  let waiting = false;
  let playing = false;
  const update = registerSW({
    onNeedRefresh() {
      waiting = true;
      maybeOffer();
    },
  });
  const maybeOffer = () => {
    if (!waiting || playing) return;
    waiting = false;
    offer(() => void update(true));
  };
  actor.on('attempt.started', () => (playing = true));
  for (const type of ['attempt.completed', 'attempt.abandoned'] as const)
    actor.on(type, () => {
      playing = false;
      maybeOffer();
    });
}
