/**
 * What the trainee is told about the LMS connection. The adapters say what happened as a key of the UI
 * catalogues with its values (an LmsNotice); the presentation words it in the page's language
 * (src/presentation/i18n/lms-notices.ts), so no adapter depends on the presentation.
 */

export type LmsNotice =
  | { key: 'lmsConnectFailed' | 'lmsReportFailed' | 'lmsReturnRefused'; lms: string; detail: string }
  | { key: 'lmsReportRecovered' | 'lmsSent'; lms: string }
  | { key: 'lmsUnknownScenario' | 'lmsOtherScenarioResume'; id: string }
  | { key: 'lmsResumeUnreadable'; why: string };

/** An LMS problem with a notice a trainee can read; the message and `cause` are the technical detail. */
export class LmsError extends Error {
  constructor(
    readonly notice: LmsNotice,
    options?: { cause?: unknown },
  ) {
    const { key, ...values } = notice;
    super(`${key}: ${Object.values(values).join(', ')}`, options);
    this.name = 'LmsError';
  }
}

export const lmsMessages = {
  connectFailed: (lms: string, detail: string): LmsNotice => ({ key: 'lmsConnectFailed', lms, detail }),
  reportFailed: (lms: string, detail: string): LmsNotice => ({ key: 'lmsReportFailed', lms, detail }),
  reportRecovered: (lms: string): LmsNotice => ({ key: 'lmsReportRecovered', lms }),
  unknownScenario: (id: string): LmsNotice => ({ key: 'lmsUnknownScenario', id }),
  otherScenarioResume: (id: string): LmsNotice => ({ key: 'lmsOtherScenarioResume', id }),
  sent: (lms: string): LmsNotice => ({ key: 'lmsSent', lms }),
  returnRefused: (lms: string, detail: string): LmsNotice => ({ key: 'lmsReturnRefused', lms, detail }),
  resumeUnreadable: (why: string): LmsNotice => ({ key: 'lmsResumeUnreadable', why }),
};

export const LMS_NAMES = { scorm12: 'LMS (SCORM 1.2)', cmi5: 'LMS (cmi5)' } as const;

/** A short, readable account of any thrown value, for the messages above. */
export function detailOf(e: unknown): string {
  if (e instanceof Error) return e.message.replace(/\.$/, '');
  return String(e);
}

/** What to tell the trainee when connecting fails. */
export function connectProblem(kind: keyof typeof LMS_NAMES, e: unknown): LmsNotice {
  return e instanceof LmsError ? e.notice : lmsMessages.connectFailed(LMS_NAMES[kind], detailOf(e));
}
