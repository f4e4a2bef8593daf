/**
 * Per decision point of each scenario: how many reached it and the share that took each choice, with the choice's
 * level (in words) and the criteria it bears on; the points with most mistakes first (engine/insight).
 */
import { scenarioText } from '../../../../engine/content/localize.ts';
import type { ScenarioInfo } from '../../../../engine/content/types.ts';
import type { ChoiceShare, DecisionPointsView, PointView } from '../../../../engine/insight/index.ts';
import { h } from '../../dom.ts';
import { formatNumber, formatPercent, levelName, pageLanguage, t } from '../../../i18n/t.ts';
import { shareBar } from './share-bar.ts';

function choiceRow(c: ChoiceShare): HTMLElement {
  const bears = [
    ...c.critical.map((k) => `${k.title} (${t('pointsCritical')})`),
    ...c.levels.map((l) => l.title),
  ];
  return h(
    'tr',
    { class: c.mistake ? 'mistake' : '' },
    h('th', { scope: 'row' }, c.text),
    h('td', {}, shareBar(c.share), `${formatPercent(c.share * 100)} (${formatNumber(c.taken)})`),
    h('td', {}, c.critical.length > 0 ? t('pointsCritical') : levelName(c.level, t('pathMapNotScored'))),
    h('td', {}, [...new Set(bears)].join('; ')),
  );
}

function pointTable(p: PointView): HTMLElement {
  const reached = t('pointsReached', {
    n: p.reached,
    share: p.mistakeShare === null ? '–' : formatPercent(p.mistakeShare * 100),
  });
  return h(
    'table',
    { class: 'insight-point' },
    h('caption', {}, `${t('pointsDecision', { n: p.number })}: ${reached}`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['pointsChoice', 'pointsTaken', 'pointsLevel', 'pointsBearsOn'] as const).map((k) =>
          h('th', { scope: 'col' }, t(k)),
        ),
      ),
    ),
    h('tbody', {}, ...p.choices.map(choiceRow)),
  );
}

export function pointsView(
  views: readonly DecisionPointsView[],
  scenarios: readonly ScenarioInfo[],
): HTMLElement[] {
  const titleOf = new Map(scenarios.map((s) => [s.id, scenarioText(s, pageLanguage()).title]));
  return views.map((v) =>
    h(
      'details',
      { class: 'insight-scenario', 'data-scenario': v.scenarioId },
      h(
        'summary',
        {},
        t('pointsScenario', { title: titleOf.get(v.scenarioId) ?? v.scenarioId, n: v.attempts }),
      ),
      v.otherVersion > 0 ? h('p', { class: 'hint' }, t('pointsOtherVersion', { n: v.otherVersion })) : null,
      ...v.points.filter((p) => p.reached > 0).map(pointTable),
    ),
  );
}
