/**
 * A cmi5 package is built for the LMS origins it will be launched from (`--allow-origin`): its index.html carries
 * them in a meta element the app reads at launch (src/lms/connect.ts), and its Content-Security-Policy lets the
 * page connect to those origins only (plus this machine, for tests). A launch link naming any other endpoint,
 * fetch URL or returnURL is refused.
 */
import { parseOrigins } from '../../src/engine/net/remote-url.ts';
import { LMS_ORIGINS_META } from '../../src/lms/connect.ts';

/** The origins given on the command line, or the ones that are not bare https origins. */
export function checkOrigins(given: readonly string[]): { origins: string[]; refused: string[] } {
  const origins = given.flatMap((g) => parseOrigins(g));
  return { origins, refused: given.filter((g) => parseOrigins(g).length === 0) };
}

export function withLmsOrigins(html: string, origins: readonly string[]): string {
  const meta = `<meta name="${LMS_ORIGINS_META}" content="${origins.join(' ')}" />`;
  const connect = ["'self'", ...origins, 'http://localhost:*', 'http://127.0.0.1:*'].join(' ');
  const withCsp = html.replace(/connect-src [^;"]*/, `connect-src ${connect}`);
  if (withCsp === html) throw new Error('index.html has no connect-src to narrow');
  const at = withCsp.indexOf('<meta charset');
  if (at < 0) throw new Error('index.html has no <meta charset>');
  const end = withCsp.indexOf('>', at) + 1;
  return `${withCsp.slice(0, end)}\n    ${meta}${withCsp.slice(end)}`;
}
