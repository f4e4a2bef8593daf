/**
 * Display settings: text size, high contrast, reduced motion (also taken from the system) and story text speed
 * (instant by default). They are applied as attributes on <html>, so CSS does the work, and kept on the device.
 */
import { h } from './dom.ts';
import { t } from '../i18n/t.ts';
import type { MessageKey } from '../i18n/en.ts';

export interface DisplaySettings {
  textSize: 'normal' | 'large' | 'larger';
  contrast: 'normal' | 'high';
  motion: 'system' | 'reduced' | 'full';
  storySpeed: 'instant' | 'normal' | 'slow';
}

export const DEFAULT_SETTINGS: DisplaySettings = {
  textSize: 'normal',
  contrast: 'normal',
  motion: 'system',
  storySpeed: 'instant',
};

const OPTIONS: { [K in keyof DisplaySettings]: DisplaySettings[K][] } = {
  textSize: ['normal', 'large', 'larger'],
  contrast: ['normal', 'high'],
  motion: ['system', 'reduced', 'full'],
  storySpeed: ['instant', 'normal', 'slow'],
};

/** The message that names each choice (a typed map: a choice without a name fails the type check). */
const OPTION_NAMES: { [K in keyof DisplaySettings]: Record<DisplaySettings[K], MessageKey> } = {
  textSize: {
    normal: 'setting_textSize_normal',
    large: 'setting_textSize_large',
    larger: 'setting_textSize_larger',
  },
  contrast: { normal: 'setting_contrast_normal', high: 'setting_contrast_high' },
  motion: { system: 'setting_motion_system', reduced: 'setting_motion_reduced', full: 'setting_motion_full' },
  storySpeed: {
    instant: 'setting_storySpeed_instant',
    normal: 'setting_storySpeed_normal',
    slow: 'setting_storySpeed_slow',
  },
};

export function parseSettings(text: string | undefined): DisplaySettings {
  try {
    const raw = JSON.parse(text ?? '{}') as Partial<Record<keyof DisplaySettings, string>>;
    const pick = <K extends keyof DisplaySettings>(k: K): DisplaySettings[K] =>
      (OPTIONS[k] as string[]).includes(raw[k] ?? '') ? (raw[k] as DisplaySettings[K]) : DEFAULT_SETTINGS[k];
    return {
      textSize: pick('textSize'),
      contrast: pick('contrast'),
      motion: pick('motion'),
      storySpeed: pick('storySpeed'),
    };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function prefersReducedMotion(s: DisplaySettings): boolean {
  if (s.motion !== 'system') return s.motion === 'reduced';
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Milliseconds between story lines appearing. */
export function lineDelay(s: DisplaySettings): number {
  return { instant: 0, normal: 450, slow: 1000 }[s.storySpeed];
}

export function applySettings(s: DisplaySettings): void {
  const root = document.documentElement;
  root.dataset.textSize = s.textSize;
  root.dataset.contrast = s.contrast;
  root.dataset.motion = prefersReducedMotion(s) ? 'reduced' : 'full';
}

/** A dialog to change the settings; `save` is called with every change. */
export function settingsDialog(
  current: () => DisplaySettings,
  save: (s: DisplaySettings) => void,
): HTMLElement {
  const button = h('button', { type: 'button', class: 'link' }, t('settings'));
  const dialog = h('dialog', { class: 'settings-dialog', 'aria-labelledby': 'settings-heading' });
  const render = () => {
    const s = current();
    const fieldset = <K extends keyof DisplaySettings>(key: K) =>
      h(
        'fieldset',
        {},
        h('legend', {}, t(`setting_${key}`)),
        ...OPTIONS[key].map((value) => {
          const id = `s-${key}-${value}`;
          const input = h('input', { type: 'radio', name: key, id, value });
          input.checked = s[key] === value;
          input.addEventListener('change', () => save({ ...current(), [key]: value }));
          return h('div', { class: 'radio' }, input, h('label', { for: id }, t(OPTION_NAMES[key][value])));
        }),
      );
    const fieldsets = (Object.keys(OPTIONS) as (keyof DisplaySettings)[]).map((key) => fieldset(key));
    const close = h('button', { type: 'button', class: 'primary' }, t('close'));
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(h('h2', { id: 'settings-heading' }, t('settings')), ...fieldsets, close);
  };
  button.addEventListener('click', () => {
    render();
    dialog.showModal();
  });
  dialog.addEventListener('close', () => button.focus());
  return h('div', { class: 'settings' }, button, dialog);
}
