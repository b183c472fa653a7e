import type { PublicUser, Role } from '@xxgk/db';

/** The logged-in user a request acts for, as the services see it. */
export interface Actor {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** A clerk's agency. */
  agencyId: number | null;
  /** A reviewer's region (its whole subtree is in scope). */
  regionId: number | null;
  /** The client address, for the audit log. */
  ip: string | null;
}

/** The actor for a user and the address the request came from. */
export function actorOf(user: PublicUser, ip: string | null): Actor {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    agencyId: user.agencyId,
    regionId: user.regionId,
    ip,
  };
}
