/**
 * The presenter view: the trainer's window during a classroom session. The scene and the story as in play, the
 * discussion prompts of the decision on offer, an optional timer, the vote entry (number keys: a vote more;
 * Shift and the number: a vote less; or the − and + buttons), reveal, the group's choice with an override and
 * its reason, and the group debrief at the end. Every control is a button, a field or a key, so it works from the
 * keyboard alone. After every change it sends the projector window what to show (view.ts).
 */
import type { DiscussionPoint, Scenario, ScenarioInfo } from '../../../engine/content/types.ts';
import { scenarioText } from '../../../engine/content/localize.ts';
import type { CatalogueSource } from '../../../engine/ports/catalogue-source.ts';
import { groupChoice, majorityOf, overrideFits } from '../../../engine/records/classroom.ts';
import type { SessionContext, SessionEvent } from '../../../engine/session/machine.ts';
import type { StageView } from '../../stage/stage-view.ts';
import { focusHeading, h } from '../dom.ts';
import { formatNumber, t } from '../../i18n/t.ts';
import { storyLine, toStageState } from '../screens/play.ts';
import type { StageLoader } from '../screens/play.ts';
import { presenterChannel } from './channel.ts';
import { groupDebriefOf } from './debrief-data.ts';
import { groupDebriefView } from './debrief-view.ts';
import { pointOf, promptsView } from './prompts.ts';
import { discussionTimer } from './timer.ts';
import type { AudienceView, GroupDebrief } from './view.ts';

export type PresenterPhase = 'preparing' | 'playing' | 'debrief' | 'failed';

export interface PresenterDeps {
  scenario: ScenarioInfo;
  send(event: SessionEvent): void;
  loadStage: StageLoader;
  /** The scenario's discussion prompts (an empty list when it has none). */
  loadDiscussion(id: string): Promise<DiscussionPoint[]>;
  /** The scenario with its stories, for the group debrief's path. */
  loadScenario(id: string): Promise<Scenario>;
  catalogue: CatalogueSource;
  /** Resolves once the session is on record with this many decisions (the next vote waits for it). */
  whenSaved(decisions: number): Promise<void>;
  highContrast(): boolean;
  /** Opens (or brings back) the projector window; false when the browser blocked it. */
  openAudience(): boolean;
}

export interface Presenter {
  element: HTMLElement;
  update(context: SessionContext, phase: PresenterPhase): void;
  /** The trainer changed a display setting: the projector follows at once, not at the next step. */
  displayChanged(): void;
  destroy(): void;
}

const inField = (target: EventTarget | null) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLSelectElement ||
  target instanceof HTMLTextAreaElement;

