/**
 * The HTML layer: one screen per session state, rendered from the session's snapshot. Screens send events;
 * they hold no state of their own beyond what is on screen.
 */
import type { Actor, SnapshotFrom, StateValue } from 'xstate';
import type { Catalogue, DiscussionPoint, ScenarioInfo } from '../../engine/content/types.ts';
import type { CatalogueSource } from '../../engine/ports/catalogue-source.ts';
import type { Attempt } from '../../engine/records/attempt.ts';
import type { refresherStart } from '../../engine/refresher/select.ts';
import type { SessionMachine } from '../../engine/session/machine.ts';
import { focusHeading, h } from './dom.ts';
import { languageSwitch } from './language-switch.ts';
import { lineDelay, settingsDialog } from './settings.ts';
import type { DisplaySettings } from './settings.ts';
import { createPresenter } from './classroom/presenter.ts';
import type { Presenter, PresenterPhase } from './classroom/presenter.ts';
import { briefingScreen } from './screens/briefing.ts';
import type { ScreenProps } from './screens/context.ts';
import { debriefScreen } from './screens/debrief.ts';
import { failedScreen } from './screens/failed.ts';
import { createPlayScreen } from './screens/play.ts';
import type { PlayScreen, StageLoader } from './screens/play.ts';
import { preparingScreen } from './screens/preparing.ts';
import { profileScreen } from './screens/profile.ts';
import { refresherPlanScreen, refresherResultScreen } from './screens/refresher.ts';
import { scenariosScreen } from './screens/scenarios.ts';
import { titleScreen } from './screens/title.ts';
import { traineesScreen } from './screens/trainees.ts';
import type { DeviceAccess } from './device-access.ts';
import { trainerScreen } from './trainer/trainer-screen.ts';
import type { TrainerDeps, TrainerScreen, TrainerView } from './trainer/trainer-screen.ts';

export interface AppDeps {
  actor: Actor<SessionMachine>;
  /** Unfinished attempts of a trainee, newest first. */
  resumable(profileId: string | undefined): Attempt[];
  scenarios: readonly ScenarioInfo[];
  /** The criteria catalogue, fetched after the first screen (debrief, refresher and trainer area need it). */
  catalogue: CatalogueSource;
  newId: () => string;
  loadStage: StageLoader;
  settings: { current(): DisplaySettings; save(s: DisplaySettings): void };
  trainer: Omit<TrainerDeps, 'send' | 'scenarios' | 'catalogue' | 'access' | 'device'>;
  access: DeviceAccess;
  /** A refresher set for this trainee, from their records. */
  refresherFor(profileId: string): Promise<ReturnType<typeof refresherStart>>;
  /** Resolves once the attempt is on record with this many decisions (the next choices wait for it). */
  whenSaved(attemptId: string | null, decisions: number): Promise<void>;
  /** The name a new profile starts with: the learner's name when an LMS launched the app. */
  suggestedName?: string;
  /** Classroom mode: the scenarios' discussion prompts, and the projector window (see classroom/). */
  classroom?: { loadDiscussion(id: string): Promise<DiscussionPoint[]>; openAudience(): boolean };
}

/** The presenter view's phase for an attempt's screen, in a classroom session. */
function presenterPhase(screen: string): PresenterPhase | null {
  return screen === 'preparing' || screen === 'playing' || screen === 'debrief' || screen === 'failed'
    ? screen
    : null;
}

/** The screen for a state: the attempt's stage (briefing, preparing, playing), else the state itself. */
function screenOf(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [top, inner] = Object.entries(value)[0] ?? ['', undefined];
  if (top !== 'attempt' || inner === undefined) return top;
  return typeof inner === 'string' ? inner : (Object.keys(inner)[0] ?? top);
}

/** Which view of the trainer area the session is in. */
function trainerView(snapshot: SnapshotFrom<SessionMachine>): TrainerView {
  const focus = snapshot.context.trainerFocus ?? '';
  if (snapshot.matches({ trainer: 'review' })) return { view: 'review', focus };
  if (snapshot.matches({ trainer: 'certificate' })) return { view: 'certificate', focus };
  if (snapshot.matches({ trainer: 'insight' })) return { view: 'insight' };
  return { view: snapshot.matches({ trainer: 'home' }) ? 'home' : 'locked' };
}

