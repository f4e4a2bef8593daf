/**
 * The projector window: what the room sees, drawn only from what the presenter sends (view.ts). It runs no session
 * and holds no records: it cannot change anything, only ask for the current view when it opens (so closing and
 * opening it again resumes where the session is). Large type, the trainer's high-contrast setting, the scene,
 * the story, the choices, the vote bars once revealed, and the group debrief; never the discussion prompts.
 */
import { h } from '../dom.ts';
import { formatNumber, lv, t, tn } from '../../i18n/t.ts';
import type { StageView } from '../../stage/stage-view.ts';
import type { StageLoader } from '../screens/play.ts';
import { audienceChannel } from './channel.ts';
import { groupDebriefView } from './debrief-view.ts';
import type { AudienceView } from './view.ts';

/** How many of the story's last lines the projector shows: what the room needs now, readable from the back. */
const LINES_SHOWN = 4;

export function mountAudience(root: HTMLElement, loadStage: StageLoader): () => void {
  const heading = h('h1', { id: 'screen-heading' }, t('classroomAudienceTitle'));
  const decision = h('p', { class: 'classroom-audience-decision' });
  const canvasHost = h('div', { class: 'stage-host' });
  const caption = h('p', { class: 'stage-caption' });
  const story = h('div', { class: 'classroom-audience-story', 'aria-live': 'polite' });
  const choices = h('ol', { class: 'classroom-audience-choices' });
  const status = h('p', { class: 'classroom-audience-status' }, t('classroomAudienceWaiting'));
  const debriefHost = h('div', {});
  const play = h(
    'div',
    { class: 'classroom-audience-layout' },
    h('figure', { class: 'stage' }, canvasHost, caption),
    story,
    choices,
  );
  // #app is the page's <main> already.
  const element = h(
    'section',
    { class: 'screen classroom-audience', 'aria-labelledby': 'screen-heading' },
    h('div', { class: 'play-bar' }, heading, decision),
    status,
    play,
    debriefHost,
  );
  root.replaceChildren(element);
  document.title = `${t('classroomAudienceTitle')} · Waypoint`;

  let stage: StageView | null = null;
  let stageLoading = false;
  let lastStage = '';
  let shownDebrief = '';
  let last: AudienceView | null = null;

  const show = (view: AudienceView) => {
    last = view;
    // The page's language and contrast follow the trainer's window.
    document.documentElement.lang = view.language;
    document.documentElement.dataset.contrast = view.highContrast ? 'high' : 'normal';
    heading.textContent = view.phase === 'ended' ? t('classroomAudienceTitle') : view.title;
    element.dataset.phase = view.phase;
    element.dataset.decision = String(view.decision);
    decision.textContent = view.decision > 0 ? t('classroomDecision', { n: view.decision }) : '';
    status.textContent =
      view.phase === 'ended'
        ? t('classroomAudienceEnded')
        : view.phase === 'loading'
          ? t('classroomLoading')
          : '';
    status.hidden = status.textContent === '';
    play.hidden = view.phase !== 'playing';
    if (view.phase === 'playing') {
      story.replaceChildren(
        ...view.lines
          .slice(-LINES_SHOWN)
          .map((l) =>
            h(
              'p',
              { class: l.speaker ? 'line speech' : 'line' },
              l.speaker ? h('span', { class: 'speaker' }, lv(l.speaker, '')) : null,
              l.text,
            ),
          ),
      );
      const most = Math.max(0, ...view.choices.map((c) => c.votes ?? 0));
      choices.replaceChildren(
        ...view.choices.map((c, i) => {
          const fill = h('span', { class: 'classroom-bar-fill' });
          fill.style.inlineSize = `${c.votes && most > 0 ? Math.round((c.votes / most) * 100) : 0}%`;
          return h(
            'li',
            { class: view.groupChoice === i ? 'chosen' : undefined },
            h('span', { class: 'key', 'aria-hidden': 'true' }, formatNumber(i + 1)),
            h('span', { class: 'classroom-choice-text' }, c.text),
            c.votes === null
              ? null
              : h(
                  'span',
                  { class: 'classroom-audience-votes' },
                  h('span', { class: 'classroom-bar', 'aria-hidden': 'true' }, fill),
                  tn('classroomVotes', c.votes),
                  view.groupChoice === i ? h('strong', {}, ` ${t('classroomChosen')}`) : null,
                ),
          );
        }),
      );
      caption.textContent = view.caption;
      if (view.stage) {
        const key = JSON.stringify(view.stage);
        if (key !== lastStage) {
          lastStage = key;
          stage?.show(view.stage);
        }
        if (!stage && !stageLoading) {
          stageLoading = true;
          loadStage(canvasHost).then(
            (v) => {
              stage = v;
              v.onPick(() => undefined);
              if (last?.stage) v.show(last.stage);
            },
            () => (caption.textContent = t('sceneUnavailable')),
          );
        }
      }
    }
    const debriefKey = view.phase === 'debrief' && view.debrief ? JSON.stringify(view.debrief) : '';
    if (debriefKey !== shownDebrief) {
      shownDebrief = debriefKey;
      debriefHost.replaceChildren(
        ...(view.debrief && debriefKey ? [groupDebriefView(view.debrief, 'audience')] : []),
      );
    }
  };

  const close = audienceChannel(show);
  return () => {
    close();
    stage?.destroy();
  };
}
