/**
 * The composition root: the only place that wires content, storage, the engine and the presentation together.
 */
import { createActor } from 'xstate';
import {
  loadCatalogue,
  loadDiscussion,
  loadStories,
  scenarios as compiledScenarios,
} from 'virtual:waypoint-content';
import { bridgeLms, steerLaunch } from './app/lms-bridge.ts';
import { CURRENT_PROFILE, keepRecords } from './app/records-keeper.ts';
import { scenarioLibrary } from './app/stories.ts';
import { catalogueSource } from './app/catalogue.ts';
import { planRefresher, refresherStart } from './engine/refresher/select.ts';
import { isSupportedLanguage, supportedLanguage } from './engine/content/languages.ts';
import type { Attempt } from './engine/records/attempt.ts';
import { exportBundle } from './engine/records/bundle/index.ts';
import type { CohortKey } from './engine/records/bundle/index.ts';
import { signingCohort } from './app/cohorts.ts';
import { recordSetup, trainees } from './app/trainees.ts';
import { DEVICE_SETTING, parseDeviceSetup } from './engine/trainer/device.ts';
import type { DeviceSetup } from './engine/trainer/device.ts';
import { PASSPHRASE_SETTING } from './engine/trainer/passphrase.ts';
import type { Profile } from './engine/records/profile.ts';
import { download } from './presentation/html/trainer/download.ts';
import { createSessionMachine } from './engine/session/machine.ts';
import { connectLms } from './lms/index.ts';
import { LmsError } from './lms/messages.ts';
import { startLrsSync } from './lrs/index.ts';
import { createLrsRead } from './app/lrs-read.ts';
import { mountApp } from './presentation/html/app.ts';
import { createNotices } from './presentation/html/notices.ts';
import { applySettings, parseSettings, prefersReducedMotion } from './presentation/html/settings.ts';
import type { DisplaySettings } from './presentation/html/settings.ts';
import { lmsNoticeText } from './presentation/i18n/lms-notices.ts';
import { t } from './presentation/i18n/t.ts';
import { offerUpdates } from './app/updates.ts';
import type { StageView } from './presentation/stage/stage-view.ts';
import { openStore } from './storage/open-store.ts';
import type { StorageProblem } from './storage/storage-error.ts';
import { isAudienceUrl } from './presentation/html/classroom/view.ts';
import { openAudienceWindow } from './presentation/html/classroom/open-audience.ts';
import './presentation/html/styles.css';