export function mountApp(root: HTMLElement, deps: AppDeps, notices?: HTMLElement): () => void {
  const { actor } = deps;
  let current = '';
  let language = '';
  let play: PlayScreen | null = null;
  let trainer: TrainerScreen | null = null;
  let presenter: Presenter | null = null;

  const render = () => {
    const snapshot = actor.getSnapshot();
    const state = screenOf(snapshot.value);
    // The title screen changes once the device is set up.
    const top = state === 'title' ? `title:${snapshot.context.device?.use ?? ''}` : state;
    const context = snapshot.context;
    const scenario = deps.scenarios.find((s) => s.id === context.scenarioId);
    const props: ScreenProps = {
      context,
      send: (e) => actor.send(e),
      scenarios: deps.scenarios,
      scenario,
      resumable: deps.resumable(context.profile?.id),
      access: deps.access,
      startRefresher: () => {
        const profile = actor.getSnapshot().context.profile;
        if (!profile) return;
        // Chosen by area and criterion, so only once the catalogue is here.
        void deps.refresherFor(profile.id).then(
          (start) => actor.send({ type: 'refresher.start', ...start }),
          () => undefined,
        );
      },
    };
    // A new language redraws the current screen (and restarts the story, which the machine replays).
    const languageChanged = context.language !== language;
    if (languageChanged) {
      language = context.language;
      document.documentElement.lang = language;
      current = '';
    }
    // Classroom mode: one presenter view from the session's start to its group debrief, drawn again in a new
    // language (the machine replays the story).
    const classroom = context.mode === 'classroom' ? presenterPhase(top) : null;
    if (presenter && (classroom === null || languageChanged)) {
      presenter.destroy();
      presenter = null;
    }
    if (classroom !== null && scenario && deps.classroom) {
      if (!presenter) {
        play?.destroy();
        play = null;
        trainer = null;
        current = 'classroom';
        const { loadDiscussion, openAudience } = deps.classroom;
        presenter = createPresenter(
          {
            scenario,
            send: props.send,
            loadStage: deps.loadStage,
            loadDiscussion,
            loadScenario: deps.trainer.loadScenario,
            catalogue: deps.catalogue,
            whenSaved: (decisions) => deps.whenSaved(actor.getSnapshot().context.attemptId, decisions),
            highContrast: () => deps.settings.current().contrast === 'high',
            openAudience,
          },
          context.language,
        );
        const bar = h(
          'header',
          { class: 'app-header' },
          languageSwitch(context.language, props.send),
          settingsDialog(deps.settings.current, (s) => {
            deps.settings.save(s);
            presenter?.displayChanged();
          }),
        );
        root.replaceChildren(bar, ...(notices ? [notices] : []), presenter.element);
        document.title = `${presenter.element.querySelector('h1')?.textContent ?? ''} · Waypoint`;
        focusHeading(presenter.element.querySelector('h1')!);
      }
      presenter.update(context, classroom);
      return;
    }
    if (top === 'playing' && play && !languageChanged) {
      play.update(context, snapshot.matches({ attempt: { playing: 'paused' } }));
      return;
    }
    if (top === 'trainer' && trainer && !languageChanged) {
      trainer.show(trainerView(snapshot));
      return;
    }
    if (top === current) return;
    current = top;
    play?.destroy();
    play = null;
    trainer = null;

    // These screens name criteria. Play and the refresher start wait for the catalogue, so it is nearly always
    // here; if not, the screen waits for it.
    const withCatalogue = (make: (catalogue: Catalogue) => HTMLElement): HTMLElement => {
      const catalogue = deps.catalogue.loaded();
      if (catalogue) return make(catalogue);
      deps.catalogue.load().then(
        () => {
          current = '';
          render();
        },
        () => undefined, // still "Loading…": the next screen change asks again
      );
      return preparingScreen(props);
    };
    let screen: HTMLElement;
    switch (top) {
      case 'profile':
        screen = profileScreen(props, deps.newId, deps.suggestedName);
        break;
      case 'scenarios':
        screen = scenariosScreen(props);
        break;
      case 'trainees':
        screen = traineesScreen(props);
        break;
      case 'briefing':
        screen = briefingScreen(props);
        break;
      case 'playing':
        if (!scenario) return;
        play = createPlayScreen(
          scenario,
          props.send,
          deps.loadStage,
          context.language,
          lineDelay(deps.settings.current()),
          (decisions) => deps.whenSaved(actor.getSnapshot().context.attemptId, decisions),
          // Practice starts with the choices before the decision it replays from already taken.
          context.mode === 'practice' ? context.decisions.length + 1 : undefined,
        );
        screen = play.element;
        break;
      case 'debrief':
        screen = withCatalogue((c) =>
          debriefScreen(props, c, () => deps.trainer.loadScenario(context.scenarioId ?? '')),
        );
        break;
      case 'failed':
        screen = failedScreen(props);
        break;
      case 'preparing':
        screen = preparingScreen(props);
        break;
      case 'refresherPlan':
        screen = withCatalogue((c) => refresherPlanScreen(props, c));
        break;
      case 'refresherResult':
        screen = withCatalogue((c) => refresherResultScreen(props, c));
        break;
      case 'trainer':
        trainer = trainerScreen({
          ...deps.trainer,
          scenarios: deps.scenarios,
          catalogue: deps.catalogue,
          access: deps.access,
          device: () => actor.getSnapshot().context.device,
          send: props.send,
        });
        trainer.show(trainerView(snapshot));
        screen = trainer.element;
        break;
      default:
        screen = titleScreen(props);
    }
    const header = h(
      'header',
      { class: 'app-header' },
      languageSwitch(context.language, props.send),
      settingsDialog(deps.settings.current, deps.settings.save),
    );
    root.replaceChildren(header, ...(notices ? [notices, screen] : [screen]));
    document.title = `${screen.querySelector('h1')?.textContent ?? ''} · Waypoint`;
    play?.update(context, snapshot.matches({ attempt: { playing: 'paused' } }));
    // Move focus to the new screen's heading so keyboard and screen-reader users start at the top of it;
    // on the play screen the first choice takes focus instead.
    const heading = screen.querySelector<HTMLElement>('h1');
    if (heading && top !== 'playing' && top !== 'trainer') focusHeading(heading);
  };

  const subscription = actor.subscribe(render);
  render();
  return () => {
    subscription.unsubscribe();
    play?.destroy();
    presenter?.destroy();
  };
}
