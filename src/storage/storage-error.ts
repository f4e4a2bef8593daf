/** Storage failures, named for what a trainee needs to be told. */
export type StorageProblem = 'unavailable' | 'blocked' | 'full' | 'newer' | 'closed' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export function classify(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'VersionError') {
    return new StorageError('newer', 'The records on this device were saved by a newer version of Waypoint.');
  }
  if (name === 'QuotaExceededError') {
    return new StorageError('full', 'The device has no room left for training records.');
  }
  if (name === 'SecurityError' || name === 'InvalidStateError') {
    return new StorageError('unavailable', 'This browser does not allow saving here (private browsing?).');
  }
  return new StorageError(
    'failed',
    `Saving failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
