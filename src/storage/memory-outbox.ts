/**
 * The LRS outbox in memory: for the memory fallback (when IndexedDB cannot be used, waiting statements live as
 * long as the page, and the trainer area says so) and for tests. Same rules as the IndexedDB outbox.
 */
import type { Outbox, OutboxEntry, OutboxOffer, OutboxSource } from '../engine/ports/lrs-outbox.ts';

/** The part of `offer` both outboxes share: which entries of an offer to add, given what is recorded. */
export function entriesToAdd(
  offer: OutboxOffer,
  recorded: OutboxSource | undefined,
): OutboxOffer['entries'] | null {
  const sameEndpoint = recorded !== undefined && recorded.endpoint === offer.source.endpoint;
  if (sameEndpoint && recorded.level >= offer.source.level) return null;
  const above = sameEndpoint ? recorded.level : -Infinity;
  return offer.entries.filter((e) => e.level > above);
}

export function memoryOutbox(): Outbox {
  const entries = new Map<string, OutboxEntry>();
  const sources = new Map<string, OutboxSource>();
  let seq = 0;
  return {
    kind: 'memory',
    async offer(offers, queuedAt) {
      let added = 0;
      for (const offer of offers) {
        const todo = entriesToAdd(offer, sources.get(offer.source.id));
        if (todo === null) continue;
        for (const e of todo) {
          if (entries.has(e.id)) continue;
          entries.set(e.id, structuredClone({ ...e, source: offer.source.id, seq: ++seq, queuedAt }));
          added++;
        }
        sources.set(offer.source.id, { ...offer.source });
      }
      return added;
    },
    peek: async (limit) =>
      [...entries.values()]
        .sort((a, b) => a.seq - b.seq)
        .slice(0, Math.max(0, limit))
        .map((e) => structuredClone(e)),
    remove: async (ids) => ids.forEach((id) => entries.delete(id)),
    count: async () => entries.size,
    sources: async () => [...sources.values()].map((s) => ({ ...s })),
  };
}
