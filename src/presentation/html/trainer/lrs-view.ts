/**
 * LRS sync in the trainer area: the endpoint, key and secret (kept on this device, which the section says), a
 * connection test, how many statements wait and the last problem, and "Send now". The sync itself runs in the
 * background from the composition root; this view only shows and steers it.
 */
import type { LrsControl, LrsProblem, LrsSettings, LrsStatus } from '../../../engine/ports/lrs-sync.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatDateTime, t, tn } from '../../i18n/t.ts';
import { h } from '../dom.ts';
import { skipReasonText } from '../../i18n/skip-reasons.ts';
import { credentialsForm } from './lrs-credentials.ts';

const PROBLEMS: Record<LrsProblem['kind'], MessageKey> = {
  unreachable: 'lrsProblemUnreachable',
  server: 'lrsProblemServer',
  unauthorized: 'lrsProblemUnauthorized',
  rejected: 'lrsProblemRejected',
  unexpected: 'lrsProblemUnexpected',
  storage: 'lrsProblemStorage',
};

export function problemText(problem: LrsProblem): string {
  return t(PROBLEMS[problem.kind], { status: problem.status ?? '', detail: problem.detail || '—' });
}

function phaseText(status: LrsStatus): string {
  switch (status.phase) {
    case 'off':
      return t('lrsPhaseOff');
    case 'sending':
      return t('lrsPhaseSending');
    case 'waiting':
      return t('lrsPhaseWaiting', { time: status.retryAt === null ? '' : formatDateTime(status.retryAt) });
    case 'offline':
      return t('lrsPhaseOffline');
    case 'stopped':
      return t('lrsPhaseStopped');
    default:
      return status.waiting > 0 ? t('lrsPhaseSending') : t('lrsPhaseIdle');
  }
}

/** The LRS section of the trainer area. */
export function lrsSection(control: LrsControl): HTMLElement {
  const credentials = credentialsForm('lrs', {
    endpoint: t('lrsEndpoint'),
    key: t('lrsKey'),
    secret: t('lrsSecret'),
    endpointHint: t('lrsEndpointHint'),
  });
  const { errors, entered, check } = credentials;
  // Polite live regions rather than role="status": the trainer area has a status region of its own already.
  const result = h('p', { class: 'lrs-result', 'aria-live': 'polite' });
  const save = h('button', { type: 'submit', class: 'primary' }, t('lrsSave'));
  const test = h('button', { type: 'button' }, t('lrsTest'));
  const remove = h('button', { type: 'button' }, t('lrsRemove'));
  const sendNow = h('button', { type: 'button' }, t('lrsSendNow'));

  const form = h(
    'form',
    { novalidate: true, 'aria-label': t('lrsFormLabel') },
    errors,
    ...credentials.fields,
    h('div', { class: 'actions' }, save, test, remove),
    result,
  );

  const phase = h('p', { class: 'lrs-phase' });
  const waiting = h('p', { class: 'lrs-waiting' });
  const delivered = h('p', {});
  const problem = h('p', { class: 'lrs-problem' });
  const volatile = h('p', { class: 'hint' });
  const skipped = h('ul', { class: 'lrs-skipped' });
  const statusBox = h(
    'div',
    { class: 'lrs-status', 'aria-live': 'polite' },
    phase,
    waiting,
    delivered,
    problem,
    skipped,
    volatile,
  );

  const section = h(
    'section',
    { class: 'lrs', 'aria-labelledby': 'lrs-heading' },
    h('h2', { id: 'lrs-heading' }, t('lrsHeading')),
    h('p', {}, t('lrsIntro')),
    h('p', { class: 'hint' }, t('lrsSecretNote')),
    form,
    h('h3', {}, t('lrsStatusHeading')),
    statusBox,
    h('div', { class: 'actions' }, sendNow),
  );

  const busy = async (button: HTMLButtonElement, work: () => Promise<void>) => {
    button.disabled = true;
    try {
      await work();
    } catch (e) {
      result.textContent = (e as Error).message;
    } finally {
      button.disabled = false;
    }
  };
  const showSaved = (s: LrsSettings | null) => {
    credentials.showSaved(s);
    remove.hidden = s === null;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const s = entered();
    if (!check(s)) return;
    void busy(save, async () => {
      result.textContent = '';
      await control.configure(s);
      showSaved(await control.settings());
      result.textContent = t('lrsSaved');
    });
  });
  test.addEventListener('click', () => {
    const s = entered();
    if (!check(s)) return;
    void busy(test, async () => {
      result.textContent = t('lrsTesting');
      const answer = await control.testConnection(s);
      result.textContent = answer.ok
        ? t('lrsTestOk', { versions: answer.versions.join(', ') })
        : t('lrsTestFailed', { problem: problemText(answer.problem) });
    });
  });
  remove.addEventListener('click', () => {
    void busy(remove, async () => {
      await control.configure(null);
      showSaved(null);
      errors.textContent = '';
      result.textContent = t('lrsRemoved');
    });
  });
  sendNow.addEventListener('click', () => void busy(sendNow, () => control.sendNow()));

  const render = (s: LrsStatus) => {
    phase.textContent = phaseText(s);
    waiting.textContent = t('lrsWaiting', { n: s.waiting });
    delivered.textContent =
      s.lastDeliveredAt === null
        ? ''
        : tn('lrsDelivered', s.delivered, { time: formatDateTime(s.lastDeliveredAt) });
    problem.textContent = s.problem
      ? t('lrsLastProblem', { time: formatDateTime(s.problem.at), problem: problemText(s.problem) })
      : t('lrsNoProblem');
    volatile.textContent = s.durable ? '' : t('lrsNotDurable');
    skipped.replaceChildren(
      ...s.skipped.map((k) =>
        h('li', {}, t('lrsSkipped', { id: k.attemptId, reason: skipReasonText(k.reason) })),
      ),
    );
    sendNow.disabled = s.phase === 'off' || s.phase === 'sending';
  };
  render(control.status());
  let connected = false;
  const unsubscribe = control.subscribe((s) => {
    // The trainer area replaces its sections freely: stop listening once this one has left the page.
    if (section.isConnected) connected = true;
    else if (connected) return unsubscribe();
    render(s);
  });
  void control.settings().then(showSaved);
  return section;
}
