/**
 * Finds the SCORM 1.2 API object the LMS provides, the standard way (SCORM 1.2 RTE §3.3.6.1, ADL's APIWrapper):
 * look for `API` on this window and up its chain of parents, then on the opener (and up its parents, and the
 * opener of the top window). Frames of another origin are skipped rather than failing the search.
 */

/** The eight functions of the SCORM 1.2 runtime API. All values cross it as strings. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** What the search needs of a window: its `API`, its parent, top and opener. */
export interface FrameLike {
  readonly parent: FrameLike | null;
  readonly top: FrameLike | null;
  readonly opener: FrameLike | null;
}

const FUNCTIONS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
];
/** ADL's wrapper gives up after 7 levels; LMS frame sets are never deeper. */
const MAX_DEPTH = 7;

function apiOn(win: FrameLike): Scorm12Api | null {
  try {
    const api = (win as unknown as { API?: unknown }).API;
    if (typeof api !== 'object' || api === null) return null;
    const record = api as Record<string, unknown>;
    return FUNCTIONS.every((f) => typeof record[f] === 'function') ? (api as Scorm12Api) : null;
  } catch {
    return null; // a frame of another origin: not ours to read
  }
}

function read<T>(get: () => T): T | null {
  try {
    return get() ?? null;
  } catch {
    return null;
  }
}

/** Looks on `win` and its parents. */
function searchUp(start: FrameLike | null): Scorm12Api | null {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const api = apiOn(win);
    if (api) return api;
    const parent: FrameLike | null = read(() => win?.parent ?? null);
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

export function findScorm12Api(win: FrameLike): Scorm12Api | null {
  const opener = read(() => win.opener);
  const topOpener = read(() => win.top?.opener ?? null);
  return searchUp(win) ?? searchUp(opener) ?? (topOpener !== opener ? searchUp(topOpener) : null);
}
