import type { Me } from '../../../common/auth/schemas.ts';
import { type Permission, permissionRoles, roleAllows } from '../../../common/permissions.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../context.ts';
import { unitRefsByIds } from '../org-unit/queries.ts';

export async function presentMe(db: Db, actor: Actor): Promise<Me> {
  const units = await unitRefsByIds(
    db,
    actor.grants.map((g) => g.unitId),
  );
  const permissions = (Object.keys(permissionRoles) as Permission[]).filter((p) =>
    actor.grants.some((g) => roleAllows(g.role, p)),
  );
  return {
    id: actor.id,
    username: actor.username,
    displayName: actor.displayName,
    locale: actor.locale,
    grants: actor.grants.map((g) => ({ id: g.id, role: g.role, unit: units.get(g.unitId)! })),
    permissions,
    csrfToken: actor.csrfToken,
  };
}
