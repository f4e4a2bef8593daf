/**
 * Reading the cohort back from the LRS: the read settings (kept on this device, which the panel says), what is
 * kept and when it was fetched, and fetching what is new with a progress bar and counts, which can be stopped and
 * resumed. Offline, the views show what was fetched before, and the panel says so.
 */
import type { LrsReadControl, LrsReadProgress } from '../../../../engine/ports/lrs-read.ts';
import type { LrsSettings } from '../../../../engine/ports/lrs-sync.ts';
import { h } from '../../dom.ts';
import { formatDateTime, t, tn } from '../../../i18n/t.ts';
import { credentialsForm } from '../lrs-credentials.ts';
import { problemText } from '../lrs-view.ts';

export function lrsReadPanel(control: LrsReadControl, refresh: () => void): HTMLElement {
  const credentials = credentialsForm('lrs-read', {
    endpoint: t('insightLrsEndpoint'),
    key: t('insightLrsKey'),
    secret: t('insightLrsSecret'),
  });
  const save = h('button', { type: 'submit', class: 'primary' }, t('insightLrsSave'));
  const forget = h('button', { type: 'button' }, t('insightLrsForget'));
  const fetchButton = h('button', { type: 'button', class: 'primary' }, t('insightFetch'));
  const stop = h('button', { type: 'button', disabled: true }, t('insightStop'));
  const bar = h('progress', { 'aria-label': t('insightProgress'), hidden: true });
  const counts = h('p', { class: 'insight-counts', 'aria-live': 'polite' });
  const kept = h('p', { class: 'insight-kept', 'aria-live': 'polite' });
  let running: AbortController | null = null;

  const form = h(
    'form',
    { novalidate: true, 'aria-label': t('insightLrsHeading') },
    credentials.errors,
    ...credentials.fields,
    h('div', { class: 'actions' }, save, forget),
  );

  /** Storage can fail (full, blocked): say so where the trainer is looking, never an unseen rejection. */
  const attempt = (work: () => Promise<void>) =>
    void work().catch((e: unknown) => {
      counts.textContent = t('insightProblem', { reason: e instanceof Error ? e.message : String(e) });
    });
  const showStatus = async () => {
    const s = await control.status();
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    fetchButton.hidden = s === null;
    stop.hidden = s === null;
    if (s === null) {
      kept.textContent = t('insightLrsNotSet');
      return;
    }
    fetchButton.textContent = s.partway ? t('insightResume') : t('insightFetch');
    kept.textContent = [
      s.fetchedAt === null && s.kept === 0
        ? t('insightNeverFetched')
        : tn('insightFetched', s.kept, { when: s.fetchedAt === null ? '—' : formatDateTime(s.fetchedAt) }),
      offline ? t('insightOffline') : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
  const showSaved = (s: LrsSettings | null) => {
    credentials.showSaved(s);
    forget.hidden = s === null;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = credentials.entered();
    if (!credentials.check(s)) return;
    attempt(async () => {
      await control.configure(s);
      showSaved(await control.settings());
      counts.textContent = t('insightLrsSaved');
      await showStatus();
      refresh();
    });
  });
  forget.addEventListener('click', () => {
    attempt(async () => {
      running?.abort();
      await control.configure(null);
      showSaved(null);
      counts.textContent = t('insightLrsForgotten');
      await showStatus();
      refresh();
    });
  });

  const progressText = (p: LrsReadProgress) => tn('insightProgressCount', p.fetched, { pages: p.pages });
  fetchButton.addEventListener('click', () => {
    if (running) return;
    const run = (running = new AbortController());
    fetchButton.disabled = true;
    stop.disabled = false;
    bar.hidden = false;
    bar.removeAttribute('value'); // indeterminate: the LRS does not say how many there are
    counts.textContent = t('insightProgress');
    void control
      .fetchNew({ signal: run.signal, onProgress: (p) => (counts.textContent = progressText(p)) })
      .then(
        (outcome) => {
          counts.textContent =
            outcome.kind === 'done'
              ? `${progressText(outcome.progress)} ${t('insightDone')}`
              : outcome.kind === 'stopped'
                ? `${progressText(outcome.progress)} ${t('insightStopped')}`
                : t('insightFetchFailed', { reason: problemText(outcome.problem) });
        },
        (e: unknown) => (counts.textContent = t('insightFetchFailed', { reason: String(e) })),
      )
      .finally(() => {
        running = null;
        fetchButton.disabled = false;
        stop.disabled = true;
        bar.hidden = true;
        attempt(showStatus);
        refresh();
      });
  });
  stop.addEventListener('click', () => running?.abort());

  attempt(async () => showSaved(await control.settings()));
  attempt(showStatus);
  return h(
    'section',
    { class: 'insight-lrs', 'aria-labelledby': 'insight-lrs-heading' },
    h('h3', { id: 'insight-lrs-heading' }, t('insightLrsHeading')),
    h('p', { class: 'hint' }, t('insightLrsIntro')),
    form,
    kept,
    h('div', { class: 'actions' }, fetchButton, stop),
    bar,
    counts,
  );
}
