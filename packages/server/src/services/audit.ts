import type { Repositories } from '@xxgk/db';
import type { Actor } from '../auth/actor.js';

/**
 * Records who did what to which entity, from where. Called inside the same transaction as the
 * change itself wherever there is one, so a change is never saved without its entry.
 * @see GB/T 22239-2019 8.1.4.3 安全审计
 */
export async function audit(
  repos: Repositories,
  actor: Actor | null,
  action: string,
  entity: string,
  entityId: string | number | null,
  detail: Record<string, unknown> = {},
  ip: string | null = actor?.ip ?? null,
): Promise<void> {
  await repos.audit.append({
    actorId: actor?.id ?? null,
    actorName: actor?.username ?? null,
    action,
    entity,
    entityId,
    detail,
    ip,
  });
}
