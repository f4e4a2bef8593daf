/** The in-mission refresher's own screens: the set chosen for the trainee, and what changed at the end. */
import { criterionText, scenarioText } from '../../../engine/content/localize.ts';
import type { Catalogue } from '../../../engine/content/types.ts';
import { refresherChanges } from '../../../engine/refresher/changes.ts';
import type { CriterionChange } from '../../../engine/refresher/changes.ts';
import { h } from '../dom.ts';
import { levelName, t, tn } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';

function criterionTitle(catalogue: Catalogue, id: string, language: string): string {
  const c = catalogue.criteria.find((x) => x.id === id);
  return c ? criterionText(c, language).title : id;
}

export function refresherPlanScreen(
  { context, send, scenarios }: ScreenProps,
  catalogue: Catalogue,
): HTMLElement {
  const run = context.refresher;
  const picks = run?.picks ?? [];
  const balanced = picks.every((p) => p.because === null);
  const list = h('ol', { class: 'scenario-list' });
  for (const pick of picks) {
    const s = scenarios.find((x) => x.id === pick.scenarioId);
    if (!s) continue;
    const text = scenarioText(s, context.language);
    const because = pick.because;
    const level = because === null ? null : (run?.baseline[because] ?? null);
    const why =
      because === null
        ? null
        : level === null
          ? t('refresherBecauseNew', { criterion: criterionTitle(catalogue, because, context.language) })
          : t('refresherBecause', {
              criterion: criterionTitle(catalogue, because, context.language),
              level: levelName(level),
            });
    list.append(
      h(
        'li',
        { class: 'card' },
        h('h2', {}, text.title),
        h('p', {}, text.summary),
        why ? h('p', { class: 'meta' }, why) : null,
        h('p', { class: 'meta' }, tn('minutes', s.minutes)),
      ),
    );
  }
  const begin = h('button', { type: 'button', class: 'primary' }, t('refresherBegin'));
  begin.addEventListener('click', () => send({ type: 'refresher.begin' }));
  const back = h('button', { type: 'button' }, t('notNow'));
  back.addEventListener('click', () => send({ type: 'screen.leave' }));
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, t('refresherPlanHeading')),
    h('p', {}, balanced ? t('refresherBalanced') : tn('refresherPlanIntro', picks.length)),
    list,
    h('div', { class: 'actions' }, begin, back),
  );
}

function changeText(c: CriterionChange): string {
  if (c.before === null) return t('refresherFirstTime');
  if (c.change === null) return t('refresherNotCompared');
  if (c.change > 0) return t('refresherUp', { n: c.change });
  if (c.change < 0) return t('refresherDown', { n: -c.change });
  return t('refresherSame');
}

export function refresherResultScreen({ context, send }: ScreenProps, catalogue: Catalogue): HTMLElement {
  const run = context.refresher;
  const changes = run ? refresherChanges(run.baseline, run.results) : [];
  const rows = changes.map((c) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, criterionTitle(catalogue, c.criterion, context.language)),
      h('td', {}, levelName(c.before, t('refresherFirstTime'))),
      h('td', {}, levelName(c.now)),
      h(
        'td',
        { class: c.change === null ? '' : c.change > 0 ? 'up' : c.change < 0 ? 'down' : '' },
        changeText(c),
      ),
    ),
  );
  const done = h('button', { type: 'button', class: 'primary' }, t('refresherDone'));
  done.addEventListener('click', () => send({ type: 'refresher.done' }));
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, t('refresherResultHeading')),
    h('p', {}, t('refresherResultIntro')),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'refresher-result' },
        h('caption', {}, t('refresherResultCaption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('trainerCriterion')),
            h('th', { scope: 'col' }, t('refresherBefore')),
            h('th', { scope: 'col' }, t('refresherNow')),
            h('th', { scope: 'col' }, t('refresherChange')),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    h('div', { class: 'actions' }, done),
  );
}
