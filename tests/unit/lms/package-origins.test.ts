/** A cmi5 package carries the LMS origins it was built for, in a meta element and in its connect-src. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrigins, withLmsOrigins } from '../../../tools/package/lms-origins.ts';
import { packagedLmsOrigins } from '../../../src/lms/connect.ts';
import { ROOT } from '../../helpers/fixtures.ts';

const html = readFileSync(join(ROOT, 'index.html'), 'utf8');

describe('a cmi5 package built for its LMS', () => {
  const packaged = withLmsOrigins(html, ['https://lms.example.org']);

  it('names the origins in a meta element the app reads at launch', () => {
    const content = /<meta name="waypoint-lms-origins" content="([^"]*)"/.exec(packaged)?.[1] ?? null;
    const doc = { querySelector: () => (content === null ? null : { content }) };
    expect(packagedLmsOrigins(doc as never)).toEqual(['https://lms.example.org']);
  });

  it('lets the page connect to that LMS and this machine only', () => {
    const csp = /connect-src ([^;"]*)/.exec(packaged)?.[1];
    expect(csp).toBe("'self' https://lms.example.org http://localhost:* http://127.0.0.1:*");
  });

  it('takes bare https origins only from the command line', () => {
    expect(
      checkOrigins(['https://lms.example.org', 'http://lms.example.org', 'https://x.example/path']),
    ).toEqual({
      origins: ['https://lms.example.org'],
      refused: ['http://lms.example.org', 'https://x.example/path'],
    });
  });
});
