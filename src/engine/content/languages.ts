/**
 * The languages the course is written in: English (the source) and every translation scenarios/languages.yaml
 * requires. Anything else that claims to be a language (a stored or imported profile, a launch) reads as English.
 */
export const SUPPORTED_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const isSupportedLanguage = (x: unknown): x is Language =>
  typeof x === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(x);

export const supportedLanguage = (x: unknown): Language => (isSupportedLanguage(x) ? x : 'en');
