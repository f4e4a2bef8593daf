/**
 * Which decision points separate those who pass from those who do not (engine/insight/discrimination.ts says how
 * it is computed); figures over too few trainees are marked so, in words.
 */
import { scenarioText } from '../../../../engine/content/localize.ts';
import type { ScenarioInfo } from '../../../../engine/content/types.ts';
import type { DiscriminationView, GroupShare } from '../../../../engine/insight/index.ts';
import { h } from '../../dom.ts';
import { formatNumber, formatPercent, pageLanguage, t } from '../../../i18n/t.ts';

const group = (g: GroupShare) =>
  g.share === null
    ? '–'
    : t('discriminationShare', { best: g.best, n: g.n, share: formatPercent(g.share * 100) });

/** In percentage points, signed: "+45", "−10". */
const points = (x: number) =>
  `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatNumber(Math.round(Math.abs(x) * 100))}`;

export function discriminationInsightView(
  views: readonly DiscriminationView[],
  scenarios: readonly ScenarioInfo[],
): HTMLElement[] {
  const titleOf = new Map(scenarios.map((s) => [s.id, scenarioText(s, pageLanguage()).title]));
  const head = (text: string) => h('th', { scope: 'col' }, text);
  return views.map((v) => {
    const caption = t('discriminationScenario', {
      title: titleOf.get(v.scenarioId) ?? v.scenarioId,
      passers: v.passers,
      others: v.others,
    });
    return h(
      'div',
      // A wide table scrolls sideways in its own frame, which the keyboard can reach.
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
      h(
        'table',
        { class: 'insight-discrimination' },
        h('caption', {}, caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            head(t('insightPoint')),
            head(t('discriminationPassers')),
            head(t('discriminationOthers')),
            head(t('discriminationDifference')),
          ),
        ),
        h(
          'tbody',
          {},
          ...v.rows.map((r) =>
            h(
              'tr',
              { class: r.tooFew ? 'too-few' : '' },
              h('th', { scope: 'row' }, t('pointsDecision', { n: r.number })),
              h('td', {}, group(r.passers)),
              h('td', {}, group(r.others)),
              h(
                'td',
                {},
                r.discrimination === null
                  ? '–'
                  : t('discriminationValue', {
                      difference: points(r.discrimination),
                      margin: r.margin95 === null ? '–' : points(r.margin95).replace(/^[+−]/, ''),
                    }),
                r.tooFew ? ` (${t('discriminationTooFew')})` : '',
              ),
            ),
          ),
        ),
      ),
    );
  });
}
