import { isIP } from 'node:net';

/**
 * The address if it is a valid IPv4/IPv6 address (an IPv6 zone such as `%eth0` dropped, which
 * `inet` does not take), else null: an odd proxy header must not make an insert fail and take
 * the action, or its audit entry, down with it.
 */
export function inetOrNull(address: string | null | undefined): string | null {
  const bare = address?.split('%')[0]?.trim();
  if (!bare) return null;
  return isIP(bare) ? bare : null;
}
