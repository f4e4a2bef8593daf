/**
 * UI messages in the page's language. The document's `lang` attribute (set by the app shell from the session)
 * says which catalogue to use, so there is no language state of our own to keep in step.
 */
import { en } from './en.ts';
import type { MessageKey } from './en.ts';
import { fr } from './fr.ts';

export const CATALOGUES: Record<string, Record<MessageKey, string>> = { en, fr };

/** Languages offered, each named in itself. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
] as const;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function pageLanguage(): string {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return Object.hasOwn(CATALOGUES, lang) ? lang : 'en';
}

/** Looks up a message and fills its {placeholders}. */
export const t: Translate = (key, params = {}) =>
  (CATALOGUES[pageLanguage()] ?? en)[key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );

/** Dates in the page's language. */
export const formatDateTime = (millis: number) =>
  new Intl.DateTimeFormat(pageLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(millis);
export const formatDate = (millis: number) =>
  new Intl.DateTimeFormat(pageLanguage(), { dateStyle: 'long' }).format(millis);

/** "label: value", punctuated as the language wants (French puts a space before the colon). */
export const lv = (label: string, value: string) => t('labelValue', { label, value });
