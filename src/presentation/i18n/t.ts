import { en } from './en';
import type { MessageKey } from './en';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Looks up a message and fills its {placeholders}. */
export const t: Translate = (key, params = {}) =>
  en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
