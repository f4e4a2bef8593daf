// Runs after every build: the browser bundle must hold the ink runtime only, never the compiler; no HTTP library
// (axios): the app talks to LRSs and LMSs with fetch; and no source maps ship.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const MARKERS = [
  // Strings that exist only in inkjs's compiler (parser error messages and class names).
  { text: "You shouldn't use a '~' here", what: 'the ink compiler' },
  { text: 'Expected closing', what: 'the ink compiler' },
  { text: 'InkParser', what: 'the ink compiler' },
  // Strings every axios build carries: its version in the transitional-option warning, and its error's name.
  { text: '[Axios v', what: 'axios' },
  { text: 'AxiosError', what: 'axios' },
];
const USAGE = "node tools/build/check-bundle.mjs [dist folder] (default: the project's dist)";
let positionals;
try {
  ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
} catch (e) {
  // parseArgs' first sentence names the problem ("Unknown option '--x'"); the rest is advice on positionals.
  console.error(`check-bundle: ${e.message.split(/\.\s/)[0]} (usage: ${USAGE})`);
  process.exit(2);
}
if (positionals.length > 1) {
  console.error(`check-bundle: one dist folder at most (usage: ${USAGE})`);
  process.exit(2);
}
const dist = positionals[0] ?? join(import.meta.dirname, '..', '..', 'dist');
const dir = join(dist, 'assets');
const offenders = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const text = readFileSync(join(dir, file), 'utf8');
  for (const { text: marker, what } of MARKERS) {
    if (text.includes(marker)) offenders.push(`${file}: contains "${marker}" (${what})`);
  }
}
for (const file of readdirSync(dist, { recursive: true })) {
  if (String(file).endsWith('.map')) offenders.push(`${file}: a source map`);
}
if (offenders.length > 0) {
  console.error(`The build ships what it must not:\n  ${offenders.join('\n  ')}`);
  process.exit(1);
}
console.log('Bundle check: no ink compiler or axios code in dist/assets, no source maps in dist.');
