/**
 * The trainer area: behind a passphrase, the attempts with filters, the cohort per criterion, after-action
 * review, certificates, and moving records in and out.
 */
import type { Catalogue, Scenario, ScenarioInfo } from '../../../engine/content/types.ts';
import type { CatalogueSource } from '../../../engine/ports/catalogue-source.ts';
import type { SessionEvent } from '../../../engine/session/machine.ts';
import type { LrsControl } from '../../../engine/ports/lrs-sync.ts';
import type { RecordStore } from '../../../engine/ports/record-store.ts';
import type { AttemptFilter } from '../../../engine/trainer/cohort.ts';
import { focusHeading, h } from '../dom.ts';
import { t } from '../../i18n/t.ts';
import { attemptsTable, filterForm } from './attempts-view.ts';
import { certificateView } from './certificate.ts';
import { cohortView } from './cohort-view.ts';
import type { TrainerData } from './context.ts';
import { gateView } from './gate.ts';
import { lrsSection } from './lrs-view.ts';
import { insightSection } from './insight/insight-section.ts';
import type { LrsReadControl } from '../../../engine/ports/lrs-read.ts';
import { reviewView } from './review-view.ts';
import { transferView } from './transfer-view.ts';
import { classroomSection } from '../classroom/setup.ts';
import { quarantineSection } from './quarantine-view.ts';
import { cohortKeysSection } from './cohort-keys-view.ts';
import { traineesSection } from './trainees-view.ts';
import type { DeviceSetup } from '../../../engine/trainer/device.ts';
import type { DeviceAccess } from '../device-access.ts';

export interface TrainerDeps {
  store: () => RecordStore;
  scenarios: readonly ScenarioInfo[];
  /** The criteria catalogue, which the cohort views and the review need (the area waits for it). */
  catalogue: CatalogueSource;
  appVersion: string;
  /** Tells the session where the trainer goes (the area's views are states of the session). */
  send(event: TrainerEvent): void;
  /** LRS sync, when the app runs it (see docs/lrs.md). */
  lrs?: LrsControl;
  /** Reading the cohort back from an LRS, when the app runs it (see docs/lrs.md). */
  lrsRead?: LrsReadControl;
  /** The device's set-up now, and a way to change it (behind the gate). */
  device(): DeviceSetup | null;
  access: DeviceAccess;
  /** The scenario complete with its stories, which the after-action review replays. */
  loadScenario(id: string): Promise<Scenario>;
}

export type TrainerEvent = Extract<SessionEvent, { type: `trainer.${string}` }>;

/** Where the trainer is: the session's trainer state and what it is about (an attempt, a trainee). */
export type TrainerView =
  { view: 'locked' | 'home' | 'insight' } | { view: 'review' | 'certificate'; focus: string };

export interface TrainerScreen {
  element: HTMLElement;
  /** Shows the view the session is in (called on every change of the session while in the trainer area). */
  show(view: TrainerView): void;
}

