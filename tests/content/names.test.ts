/**
 * One name, one person, across the whole course: a trainee who meets "Haddad" in two scenarios meets the same
 * person. A cast id names the same person (same name) wherever it appears, and no proper name is shared by two
 * people.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.ts';

/** Ranks, titles and role words: not part of a person's name. */
const NOT_NAMES = new Set(
  'Mr Ms Mrs Ma Mama Dr Captain Corporal Sergeant Major Lieutenant Constable Inspector Nurse Private Superintendent Narrator The Woman Village Community Sister Brother'.split(
    ' ',
  ),
);

interface Cast {
  scenario: string;
  id: string;
  name: string;
}

function casts(): Cast[] {
  const dirs = [join(ROOT, 'scenarios'), join(ROOT, 'scenarios', 'snaps')];
  return dirs.flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'scenario.yaml')))
      .flatMap((d) => {
        const yaml = parse(readFileSync(join(dir, d.name, 'scenario.yaml'), 'utf8')) as {
          cast: Record<string, { name: string }>;
        };
        return Object.entries(yaml.cast).map(([id, c]) => ({ scenario: d.name, id, name: c.name }));
      }),
  );
}

/** The proper names in a cast name ("Ms Leila Haddad, Conduct and Discipline Officer" → Leila, Haddad). */
const properNames = (name: string) =>
  (name.split(',')[0] ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w));

const all = casts();
const named = all.filter((c) => properNames(c.name).length > 0);

describe('names across the course', () => {
  it('reads the cast of every scenario and snap', () => {
    expect(new Set(all.map((c) => c.scenario)).size).toBeGreaterThanOrEqual(18);
  });

  it('gives a cast id the same name in every scenario', () => {
    const byId = new Map<string, Set<string>>();
    for (const c of named)
      // The title counts too: "Mama Rose" and "Nurse Rose" are two people.
      byId.set(c.id, new Set([...(byId.get(c.id) ?? []), c.name.split(',')[0]?.trim() ?? '']));
    const clashes = [...byId]
      .filter(([, names]) => names.size > 1)
      .map(([id, names]) => `${id}: ${[...names].join(' / ')}`);
    expect(clashes).toEqual([]);
  });

  it('never gives one proper name to two people', () => {
    const byName = new Map<string, Set<string>>();
    for (const c of named) {
      for (const word of properNames(c.name)) byName.set(word, new Set([...(byName.get(word) ?? []), c.id]));
    }
    const shared = [...byName]
      .filter(([, ids]) => ids.size > 1)
      .map(([word, ids]) => {
        const where = named.filter((c) => ids.has(c.id) && properNames(c.name).includes(word));
        return `${word}: ${where.map((c) => `${c.name} (${c.scenario})`).join(' / ')}`;
      });
    expect(shared).toEqual([]);
  });
});
