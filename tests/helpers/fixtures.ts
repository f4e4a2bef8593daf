import { resolve } from 'node:path';
import { compileInk } from '../../tools/content/compile-ink.ts';
import { buildContent } from '../../tools/content/build-content.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const VALID_FIXTURE = resolve(ROOT, 'tests/fixtures/content/valid');

/** Compiles an ink file of the fixtures, failing the test on any compile problem. */
export function compileFixture(path: string): string {
  const compiled = compileInk(resolve(ROOT, path), (p) => p);
  if (!compiled.json) throw new Error(compiled.problems.map((p) => p.message).join('\n'));
  return compiled.json;
}

/** The valid fixture content, compiled and explored as the build does. */
export function validContent() {
  const content = buildContent({ scenariosDir: VALID_FIXTURE, root: ROOT, checkCitations: false });
  if (content.problems.length > 0 || !content.catalogue) throw new Error(JSON.stringify(content.problems));
  return { catalogue: content.catalogue, scenarios: content.scenarios };
}
