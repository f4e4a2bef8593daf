// Makes sure a Chromium exists before the browser tests run. As root with apt, it installs Debian's chromium;
// otherwise it stops and says how to get one.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = (() => {
    try {
      execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
      return true;
    } catch {
      return false;
    }
  })();
  if (isRoot && hasApt) {
    console.log("No Chromium found; installing Debian's chromium with apt-get…");
    execSync('apt-get update && apt-get install -y --no-install-recommends chromium', {
      stdio: 'inherit',
      shell: '/bin/sh',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = findChromium();
  }
  if (!path) {
    console.error(
      [
        'No Chromium found for the browser tests.',
        'Install one, then run the tests again:',
        '  Debian/Ubuntu:  sudo apt-get install chromium',
        '  or point CHROMIUM_PATH at a Chromium or Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`Browser tests use ${path}`);
