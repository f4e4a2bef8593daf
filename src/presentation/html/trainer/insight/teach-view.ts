/** "Teach tomorrow": the three decision points where the cohort did worst, each with the guidance to teach from. */
import { scenarioText } from '../../../../engine/content/localize.ts';
import type { ScenarioInfo } from '../../../../engine/content/types.ts';
import type { TeachItem } from '../../../../engine/insight/index.ts';
import { citationReference } from '../../citation-view.ts';
import { h } from '../../dom.ts';
import { formatPercent, lv, pageLanguage, t } from '../../../i18n/t.ts';

export function teachView(items: readonly TeachItem[], scenarios: readonly ScenarioInfo[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'empty' }, t('teachNone'));
  const titleOf = new Map(scenarios.map((s) => [s.id, scenarioText(s, pageLanguage()).title]));
  return h(
    'ol',
    { class: 'teach-list' },
    ...items.map((item) =>
      h(
        'li',
        {},
        h(
          'p',
          { class: 'teach-point' },
          t('teachItem', {
            title: titleOf.get(item.scenarioId) ?? item.scenarioId,
            n: item.point.number,
            share: item.point.mistakeShare === null ? '–' : formatPercent(item.point.mistakeShare * 100),
            reached: item.point.reached,
          }),
        ),
        h(
          'p',
          {},
          lv(t('teachMistake'), `${item.mistake.text} (${formatPercent(item.mistake.share * 100)})`),
        ),
        h('p', {}, lv(t('teachCriterion'), item.criterion.title)),
        item.reference
          ? h(
              'p',
              { class: 'reference' },
              lv(t('teachGuidance'), citationReference(item.reference.citation, item.reference.words)),
            )
          : null,
        item.few ? h('p', { class: 'hint' }, t('teachFew')) : null,
      ),
    ),
  );
}
