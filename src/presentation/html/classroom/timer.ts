/** The optional discussion timer of the presenter view: pick the minutes, start, stop; says when time is up. */
import { h } from '../dom.ts';
import { t } from '../../i18n/t.ts';

const MINUTES = [1, 2, 3, 5, 10];

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function discussionTimer(): { element: HTMLElement; stop(): void } {
  const minutes = h(
    'select',
    { id: 'classroom-timer-minutes' },
    ...MINUTES.map((m) => h('option', { value: m, selected: m === 3 }, String(m))),
  );
  const toggle = h('button', { type: 'button' }, t('classroomTimerStart'));
  const shown = h('span', { class: 'classroom-timer-time', role: 'timer' }, '');
  // Said once, when time is up; the ticking itself is not announced.
  const said = h('p', { class: 'classroom-timer-said', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    toggle.textContent = t('classroomTimerStart');
  };
  toggle.addEventListener('click', () => {
    if (timer !== null) {
      stop();
      shown.textContent = '';
      return;
    }
    const end = Date.now() + Number(minutes.value) * 60_000;
    said.textContent = '';
    toggle.textContent = t('classroomTimerStop');
    const tick = () => {
      const left = Math.max(0, Math.round((end - Date.now()) / 1000));
      shown.textContent = t('classroomTimerLeft', { time: clock(left) });
      if (left === 0) {
        stop();
        said.textContent = t('classroomTimerUp');
      }
    };
    tick();
    timer = setInterval(tick, 1000);
  });
  const element = h(
    'div',
    { class: 'classroom-timer', role: 'group', 'aria-labelledby': 'classroom-timer-heading' },
    h('h3', { id: 'classroom-timer-heading' }, t('classroomTimer')),
    h(
      'div',
      { class: 'field inline' },
      h('label', { for: 'classroom-timer-minutes' }, t('classroomTimerMinutes')),
      minutes,
      toggle,
      shown,
    ),
    said,
  );
  return { element, stop };
}
