/**
 * Learning management systems: SCORM 1.2 and cmi5 launches, reported through the LmsConnection interface
 * (src/engine/ports/lms-connection.ts). The cmi5 adapter is loaded on demand, never from here.
 */
export { connectLms } from './connect.ts';
export type { ConnectOptions } from './connect.ts';
export { LMS_NAMES, LmsError, lmsMessages } from './messages.ts';
export { attemptToResume, decisionsFromPath } from './resume.ts';
export { decodeResume, encodeResume, SUSPEND_DATA_LIMIT } from './suspend-data.ts';
