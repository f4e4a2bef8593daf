/**
 * The play screen. It stays mounted for the whole scenario and updates in place: new story lines are appended
 * to a log that screen readers announce, choices are buttons with number-key shortcuts, and the drawn scene
 * sits beside them as decoration described in text.
 */
import type { ScenarioInfo } from '../../../engine/content/types.ts';
import type { SessionContext, SessionEvent } from '../../../engine/session/machine.ts';
import { scenarioText } from '../../../engine/content/localize.ts';
import { mapOptions } from '../../../engine/session/view.ts';
import type { StageSnapshot } from '../../../engine/session/view.ts';
import type { StoryChoice } from '../../../engine/ink/runner.ts';
import type { StageState, StageView } from '../../stage/stage-view.ts';
import { h } from '../dom.ts';
import { t, lv } from '../../i18n/t.ts';
import { paragraphs } from './briefing.ts';

export type StageLoader = (parent: HTMLElement) => Promise<StageView>;

export interface PlayScreen {
  element: HTMLElement;
  update(context: SessionContext, paused: boolean): void;
  destroy(): void;
}

const DEFAULT_LOOK = { skin: '#8d5a3b', clothing: '#5b6c7a' };

/** A line of the story as the log shows it: the speaker's name (in its own language) before what they say. */
export function storyLine(
  line: SessionContext['transcript'][number],
  castName: (speaker: string) => string,
): HTMLElement {
  const who = line.speaker ? castName(line.speaker) : undefined;
  return h(
    'p',
    { class: who ? 'line speech' : 'line' },
    who ? h('span', { class: 'speaker' }, lv(who, '')) : null,
    line.text,
  );
}

export function toStageState(
  stage: StageSnapshot,
  choices: readonly StoryChoice[],
  scenario: ScenarioInfo,
  names: (id: string) => string,
): StageState | null {
  if (stage.setting === null) return null;
  return {
    setting: stage.setting,
    people: stage.people.map((p) => ({
      id: p.id,
      name: names(p.id),
      look: scenario.cast[p.id]?.look ?? DEFAULT_LOOK,
      expression: p.expression,
      speaking: stage.speaker === p.id,
    })),
    planning: { chosen: stage.plan, offered: mapOptions(choices) },
  };
}

function describeStage(stage: StageSnapshot, names: (id: string) => string): string {
  if (stage.setting === null) return '';
  const place = t('sceneAt', { place: t(`setting_${stage.setting}`) });
  const people = stage.people
    .map((p) => `${names(p.id)} ${t(`expression_${p.expression}`)}`)
    .join(t('listSeparator'));
  return people ? `${place} ${t('present', { names: people })}` : place;
}

