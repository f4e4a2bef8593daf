/**
 * Finds out whether an LMS launched the app and connects to it:
 * - cmi5 when the launch URL carries the cmi5 parameters (its adapter is loaded only then);
 * - SCORM 1.2 when an `API` object is found on a parent frame or the opener;
 * - otherwise null: the app runs on its own, as always.
 *
 * When an LMS is there but the connection fails, it rejects with an LmsError whose message a trainee can read;
 * the app then goes on without the LMS.
 */
import type { LmsConnection } from '../engine/ports/lms-connection.ts';
import { parseOrigins } from '../engine/net/remote-url.ts';
import { cmi5Launch, isCmi5Launch, launchedScenario } from './launch.ts';
import { LmsError, connectProblem } from './messages.ts';
import type { LmsNotice } from './messages.ts';
import { connectScorm12 } from './scorm12/connection.ts';
import { findScorm12Api } from './scorm12/find-api.ts';
import type { FrameLike } from './scorm12/find-api.ts';

export interface ConnectOptions {
  /** Told about problems that do not stop the connection, such as a resume point that cannot be read. */
  onProblem?(notice: LmsNotice): void;
  now?(): number;
}

/** The meta element a cmi5 package carries with the LMS origins it was built for (see tools/package). */
export const LMS_ORIGINS_META = 'waypoint-lms-origins';

/** LMS origins fixed when the package was built; none outside a package (then only loopback LMSs work). */
export function packagedLmsOrigins(doc: Pick<Document, 'querySelector'>): string[] {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${LMS_ORIGINS_META}"]`);
  return parseOrigins(meta?.content ?? '');
}

export async function connectLms(
  win: Window,
  url: URL,
  options: ConnectOptions = {},
): Promise<LmsConnection | null> {
  const scenarioId = launchedScenario(url);
  if (isCmi5Launch(url)) {
    try {
      const allowedOrigins = packagedLmsOrigins(win.document);
      const launch = cmi5Launch(url, allowedOrigins);
      const { connectCmi5 } = await import('./cmi5/connection.ts');
      return await connectCmi5(win, launch, { scenarioId, onProblem: options.onProblem, allowedOrigins });
    } catch (e) {
      throw new LmsError(connectProblem('cmi5', e), { cause: e });
    }
  }
  const api = findScorm12Api(win as unknown as FrameLike);
  if (!api) return null;
  try {
    return connectScorm12(api, { scenarioId, now: options.now ?? Date.now, onProblem: options.onProblem });
  } catch (e) {
    throw new LmsError(connectProblem('scorm12', e), { cause: e });
  }
}
