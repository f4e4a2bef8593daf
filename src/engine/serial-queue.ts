/**
 * Runs asynchronous tasks one after another, in the order they were queued: a decision's write never overtakes
 * the one before it, nor a statement the one it follows. A task that fails does not stop the tasks after it; its
 * failure goes to whoever queued it.
 */
export interface SerialQueue {
  /** Runs `task` once every task queued before it has ended; resolves or rejects as the task does. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Resolves once no task is running or waiting, however they ended (also those queued while it waits). */
  idle(): Promise<void>;
}

export function serialQueue(): SerialQueue {
  let tail: Promise<void> = Promise.resolve();
  return {
    run(task) {
      const result = tail.then(task);
      tail = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    async idle() {
      for (let t = tail; ; t = tail) {
        await t;
        if (t === tail) return;
      }
    },
  };
}
