/** After-action review: one attempt, decision by decision, with Previous and Next; then the map of its path. */
import { citationView } from '../citation-view.ts';
import { pathMapView } from '../path-map.ts';
import { pathMap } from '../../../engine/trainer/path-map.ts';
import { reviewAttempt } from '../../../engine/trainer/review.ts';
import { focusHeading, h } from '../dom.ts';
import { formatDateTime, levelName, pageLanguage, t, lv } from '../../i18n/t.ts';
import { scenarioText } from '../../../engine/content/localize.ts';
import type { Scenario } from '../../../engine/content/types.ts';
import type { TrainerData } from './context.ts';

/** `scenario` is the attempt's scenario with its stories (undefined when it is unknown or could not be loaded). */
export function reviewView(
  data: TrainerData,
  attemptId: string,
  scenario: Scenario | undefined,
  back: () => void,
): HTMLElement {
  const attempt = data.attempts.find((a) => a.id === attemptId);
  const profile = data.profiles.find((p) => p.id === attempt?.profileId);
  const backButton = h('button', { type: 'button' }, t('trainerBackToList'));
  backButton.addEventListener('click', back);
  if (!attempt || !scenario)
    return h('div', {}, h('p', { role: 'alert' }, t('trainerReviewMissing')), backButton);
  const review = reviewAttempt(attempt, scenario, data.catalogue, profile ?? null, pageLanguage());
  const words = scenarioText(scenario, pageLanguage());
  const heading = h(
    'h2',
    { id: 'review-heading' },
    t('trainerReviewHeading', {
      // A classroom session is the group's, not a trainee's.
      name: attempt?.classroom ? t('classroomBadge') : (profile?.name ?? ''),
      title: words.title,
    }),
  );
  const body = h('div', { class: 'review-step', 'aria-live': 'polite' });
  const prev = h('button', { type: 'button' }, t('trainerPrevious'));
  const next = h('button', { type: 'button', class: 'primary' }, t('trainerNext'));
  let index = 0;

  const show = () => {
    const step = review.steps[index];
    prev.disabled = index === 0;
    next.disabled = index >= review.steps.length - 1;
    if (!step) {
      body.replaceChildren(
        h(
          'p',
          {},
          review.problem ? t('trainerReviewMismatch', { ...review.problem }) : t('trainerNoDecisions'),
        ),
      );
      return;
    }
    body.replaceChildren(
      h(
        'h3',
        {},
        t('trainerDecisionOf', { n: step.seq, total: review.steps.length }),
        ` · ${formatDateTime(step.at)}`,
      ),
      h('h4', {}, t('trainerSituation')),
      ...step.situation.map((l) => h('p', {}, l.speaker ? lv(words.castName(l.speaker), '') : '', l.text)),
      h('h4', {}, t('trainerOffered')),
      h(
        'ol',
        { class: 'offered' },
        ...step.offered.map((o) =>
          h(
            'li',
            { class: o.index === step.chosen.index ? 'chosen' : '' },
            o.text,
            o.index === step.chosen.index ? ` — ${t('trainerChosen')}` : '',
          ),
        ),
      ),
      ...step.critical.map((c) => h('p', { class: 'critical-note' }, lv(t('criticalErrors'), c.title))),
      h('h4', {}, t('trainerEvidence')),
      step.evidence.length === 0
        ? h('p', {}, t('trainerNoEvidence'))
        : h(
            'ul',
            { class: 'evidence' },
            ...step.evidence.map((e) =>
              h(
                'li',
                {},
                h('p', {}, h('strong', {}, `${e.title}: ${levelName(e.level)}`)),
                h('p', {}, e.feedback),
                h(
                  'ul',
                  { class: 'citations' },
                  ...e.citations.map((c, i) => citationView(c, e.citationWords[i])),
                ),
              ),
            ),
          ),
    );
  };
  prev.addEventListener('click', () => {
    index = Math.max(0, index - 1);
    show();
  });
  next.addEventListener('click', () => {
    index = Math.min(review.steps.length - 1, index + 1);
    show();
  });
  show();
  const view = h(
    'section',
    { class: 'review', 'aria-labelledby': 'review-heading' },
    heading,
    review.problem ? h('p', { role: 'alert' }, t('trainerReviewMismatch', { ...review.problem })) : null,
    body,
    h('div', { class: 'actions' }, prev, next, backButton),
    review.outcome.length > 0 && attempt.status === 'completed'
      ? h('section', {}, h('h3', {}, t('trainerOutcome')), ...review.outcome.map((l) => h('p', {}, l.text)))
      : null,
    pathMapView(pathMap(attempt, scenario, data.catalogue, profile ?? null, pageLanguage()), {
      headingLevel: 3,
    }),
  );
  queueMicrotask(() => focusHeading(heading));
  return view;
}
