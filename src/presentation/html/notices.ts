/** A place for messages that concern the whole app (e.g. storage failing), announced as alerts. */
import { h } from './dom.ts';
import { t } from '../i18n/t.ts';

export interface Notices {
  element: HTMLElement;
  show(message: string, action?: { label: string; run: () => void }): void;
}

export function createNotices(): Notices {
  const element = h('div', { class: 'notices', role: 'alert' });
  return {
    element,
    show(message, action) {
      const dismiss = h('button', { type: 'button' }, t('dismiss'));
      const button = action ? h('button', { type: 'button', class: 'primary' }, action.label) : null;
      button?.addEventListener('click', action?.run ?? (() => undefined));
      const notice = h(
        'div',
        { class: 'notice' },
        h('p', {}, message),
        h('div', { class: 'actions' }, button, dismiss),
      );
      dismiss.addEventListener('click', () => notice.remove());
      element.append(notice);
    },
  };
}
