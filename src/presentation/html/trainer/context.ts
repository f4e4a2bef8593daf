import type { Catalogue, Scenario, ScenarioInfo } from '../../../engine/content/types.ts';
import type { Attempt } from '../../../engine/records/attempt.ts';
import type { Profile } from '../../../engine/records/profile.ts';
import type { QuarantinedEntry, RecordStore } from '../../../engine/ports/record-store.ts';

/** What the trainer views get: the records as loaded, the content, and the store to change them. */
export interface TrainerData {
  profiles: Profile[];
  attempts: Attempt[];
  /** Stored entries set aside because they could no longer be read as records. */
  quarantined: QuarantinedEntry[];
  scenarios: readonly ScenarioInfo[];
  catalogue: Catalogue;
  store: RecordStore;
  appVersion: string;
  /** A scenario with its stories, to play an imported record again. */
  loadScenario(id: string): Promise<Scenario>;
  /** Loads the records again (after an import) and redraws. */
  reload(): Promise<void>;
  /** Opens a view of one attempt, decision by decision. */
  review(attemptId: string): void;
  /** Shows a trainee's printable completion certificate. */
  certificate(profileId: string): void;
}
