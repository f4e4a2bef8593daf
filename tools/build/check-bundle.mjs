// Runs after every build: the browser bundle must hold the ink runtime only, never the compiler, and no source
// maps ship.
// The markers are strings that exist only in inkjs's compiler (parser error messages and class names).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKERS = ["You shouldn't use a '~' here", 'Expected closing', 'InkParser'];
// node tools/build/check-bundle.mjs [dist folder] (default: the project's dist).
const dist = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist');
const dir = join(dist, 'assets');
const offenders = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(join(dir, file), 'utf8');
  for (const marker of MARKERS) if (text.includes(marker)) offenders.push(`${file}: contains "${marker}"`);
}
for (const file of readdirSync(dist, { recursive: true })) {
  if (String(file).endsWith('.map')) offenders.push(`${file}: a source map`);
}
if (offenders.length > 0) {
  console.error(`The build ships what it must not:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log('Bundle check: no ink compiler code in dist/assets, no source maps in dist.');