export function createPresenter(deps: PresenterDeps, language: string): Presenter {
  const { scenario, send } = deps;
  const text = scenarioText(scenario, language);
  const channel = presenterChannel();
  let context: SessionContext | null = null;
  let phase: PresenterPhase = 'preparing';
  let destroyed = false;
  let stage: StageView | null = null;
  let lastStage: string | null = null;
  let shownLines = 0;
  let choicesKey = '';
  /** The choices on screen take votes only once the decisions before them are on record. */
  let ready = false;
  let discussion: DiscussionPoint[] = [];
  let debrief: GroupDebrief | null = null;
  let debriefAsked = false;

  // --- The parts of the view ----------------------------------------------------------------------------------
  const heading = h('h1', { id: 'screen-heading', class: 'play-title' }, text.title);
  const openAudience = h('button', { type: 'button' }, t('classroomOpenAudience'));
  const end = h('button', { type: 'button' }, t('classroomEnd'));
  const notice = h('p', { class: 'classroom-notice', role: 'status' });
  const headCount = h('p', { class: 'classroom-headcount' });
  const canvasHost = h('div', { class: 'stage-host' });
  const caption = h('p', { class: 'stage-caption' }, t('loadingScene'));
  const log = h('div', {
    class: 'story-log',
    role: 'log',
    'aria-label': t('storyLog'),
    'aria-live': 'polite',
    tabindex: '0',
  });

  const decisionHeading = h('h2', { id: 'classroom-decision-heading' }, t('classroomWaiting'));
  const choiceList = h('ol', { class: 'classroom-choices' });
  const total = h('p', { class: 'classroom-total' });
  const status = h('p', { class: 'classroom-status', 'aria-live': 'polite' });
  const reveal = h('button', { type: 'button' }, t('classroomReveal'));
  const decide = h('button', { type: 'button', class: 'primary' }, t('classroomDecide'));
  const overrideChoice = h('select', { id: 'classroom-override-choice' });
  const overrideReason = h('input', { id: 'classroom-override-reason', type: 'text', maxlength: 200 });
  const overrideApply = h('button', { type: 'button' }, t('classroomOverrideApply'));
  const overrideUndo = h('button', { type: 'button' }, t('classroomOverrideUndo'));
  const overrideProblem = h('p', { class: 'field-problem', 'aria-live': 'polite' });
  const override = h(
    'fieldset',
    { class: 'classroom-override' },
    h('legend', {}, t('classroomOverrideHeading')),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'classroom-override-choice' }, t('classroomOverrideChoice')),
      overrideChoice,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'classroom-override-reason' }, t('classroomOverrideReason')),
      overrideReason,
    ),
    h('div', { class: 'actions' }, overrideApply, overrideUndo),
    overrideProblem,
  );
  const decision = h(
    'section',
    { class: 'classroom-decision', 'aria-labelledby': 'classroom-decision-heading' },
    decisionHeading,
    h('p', { class: 'hint' }, t('classroomVoteHint')),
    choiceList,
    total,
    status,
    h('div', { class: 'actions' }, reveal, decide),
    override,
  );
  const promptsHost = h('div', {});
  const timer = discussionTimer();
  const prompts = h(
    'aside',
    { class: 'classroom-prompts', 'aria-labelledby': 'classroom-prompts-heading' },
    h('h2', { id: 'classroom-prompts-heading' }, t('classroomPrompts')),
    h('p', { class: 'hint' }, t('classroomPromptsNote')),
    promptsHost,
    timer.element,
  );
  const debriefHost = h('div', { class: 'classroom-debrief-host' });
  const back = h('button', { type: 'button', class: 'primary' }, t('classroomBack'));
  const message = h('p', {});
  const element = h(
    'section',
    { class: 'screen classroom-presenter', 'aria-labelledby': 'screen-heading' },
    h(
      'div',
      { class: 'play-bar' },
      heading,
      h('span', { class: 'badge' }, t('classroomBadge')),
      openAudience,
      end,
    ),
    notice,
    headCount,
    message,
    h(
      'div',
      { class: 'classroom-layout' },
      h('figure', { class: 'stage' }, canvasHost, caption),
      h('div', { class: 'play-text' }, log),
      decision,
      prompts,
    ),
    debriefHost,
  );

  // --- What the controls send ---------------------------------------------------------------------------------
  const tally = () => context?.classroom?.tally ?? null;
  const count = (position: number, delta: number) => {
    const choice = context?.choices[position];
    const now = tally();
    if (!ready || phase !== 'playing' || !choice || !now) return;
    const next = (now.counts[choice.index] ?? 0) + delta;
    if (next >= 0) send({ type: 'classroom.count', index: choice.index, count: next });
  };
  openAudience.addEventListener('click', () => {
    notice.textContent = deps.openAudience() ? '' : t('classroomPopupBlocked');
  });
  end.addEventListener('click', () => send({ type: 'screen.leave' }));
  reveal.addEventListener('click', () => send({ type: 'classroom.reveal' }));
  decide.addEventListener('click', () => {
    if (!ready) return;
    ready = false;
    timer.stop();
    send({ type: 'classroom.decide' });
  });
  overrideApply.addEventListener('click', () => {
    const now = tally();
    const index = Number(overrideChoice.value);
    if (!now || !overrideFits(now, index, overrideReason.value)) {
      overrideProblem.textContent = t('classroomOverrideNeedsReason');
      return;
    }
    overrideProblem.textContent = '';
    send({ type: 'classroom.override', index, reason: overrideReason.value });
  });
  overrideUndo.addEventListener('click', () => send({ type: 'classroom.override', index: null, reason: '' }));
  // From the debrief, and from a session that failed, back to the trainer area.
  back.addEventListener('click', () =>
    send(phase === 'failed' ? { type: 'screen.leave' } : { type: 'debrief.done' }),
  );

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || inField(e.target)) return;
    // By the key's place, so Shift with a digit works on every keyboard layout (AZERTY digits need Shift).
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1];
    if (!digit) return;
    e.preventDefault();
    count(Number(digit) - 1, e.shiftKey ? -1 : 1);
  };
  document.addEventListener('keydown', onKey);

  loadStage();
  void deps.loadDiscussion(scenario.id).then(
    (points) => {
      discussion = points;
      choicesKey = '';
      if (context) render();
    },
    () => undefined,
  );

  function loadStage() {
    deps
      .loadStage(canvasHost)
      .then((view) => {
        if (destroyed) return view.destroy();
        stage = view;
        // Map targets on the canvas are for one trainee's hand; in a classroom the group decides by vote.
        view.onPick(() => undefined);
        if (lastStage) view.show(JSON.parse(lastStage));
      })
      .catch(() => {
        caption.textContent = t('sceneUnavailable');
      });
  }

  // --- Drawing -------------------------------------------------------------------------------------------------
  function renderChoices(c: SessionContext) {
    const key = c.choices.map((x) => `${x.index}:${x.text}`).join('|');
    if (key === choicesKey) return;
    choicesKey = key;
    choiceList.replaceChildren(
      ...c.choices.map((choice, i) => {
        const n = formatNumber(i + 1);
        const minus = h('button', { type: 'button', 'aria-label': t('classroomRemoveVote', { n }) }, '−');
        const plus = h('button', { type: 'button', 'aria-label': t('classroomAddVote', { n }) }, '+');
        minus.addEventListener('click', () => count(i, -1));
        plus.addEventListener('click', () => count(i, 1));
        const fill = h('span', { class: 'classroom-bar-fill' });
        return h(
          'li',
          { class: 'classroom-choice', 'data-index': choice.index },
          h('span', { class: 'key', 'aria-hidden': 'true' }, n),
          h('span', { class: 'classroom-choice-text' }, choice.text),
          h(
            'span',
            { class: 'classroom-vote', role: 'group', 'aria-label': t('classroomVotesFor', { n }) },
            minus,
            h('output', { class: 'classroom-count', 'aria-live': 'polite' }, '0'),
            plus,
            h('span', { class: 'classroom-bar', 'aria-hidden': 'true' }, fill),
          ),
        );
      }),
    );
    overrideChoice.replaceChildren(
      ...c.choices.map((choice, i) => h('option', { value: choice.index }, `${i + 1}. ${choice.text}`)),
    );
    overrideReason.value = '';
    overrideProblem.textContent = '';
    promptsHost.replaceChildren(...promptsView(pointOf(discussion, c.choices), language));
    const seq = c.decisions.length + 1;
    decisionHeading.textContent =
      c.choices.length > 0 ? t('classroomDecision', { n: seq }) : t('classroomWaiting');
    if (c.choices.length > 0) {
      ready = false;
      void deps.whenSaved(c.decisions.length).then(() => {
        if (destroyed || choicesKey !== key) return;
        ready = true;
        render();
        choiceList.querySelector('button')?.focus();
      });
    }
  }

  function renderTally(c: SessionContext) {
    const run = c.classroom;
    const counts = run?.tally.counts ?? [];
    const most = Math.max(0, ...counts);
    choiceList.querySelectorAll<HTMLElement>('.classroom-choice').forEach((li) => {
      const n = counts[Number(li.dataset.index)] ?? 0;
      li.querySelector('output')!.textContent = formatNumber(n);
      li.querySelector<HTMLElement>('.classroom-bar-fill')!.style.inlineSize =
        `${most > 0 ? Math.round((n / most) * 100) : 0}%`;
      li.querySelectorAll('button').forEach((b) => (b.disabled = !ready));
    });
    const sum = counts.reduce((a, b) => a + b, 0);
    total.textContent =
      run?.headCount != null
        ? t('classroomTotalOf', { n: sum, total: run.headCount })
        : t('classroomTotal', { n: sum });
    const chosen = run ? groupChoice(run.tally) : null;
    const position = c.choices.findIndex((x) => x.index === chosen);
    const overridden = run?.tally.override ?? null;
    status.textContent = overridden
      ? t('classroomOverridden', { n: formatNumber(position + 1), reason: overridden.reason })
      : position >= 0
        ? t('classroomMajority', { n: formatNumber(position + 1), text: c.choices[position]!.text })
        : t('classroomNoMajority');
    reveal.disabled = !ready || run?.tally.revealed === true;
    reveal.textContent = run?.tally.revealed ? t('classroomRevealed') : t('classroomReveal');
    decide.disabled = !ready || position < 0;
    overrideApply.disabled = !ready;
    overrideUndo.hidden = overridden === null;
    if (overridden === null && overrideChoice.value === '' && run) {
      const majority = majorityOf(run.tally.counts);
      overrideChoice.value = String(c.choices.find((x) => x.index !== majority)?.index ?? '');
    }
  }

  function renderStory(c: SessionContext) {
    if (c.transcript.length < shownLines) {
      // The story restarted in another language: its text is drawn again.
      log.replaceChildren();
      shownLines = 0;
    }
    for (const line of c.transcript.slice(shownLines)) {
      const p = storyLine(line, text.castName);
      log.append(p);
      p.scrollIntoView({ block: 'nearest' });
    }
    shownLines = c.transcript.length;
    const state = toStageState(c.stage, [], scenario, text.castName);
    const key = state ? JSON.stringify(state) : null;
    if (key && key !== lastStage) {
      lastStage = key;
      stage?.show(state!);
    }
    if (stage || caption.textContent !== t('sceneUnavailable')) caption.textContent = describe(c);
  }

  const describe = (c: SessionContext) => {
    if (c.stage.setting === null) return t('loadingScene');
    const place = t('sceneAt', { place: t(`setting_${c.stage.setting}`) });
    const people = c.stage.people.map((p) => `${text.castName(p.id)} ${t(`expression_${p.expression}`)}`);
    return people.length > 0 ? `${place} ${t('present', { names: people.join(t('listSeparator')) })}` : place;
  };

  function renderDebrief(c: SessionContext) {
    if (debriefAsked || !c.result || !c.classroom || c.seed === null) return;
    debriefAsked = true;
    const result = c.result;
    const session = {
      seed: c.seed,
      decisions: c.decisions,
      result,
      ending: c.ending,
      votes: c.classroom.votes,
    };
    void Promise.all([deps.loadScenario(scenario.id), deps.catalogue.load()])
      .then(([playable, catalogue]) => groupDebriefOf(session, playable, catalogue, language))
      .catch(() => null)
      .then((made) => {
        if (destroyed) return;
        debrief = made;
        debriefHost.replaceChildren(
          made ? groupDebriefView(made, 'presenter') : h('p', {}, t('classroomDebriefUnavailable')),
          h('p', {}, back),
        );
        render();
        const h2 = debriefHost.querySelector<HTMLElement>('h2');
        if (h2) focusHeading(h2);
      });
  }

  function audienceView(c: SessionContext): AudienceView {
    const run = c.classroom;
    const revealed = run?.tally.revealed === true && phase === 'playing';
    const chosen = run ? groupChoice(run.tally) : null;
    const state = toStageState(c.stage, [], scenario, text.castName);
    return {
      session: c.attemptId ?? '',
      language,
      highContrast: deps.highContrast(),
      title: text.title,
      phase: phase === 'debrief' ? 'debrief' : phase === 'playing' ? 'playing' : 'loading',
      decision: c.choices.length > 0 ? c.decisions.length + 1 : 0,
      lines: c.transcript.map((l) => ({
        speaker: l.speaker ? text.castName(l.speaker) : null,
        text: l.text,
      })),
      stage: state,
      caption: describe(c),
      choices: c.choices.map((x) => ({
        text: x.text,
        votes: revealed ? (run?.tally.counts[x.index] ?? 0) : null,
      })),
      revealed,
      groupChoice: revealed && chosen !== null ? c.choices.findIndex((x) => x.index === chosen) : null,
      headCount: run?.headCount ?? null,
      debrief: phase === 'debrief' ? debrief : null,
    };
  }

  function render() {
    const c = context;
    if (!c || destroyed) return;
    const playing = phase === 'playing';
    headCount.textContent =
      c.classroom?.headCount != null
        ? t('classroomHeadCountIs', { n: c.classroom.headCount })
        : t('classroomNoHeadCount');
    message.textContent =
      phase === 'preparing'
        ? t('classroomLoading')
        : phase === 'failed'
          ? t('classroomFailed', { error: c.error ?? '' })
          : '';
    if (phase === 'failed' && !message.nextSibling?.isSameNode(back)) message.after(back);
    decision.hidden = !playing;
    prompts.hidden = !playing;
    renderStory(c);
    if (playing) {
      renderChoices(c);
      renderTally(c);
    }
    if (phase === 'debrief') renderDebrief(c);
    channel.post(audienceView(c));
  }

  return {
    element,
    update(next, nextPhase) {
      context = next;
      phase = nextPhase;
      render();
    },
    displayChanged() {
      if (context) channel.post(audienceView(context));
    },
    destroy() {
      destroyed = true;
      timer.stop();
      document.removeEventListener('keydown', onKey);
      stage?.destroy();
      if (context) channel.post({ ...audienceView(context), phase: 'ended', debrief: null });
      channel.close();
    },
  };
}
