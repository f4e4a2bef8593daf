/**
 * The trainer area: behind a passphrase, the attempts with filters, the cohort per criterion, after-action
 * review, certificates, and moving records in and out.
 */
import type { Catalogue, Scenario, ScenarioInfo } from '../../../engine/content/types.ts';
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
import { reviewView } from './review-view.ts';
import { transferView } from './transfer-view.ts';
import { quarantineSection } from './quarantine-view.ts';
import { cohortKeysSection } from './cohort-keys-view.ts';
import { traineesSection } from './trainees-view.ts';
import type { DeviceSetup } from '../../../engine/trainer/device.ts';
import type { DeviceAccess } from '../device-access.ts';

export interface TrainerDeps {
  store: () => RecordStore;
  scenarios: readonly ScenarioInfo[];
  catalogue: Catalogue;
  appVersion: string;
  close: () => void;
  /** LRS sync, when the app runs it (see docs/lrs.md). */
  lrs?: LrsControl;
  /** The device's set-up now, and a way to change it (behind the gate). */
  device(): DeviceSetup | null;
  access: DeviceAccess;
  /** The scenario complete with its stories, which the after-action review replays. */
  loadScenario(id: string): Promise<Scenario>;
}

export function trainerScreen(deps: TrainerDeps): HTMLElement {
  const close = h('button', { type: 'button' }, t('trainerClose'));
  close.addEventListener('click', deps.close);
  const heading = h('h1', { id: 'screen-heading' }, t('trainerHeading'));
  const main = h('div', { class: 'trainer-main' });
  const screen = h(
    'section',
    { class: 'screen trainer', 'aria-labelledby': 'screen-heading' },
    h('div', { class: 'play-bar' }, heading, close),
    main,
  );

  let filter: AttemptFilter = {};
  const data: TrainerData = {
    profiles: [],
    attempts: [],
    quarantined: [],
    scenarios: deps.scenarios,
    catalogue: deps.catalogue,
    appVersion: deps.appVersion,
    get store() {
      return deps.store();
    },
    loadScenario: (id) => deps.loadScenario(id),
    async reload() {
      // Attempts first: reading them is what sets damaged entries aside, so the list below is complete.
      [data.profiles, data.attempts] = await Promise.all([deps.store().profiles(), deps.store().attempts()]);
      data.quarantined = await deps
        .store()
        .quarantine()
        .catch(() => []);
      renderLists();
    },
    review: (id) => {
      const scenarioId = data.attempts.find((a) => a.id === id)?.scenarioId ?? '';
      deps.loadScenario(scenarioId).then(
        (scenario) => main.replaceChildren(reviewView(data, id, scenario, home)),
        () => main.replaceChildren(reviewView(data, id, undefined, home)),
      );
    },
    certificate: (id) => {
      main.replaceChildren(certificateView(data, id, home));
      const h2 = main.querySelector<HTMLElement>('h2');
      if (h2) focusHeading(h2);
    },
  };

  const listHost = h('div', {});
  const cohortHost = h('div', {});
  const renderLists = () => {
    listHost.replaceChildren(attemptsTable(data, filter));
    cohortHost.replaceChildren(cohortView(data, filter));
  };

  function home(): void {
    const device = deps.device();
    main.replaceChildren(
      h(
        'section',
        { 'aria-labelledby': 'attempts-heading' },
        h('h2', { id: 'attempts-heading' }, t('trainerAttemptsHeading')),
        filterForm(data, (f) => {
          filter = f;
          renderLists();
        }),
        listHost,
      ),
      h(
        'section',
        { 'aria-labelledby': 'cohort-heading' },
        h('h2', { id: 'cohort-heading' }, t('trainerCohortHeading')),
        cohortHost,
      ),
      h(
        'section',
        { 'aria-labelledby': 'transfer-heading' },
        h('h2', { id: 'transfer-heading' }, t('trainerTransferHeading')),
        transferView(data),
      ),
      cohortKeysSection(data.store),
      ...(device?.use === 'shared' ? [traineesSection(device, deps.access, data.profiles)] : []),
      ...(deps.lrs ? [lrsSection(deps.lrs)] : []),
      ...[quarantineSection(data.quarantined)].filter((x): x is HTMLElement => x !== null),
    );
    renderLists();
    focusHeading(heading);
  }

  const gate = { store: deps.store(), device: deps.device(), access: deps.access };
  void gateView(gate, () => void data.reload().then(home)).then((gate) => {
    main.replaceChildren(gate);
    main.querySelector<HTMLInputElement>('input')?.focus();
  });
  return screen;
}
