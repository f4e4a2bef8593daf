import type { ScenarioInfo } from '../../../engine/content/types.ts';
import type { Attempt } from '../../../engine/records/attempt.ts';
import type { SessionContext, SessionEvent } from '../../../engine/session/machine.ts';
import type { DeviceAccess } from '../device-access.ts';

/** What every screen gets: the session's context, a way to send it events, and the content. */
export interface ScreenProps {
  context: SessionContext;
  send: (event: SessionEvent) => void;
  scenarios: readonly ScenarioInfo[];
  scenario: ScenarioInfo | undefined;
  /** Unfinished attempts of the current trainee, newest first. */
  resumable: readonly Attempt[];
  /** Chooses a refresher set from the current trainee's records and starts it (once the catalogue is here). */
  startRefresher: () => void;
  /** The device's set-up and its trainees. */
  access: DeviceAccess;
}
