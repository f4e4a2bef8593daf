/** The discussion prompts of the decision on offer, for the trainer only (never sent to the projector). */
import type { DiscussionPoint } from '../../../engine/content/types.ts';
import type { StoryChoice } from '../../../engine/ink/runner.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/t.ts';

/** The decision point of the choices on offer: the one whose choices include theirs. */
export function pointOf(
  discussion: readonly DiscussionPoint[],
  choices: readonly StoryChoice[],
): DiscussionPoint | undefined {
  return discussion.find((p) => choices.some((c) => p.choices.includes(c.where)));
}

export function promptsView(point: DiscussionPoint | undefined, language: string): HTMLElement[] {
  const prompts = point ? (point.prompts[language] ?? point.prompts.en ?? []) : [];
  if (prompts.length === 0) return [h('p', {}, t('classroomNoPrompts'))];
  return [
    h(
      'ol',
      { class: 'classroom-prompt-list' },
      ...prompts.map((p) =>
        h(
          'li',
          {},
          h('p', { class: 'ask' }, h('strong', {}, `${t('classroomAsk')} `), p.ask),
          h('p', { class: 'listen' }, h('strong', {}, `${t('classroomListenFor')} `), p.listenFor),
        ),
      ),
    ),
  ];
}
