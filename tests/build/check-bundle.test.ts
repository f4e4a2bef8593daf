/** The bundle check after every build: it refuses ink compiler code, axios and source maps in what ships. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'waypoint-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'dist-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const check = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'tools/build/check-bundle.mjs'), ...args], { encoding: 'utf8' });

describe('the bundle check', () => {
  it('passes a build of runtime code only', () => {
    expect(
      check(dist({ 'assets/index.js': 'export const x = 1;', 'index.html': '<html></html>' })).status,
    ).toBe(0);
  });

  it('refuses a source map anywhere in what ships', () => {
    const out = check(dist({ 'assets/index.js': 'x', 'assets/index.js.map': '{}' }));
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/assets\/index\.js\.map: a source map/);
  });

  it("refuses the ink compiler's code", () => {
    const out = check(dist({ 'assets/ink.js': 'class InkParser {}' }));
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/ink\.js: contains "InkParser"/);
  });

  // Minified axios, as @xapi/cmi5 1.4.0 brought it (twice) into the cmi5 chunk.
  it.each([
    [
      'its version in a warning',
      "function r(e,t){return`[Axios v1.7.4] Transitional option '`+e+`'`+t}",
      '[Axios v',
    ],
    ['its version, not inlined', 'const w=e=>"[Axios v"+V+"] Transitional option \'"+e+"\'";', '[Axios v'],
    [
      'its error class',
      'function U(e){Error.call(this),this.message=e,this.name="AxiosError"}',
      'AxiosError',
    ],
  ])('refuses axios: %s', (_, code, marker) => {
    const out = check(dist({ 'assets/connection-x1.js': code }));
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`connection-x1.js: contains "${marker}" (axios)`);
  });

  it('refuses an unknown option or a second folder in one line, with exit code 2', () => {
    const dir = dist({ 'assets/index.js': 'x' });
    const unknown = check('--bogus', dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^check-bundle: Unknown option '--bogus' \(usage: [^\n]*\)\n$/);
    const two = check(dir, dir);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/^check-bundle: one dist folder at most \(usage: [^\n]*\)\n$/);
  });

  it('passes HTTP code on fetch', () => {
    const code = 'await fetch(u,{method:"POST",headers:{"X-Experience-API-Version":"1.0.3"}});';
    expect(check(dist({ 'assets/connection-x2.js': code })).status).toBe(0);
  });
});
