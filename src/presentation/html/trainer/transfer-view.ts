/**
 * Moving records: import bundles from other devices, export CSV, xAPI statements and a bundle. Each file is
 * checked on its own (see engine/records/bundle/import.ts): one refused file changes nothing and never stops the
 * others, and the trainer reads which file was refused and why.
 */
import { exportBundle, importBundle } from '../../../engine/records/bundle/index.ts';
import type { ImportOutcome } from '../../../engine/records/bundle/index.ts';
import { knownCohorts, signingCohort } from '../../../app/cohorts.ts';
import {
  attemptsCsv,
  decisionsCsv,
  DEFAULT_XAPI_OPTIONS,
  xapiStatementsEach,
} from '../../../engine/records/export/index.ts';
import { h } from '../dom.ts';
import { t, tn, lv } from '../../i18n/t.ts';
import { bundleProblemText } from '../../i18n/bundle-problems.ts';
import { skipReasonText } from '../../i18n/skip-reasons.ts';
import type { TrainerData } from './context.ts';
import { download } from './download.ts';

export function transferView(data: TrainerData): HTMLElement {
  const status = h('div', { class: 'transfer-status', role: 'status' });
  const file = h('input', {
    id: 'import-file',
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
  });
  const acceptUnverified = h('input', { id: 'accept-unverified', type: 'checkbox' });
  const importButton = h('button', { type: 'button', class: 'primary' }, t('trainerImport'));
  importButton.addEventListener('click', async () => {
    const files = [...(file.files ?? [])];
    if (files.length === 0) {
      status.textContent = t('trainerChooseFile');
      return;
    }
    importButton.disabled = true;
    const lines: string[] = [];
    const cohorts = await knownCohorts(data.store);
    for (const f of files) {
      let result: ImportOutcome;
      try {
        result = await importBundle(data.store, await f.text(), {
          scenario: async (id) =>
            data.scenarios.some((s) => s.id === id) ? await data.loadScenario(id) : undefined,
          profilesHere: data.profiles,
          cohorts,
          now: Date.now(),
          acceptUnverified: acceptUnverified.checked,
        });
      } catch (e) {
        lines.push(lv(f.name, `${t('trainerImportFailed')} ${(e as Error).message}`));
        continue;
      }
      if (!result.ok) {
        lines.push(lv(f.name, `${t('trainerRefused')} ${bundleProblemText(result.problem)}`));
        continue;
      }
      const { added, unchanged, updated, conflicts } = result.report;
      const who = result.authenticity;
      lines.push(
        lv(
          f.name,
          `${t('trainerImported', {
            added: tn('trainerImportedAdded', added.attempts),
            updated: tn('trainerImportedUpdated', updated.attempts),
            unchanged: tn('trainerImportedUnchanged', unchanged.attempts),
            conflicts: tn('trainerImportedConflicts', conflicts.length),
          })} ${
            who.kind === 'signed'
              ? t('trainerImportSigned', { cohort: who.cohort.name, id: who.cohort.id })
              : tn('trainerImportUnverified', result.unverified)
          }`,
        ),
      );
    }
    await data.reload();
    status.replaceChildren(...lines.map((l) => h('p', {}, l)));
    importButton.disabled = false;
  });

  const input = () => ({
    profiles: data.profiles,
    attempts: data.attempts,
    scenarios: data.scenarios,
    catalogue: data.catalogue,
  });
  const stamp = new Date().toISOString().slice(0, 10);
  const button = (label: string, run: () => void | Promise<void>) => {
    const b = h('button', { type: 'button' }, label);
    b.addEventListener('click', () => void run());
    return b;
  };
  return h(
    'div',
    { class: 'transfer' },
    h('h3', {}, t('trainerImportHeading')),
    h('p', {}, t('trainerImportIntro')),
    h('p', { class: 'hint' }, t('trainerImportProves')),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, t('trainerBundleFiles')), file),
    h(
      'div',
      { class: 'field checkbox' },
      acceptUnverified,
      h('label', { for: 'accept-unverified' }, t('trainerAcceptUnverified')),
    ),
    importButton,
    status,
    h('h3', {}, t('trainerExportHeading')),
    h(
      'div',
      { class: 'actions' },
      button(t('trainerExportAttempts'), () =>
        download(`attempts-${stamp}.csv`, attemptsCsv(input()), 'text/csv;charset=utf-8'),
      ),
      button(t('trainerExportDecisions'), () =>
        download(`decisions-${stamp}.csv`, decisionsCsv(input()), 'text/csv;charset=utf-8'),
      ),
      button(t('trainerExportXapi'), async () => {
        // An attempt that cannot become statements is left out and named; the others are exported.
        const { statements, skipped } = await xapiStatementsEach(input(), DEFAULT_XAPI_OPTIONS);
        download(`statements-${stamp}.json`, JSON.stringify(statements, null, 2), 'application/json');
        status.replaceChildren(
          ...skipped.map((k) =>
            h('p', {}, t('xapiExportSkipped', { id: k.attemptId, reason: skipReasonText(k.reason) })),
          ),
        );
      }),
      button(t('trainerExportBundle'), async () =>
        download(
          `waypoint-records-${stamp}.json`,
          await exportBundle({
            profiles: data.profiles,
            attempts: data.attempts,
            appVersion: data.appVersion,
            exportedAt: Date.now(),
            cohort: await signingCohort(data.store),
          }),
          'application/json',
        ),
      ),
    ),
  );
}
