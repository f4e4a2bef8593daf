/**
 * The trainer's insight views: the records on this device (imported bundles included) merged with the attempts
 * rebuilt from the LRS's statements, each counted once, then filtered, as teach-tomorrow, decision points,
 * criteria and discrimination, each with its CSV. The figures are worked out by the engine (engine/insight); the
 * scenarios' stories are fetched once, since finding the decision points replays them.
 */
import type { Scenario } from '../../../../engine/content/types.ts';
import {
  computeInsight,
  criteriaCsv,
  decisionPointsCsv,
  discriminationCsv,
  insightCatalogues,
  MIN_GROUP,
  mergeInsightAttempts,
  SKIP_REASONS,
  teachTomorrowCsv,
} from '../../../../engine/insight/index.ts';
import type {
  InsightAttempt,
  InsightFilter,
  InsightMergeReport,
  PointCatalogue,
} from '../../../../engine/insight/index.ts';
import { nextTask } from '../../../../engine/next-task.ts';
import { h } from '../../dom.ts';
import type { LrsReadControl } from '../../../../engine/ports/lrs-read.ts';
import { pageLanguage, t, tn } from '../../../i18n/t.ts';
import type { TrainerData } from '../context.ts';
import { download } from '../download.ts';
import { criteriaInsightView } from './criteria-view.ts';
import { discriminationInsightView } from './discrimination-view.ts';
import { insightFilters } from './insight-filters.ts';
import { lrsReadPanel } from './lrs-read-panel.ts';
import { pointsView } from './points-view.ts';
import { teachView } from './teach-view.ts';

function csvButton(label: string, filename: string, csv: () => string): HTMLElement {
  const button = h('button', { type: 'button' }, label);
  button.addEventListener('click', () => download(filename, csv(), 'text/csv;charset=utf-8'));
  return button;
}

function sub(id: string, title: string, ...body: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'insight-view', 'aria-labelledby': id }, h('h3', { id }, title), ...body);
}

interface Loaded {
  attempts: InsightAttempt[];
  report: InsightMergeReport;
  scenarios: Scenario[];
  catalogues: Map<string, PointCatalogue>;
}

export function insightSection(data: TrainerData, lrs?: LrsReadControl): HTMLElement {
  const status = h('p', { class: 'insight-status', role: 'status' }, t('insightLoading'));
  const filtersHost = h('div', {});
  const views = h('div', { class: 'insight-views' });
  let filter: InsightFilter = {};
  let loaded: Loaded | null = null;
  /** The scenarios whose decision points the trainer has opened. */
  let opened = new Set<string>();
  /** Statements from the LRS left out, by reason ("duplicate 3, foreign 1"). */
  let skipped = '';

  const render = () => {
    if (!loaded) return;
    const began = performance.now();
    const { attempts, scenarios, catalogues, report } = loaded;
    const content = { scenarios, catalogue: data.catalogue, language: pageLanguage() };
    const insight = computeInsight(attempts, filter, catalogues, content);
    status.textContent = [
      t('insightSources', {
        attempts: insight.attempts,
        device: report.bySource.device,
        lrs: report.bySource.lrs,
        both: report.inSeveral,
      }),
      report.conflicts.length > 0 ? tn('insightConflicts', report.conflicts.length) : '',
      skipped ? t('insightSkipped', { details: skipped }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    // A new filter redraws the views: the scenarios the trainer had opened stay open, even across an empty filter.
    const shown = [...views.querySelectorAll<HTMLDetailsElement>('details.insight-scenario')];
    if (shown.length > 0) opened = new Set(shown.filter((d) => d.open).map((d) => d.dataset.scenario ?? ''));
    if (insight.attempts === 0) {
      views.replaceChildren(h('p', { class: 'empty' }, t('insightNone')));
      return;
    }
    views.replaceChildren(
      sub(
        'insight-teach',
        t('teachHeading'),
        h('p', {}, t('teachIntro')),
        teachView(insight.teach, data.scenarios),
        csvButton(t('insightCsv'), 'teach-tomorrow.csv', () => teachTomorrowCsv(insight.teach)),
      ),
      sub(
        'insight-points',
        t('pointsHeading'),
        h('p', {}, t('pointsIntro')),
        ...pointsView(insight.points, data.scenarios),
        ...insight.points.map((v) =>
          csvButton(`${t('insightCsv')} (${v.scenarioId})`, `decision-points-${v.scenarioId}.csv`, () =>
            decisionPointsCsv(v),
          ),
        ),
      ),
      sub(
        'insight-criteria',
        t('criteriaInsightHeading'),
        h('p', {}, t('criteriaInsightIntro')),
        criteriaInsightView(insight.criteria),
        csvButton(t('insightCsv'), 'criteria.csv', () => criteriaCsv(insight.criteria)),
      ),
      sub(
        'insight-discrimination',
        t('discriminationHeading'),
        h('p', {}, t('discriminationIntro', { min: MIN_GROUP })),
        ...discriminationInsightView(insight.discrimination, data.scenarios),
        ...insight.discrimination.map((v) =>
          csvButton(`${t('insightCsv')} (${v.scenarioId})`, `discrimination-${v.scenarioId}.csv`, () =>
            discriminationCsv(v),
          ),
        ),
      ),
    );
    for (const d of views.querySelectorAll<HTMLDetailsElement>('details.insight-scenario')) {
      if (opened.has(d.dataset.scenario ?? '')) d.open = true;
    }
    performance.measure('insight:views', { start: began });
  };

  const load = async () => {
    status.textContent = t('insightLoading');
    const began = performance.now();
    try {
      const fromLrs = lrs ? await lrs.attempts() : { attempts: [], report: null };
      skipped = fromLrs.report
        ? SKIP_REASONS.filter((r) => (fromLrs.report?.skipped[r] ?? 0) > 0)
            .map((r) => t(`insightSkip_${r}`, { n: fromLrs.report?.skipped[r] ?? 0 }))
            .join(', ')
        : '';
      const { attempts, report } = mergeInsightAttempts({
        device: { profiles: data.profiles, attempts: data.attempts },
        lrs: fromLrs.attempts,
      });
      const known = new Set(data.scenarios.map((s) => s.id));
      const ids = [...new Set(attempts.map((a) => a.scenarioId))].filter((id) => known.has(id));
      // A scenario whose stories cannot be fetched just has no decision points shown.
      const scenarios = (await Promise.all(ids.map((id) => data.loadScenario(id).catch(() => null)))).filter(
        (s): s is Scenario => s !== null,
      );
      const content = { scenarios, catalogue: data.catalogue, language: pageLanguage() };
      const merged = performance.now();
      loaded = { attempts, report, scenarios, catalogues: insightCatalogues(attempts, content) };
      performance.measure('insight:decision-points', { start: merged });
      performance.measure('insight:load', { start: began });
      // The views are drawn in a task of their own: finding the decision points and drawing are each long enough.
      await nextTask();
      filtersHost.replaceChildren(
        insightFilters(attempts, data.scenarios, (f) => {
          filter = f;
          render();
        }),
      );
      render();
    } catch (e) {
      status.textContent = t('insightFailed', { reason: e instanceof Error ? e.message : String(e) });
    }
  };
  void load();

  return h(
    'section',
    { class: 'insight', 'aria-labelledby': 'insight-heading' },
    h('h2', { id: 'insight-heading' }, t('insightHeading')),
    h('p', {}, t('insightIntro')),
    lrs ? lrsReadPanel(lrs, () => void load()) : null,
    status,
    filtersHost,
    views,
  );
}
