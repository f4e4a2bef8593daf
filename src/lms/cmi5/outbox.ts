/**
 * Sends statements one at a time, in the order they were made, so the LMS records `initialized` first and
 * `terminated` last. A statement that could not be sent for a passing reason (offline, server error) stays at
 * the head of the queue and goes with the next send; one the LRS refuses outright is dropped (sending it again
 * would fail again) and the failure reported. The app's own records keep everything either way.
 */

import { serialQueue } from '../../engine/serial-queue.ts';

export class Outbox<T> {
  private readonly queue: T[] = [];
  private readonly rounds = serialQueue();

  /** `send` resolves when the item is stored, and throws; `refused` tells a final refusal from a passing one. */
  constructor(
    private readonly send: (item: T) => Promise<void>,
    private readonly refused: (error: unknown) => boolean,
  ) {}

  /** Queues an item and sends all that is waiting. Rejects when this round could not send everything. */
  add(item: T): Promise<void> {
    this.queue.push(item);
    return this.flush();
  }

  flush(): Promise<void> {
    return this.rounds.run(async () => {
      while (this.queue.length > 0) {
        const item = this.queue[0] as T;
        // The queue may have been handed over (takeAll) while the item was on its way: only remove it if it
        // is still at the head.
        const done = () => {
          if (this.queue[0] === item) this.queue.shift();
        };
        try {
          await this.send(item);
        } catch (e) {
          if (this.refused(e)) done();
          throw e;
        }
        done();
      }
    });
  }

  /** Items not yet sent. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Takes every waiting item out of the queue (to send them another way, e.g. as the page goes), including one
   * that may be on its way: it carries the same statement id, so an LRS that gets it twice keeps it once.
   */
  takeAll(): T[] {
    return this.queue.splice(0);
  }
}
