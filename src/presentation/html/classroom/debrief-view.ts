/**
 * The group debrief, drawn the same in the trainer's window and on the projector: the result, the group's path
 * (at each decision every choice with its level, the votes as bars, the one taken and any override's reason),
 * then the criteria with the group's level.
 */
import { h } from '../dom.ts';
import { formatNumber, levelName, lv, t, tn } from '../../i18n/t.ts';
import type { GroupDebrief } from './view.ts';

function bar(votes: number, most: number): HTMLElement {
  const fill = h('span', { class: 'classroom-bar-fill' });
  // Set through the CSSOM: the page's Content-Security-Policy allows no inline style attributes.
  fill.style.inlineSize = `${most > 0 ? Math.round((votes / most) * 100) : 0}%`;
  return h('span', { class: 'classroom-bar', 'aria-hidden': 'true' }, fill);
}

export function groupDebriefView(debrief: GroupDebrief, idPrefix: string): HTMLElement {
  const outcome = t(debrief.passed ? 'passed' : 'failed');
  const points = debrief.points.map((p) => {
    const most = Math.max(0, ...p.choices.map((c) => c.votes));
    const caption = t('classroomDecision', { n: p.seq });
    return h(
      'table',
      { class: 'classroom-debrief-point' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t('classroomChoice')),
          h('th', { scope: 'col' }, t('classroomLevel')),
          h('th', { scope: 'col' }, t('classroomVotesColumn')),
        ),
      ),
      h(
        'tbody',
        {},
        ...p.choices.map((c) =>
          h(
            'tr',
            { class: c.taken ? 'taken' : undefined },
            h(
              'th',
              { scope: 'row' },
              c.text,
              c.taken ? h('span', { class: 'badge' }, ` (${t('classroomTaken')})`) : null,
            ),
            h(
              'td',
              {},
              levelName(c.level, '—'),
              c.critical ? h('span', { class: 'badge critical' }, ` (${t('classroomCritical')})`) : null,
            ),
            h('td', { class: 'classroom-votes-cell' }, bar(c.votes, most), tn('classroomVotes', c.votes)),
          ),
        ),
      ),
      p.override === null
        ? null
        : h(
            'tfoot',
            {},
            h(
              'tr',
              {},
              h(
                'td',
                { colspan: 3 },
                t('classroomOverridden', {
                  n: formatNumber(p.choices.findIndex((c) => c.taken) + 1),
                  reason: p.override,
                }),
              ),
            ),
          ),
    );
  });
  return h(
    'section',
    { class: 'classroom-debrief', 'aria-labelledby': `${idPrefix}-debrief-heading` },
    h('h2', { id: `${idPrefix}-debrief-heading` }, t('classroomDebrief')),
    h('p', { class: 'classroom-result' }, t('classroomDebriefResult', { outcome, percent: debrief.percent })),
    debrief.ending
      ? h(
          'div',
          {},
          h('p', {}, t('classroomDebriefEnding', { title: debrief.ending.title })),
          h('p', {}, debrief.ending.summary),
        )
      : null,
    h('h3', {}, t('classroomDebriefPath')),
    debrief.partial ? h('p', {}, t('classroomDebriefUnavailable')) : null,
    ...points,
    h('h3', {}, t('classroomDebriefCriteria')),
    h(
      'ul',
      { class: 'classroom-criteria' },
      ...debrief.criteria.map((c) =>
        h(
          'li',
          {},
          h('strong', {}, c.title),
          ` — ${levelName(c.level)}`,
          c.feedback ? h('p', {}, c.feedback) : null,
          h('p', { class: 'good-practice' }, lv(t('classroomGoodPractice'), c.statement)),
        ),
      ),
    ),
  );
}
