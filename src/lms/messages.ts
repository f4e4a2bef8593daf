/**
 * What the trainee is told about the LMS connection. Kept together so they can move into the i18n messages
 * (src/presentation/i18n) in one go.
 */

/** An LMS problem with a message a trainee can read; `cause` keeps the technical detail for the console. */
export class LmsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LmsError';
  }
}

export const lmsMessages = {
  connectFailed: (lms: string, detail: string) =>
    `Waypoint could not connect to your ${lms} (${detail}). You can keep training: your progress is saved on this device, but this session is not reported to the LMS.`,
  reportFailed: (lms: string, detail: string) =>
    `Your latest progress could not be sent to your ${lms} (${detail}). You can keep playing: it is saved on this device and will be sent again with your next step.`,
  reportRecovered: (lms: string) => `Your ${lms} is reachable again; your progress is reported there again.`,
  unknownScenario: (id: string) =>
    `Your LMS opened the scenario "${id}", which this version of Waypoint does not have. Choose a scenario from the list; it will not be reported to the LMS.`,
  otherScenarioResume: (id: string) =>
    `Your LMS kept a saved place in another scenario ("${id}"), so this scenario starts from the beginning.`,
  sent: (lms: string) =>
    `Your result was sent to your ${lms}. Further attempts in this window are kept on this device only; open the scenario from your LMS again to have them reported.`,
} as const;

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
