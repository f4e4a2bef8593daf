/**
 * One step of the send loop: remove what the LRS acknowledged last time but the outbox kept, peek the oldest
 * entries, POST them, remove them once the LRS has acknowledged them. A 409 on a batch means some id is already
 * stored: the batch's statements then go one by one by PUT, and a 409 on one means it arrived. The outcome goes
 * back to the send machine; acknowledgements are told as they come, so the trainer sees them even when the
 * machine has given the step up. A step given up sends nothing more (its outcome would be ignored). Never rejects:
 * an outbox that fails is a `retry` with a storage problem.
 */
import type { Outbox } from '../engine/ports/lrs-outbox.ts';
import { postStatements, putStatement } from './client.ts';
import type { ClientDeps } from './client.ts';
import { storageProblem } from './queue.ts';
import type { StepInput, StepOutput } from './send-machine.ts';

export interface StepDeps {
  outbox: Promise<Outbox>;
  client: ClientDeps;
  /** Runs the step so that no other sends at the same time (in this page, or with Web Locks in any tab). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  acknowledged(count: number): void;
  /** After each removal from the outbox, so what waits is told as it goes down. */
  removed(box: Outbox): Promise<void>;
}

export async function sendStep(
  deps: StepDeps,
  { settings, batchSize, unremoved }: StepInput,
  signal: AbortSignal,
): Promise<StepOutput> {
  const { client } = deps;
  /** Acknowledged, not yet removed from the outbox: handed back on a storage failure so they are never sent. */
  const kept = new Set(unremoved);
  const acknowledge = async (box: Outbox, ids: readonly string[]) => {
    for (const id of ids) kept.add(id);
    deps.acknowledged(ids.length);
    await box.remove(ids);
    for (const id of ids) kept.delete(id);
    await deps.removed(box);
  };
  try {
    return await deps.exclusive(async (): Promise<StepOutput> => {
      const box = await deps.outbox;
      if (kept.size > 0) {
        await box.remove([...kept]);
        kept.clear();
        await deps.removed(box);
      }
      if (signal.aborted) return { kind: 'empty' };
      const batch = await box.peek(batchSize);
      if (batch.length === 0) return { kind: 'empty' };
      const outcome = await postStatements(
        client,
        settings,
        batch.map((e) => e.statement),
      );
      switch (outcome.kind) {
        case 'stored':
          await acknowledge(
            box,
            batch.map((e) => e.id),
          );
          return { kind: 'sent' };
        case 'too-large':
          return { kind: 'too-large', size: batch.length };
        case 'conflict':
          for (const entry of batch) {
            if (signal.aborted) return { kind: 'empty' };
            const one = await putStatement(client, settings, entry.statement);
            if (one.kind === 'retry' || one.kind === 'stop') return one;
            await acknowledge(box, [entry.id]);
          }
          return { kind: 'sent' };
        default:
          return outcome;
      }
    });
  } catch (e) {
    return { kind: 'retry', problem: storageProblem(e, client.now()), unremoved: [...kept] };
  }
}
