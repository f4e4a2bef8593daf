/**
 * The debrief. It opens with a summary: the ending and what it means, pass or not with the score, the level per
 * criterion, and the moments that mattered (debrief-summary.ts). Then each criterion in full, one <details> each,
 * closed until the trainee opens it (or follows a link to it from the summary): the trainee's deciding choices,
 * feedback, good practice and the cited guidance with its excerpt. Then the map of the path, from whose decisions
 * the trainee can replay as practice ("what if I had…"), and the path as a timeline. A practice's debrief also
 * compares its levels with the scored attempt's (debrief-compare.ts).
 */
import type { Catalogue, Criterion, Scenario } from '../../../engine/content/types.ts';
import type { CriterionResult } from '../../../engine/scoring/score.ts';
import { rubricCriteria } from '../../../engine/scoring/score.ts';
import { momentsThatMattered } from '../../../engine/scoring/moments.ts';
import { criterionText, scenarioText } from '../../../engine/content/localize.ts';
import type { Decision } from '../../../engine/scoring/decision.ts';
import { citationView } from '../citation-view.ts';
import { pathMapSection } from '../path-map.ts';
import { h } from '../dom.ts';
import { levelName, t, lv } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';
import { comparisonView } from './debrief-compare.ts';
import { detailsId, levelsList, momentsView, openDetails } from './debrief-summary.ts';

function criterionView(
  criterion: Criterion,
  result: CriterionResult,
  decisions: readonly Decision[],
  language: string,
): HTMLElement {
  const text = criterionText(criterion, language);
  const deciding = decisions.filter(
    (d) => result.deciding.includes(d.seq) || result.criticalAt.includes(d.seq),
  );
  const level = result.level;
  const feedback = level === null ? null : text.levels[level].feedback;
  const critical = result.criticalAt.length > 0;
  return h(
    'li',
    { class: `criterion${critical ? ' critical-error' : ''}` },
    h(
      'details',
      { id: detailsId(criterion.id) },
      // A summary may hold a heading: screen readers list the criteria among the page's headings.
      h(
        'summary',
        {},
        h(
          'h3',
          {},
          text.title,
          criterion.critical ? h('span', { class: 'badge' }, ` (${t('critical')})`) : null,
        ),
        h(
          'span',
          { class: `level level-${level ?? 'none'}` },
          lv(t('level'), levelName(level)),
          result.best !== null ? ` (${result.points}/${result.maxPoints})` : '',
        ),
      ),
      h(
        'div',
        { class: 'criterion-body' },
        critical ? h('p', { class: 'critical-note' }, t('criticalFail')) : null,
        h('h4', {}, t('yourChoices')),
        deciding.length > 0
          ? h('ul', {}, ...deciding.map((d) => h('li', {}, `${d.seq}. ${d.choiceText}`)))
          : h('p', {}, t('noChoices')),
        feedback ? h('h4', {}, t('feedback')) : null,
        feedback ? h('p', {}, feedback) : null,
        h('h4', {}, t('goodPractice')),
        h('p', {}, text.statement),
        h('p', { class: 'exemplary' }, lv(t('level3'), text.levels[3].descriptor)),
        h('h4', {}, t('whyItMatters')),
        h('p', {}, text.why),
        h('h4', {}, t('sources')),
        h(
          'ul',
          { class: 'citations' },
          ...criterion.citations.map((c, i) => citationView(c, text.citations[i])),
        ),
      ),
    ),
  );
}

/** `playable` gives the scenario with its stories, for the map of the path (which replays the attempt). */
export function debriefScreen(
  { context, send, scenario }: ScreenProps,
  catalogue: Catalogue,
  playable?: () => Promise<Scenario>,
): HTMLElement {
  const result = context.result;
  if (!scenario || !result) return h('p', {}, '');
  const scenarioWords = scenarioText(scenario, context.language);
  const ending = context.ending ? scenarioWords.ending(context.ending) : undefined;
  const criteria = rubricCriteria(scenario.rubric, catalogue);
  const byId = new Map(result.criteria.map((r) => [r.id, r]));
  const run = context.refresher;
  const doneLabel = !run
    ? t('backToScenarios')
    : run.current + 1 < run.picks.length
      ? t('refresherNext')
      : t('refresherSeeResult');
  const done = h('button', { type: 'button', class: 'primary' }, doneLabel);
  done.addEventListener('click', () => send({ type: 'debrief.done' }));
  const moments = momentsThatMattered(context.decisions, result);
  // "What if I had…": not inside a refresher, whose picks are the plan's (the engine's guard says the same).
  const whatIf = run ? undefined : (from: number) => send({ type: 'debrief.practice', from });
  const practice = context.mode === 'practice' ? context.comparedWith : null;

  const screen = h(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'screen-heading' },
    h(
      'h1',
      { id: 'screen-heading' },
      lv(practice ? t('practiceDebriefHeading') : t('debriefHeading'), scenarioWords.title),
    ),
    h(
      'div',
      { class: 'debrief-summary' },
      ending
        ? h(
            'section',
            { class: 'ending' },
            h('h2', {}, lv(t('ending'), ending.title)),
            h('p', {}, ending.summary),
          )
        : null,
      h(
        'section',
        { class: `overall ${result.passed ? 'pass' : 'fail'}` },
        h('h2', {}, lv(t('score'), result.passed ? t('passed') : t('failed'))),
        h('p', {}, t('scoreOf', { percent: result.percent, passMark: result.passMark })),
        result.criticalErrors.length > 0 ? h('h3', {}, t('criticalErrors')) : null,
        result.criticalErrors.length > 0 ? h('p', { class: 'critical-note' }, t('criticalFail')) : null,
      ),
      levelsList(criteria, byId, context.language),
      momentsView(moments, context.decisions, criteria, context.language),
    ),
    practice ? comparisonView(criteria, practice.result, result, context.language) : null,
    h('h2', { id: 'criteria-heading' }, t('criteriaHeading')),
    h('p', { class: 'hint' }, t('detailsHint')),
    h(
      'ol',
      { class: 'criteria', 'aria-labelledby': 'criteria-heading' },
      ...criteria.map((c) => {
        const r = byId.get(c.id);
        return r ? criterionView(c, r, context.decisions, context.language) : null;
      }),
    ),
    // The map after the criteria: on a phone it is long, and the summary and the closed criteria come first.
    playable ? pathMapSection(context, playable, catalogue, whatIf) : null,
    h('h2', {}, t('yourPath')),
    h('ol', { class: 'timeline' }, ...context.decisions.map((d) => h('li', {}, d.choiceText))),
    done,
  );

  // An address naming a criterion (typed, or reached through the history) opens its details too.
  const onHash = () => {
    if (!screen.isConnected) {
      window.removeEventListener('hashchange', onHash);
      return;
    }
    const id = decodeURIComponent(location.hash.slice(1));
    if (id.startsWith(detailsId(''))) openDetails(id);
  };
  window.addEventListener('hashchange', onHash);
  return screen;
}
