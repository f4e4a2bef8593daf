/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): SHA-1 of a namespace and a name, so the same record always gets
 * the same id. Re-exporting then re-sends identical statement ids, which a learning record store recognises as
 * already stored instead of counting twice. WebCrypto, so it runs in the browser and in Node alike.
 */

/** Waypoint's own namespace; never change it, or every statement id changes. */
export const WAYPOINT_NAMESPACE = '72ec5509-bdcb-4586-b863-40f50c1b225b';

/** Any UUID (the app's registration ids are random ones, version 4). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID_PATTERN.test(text);
}

function bytesOf(uuid: string): Uint8Array {
  const hex = uuid.replaceAll('-', '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}

const namespaceBytes = bytesOf(WAYPOINT_NAMESPACE);
const encoder = new TextEncoder();

export async function uuidV5(name: string, namespace: Uint8Array = namespaceBytes): Promise<string> {
  const nameBytes = encoder.encode(name);
  const data = new Uint8Array(namespace.length + nameBytes.length);
  data.set(namespace);
  data.set(nameBytes, namespace.length);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', data));
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50; // version 5
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** For callers that name the namespace as text (tests check against the standard's DNS example). */
export function uuidBytes(uuid: string): Uint8Array {
  if (!isUuid(uuid)) throw new Error(`not a UUID: ${uuid}`);
  return bytesOf(uuid);
}
