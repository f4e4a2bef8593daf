/** Reading a bundle and merging it in one step, for the app: a refused file leaves the records as they were. */
import { parseBundle } from './bundle';
import type { ParsedBundle } from './bundle';
import { mergeBundle } from './merge';
import type { MergeResult } from './merge';
import type { RecordSet } from './schema';

export type ImportResult = ({ ok: true } & MergeResult) | Extract<ParsedBundle, { ok: false }>;

export async function importBundle(existing: RecordSet, text: string): Promise<ImportResult> {
  const parsed = await parseBundle(text);
  if (!parsed.ok) return parsed;
  return { ok: true, ...mergeBundle(existing, parsed.bundle.payload) };
}