export function trainerScreen(deps: TrainerDeps): TrainerScreen {
  const close = h('button', { type: 'button' }, t('trainerClose'));
  close.addEventListener('click', () => deps.send({ type: 'trainer.close' }));
  const heading = h('h1', { id: 'screen-heading' }, t('trainerHeading'));
  const main = h('div', { class: 'trainer-main' });
  const element = h(
    'section',
    { class: 'screen trainer', 'aria-labelledby': 'screen-heading' },
    h('div', { class: 'play-bar' }, heading, close),
    main,
  );
  const toHome = () => deps.send({ type: 'trainer.home' });

  let filter: AttemptFilter = {};
  /** The records and the catalogue, once the gate has opened and they are read. */
  const trainerData = (catalogue: Catalogue): TrainerData => {
    const d: TrainerData = {
      profiles: [],
      attempts: [],
      quarantined: [],
      scenarios: deps.scenarios,
      catalogue,
      appVersion: deps.appVersion,
      get store() {
        return deps.store();
      },
      loadScenario: (id) => deps.loadScenario(id),
      async reload() {
        // Attempts first: reading them is what sets damaged entries aside, so the list below is complete.
        [d.profiles, d.attempts] = await Promise.all([deps.store().profiles(), deps.store().attempts()]);
        d.quarantined = await deps
          .store()
          .quarantine()
          .catch(() => []);
        renderLists(d);
      },
      review: (attemptId) => deps.send({ type: 'trainer.review', attemptId }),
      certificate: (profileId) => deps.send({ type: 'trainer.certificate', profileId }),
    };
    return d;
  };

  const listHost = h('div', {});
  const cohortHost = h('div', {});
  const renderLists = (data: TrainerData) => {
    listHost.replaceChildren(attemptsTable(data, filter));
    cohortHost.replaceChildren(cohortView(data, filter));
  };

  function home(data: TrainerData): void {
    const device = deps.device();
    main.replaceChildren(
      h(
        'section',
        { 'aria-labelledby': 'attempts-heading' },
        h('h2', { id: 'attempts-heading' }, t('trainerAttemptsHeading')),
        filterForm(data, (f) => {
          filter = f;
          renderLists(data);
        }),
        listHost,
      ),
      h(
        'section',
        { 'aria-labelledby': 'cohort-heading' },
        h('h2', { id: 'cohort-heading' }, t('trainerCohortHeading')),
        cohortHost,
        insightButton(),
      ),
      h(
        'section',
        { 'aria-labelledby': 'transfer-heading' },
        h('h2', { id: 'transfer-heading' }, t('trainerTransferHeading')),
        transferView(data),
      ),
      // Classroom mode: run a scenario with a group on a projector.
      classroomSection(data.scenarios, data.profiles, deps.send),
      cohortKeysSection(data.store),
      ...(device?.use === 'shared' ? [traineesSection(device, deps.access, data.profiles)] : []),
      ...(deps.lrs ? [lrsSection(deps.lrs)] : []),
      ...[quarantineSection(data.quarantined)].filter((x): x is HTMLElement => x !== null),
    );
    renderLists(data);
    focusHeading(heading);
  }

  function review(data: TrainerData, attemptId: string): void {
    const scenarioId = data.attempts.find((a) => a.id === attemptId)?.scenarioId ?? '';
    deps.loadScenario(scenarioId).then(
      (scenario) => main.replaceChildren(reviewView(data, attemptId, scenario, toHome)),
      () => main.replaceChildren(reviewView(data, attemptId, undefined, toHome)),
    );
  }

  /** To the insight views: every device's records, read back from the LRS too. */
  function insightButton(): HTMLElement {
    const button = h('button', { type: 'button' }, t('insightOpen'));
    button.addEventListener('click', () => deps.send({ type: 'trainer.insight' }));
    return h('p', {}, button);
  }

  function insight(data: TrainerData): void {
    const back = h('button', { type: 'button' }, t('insightBack'));
    back.addEventListener('click', toHome);
    main.replaceChildren(insightSection(data, deps.lrsRead), h('p', {}, back));
    const h2 = main.querySelector<HTMLElement>('h2');
    if (h2) focusHeading(h2);
  }

  function certificate(data: TrainerData, profileId: string): void {
    main.replaceChildren(certificateView(data, profileId, toHome));
    const h2 = main.querySelector<HTMLElement>('h2');
    if (h2) focusHeading(h2);
  }

  let shown = '';
  let data: TrainerData | null = null;
  // The records and the catalogue are read once the gate opens (or the page is redrawn in another language),
  // then kept at hand.
  const withRecords = (then: (data: TrainerData) => void) => {
    if (data) return then(data);
    void deps.catalogue.load().then(async (catalogue) => {
      const loaded = trainerData(catalogue);
      await loaded.reload();
      data = loaded;
      then(loaded);
    });
  };
  return {
    element,
    show(next) {
      const key = JSON.stringify(next);
      if (key === shown) return;
      shown = key;
      switch (next.view) {
        case 'locked': {
          const gate = { store: deps.store(), device: deps.device(), access: deps.access };
          void gateView(gate, () => deps.send({ type: 'trainer.unlock' })).then((view) => {
            main.replaceChildren(view);
            main.querySelector<HTMLInputElement>('input')?.focus();
          });
          return;
        }
        case 'home':
          return withRecords(home);
        case 'review':
          return withRecords((d) => review(d, next.focus));
        case 'certificate':
          return withRecords((d) => certificate(d, next.focus));
        case 'insight':
          return withRecords(insight);
      }
    },
  };
}
