/**
 * UI messages in the page's language. The document's `lang` attribute (set by the app shell from the session)
 * says which catalogue to use, so there is no language state of our own to keep in step. Numbers in messages are
 * formatted for the language (`Intl.NumberFormat`), and a message that counts takes the plural form the language
 * uses for the count (`Intl.PluralRules`).
 */
import type { Level } from '../../engine/tags/vocabulary.ts';
import { en } from './en.ts';
import type { Catalogue, CountKey, MessageKey } from './en.ts';
import { fr } from './fr.ts';

export const CATALOGUES: Record<string, Catalogue> = { en, fr };

/** Languages offered, each named in itself. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
] as const;

/** Values for a message's {placeholders}. A number is formatted for the language: pass a label, such as a line
 * number, as a string. */
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The messages and number formats of one language. */
export interface Messages {
  t: Translate;
  /** A message that counts `n` things, in the form the language uses for n, with n formatted in {n}. */
  tn: (key: CountKey, n: number, params?: MessageParams) => string;
  formatNumber: (n: number) => string;
  /** A percentage given as 0–100. */
  formatPercent: (percent: number) => string;
}

export function messagesIn(language: string): Messages {
  const catalogue: Catalogue = CATALOGUES[language] ?? en;
  const numbers = new Intl.NumberFormat(language);
  const percents = new Intl.NumberFormat(language, { style: 'percent' });
  const plurals = new Intl.PluralRules(language);
  const fill = (text: string, params: MessageParams) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      return value === undefined ? `{${name}}` : typeof value === 'number' ? numbers.format(value) : value;
    });
  return {
    t: (key, params = {}) => fill(catalogue[key], params),
    tn: (key, n, params = {}) => {
      const forms = catalogue[key];
      return fill(forms[plurals.select(n)] ?? forms.other, { ...params, n });
    },
    formatNumber: (n) => numbers.format(n),
    formatPercent: (percent) => percents.format(percent / 100),
  };
}

export function pageLanguage(): string {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return Object.hasOwn(CATALOGUES, lang) ? lang : 'en';
}

const languages = new Map<string, Messages>();
function page(): Messages {
  const language = pageLanguage();
  let messages = languages.get(language);
  if (!messages) languages.set(language, (messages = messagesIn(language)));
  return messages;
}

/** Looks up a message and fills its {placeholders}. */
export const t: Translate = (key, params) => page().t(key, params);
/** Looks up a message that counts `n` things ("1 attempt", "2 attempts"; "0 tentative") and fills it. */
export const tn: Messages['tn'] = (key, n, params) => page().tn(key, n, params);
export const formatNumber = (n: number) => page().formatNumber(n);
export const formatPercent = (percent: number) => page().formatPercent(percent);
/** A mean of levels (0–3), always with one decimal: "1.5", "1,5". */
export const formatMean = (mean: number) =>
  new Intl.NumberFormat(pageLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);

/** A level's name ("Competent"); `none` stands for a criterion not observed. */
export const levelName = (level: Level | null, none = t('notObserved')) =>
  level === null ? none : t(`level${level}`);

/** Dates in the page's language. */
export const formatDateTime = (millis: number) =>
  new Intl.DateTimeFormat(pageLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(millis);
/** A time of day to the second, for a wait of seconds or minutes. */
export const formatTime = (millis: number) =>
  new Intl.DateTimeFormat(pageLanguage(), { timeStyle: 'medium' }).format(millis);
export const formatDate = (millis: number) =>
  new Intl.DateTimeFormat(pageLanguage(), { dateStyle: 'long' }).format(millis);

/** "label: value", punctuated as the language wants (French puts a space before the colon). */
export const lv = (label: string, value: string) => t('labelValue', { label, value });