export function createPlayScreen(
  scenario: ScenarioInfo,
  send: (event: SessionEvent) => void,
  loadStage: StageLoader,
  language: string,
  lineDelay = 0,
  /** The next choices take input only once the decisions made so far are on record. */
  whenSaved: (decisions: number) => Promise<void> = () => Promise.resolve(),
  /** In practice ("what if I had…"): the decision it replays from, said on screen for the whole practice. */
  practiceFrom?: number,
): PlayScreen {
  const text = scenarioText(scenario, language);
  let shownLines = 0;
  let shownChoicesKey = '';
  let paused = false;
  let stage: StageView | null = null;
  let lastStage: StageState | null = null;
  let destroyed = false;
  let revealing = 0;
  /** Whether the choices on screen may be taken: not between a decision and its being on record. */
  let ready = false;
  const choose = (index: number) => {
    if (!ready || destroyed) return;
    ready = false;
    // The next choices are always new buttons, focused once on record, even when they read as these did: a key
    // pressed in between falls on buttons that are gone, never on ones that look live but take nothing.
    shownChoicesKey = '';
    send({ type: 'play.choose', index });
  };

  const showChoices = (offered: SessionContext['choices']) => {
    const key = offered.map((c) => `${c.index}:${c.text}`).join('|');
    if (key === shownChoicesKey) {
      choices.hidden = offered.length === 0;
      return;
    }
    shownChoicesKey = key;
    choiceList.replaceChildren(
      ...offered.map((c, i) => {
        const button = h(
          'button',
          { type: 'button', class: 'choice' },
          h('span', { class: 'key', 'aria-hidden': 'true' }, `${i + 1}`),
          ` ${c.text}`,
        );
        button.addEventListener('click', () => choose(c.index));
        return h('li', {}, button);
      }),
    );
    choices.hidden = offered.length === 0;
    choiceList.querySelector('button')?.focus();
  };

  const log = h('div', {
    class: 'story-log',
    role: 'log',
    'aria-label': t('storyLog'),
    'aria-live': 'polite',
    // A keyboard user must be able to reach the log to scroll back through a long story.
    tabindex: '0',
  });
  const choiceList = h('ol', { class: 'choices' });
  const choicesHeading = h('h2', { id: 'choices-heading' }, t('choicesHeading'));
  const choices = h(
    'section',
    { class: 'choice-panel', 'aria-labelledby': 'choices-heading' },
    choicesHeading,
    h('p', { class: 'hint' }, t('choiceHint')),
    choiceList,
  );
  const canvasHost = h('div', { class: 'stage-host' });
  const caption = h('p', { class: 'stage-caption' }, t('loadingScene'));
  const pauseButton = h('button', { type: 'button', class: 'pause' }, t('pause'));
  const heading = h('h1', { id: 'screen-heading', class: 'play-title' }, text.title);

  const resume = h('button', { type: 'button', class: 'primary' }, t('resume'));
  const leave = h('button', { type: 'button' }, t('leave'));
  const dialog = h(
    'dialog',
    { class: 'pause-dialog', 'aria-labelledby': 'pause-heading' },
    h('h2', { id: 'pause-heading' }, t('paused')),
    h('p', {}, t('leaveNote')),
    h('h3', {}, t('support')),
    ...paragraphs(text.support),
    h('div', { class: 'actions' }, resume, leave),
  );

  pauseButton.addEventListener('click', () => send({ type: 'play.pause' }));
  resume.addEventListener('click', () => send({ type: 'play.resume' }));
  leave.addEventListener('click', () => send({ type: 'screen.leave' }));
  // Escape closes a modal dialog natively; keep the machine in step.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    send({ type: 'play.resume' });
  });

  const element = h(
    'section',
    { class: 'screen play-screen', 'aria-labelledby': 'screen-heading' },
    h('div', { class: 'play-bar' }, heading, pauseButton),
    practiceFrom === undefined
      ? null
      : h('p', { class: 'practice-banner' }, t('practiceBanner', { n: practiceFrom })),
    h(
      'div',
      { class: 'play-layout' },
      h('figure', { class: 'stage' }, canvasHost, caption),
      h('div', { class: 'play-text' }, log, choices),
    ),
    dialog,
  );

  const onKey = (e: KeyboardEvent) => {
    if (paused || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    if (e.key === 'Escape') {
      // Without this, the same key press would reach the dialog it opens and close it again at once.
      e.preventDefault();
      send({ type: 'play.pause' });
      return;
    }
    if (/^[1-9]$/.test(e.key)) {
      const button = choiceList.querySelectorAll('button')[Number(e.key) - 1];
      if (button) {
        e.preventDefault();
        button.click();
      }
    }
  };
  document.addEventListener('keydown', onKey);

  loadStage(canvasHost)
    .then((view) => {
      if (destroyed) return view.destroy();
      stage = view;
      view.onPick(choose);
      if (lastStage) view.show(lastStage);
    })
    .catch(() => {
      caption.textContent = t('sceneUnavailable');
    });

  return {
    element,
    update(context, isPaused) {
      // New lines appear at the chosen story speed; the choices come once the last line is there.
      const lines = context.transcript.slice(shownLines);
      shownLines = context.transcript.length;
      const generation = ++revealing;
      const reveal = async () => {
        for (const line of lines) {
          if (lineDelay > 0) await new Promise((r) => setTimeout(r, lineDelay));
          if (generation !== revealing || destroyed) return;
          const p = storyLine(line, text.castName);
          log.append(p);
          p.scrollIntoView({ block: 'nearest' });
        }
        // Invisible in practice: a write commits in milliseconds, usually while the lines above appear.
        await whenSaved(context.decisions.length);
        if (generation !== revealing || destroyed) return;
        showChoices(context.choices);
        ready = true;
      };
      const key = context.choices.map((c) => `${c.index}:${c.text}`).join('|');
      if (key !== shownChoicesKey) {
        // New choices: the old ones go at once, and the new ones come when their lines and the record are in.
        ready = false;
        choices.hidden = true;
      }
      void reveal();

      const state = toStageState(context.stage, context.choices, scenario, text.castName);
      if (state && JSON.stringify(state) !== JSON.stringify(lastStage)) {
        lastStage = state;
        stage?.show(state);
      }
      if (stage || caption.textContent !== t('sceneUnavailable')) {
        caption.textContent = describeStage(context.stage, text.castName) || t('loadingScene');
      }

      if (isPaused !== paused) {
        paused = isPaused;
        if (paused) dialog.showModal();
        else {
          dialog.close();
          choiceList.querySelector('button')?.focus();
        }
      }
    },
    destroy() {
      destroyed = true;
      document.removeEventListener('keydown', onKey);
      stage?.destroy();
      if (dialog.open) dialog.close();
    },
  };
}