/** The app as a trainee or a trainer uses it: the records, the session and every screen. */
async function startApp(): Promise<void> {
  const APP_VERSION = import.meta.env.PACKAGE_VERSION;
  const DISPLAY_SETTINGS = 'display';
  const notices = createNotices();
  // When records cannot be saved, say so and offer the current trainee's records (theirs only: the device may be
  // shared) as a bundle another device (or a trainer) can import, signed when the device has a cohort key.
  let deviceCohort: CohortKey | null = null;
  let knownRecords: () => { profiles: Profile[]; attempts: Attempt[] } = () => ({
    profiles: [],
    attempts: [],
  });
  const storageProblem = (problem: StorageProblem) =>
    notices.show(
      t('storageProblem', { reason: t(`storage_${problem}`) }),
      // Records saved by a newer version are safe on disk: this page only needs to become that version.
      problem === 'newer'
        ? { label: t('reloadPage'), run: () => window.location.reload() }
        : {
            label: t('downloadRecords'),
            run: () =>
              void exportBundle({
                ...knownRecords(),
                appVersion: APP_VERSION,
                exportedAt: Date.now(),
                cohort: deviceCohort,
              }).then((text) =>
                download(
                  `waypoint-records-${new Date().toISOString().slice(0, 10)}.json`,
                  text,
                  'application/json',
                ),
              ),
          },
    );

  const { store, problem } = await openStore();
  if (problem) storageProblem(problem);
  deviceCohort = await signingCohort(store).catch(() => null);
  let display = parseSettings(await store.getSetting(DISPLAY_SETTINGS).catch(() => undefined));
  applySettings(display);
  const settings = {
    current: () => display,
    save: (next: DisplaySettings) => {
      display = next;
      applySettings(next);
      void store.setSetting(DISPLAY_SETTINGS, JSON.stringify(next)).catch(() => undefined);
    },
  };
  const [profiles, attempts, currentId, deviceText, passphrase] = await Promise.all([
    store.profiles().catch(() => []),
    store.attempts().catch(() => []),
    store.getSetting(CURRENT_PROFILE).catch(() => undefined),
    store.getSetting(DEVICE_SETTING).catch(() => undefined),
    store.getSetting(PASSPHRASE_SETTING).catch(() => undefined),
  ]);

  // --- LMS launch (SCORM 1.2 or cmi5; see docs/lms.md) -------------------------------------------------------
  // Launched from an LMS, the app reports there: the LMS's learner is the profile (an existing local profile with
  // the LMS learner id, or a new one with that id, the LMS name prefilled), the launched scenario opens straight
  // away; the LMS's mastery score judges only what is reported to the LMS. Outside an LMS, connectLms gives null and nothing changes.
  // A failing LMS is announced and the app goes on without it.
  const lms = await connectLms(window, new URL(window.location.href), {
    onProblem: (notice) => notices.show(lmsNoticeText(notice)),
  }).catch((e: unknown) => {
    notices.show(e instanceof LmsError ? lmsNoticeText(e.notice) : String(e));
    return null;
  });
  // The LMS's mastery score is reported back to it by the adapter; it never changes a pass or fail kept here.
  const scenarios = compiledScenarios;
  // Launched by an LMS, the LMS says who the learner is; otherwise the device's set-up decides (see docs/security.md).
  const device: DeviceSetup | null = lms
    ? { use: 'own', pins: false }
    : parseDeviceSetup(deviceText, passphrase !== undefined);
  // A shared device never opens the last trainee's profile: "Start training" asks who is training.
  const startProfile = lms
    ? (profiles.find((p) => p.id === lms.learner.id) ?? null)
    : device?.use === 'shared'
      ? null
      : (profiles.find((p) => p.id === currentId) ?? null);
  // ------------------------------------------------------------------------------------------------------------
  // Each scenario's stories are fetched when it is first played or reviewed, and the criteria catalogue (levels,
  // feedback, citations) just after the first screen is up, keeping that screen small. Play, the refresher and the
  // trainer area wait for the catalogue.
  const library = scenarioLibrary(scenarios, loadStories);
  const scenario = (id: string) => library.info(id);
  const catalogue = catalogueSource(loadCatalogue);

  /** A scenario with its stories, once the catalogue its debrief and review need is here too. */
  const scenarioForPlay = async (id: string) => (await Promise.all([library.load(id), catalogue.load()]))[0];
  const newSeed = () => crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;

  const machine = createSessionMachine({
    scenario,
    playable: (id) => library.playable(id),
    loadStory: scenarioForPlay,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    newSeed,
  });
  // The trainee's language, else the browser's if we have it, else English.
  const language = isSupportedLanguage(startProfile?.language)
    ? startProfile.language
    : supportedLanguage(navigator.language.slice(0, 2));
  const actor = createActor(machine, { input: { profile: startProfile, language, device } });
  const keeper = keepRecords(actor, store, {
    scenario,
    appVersion: APP_VERSION,
    onProblem: storageProblem,
    seen: { profiles, attempts },
  });
  knownRecords = () => {
    const trainee = actor.getSnapshot().context.profile?.id;
    const known = keeper.known();
    return {
      profiles: known.profiles.filter((p) => p.id === trainee),
      attempts: known.attempts.filter((a) => a.profileId === trainee),
    };
  };

  // --- LRS sync (optional; see docs/lrs.md) ---------------------------------------------------------------------
  // Once a trainer sets an LRS in the trainer area, the xAPI statements of attempts wait in an outbox in IndexedDB
  // and are sent with retry and back-off; offline they wait. Without LRS settings nothing is queued or sent.
  const lrs = startLrsSync({ store: () => keeper.store, actor, saved: keeper.settled, scenarios, catalogue });
  // ------------------------------------------------------------------------------------------------------------

  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');

  mountApp(
    root,
    {
      actor,
      scenarios,
      catalogue,
      // A profile created in an LMS launch takes the LMS learner id.
      newId: lms ? () => lms.learner.id : () => crypto.randomUUID(),
      suggestedName: lms?.learner.name,
      resumable: (profileId): Attempt[] =>
        keeper
          .known()
          .attempts.filter(
            // Practice left unfinished is not offered again: it is compared with an attempt that is gone by then.
            // A classroom is the group's, not anyone's to resume.
            (a) =>
              a.status === 'in-progress' &&
              a.mode !== 'practice' &&
              a.mode !== 'classroom' &&
              a.profileId === profileId &&
              scenario(a.scenarioId) !== undefined,
          )
          .sort((a, b) => b.startedAt - a.startedAt),
      settings,
      trainer: {
        store: () => keeper.store,
        appVersion: APP_VERSION,
        lrs,
        lrsRead: createLrsRead({ store: () => keeper.store, scenarios }),
        loadScenario: scenarioForPlay,
      },
      whenSaved: (attemptId, decisions) => keeper.whenSaved(attemptId, decisions),
      access: {
        setUp: async (setup, passphrase) => {
          await recordSetup(keeper.store, setup, passphrase ?? null);
          actor.send({ type: 'device.setUp', device: setup });
        },
        trainees: trainees(() => keeper.store),
      },
      refresherFor: async (profileId) =>
        refresherStart(
          planRefresher({
            snaps: scenarios.filter((s) => s.kind === 'snap'),
            catalogue: await catalogue.load(),
            attempts: keeper.known().attempts.filter((a) => a.profileId === profileId),
            now: Date.now(),
            seed: newSeed(),
          }),
        ),
      // Phaser is loaded only when a scenario starts, so the first screen never waits for it.
      loadStage: async (parent): Promise<StageView> => {
        const { createStage } = await import('./presentation/stage/phaser-stage.ts');
        return createStage(parent, { reducedMotion: prefersReducedMotion(display) });
      },
      classroom: { loadDiscussion, openAudience: openAudienceWindow },
    },
    notices.element,
  );

  // --- LMS, continued: report to the LMS, then go to the launched scenario ------------------------------------
  if (lms) {
    bridgeLms(actor, lms, {
      scenario,
      appVersion: APP_VERSION,
      notify: (notice) => notices.show(lmsNoticeText(notice)),
      page: window,
    });
  }
  actor.start();
  void catalogue.load().catch(() => undefined);
  // New versions are offered between scenarios, never forced in the middle of one.
  offerUpdates(actor, (apply) => notices.show(t('updateReady'), { label: t('updateNow'), run: apply }));
  if (lms) {
    steerLaunch(actor, lms, {
      scenario,
      attempts: () => keeper.known().attempts,
      appVersion: APP_VERSION,
      newId: () => crypto.randomUUID(),
      now: () => Date.now(),
      notify: (notice) => notices.show(lmsNoticeText(notice)),
    });
  }
  // ------------------------------------------------------------------------------------------------------------
}

/**
 * A classroom session's projector window (opened by the presenter view with ?classroom=audience): it draws what
 * the trainer's window sends it and runs no session, store or sync of its own.
 */
async function startAudience(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app element');
  applySettings(parseSettings(undefined));
  const { mountAudience } = await import('./presentation/html/classroom/audience.ts');
  mountAudience(root, async (parent): Promise<StageView> => {
    const { createStage } = await import('./presentation/stage/phaser-stage.ts');
    return createStage(parent, { reducedMotion: prefersReducedMotion(parseSettings(undefined)) });
  });
}

if (isAudienceUrl(new URL(window.location.href))) await startAudience();
else await startApp();
