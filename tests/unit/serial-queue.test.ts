/**
 * The one queue that keeps writes and reports in order (records keeper, LMS bridge, cmi5 state and outbox, LRS send
 * steps).
 */
import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../src/engine/serial-queue.ts';

/** A task that ends only when told to, so a test decides the order in which work would finish. */
function gate<T>(value: T) {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { task: () => opened.then(() => value), open };
}

describe('serial queue', () => {
  it('starts a task only once the one queued before it has ended, whatever order they would finish in', async () => {
    const queue = serialQueue();
    const started: string[] = [];
    const first = gate('first');
    const one = queue.run(() => (started.push('first'), first.task()));
    const two = queue.run(async () => (started.push('second'), 'second'));
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual(['first']);
    first.open();
    expect(await one).toBe('first');
    expect(await two).toBe('second');
    expect(started).toEqual(['first', 'second']);
  });

  it('hands a failure to whoever queued the task, and runs the next task all the same', async () => {
    const queue = serialQueue();
    const failed = queue.run(() => Promise.reject(new Error('disk full')));
    const next = queue.run(async () => 'written');
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe('written');
  });

  it('is idle only once every task queued so far has ended, failed ones included', async () => {
    const queue = serialQueue();
    const slow = gate(undefined);
    void queue.run(() => Promise.reject(new Error('no'))).catch(() => undefined);
    void queue.run(slow.task);
    let idle = false;
    void queue.idle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(idle).toBe(false);
    slow.open();
    await queue.idle();
    expect(idle).toBe(true);
  });

  it('is idle only once the tasks queued while it waited have ended too', async () => {
    const queue = serialQueue();
    const first = gate(undefined);
    const second = gate(undefined);
    void queue.run(first.task);
    let idle = false;
    void queue.idle().then(() => (idle = true));
    void queue.run(second.task);
    first.open();
    await new Promise((r) => setTimeout(r, 0));
    expect(idle).toBe(false);
    second.open();
    await queue.idle();
    expect(idle).toBe(true);
  });
});
