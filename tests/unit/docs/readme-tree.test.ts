/**
 * The README's architecture tree is how a newcomer finds their way: every folder it names exists, and every
 * folder of src/ (two levels deep), tools/ and tests/ is in it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

/** The paths the tree names, from its indentation (two spaces a level; continuation lines have none of their own). */
function treePaths(readme: string): string[] {
  const block = readme.split('## Architecture')[1]?.split('```')[1] ?? '';
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of block.split('\n')) {
    const m = /^( *)([\w.-]+\/?)(?:\s|$)/.exec(line);
    if (!m || m[1]!.length % 2 !== 0 || m[1]!.length / 2 > stack.length) continue;
    const depth = m[1]!.length / 2;
    stack.length = depth;
    const name = m[2]!.replace(/\/$/, '');
    paths.push([...stack, name].join('/'));
    if (m[2]!.endsWith('/')) stack.push(name);
  }
  return paths;
}

const folders = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}`);

describe("the README's architecture tree", () => {
  const named = treePaths(readFileSync(join(root, 'README.md'), 'utf8'));

  it('names only folders and files that exist', () => {
    expect(named.length).toBeGreaterThan(30);
    expect(named.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  it('names every folder of src/ (two levels deep), tools/ and tests/', () => {
    const expected = [
      ...folders('src'),
      ...folders('src/engine'),
      ...folders('src/presentation'),
      ...folders('tools'),
      ...folders('tests'),
    ];
    expect(expected.filter((p) => !named.includes(p))).toEqual([]);
  });
});
