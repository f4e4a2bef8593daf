/** The rules for remote addresses: https only (http on loopback), no credentials, and a fixed list of origins. */
import { describe, expect, it } from 'vitest';
import { parseOrigins, remoteUrlProblem } from '../../../src/engine/net/remote-url.ts';
import { packagedLmsOrigins } from '../../../src/lms/connect.ts';

describe('remote addresses', () => {
  it.each([
    ['https://lrs.example.org/xapi', null],
    ['http://localhost:8080/xapi', null],
    ['http://127.0.0.1/xapi', null],
    ['http://[::1]:9000/xapi', null],
    ['http://lrs.example.org/xapi', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['data:text/html,<script>', 'not-https'],
    ['ftp://lrs.example.org', 'not-https'],
    ['https://user:pw@lrs.example.org', 'credentials'],
    ['lrs.example.org', 'not-a-url'],
  ])('%s → %s', (value, problem) => {
    expect(remoteUrlProblem(value)).toBe(problem);
  });

  it('keeps to the listed origins when there is a list, loopback aside', () => {
    const rules = { allowedOrigins: ['https://lms.example.org'] };
    expect(remoteUrlProblem('https://lms.example.org/xapi/', rules)).toBeNull();
    expect(remoteUrlProblem('https://lms.example.org.evil.example/', rules)).toBe('origin-not-allowed');
    expect(remoteUrlProblem('https://lms.example.org:8443/', rules)).toBe('origin-not-allowed');
    expect(remoteUrlProblem('http://localhost:4000/', rules)).toBeNull();
    const base = new URL('https://content.example/app/index.html');
    expect(remoteUrlProblem('//evil.example/x', { ...rules, base })).toBe('origin-not-allowed');
    expect(remoteUrlProblem('/xapi/', { ...rules, base })).toBe('origin-not-allowed');
  });

  it('reads only bare https origins from a package, and none from a page without them', () => {
    expect(
      parseOrigins(' https://a.example  https://b.example:8443 http://c.example https://d.example/path x '),
    ).toEqual(['https://a.example', 'https://b.example:8443']);
    const meta = (content: string | null) => ({
      querySelector: () => (content === null ? null : { content }),
    });
    expect(packagedLmsOrigins(meta('https://lms.example.org') as never)).toEqual(['https://lms.example.org']);
    expect(packagedLmsOrigins(meta(null) as never)).toEqual([]);
  });
});
