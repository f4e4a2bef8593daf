/** A zip of a folder of files plus generated ones, with fflate. Same input, same bytes (fixed file times). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

/** Files under `dir` as package paths ("assets/index.js"), sorted; source maps are left out. */
export function appFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !entry.name.endsWith('.map'))
        out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** 1980-01-01, the earliest time a zip can hold: keeps the archive reproducible. */
const FIXED_TIME = new Date(1980, 0, 1);

export function zipPackage(
  dir: string,
  files: readonly string[],
  generated: Record<string, string>,
): Uint8Array {
  const entries: Zippable = {};
  for (const [name, text] of Object.entries(generated))
    entries[name] = [strToU8(text), { mtime: FIXED_TIME }];
  for (const f of files) {
    if (f in entries) throw new Error(`${f} is both generated and part of the app`);
    entries[f] = [new Uint8Array(readFileSync(join(dir, ...f.split('/')))), { mtime: FIXED_TIME }];
  }
  return zipSync(entries, { level: 9 });
}

/** The names in a zip, for checks. */
export function zipNames(zip: Uint8Array): string[] {
  return Object.keys(unzipSync(zip)).sort();
}
