/**
 * "Who is training?" on a shared device: the trainees of this device; opening one asks that trainee's PIN when
 * the trainer's set-up asks for PINs. Nobody is ever signed in by default.
 */
import type { Profile } from '../../../engine/records/profile.ts';
import { h } from '../dom.ts';
import type { DeviceAccess } from '../device-access.ts';
import { pinField } from '../secret-fields.ts';
import { formatTime, t } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';

export function traineesScreen({ context, send, access }: ScreenProps): HTMLElement {
  const pins = context.device?.pins === true;
  const list = h('ul', { class: 'trainee-list', 'aria-busy': 'true' });
  const panel = h('div', { class: 'trainee-open' });
  const fresh = h('button', { type: 'button', class: 'primary' }, t('traineeNew'));
  fresh.addEventListener('click', () => send({ type: 'trainee.new' }));
  const back = h('button', { type: 'button' }, t('back'));
  back.addEventListener('click', () => send({ type: 'screen.leave' }));

  const open = (p: Profile) => {
    if (!pins) {
      send({ type: 'trainee.open', profile: p });
      return;
    }
    void askPin(access, p, panel, () => send({ type: 'trainee.open', profile: p }));
  };
  access.trainees.list().then(
    (profiles) => {
      list.removeAttribute('aria-busy');
      list.replaceChildren(
        ...profiles.map((p) => {
          const button = h('button', { type: 'button' }, p.name);
          button.addEventListener('click', () => open(p));
          const detail = [p.serviceNumber, p.cohort].filter(Boolean).join(' · ');
          return h('li', {}, button, detail ? h('span', { class: 'meta' }, ` ${detail}`) : null);
        }),
      );
      if (profiles.length === 0) list.replaceChildren(h('li', {}, t('traineesNone')));
    },
    () => list.replaceChildren(h('li', { role: 'alert' }, t('traineesUnreadable'))),
  );
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading' },
    h('h1', { id: 'screen-heading' }, t('traineesHeading')),
    h('p', {}, pins ? t('traineesIntroPins') : t('traineesIntro')),
    list,
    panel,
    h('div', { class: 'actions' }, back, fresh),
  );
}

/** The PIN form for one trainee, in the panel below the list; focus goes to it. */
async function askPin(access: DeviceAccess, p: Profile, panel: HTMLElement, opened: () => void) {
  const heading = h('h2', { id: 'pin-heading', tabindex: -1 }, t('pinHeading', { name: p.name }));
  if (!(await access.trainees.hasPin(p.id).catch(() => false))) {
    panel.replaceChildren(heading, h('p', { role: 'alert' }, t('pinNone', { name: p.name })));
    heading.focus();
    return;
  }
  const [field, pin] = pinField('trainee-pin', t('pin'));
  const error = h('p', { class: 'form-errors', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('pinOpen'));
  const form = h('form', { novalidate: true, 'aria-labelledby': 'pin-heading' }, error, field, submit);
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** After too many wrong PINs: says until when, and takes no PIN before then. */
  const waitUntil = (at: number) => {
    error.textContent = t('pinLocked', { name: p.name, time: formatTime(at) });
    submit.disabled = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!form.isConnected) return;
      submit.disabled = false;
      error.textContent = '';
    }, at - Date.now());
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    error.textContent = '';
    access.trainees
      .checkPin(p.id, pin.value)
      .then(
        (check) => {
          if (check.ok) return opened();
          if (check.retryAt !== null) return waitUntil(check.retryAt);
          error.textContent = t('pinWrong');
          submit.disabled = false;
        },
        () => {
          error.textContent = t('pinFailed');
          submit.disabled = false;
        },
      )
      .finally(() => {
        if (error.textContent) {
          pin.value = '';
          pin.focus();
        }
      });
  });
  const lockedUntil = await access.trainees.retryAt(p.id).catch(() => null);
  if (lockedUntil !== null) waitUntil(lockedUntil);
  panel.replaceChildren(heading, form);
  pin.focus();
}
