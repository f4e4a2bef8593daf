/**
 * What the trainee is told about the LMS connection, from the UI message catalogues.
 */

import { t } from '../presentation/i18n/t.ts';

/** An LMS problem with a message a trainee can read; `cause` keeps the technical detail for the console. */
export class LmsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LmsError';
  }
}

export const lmsMessages = {
  connectFailed: (lms: string, detail: string) => t('lmsConnectFailed', { lms, detail }),
  reportFailed: (lms: string, detail: string) => t('lmsReportFailed', { lms, detail }),
  reportRecovered: (lms: string) => t('lmsReportRecovered', { lms }),
  unknownScenario: (id: string) => t('lmsUnknownScenario', { id }),
  otherScenarioResume: (id: string) => t('lmsOtherScenarioResume', { id }),
  sent: (lms: string) => t('lmsSent', { lms }),
  returnRefused: (lms: string, detail: string) => t('lmsReturnRefused', { lms, detail }),
};

export const LMS_NAMES = { scorm12: 'LMS (SCORM 1.2)', cmi5: 'LMS (cmi5)' } as const;

/** A short, readable account of any thrown value, for the messages above. */
export function detailOf(e: unknown): string {
  if (e instanceof Error) return e.message.replace(/\.$/, '');
  return String(e);
}

/** The message to show when connecting fails. */
export function connectProblem(kind: keyof typeof LMS_NAMES, e: unknown): string {
  return e instanceof LmsError ? e.message : lmsMessages.connectFailed(LMS_NAMES[kind], detailOf(e));
}
