/**
 * Which remote addresses the app will talk to or send a trainee to: an LMS's cmi5 endpoint, fetch URL and
 * returnURL, and a learning record store. Only https; plain http only to this machine (a test LMS or LRS on
 * loopback); never credentials in the URL; and, where a list of origins is fixed (a cmi5 package built with
 * `--allow-origin`), only those. A launch link is attacker-controlled input: without these rules it could send
 * a trainee's attempt, or the trainee, anywhere.
 */

export type RemoteUrlProblem = 'not-a-url' | 'not-https' | 'credentials' | 'origin-not-allowed';

/** Hosts on this machine. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export const isLoopback = (url: URL) => LOOPBACK.has(url.hostname);

export interface RemoteUrlRules {
  /** Resolves a relative address (cmi5 allows one relative to the launch URL). */
  base?: URL;
  /** When given, only these origins (plus loopback); when absent, any https origin. */
  allowedOrigins?: readonly string[];
}

/** Why the address must not be used, or null when it may. */
export function remoteUrlProblem(value: string, rules: RemoteUrlRules = {}): RemoteUrlProblem | null {
  if (!URL.canParse(value, rules.base)) return 'not-a-url';
  const url = new URL(value, rules.base);
  const loopback = isLoopback(url);
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) return 'not-https';
  if (url.username || url.password) return 'credentials';
  if (rules.allowedOrigins && !loopback && !rules.allowedOrigins.includes(url.origin)) {
    return 'origin-not-allowed';
  }
  return null;
}

/** What each problem means, in words for a trainer or a developer reading a launch error. */
export const REMOTE_URL_PROBLEMS: Record<RemoteUrlProblem, string> = {
  'not-a-url': 'is not a URL',
  'not-https': 'is not an https address (plain http is allowed only on this machine)',
  credentials: 'carries a user name or password',
  'origin-not-allowed': 'is not on an LMS origin this package was built for',
};

/** Origins as a package lists them: "https://lms.example.org" and the like, each a bare https origin. */
export function parseOrigins(list: string): string[] {
  return list
    .split(/\s+/)
    .filter((o) => o.length > 0)
    .filter((o) => URL.canParse(o) && new URL(o).origin === o && remoteUrlProblem(o) === null);
}
